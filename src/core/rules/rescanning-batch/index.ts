import type { Node, SelectStmt } from 'libpg-query';
import { relationName } from '../../schema/relation-names.ts';
import { dataChangeOf } from '../../sql/data-change.ts';
import { nameParts, typeRef } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import { findNodes } from '../../sql/walk.ts';
import type { Rule, StatementContext } from '../rule.ts';

const KEYSET_OPS = new Set(['>', '>=', '<', '<=']);

export const rescanningBatch: Rule = {
  meta: {
    id: 'rescanning-batch',
    defaultSeverity: 'warning',
    category: 'data',
    summary:
      'Batches picked by OFFSET, or by `col IS NULL ... LIMIT n` without a keyset: every pass rescans the table from the start.',
    fix: 'SELECT id FROM table_name WHERE id > last_id ORDER BY id LIMIT batch_size;  -- keyset: remember the last id of each batch and start the next one after it',
    predicts: 'scan',
  },
  statementKinds: ['DoStmt', 'CreateFunctionStmt'],
  statement(ctx) {
    // DO-block statements also reach the rule one by one; the body is judged as a whole.
    if (ctx.statement.parent) return;
    const body = ctx.statement.plpgsql;
    if (!body) return;
    const trigger = isTriggerFunction(ctx.statement.node);
    for (const sql of body.sql) {
      if (sql.mode !== 'statement') continue;
      const inLoop = sql.loops.length > 0;
      for (const node of sql.nodes) {
        // A function that writes one page per call is a batch step called over and over;
        // one that only reads (an API returning a page of results) is pagination.
        const batchStep =
          inLoop || (body.context === 'function' && dataChangeOf(node) !== undefined);
        // What the innermost loop around it writes: a batch loop changes the rows it picks.
        const loopWrites = (sql.loops.at(-1)?.statements ?? []).flatMap((e) => e.nodes);
        const report = rescan(ctx, node, inLoop, batchStep, trigger, [node, ...loopWrites]);
        if (!report) continue;
        ctx.report({ line: sql.line, ...report });
        break;
      }
    }
  },
};

function rescan(
  ctx: StatementContext,
  node: Node,
  inLoop: boolean,
  batchStep: boolean,
  trigger: boolean,
  loopWrites: readonly Node[],
): { message: string; fix: string } | undefined {
  for (const select of findNodes(node, 'SelectStmt')) {
    if (trigger && readsTransitionTable(ctx, select)) continue;
    const table = tableOf(ctx, select);
    const key = keyColumn(ctx, select);
    if (batchStep && select.limitOffset && !isConstant(select.limitOffset)) {
      return {
        message: `This batch is picked with a moving OFFSET on ${table}: to skip n rows Postgres must read and discard them, so each pass rereads every batch before it and the job is quadratic in the table size; rows that earlier passes changed also shift the offset, so some are skipped or done twice.`,
        fix: `SELECT ${key} FROM ${table} WHERE ${key} > last_${key} ORDER BY ${key} LIMIT batch_size;  -- keyset: carry the last ${key} of each batch into the next`,
      };
    }
    if (!inLoop || !select.limitCount) continue;
    const nullTested = findNodes(select.whereClause, 'NullTest')
      .filter((t) => t.nulltesttype === 'IS_NULL')
      .map((t) => nameParts(nodeAs(t.arg, 'ColumnRef')?.fields).at(-1))
      .find((c) => c !== undefined);
    if (nullTested === undefined || hasKeyset(select)) continue;
    // Only a loop that fills or deletes the rows it picks makes each pass rescan past the ones
    // done: a lookup (`... WHERE code = x AND deleted_at IS NULL LIMIT 1`) in a loop writing
    // other tables reads the same few rows each time.
    const changesPicked = loopWrites.some((n) => {
      const change = dataChangeOf(n);
      return (
        (change?.verb === 'UPDATE' || change?.verb === 'DELETE') &&
        change.relation !== undefined &&
        relationName(ctx.schema, change.relation) === table
      );
    });
    if (!changesPicked) continue;
    return {
      message: `This loop picks each batch of ${table} with \`${nullTested} IS NULL ... LIMIT\` and no keyset: every pass scans the table from the start, through all the rows earlier passes already filled (and their dead versions), so each batch is slower than the last and the job is quadratic in the table size.`,
      fix: `SELECT ${key} FROM ${table} WHERE ${key} > last_${key} AND ${nullTested} IS NULL ORDER BY ${key} LIMIT batch_size;  -- keyset: carry the last ${key} of each batch into the next`,
    };
  }
  return undefined;
}

function isTriggerFunction(node: Node): boolean {
  const fn = nodeAs(node, 'CreateFunctionStmt');
  return fn?.returnType !== undefined && typeRef(fn.returnType).name === 'trigger';
}

/**
 * In a trigger function, an unqualified relation no migration created is the transition table
 * of `REFERENCING NEW TABLE AS ...`: only the rows of one statement, not a table to batch over.
 */
function readsTransitionTable(ctx: StatementContext, select: SelectStmt): boolean {
  const rv = nodeAs(select.fromClause?.[0], 'RangeVar');
  if (!rv?.relname || rv.schemaname) return false;
  return ctx.schema.table(relationName(ctx.schema, rv)) === undefined;
}

function tableOf(ctx: StatementContext, select: SelectStmt): string {
  const rv = nodeAs(select.fromClause?.[0], 'RangeVar');
  return rv ? relationName(ctx.schema, rv) : 'the table';
}

/** The single-column primary key of the scanned table, for the fix; `id` when unknown. */
function keyColumn(ctx: StatementContext, select: SelectStmt): string {
  const rv = nodeAs(select.fromClause?.[0], 'RangeVar');
  if (!rv) return 'id';
  const pk = ctx.schema
    .table(relationName(ctx.schema, rv))
    ?.constraints.find((c) => c.kind === 'primary-key');
  return pk?.columns.length === 1 ? (pk.columns[0] ?? 'id') : 'id';
}

/**
 * A keyset: the WHERE compares the leading ORDER BY column with a value that moves
 * (`id > last_id ORDER BY id`), so each pass starts where the previous one stopped.
 */
function hasKeyset(select: SelectStmt): boolean {
  const sortKey = nodeAs(select.sortClause?.[0], 'SortBy')?.node;
  const leading = columnName(sortKey);
  if (leading === undefined) return false;
  return findNodes(select.whereClause, 'A_Expr').some((expr) => {
    if (expr.kind === 'AEXPR_BETWEEN' || expr.kind === 'AEXPR_BETWEEN_SYM') {
      return columnName(expr.lexpr) === leading;
    }
    if (expr.kind !== 'AEXPR_OP' || !KEYSET_OPS.has(nameParts(expr.name)[0] ?? '')) return false;
    const sides: [Node | undefined, Node | undefined][] = [
      [expr.lexpr, expr.rexpr],
      [expr.rexpr, expr.lexpr],
    ];
    return sides.some(([col, value]) => leadingColumn(col) === leading && !isConstant(value));
  });
}

/** The column of `col`, or of the first element of a row `(col, ...)`. */
function leadingColumn(node: Node | undefined): string | undefined {
  const row = nodeAs(node, 'RowExpr');
  return columnName(row ? row.args?.[0] : node);
}

function columnName(node: Node | undefined): string | undefined {
  return nameParts(nodeAs(node, 'ColumnRef')?.fields).at(-1);
}

function isConstant(node: Node | undefined): boolean {
  if (nodeAs(node, 'A_Const')) return true;
  return nodeAs(nodeAs(node, 'TypeCast')?.arg, 'A_Const') !== undefined;
}
