import type { Node, RangeVar } from 'libpg-query';
import { readBatchHeader } from '../../migrations/batch-header.ts';
import { relationName } from '../../schema/relation-names.ts';
import type { Origin, SchemaModel } from '../../schema/schema-model.ts';
import type { QualifiedName } from '../../sql/names.ts';
import { embeddedSqlOf } from '../../sql/plpgsql.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import type { Rule, RuleReport, StatementContext } from '../rule.ts';
import { isNullConstant } from '../shared/altered-table.ts';
import { type FilterScope, type UnboundedFilter, unboundedFilter } from './row-filter.ts';

export const unbatchedDataChange: Rule = {
  meta: {
    id: 'unbatched-data-change',
    defaultSeverity: 'warning',
    category: 'data',
    summary:
      'UPDATE or DELETE of every row of an existing table (no WHERE, or a WHERE that only tests the column being backfilled) in one transaction.',
    fix: 'UPDATE table_name SET col = ... WHERE id IN (SELECT id FROM table_name WHERE id > $last_id AND col IS NULL ORDER BY id LIMIT 5000);  -- one transaction per batch: a procedure that COMMITs per batch, called outside a transaction, or a script',
  },
  statementKinds: ['UpdateStmt', 'DeleteStmt'],
  statement(ctx) {
    const update = nodeAs(ctx.statement.node, 'UpdateStmt');
    const del = nodeAs(ctx.statement.node, 'DeleteStmt');
    const target = update?.relation ?? del?.relation;
    if (!target || insideLoop(ctx.statement)) return;
    // Under a batch header the engine runs it in batches; a bad header is batch-header-invalid's.
    if (!ctx.statement.parent && readBatchHeader(ctx.file.sql, ctx.statements)) return;
    const table = relationName(ctx.schema, target);
    if (ctx.isNew(table)) return;
    const model = ctx.schema.table(table);
    // Views, materialized views and foreign tables hold no rows of their own here.
    if (model && model.kind !== 'table' && model.kind !== 'partitioned-table') return;
    const targetNames = [target.alias?.aliasname ?? target.relname ?? ''];
    const scope: FilterScope = update
      ? {
          targetNames,
          setColumns: setColumnsOf(update.targetList),
          fromTables: fromTables(update.fromClause),
        }
      : // A DELETE with USING deletes the rows that match, which is usually the point.
        { targetNames, setColumns: [], fromTables: new Map() };
    const filter = unboundedFilter(update ? update.whereClause : del?.whereClause, scope);
    // `WHERE status = 'cancelled'` may match a handful of rows or most of the table; only the
    // backfill shape (`WHERE col IS NULL`) is known to touch every row not yet filled.
    if (!filter || (filter.kind === 'backfill' && !filter.nullOnly)) return;
    // `WHERE col IS NULL` on a column no row can have NULL in matches nothing: it is NOT NULL, or
    // this file just added it with a default, which every existing row took.
    if (filter.kind === 'backfill' && filter.columns.every((c) => neverNull(ctx, table, c))) return;
    ctx.report(
      update
        ? updateReport(ctx.schema, table, scope.setColumns, filter, (col) => ctx.isNewOrigin(col))
        : deleteReport(ctx.schema, table),
    );
  },
};

/** No row of `table` holds NULL in `column` at this point of the file. */
function neverNull(ctx: StatementContext, table: QualifiedName, name: string): boolean {
  const column = ctx.schema.column(table, name);
  if (!column) return false;
  if (column.notNull && !column.notNullPending) return true;
  return (
    column.addedBy.file === ctx.file.path &&
    column.generated === undefined &&
    column.defaultExpr !== undefined &&
    !isNullConstant(column.defaultExpr)
  );
}

/** Statements inside a loop of a DO block are the batch rules' business. */
function insideLoop(statement: Statement): boolean {
  const body = statement.parent?.plpgsql;
  if (!body) return false;
  return (embeddedSqlOf(body, statement.node)?.loops.length ?? 0) > 0;
}

