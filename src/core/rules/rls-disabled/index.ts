import { ADVISOR_EXCLUDED_SCHEMAS } from '../shared/advisor-schemas.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import type { FileContext, Rule } from '../rule.ts';
import { firstChange, recordTableChanges, tableChanges } from '../shared/table-changes.ts';
import { tenantColumnOf, tenantPolicySql } from '../shared/tenant-columns.ts';

export const rlsDisabled: Rule = {
  meta: {
    id: 'rls-disabled',
    defaultSeverity: 'error',
    advisor: { lint: '0013_rls_disabled_in_public', level: 'ERROR' },
    category: 'tenancy',
    summary:
      'A table in an exposed schema is left without row level security at the end of the file: the Data API serves every row to anon and authenticated.',
    fix: "ALTER TABLE public.table_name ENABLE ROW LEVEL SECURITY;\n-- then a policy per command the API may run, limited to the caller's tenant",
  },
  statement: recordTableChanges,
  fileEnd(ctx) {
    const exposed = new Set(ctx.options.exposedSchemas);
    for (const [name, changes] of tableChanges(ctx)) {
      const table = ctx.schema.table(name);
      if (!table || table.rlsEnabled || !exposed.has(table.schema)) continue;
      if (table.kind !== 'table' && table.kind !== 'partitioned-table') continue;
      // Policy-only changes belong to policy-exists-rls-disabled; an index changes no access.
      const place =
        [...changes].reverse().find((c) => c.kind === 'disable-rls') ??
        firstChange(changes, ['create', 'alter']);
      if (!place) continue;
      const disabledHere = place.kind === 'disable-rls';
      const tenantColumn = tenantColumnOf(table, ctx.options.tenantColumns, ctx.schema);
      const reach = tenantColumn ? "every tenant's rows" : 'every row';
      ctx.report(place.statement, {
        line: place.line,
        message: `${disabledHere ? `This file disables row level security on ${name}` : `Row level security is off on ${name} at the end of this file`}, and ${name} is in exposed schema ${table.schema}: through the Data API, anon and authenticated clients can read and change ${reach}, limited only by table grants (Supabase grants them all on ${table.schema} by default).`,
        fix: [
          `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;`,
          tenantColumn
            ? tenantPolicySql(ctx.schema, name, table, tenantColumn)
            : '-- then CREATE POLICY ... for each command the API may run',
        ].join('\n'),
        problems: [`rls-off ${name}`],
      });
    }
    reportExtensionTables(ctx);
  },
};

/**
 * Tables a `CREATE EXTENSION` of this file made in an exposed schema (wrappers'
 * `wrappers_fdw_stats`, postgis' `spatial_ref_sys` when installed in public): the Data API
 * serves them like the migration's own, and the advisor reports them too.
 */
function reportExtensionTables(ctx: FileContext): void {
  const exposed = new Set(ctx.options.exposedSchemas);
  for (const table of ctx.schema.tables.values()) {
    if (table.extension === undefined || table.rlsEnabled || table.kind !== 'table') continue;
    if (!exposed.has(table.schema) || ADVISOR_EXCLUDED_SCHEMAS.has(table.schema)) continue;
    const at = statementOfOrigin(ctx, table.createdBy);
    if (!at) continue;
    const name = `${table.schema}.${table.name}`;
    ctx.report(at, {
      message: `Extension ${table.extension} creates table ${name} in exposed schema ${table.schema}, without row level security: through the Data API, anon and authenticated clients can read and change its rows, limited only by table grants (Supabase grants them all on ${table.schema} by default).`,
      fix: `-- install the extension outside the API instead:
CREATE EXTENSION IF NOT EXISTS ${table.extension} WITH SCHEMA extensions;
-- or keep it and close the table: ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;`,
    });
  }
}
