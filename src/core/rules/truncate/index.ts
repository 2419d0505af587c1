import { relationName } from '../../schema/relation-names.ts';
import type { TableModel } from '../../schema/schema-model.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

export const truncate: Rule = {
  meta: {
    id: 'truncate',
    defaultSeverity: 'error',
    category: 'breaking',
    summary:
      'TRUNCATE of an existing table deletes every row under an ACCESS EXCLUSIVE lock, with no way back.',
    fix: 'DELETE FROM table_name WHERE id IN (SELECT id FROM table_name WHERE <condition> LIMIT 5000);  -- repeat in batches until no rows are left, outside the migration',
    predicts: 'lock',
  },
  statementKinds: ['TruncateStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'TruncateStmt');
    if (!stmt) return;
    const existing = (stmt.relations ?? []).flatMap((node) => {
      const rv = nodeAs(node, 'RangeVar');
      if (!rv) return [];
      const table = relationName(ctx.schema, rv);
      const kind = ctx.schema.table(table)?.kind;
      // Views cannot be truncated: Postgres refuses the statement.
      if (kind === 'view' || kind === 'materialized-view') return [];
      return ctx.isNew(table) ? [] : [table];
    });
    const first = existing[0];
    if (first === undefined) return;
    const key = batchKey(ctx.schema.table(first));
    const cascade =
      stmt.behavior === 'DROP_CASCADE'
        ? ' CASCADE empties every table with a foreign key to it as well.'
        : '';
    ctx.report({
      message: `TRUNCATE ${existing.join(', ')} takes an ACCESS EXCLUSIVE lock, blocking all reads and writes until the migration commits, and deletes every row for good; transactions with an older snapshot see the table empty, unlike with DELETE.${cascade}`,
      fix: `DELETE FROM ${first} WHERE ${key} IN (SELECT ${key} FROM ${first} WHERE <condition> LIMIT 5000);  -- repeat in batches until no rows are left, outside this migration`,
    });
  },
};

/** The single-column primary key to batch by; `ctid` (the row's physical address) otherwise. */
function batchKey(table: TableModel | undefined): string {
  const pk = table?.constraints.find((c) => c.kind === 'primary-key');
  return pk?.columns.length === 1 && pk.columns[0] !== undefined ? pk.columns[0] : 'ctid';
}