function setColumnsOf(targetList: Node[] | undefined): string[] {
  return (targetList ?? []).flatMap((t) => {
    const name = nodeAs(t, 'ResTarget')?.name;
    return name ? [name] : [];
  });
}

/** Plain tables of UPDATE ... FROM, by the name the WHERE uses (alias or table name). */
function fromTables(fromClause: Node[] | undefined): Map<string, string> {
  const tables = new Map<string, string>();
  for (const item of fromClause ?? []) {
    const rv: RangeVar | undefined = nodeAs(item, 'RangeVar');
    if (!rv?.relname) continue;
    const written = rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname;
    tables.set(rv.alias?.aliasname ?? rv.relname, written);
  }
  return tables;
}

const UPDATE_COST =
  'in one transaction: each row stays locked until the migration commits (concurrent updates of those rows wait), gets a new row version (table and index bloat, a burst of WAL for replicas to replay), and the change shows only at the end';
const DELETE_COST =
  'in one transaction: each row stays locked until the migration commits (concurrent updates of those rows wait) and then lingers as a dead row until vacuum, after a burst of WAL for replicas to replay';

function updateReport(
  schema: SchemaModel,
  table: QualifiedName,
  setColumns: string[],
  filter: UnboundedFilter,
  addedHere: (origin: Origin) => boolean,
): RuleReport {
  const cols = setColumns.join(', ');
  let scope: string;
  if (filter.kind === 'none') {
    scope = `has no WHERE clause, so it rewrites every row of ${table}`;
  } else if (filter.kind === 'join') {
    scope = `only joins it to ${filter.tables.join(', ')}, so it rewrites every row that has a match — in practice the whole table`;
  } else {
    const fresh = filter.columns.filter((c) => {
      const column = schema.column(table, c);
      return column !== undefined && addedHere(column.addedBy) && !column.filled;
    });
    const tested = filter.columns.join(', ');
    if (fresh.length > 0 && filter.nullOnly) {
      scope = `only tests ${tested} IS NULL, and this migration just added ${tested}, so it is NULL on every row and the UPDATE rewrites all of ${table}`;
    } else {
      scope = `only tests the column it fills (${tested} IS NULL), so it rewrites every row of ${table} not yet backfilled — on a first backfill, all of them`;
    }
  }
  const key = primaryKeyOf(schema, table);
  const nullTest =
    filter.kind === 'backfill' && filter.nullOnly ? ` AND ${filter.columns[0]} IS NULL` : '';
  return {
    message: `UPDATE of ${cols} on existing table ${table} ${scope}, ${UPDATE_COST}.`,
    fix: `-- in a migration file of its own; migration-guard's engine runs it in keyset batches,\n-- one transaction each, resumable (docs/batched-backfills.md):\n-- migration-guard:batch table=${table} key=${key} size=5000\nUPDATE ${table} SET ${cols.split(', ')[0] ?? 'col'} = ...${nullTest ? ` WHERE${nullTest.replace(' AND', '')}` : ''};`,
  };
}

function deleteReport(schema: SchemaModel, table: QualifiedName): RuleReport {
  const key = primaryKeyOf(schema, table);
  return {
    message: `DELETE on existing table ${table} has no WHERE clause, so it deletes every row ${DELETE_COST}.`,
    fix: `DELETE FROM ${table} WHERE ${key} IN (SELECT ${key} FROM ${table} WHERE ${key} > $last_${key} ORDER BY ${key} LIMIT 5000);  -- in batches, one transaction each; or TRUNCATE ${table} if it really must be emptied (brief ACCESS EXCLUSIVE lock, no dead rows)`,
  };
}

/** The single-column primary key, for the keyset in the fix; `id` when unknown. */
function primaryKeyOf(schema: SchemaModel, table: QualifiedName): string {
  const pk = schema.table(table)?.constraints.find((c) => c.kind === 'primary-key');
  return pk?.columns.length === 1 ? (pk.columns[0] ?? 'id') : 'id';
}
