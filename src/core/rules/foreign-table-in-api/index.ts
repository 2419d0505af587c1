import { nodeAs } from '../../sql/statement.ts';
import { apiReaders } from '../shared/api-readers.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import type { Rule } from '../rule.ts';

export const foreignTableInApi: Rule = {
  meta: {
    id: 'foreign-table-in-api',
    defaultSeverity: 'warning',
    advisor: { lint: '0017_foreign_table_in_api', level: 'WARN' },
    category: 'security',
    summary:
      'A foreign table in an exposed schema that anon or authenticated can select: the Data API serves the remote rows, and row level security cannot be enabled on a foreign table.',
    fix: 'CREATE SCHEMA IF NOT EXISTS private;\nALTER FOREIGN TABLE public.table_name SET SCHEMA private;',
  },
  statementKinds: ['ImportForeignSchemaStmt'],
  statement(ctx) {
    const imported = nodeAs(ctx.statement.node, 'ImportForeignSchemaStmt');
    if (!imported?.local_schema || imported.list_type === 'FDW_IMPORT_SCHEMA_LIMIT_TO') return;
    if (!ctx.options.exposedSchemas.includes(imported.local_schema)) return;
    const schema = imported.local_schema;
    ctx.report({
      message: `IMPORT FOREIGN SCHEMA ${imported.remote_schema ?? ''} creates a foreign table in exposed schema ${schema} for every table the server ${imported.server_name ?? ''} has: the Data API serves their rows to anon and authenticated (Supabase's default grants on ${schema}), and row level security cannot be enabled on a foreign table.`,
      fix: `CREATE SCHEMA IF NOT EXISTS private;\nIMPORT FOREIGN SCHEMA ${imported.remote_schema ?? 'remote_schema'} FROM SERVER ${imported.server_name ?? 'server_name'} INTO private;`,
    });
  },
  fileEnd(ctx) {
    for (const table of ctx.schema.tables.values()) {
      if (table.kind !== 'foreign-table' || table.extension !== undefined) continue;
      if (!ctx.options.exposedSchemas.includes(table.schema)) continue;
      const at = statementOfOrigin(ctx, table.createdBy);
      if (!at) continue;
      const readers = apiReaders(table);
      if (readers.length === 0) continue;
      const name = `${table.schema}.${table.name}`;
      ctx.report(at, {
        message: `Foreign table ${name} is in exposed schema ${table.schema} and ${readers.join(' and ')} can select from it: the Data API serves the remote rows to ${readers.includes('anon') ? "anyone holding the project's anon key" : 'every signed-in user'}, and row level security cannot be enabled on a foreign table.`,
        fix: `CREATE SCHEMA IF NOT EXISTS private;\nALTER FOREIGN TABLE ${name} SET SCHEMA private;\n-- or keep it and close it to the API: REVOKE ALL ON ${name} FROM anon, authenticated;`,
      });
    }
  },
};
