import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';
import { recordTableChanges, type TableChange, tableChanges } from '../shared/table-changes.ts';
import { changedTenantColumns } from '../shared/tenant-columns.ts';

export const tenantColumnUnindexed: Rule = {
  meta: {
    id: 'tenant-column-unindexed',
    defaultSeverity: 'warning',
    category: 'tenancy',
    // A foreign key on the tenant column alone lacks the same index: one problem, one index.
    subsumes: ['unindexed-foreign-key'],
    summary:
      'No index leads with the tenant column: every tenant-filtered query and every policy check scans the whole table.',
    fix: 'CREATE INDEX CONCURRENTLY table_name_workspace_id_idx ON public.table_name (workspace_id);',
    // No `predicts`: the scans it warns of come later (the tenant-filtered queries), never from the
    // migration itself, so a staging trace can neither confirm nor deny them.
  },
  statement: recordTableChanges,
  fileEnd(ctx) {
    // An index dropped is the place only if it led with the column: dropping another index loses
    // nothing the column had.
    const lostLead = (c: TableChange, column: string) =>
      c.kind === 'drop-index' && (c.droppedKeys === undefined || c.droppedKeys[0] === column);
    for (const found of changedTenantColumns(ctx, lostLead)) {
      const { tableName, table, column } = found;
      const leading = ctx.schema.indexesOf(tableName).some((i) => i.columns[0] === column.name);
      if (leading || copiesIndexes(tableChanges(ctx).get(tableName) ?? [])) continue;
      const index = `${table.name}_${column.name}_idx`;
      const fix = ctx.isNew(table)
        ? `CREATE INDEX ${index} ON ${tableName} (${column.name});`
        : `-- in a migration file of its own:\nCREATE INDEX CONCURRENTLY ${index} ON ${tableName} (${column.name});`;
      ctx.report(found.statement, {
        line: found.line,
        message: `No index on ${tableName} starts with tenant column ${column.name}: tenant policies add a filter on ${column.name} to every query, and tenant-scoped lists, counts and deletes all scan the whole table, so they slow down as other tenants' rows pile up. A composite index helps only when ${column.name} is its first column.`,
        fix,
        problems: [`no-leading-index ${tableName}(${column.name})`],
      });
    }
  },
};

// CREATE_TABLE_LIKE_INDEXES in Postgres's TableLikeOption bit set.
const LIKE_INDEXES = 1 << 6;

/** `CREATE TABLE ... (LIKE t INCLUDING INDEXES | ALL)` copies indexes the model does not track. */
function copiesIndexes(changes: readonly TableChange[]): boolean {
  const create = changes.find((c) => c.kind === 'create');
  const stmt = nodeAs(create?.statement.node, 'CreateStmt');
  return (stmt?.tableElts ?? []).some(
    (elt) => ((nodeAs(elt, 'TableLikeClause')?.options ?? 0) & LIKE_INDEXES) !== 0,
  );
}
