import type { TableModel } from '../../schema/schema-model.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import { apiReaders } from '../shared/api-readers.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import type { FileContext, Rule } from '../rule.ts';

/** The schema of Supabase's Queues API functions (`pgmq_public.send`, `.read`, `.pop`, ...). */
const QUEUES_API_SCHEMA = 'pgmq_public';

export const queueExposedInApi: Rule = {
  meta: {
    id: 'queue-exposed-in-api',
    defaultSeverity: 'error',
    advisor: { lint: '0019_insecure_queue_exposed_in_api', level: 'ERROR' },
    category: 'security',
    summary:
      'A pgmq queue table that anon or authenticated can read, without row level security, while the Queues API (pgmq_public) is exposed: any client with the key can read, pop or delete its messages.',
    fix: 'ALTER TABLE pgmq.q_queue_name ENABLE ROW LEVEL SECURITY;\n-- then a policy per role that may read or send',
  },
  fileEnd(ctx) {
    const exposed = ctx.options.exposedSchemas;
    const through = exposed.includes(QUEUES_API_SCHEMA)
      ? `the Queues API schema ${QUEUES_API_SCHEMA} is exposed`
      : exposed.includes('pgmq')
        ? 'schema pgmq itself is exposed'
        : undefined;
    if (!through) return;
    const schema = ctx.schema.extensions.get('pgmq')?.schema ?? 'pgmq';
    for (const table of ctx.schema.tables.values()) {
      if (table.schema !== schema || !table.name.startsWith('q_') || table.rlsEnabled) continue;
      if (table.kind !== 'table' && table.kind !== 'partitioned-table') continue;
      const readers = apiReaders(table);
      if (readers.length === 0) continue;
      const at = whereOpened(ctx, table);
      if (!at) continue;
      const name = `${table.schema}.${table.name}`;
      const queue = table.name.slice(2);
      ctx.report(at, {
        message: `Queue table ${name} has row level security off and ${readers.join(' and ')} can read it, and ${through} (exposedSchemas): through the Data API any client with the project's ${readers.includes('anon') ? 'anon key' : 'session'} can read, pop and delete queue ${queue}'s messages.`,
        fix: `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;\nCREATE POLICY ${queue}_authenticated_read ON ${name} FOR SELECT TO authenticated USING (...);\n-- or, if only the backend uses the queue: REVOKE ALL ON ${name} FROM anon, authenticated;`,
      });
    }
  },
};

/**
 * The statement of this file that left the queue readable: its `pgmq.create`, else the last
 * GRANT that reaches it or DISABLE ROW LEVEL SECURITY on it. Queues this file does not touch
 * were reported with the file that did.
 */
function whereOpened(ctx: FileContext, table: TableModel): Statement | undefined {
  const created = statementOfOrigin(ctx, table.createdBy);
  if (created) return created;
  const name = `${table.schema}.${table.name}`;
  for (const statement of [...ctx.statements].reverse()) {
    const grant = nodeAs(statement.node, 'GrantStmt');
    if (grant?.is_grant && grant.objtype === 'OBJECT_TABLE') {
      const targets = (grant.objects ?? []).map((o) => {
        const rv = nodeAs(o, 'RangeVar');
        return rv
          ? `${rv.schemaname ?? ''}.${rv.relname ?? ''}`
          : (nodeAs(o, 'String')?.sval ?? '');
      });
      const all = grant.targtype === 'ACL_TARGET_ALL_IN_SCHEMA';
      if (all ? targets.includes(table.schema) : targets.includes(name)) return statement;
    }
    const alter = nodeAs(statement.node, 'AlterTableStmt');
    const rv = alter?.relation;
    if (rv?.schemaname === table.schema && rv.relname === table.name) {
      const disables = (alter?.cmds ?? []).some(
        (c) => nodeAs(c, 'AlterTableCmd')?.subtype === 'AT_DisableRowSecurity',
      );
      if (disables) return statement;
    }
  }
  return undefined;
}
