import type { Node } from 'libpg-query';
import { nodeAs } from '../sql/statement.ts';

/**
 * Whether an UPDATE with these SET targets leaves no row it changed meeting `condition`, the
 * condition that picks each batch of a loop. Only then does running the UPDATE once per row
 * (the engine's batches) change the rows as the loop does: a row still meeting the condition
 * would be picked by the loop's next pass and updated again (`SET n = n / 2 WHERE n > 10`
 * halves it until it stops), while the engine visits each key once.
 *
 * Proved from the text alone, by one conjunct of the condition that the new values make false
 * or NULL: `flag` with `SET flag = false`, `x IS NULL` with `SET x = <never NULL>`,
 * `x IS NOT NULL` with `SET x = NULL`, `n > 10` with `SET n = 0` (integer constants). Anything
 * else is not proved. A BEFORE UPDATE trigger that changes the row is beyond the text.
 */
export function updateLeavesCondition(condition: Node, targets: readonly Node[]): boolean {
  const conjuncts = conjunctsOf(condition);
  const assigned = new Map<string, Node>();
  for (const t of targets) {
    const target = nodeAs(t, 'ResTarget');
    if (!target?.name || target.val === undefined || (target.indirection ?? []).length > 0)
      continue;
    assigned.set(target.name, target.val);
  }
  const guardedNotNull = new Set(
    conjuncts.flatMap((c) => {
      const test = nodeAs(c, 'NullTest');
      const column = test?.nulltesttype === 'IS_NOT_NULL' ? bareColumn(test.arg) : undefined;
      return column === undefined ? [] : [column];
    }),
  );
  const neverNull = (value: Node | undefined): boolean => {
    const constant = nodeAs(value, 'A_Const');
    if (constant) return constant.isnull !== true;
    const column = bareColumn(value);
    if (column !== undefined) return guardedNotNull.has(column);
    const cast = nodeAs(value, 'TypeCast');
    if (cast) return neverNull(cast.arg);
    const coalesce = nodeAs(value, 'CoalesceExpr');
    if (coalesce) return (coalesce.args ?? []).some(neverNull);
    return false;
  };
  return conjuncts.some((c) => conjunctFalsified(c, assigned, neverNull));
}

function conjunctFalsified(
  conjunct: Node,
  assigned: Map<string, Node>,
  neverNull: (value: Node | undefined) => boolean,
): boolean {
  const column = bareColumn(conjunct);
  if (column !== undefined) {
    const value = assigned.get(column);
    return isNull(value) || booleanConstant(value) === false;
  }
  const not = nodeAs(conjunct, 'BoolExpr');
  if (not?.boolop === 'NOT_EXPR' && not.args?.length === 1) {
    const negated = bareColumn(not.args[0]);
    const value = negated === undefined ? undefined : assigned.get(negated);
    return isNull(value) || booleanConstant(value) === true;
  }
  const test = nodeAs(conjunct, 'NullTest');
  if (test) {
    const tested = bareColumn(test.arg);
    if (tested === undefined || !assigned.has(tested)) return false;
    const value = assigned.get(tested);
    return test.nulltesttype === 'IS_NULL' ? neverNull(value) : isNull(value);
  }
  const comparison = nodeAs(conjunct, 'A_Expr');
  const op = nodeAs(comparison?.name?.[0], 'String')?.sval;
  if (comparison?.kind !== 'AEXPR_OP' || (comparison.name ?? []).length !== 1 || !op) return false;
  const left = bareColumn(comparison.lexpr);
  const right = numericConstant(comparison.rexpr);
  if (left === undefined || right === undefined || !assigned.has(left)) return false;
  const value = assigned.get(left);
  if (isNull(value)) return ['=', '<>', '!=', '<', '<=', '>', '>='].includes(op);
  const next = numericConstant(value);
  if (next === undefined) return false;
  const holds: Record<string, (a: number, b: number) => boolean> = {
    '=': (a, b) => a === b,
    '<>': (a, b) => a !== b,
    '!=': (a, b) => a !== b,
    '<': (a, b) => a < b,
    '<=': (a, b) => a <= b,
    '>': (a, b) => a > b,
    '>=': (a, b) => a >= b,
  };
  const compare = holds[op];
  return compare !== undefined && !compare(next, right);
}

function conjunctsOf(node: Node): Node[] {
  const and = nodeAs(node, 'BoolExpr');
  if (and?.boolop === 'AND_EXPR') return (and.args ?? []).flatMap(conjunctsOf);
  return [node];
}

/** An unqualified column name (`x`), the only kind a loop's condition may use. */
function bareColumn(node: Node | undefined): string | undefined {
  const fields = nodeAs(node, 'ColumnRef')?.fields ?? [];
  return fields.length === 1 ? nodeAs(fields[0], 'String')?.sval : undefined;
}

function isNull(node: Node | undefined): boolean {
  return nodeAs(node, 'A_Const')?.isnull === true;
}

function booleanConstant(node: Node | undefined): boolean | undefined {
  const constant = nodeAs(node, 'A_Const');
  return constant?.boolval === undefined ? undefined : constant.boolval.boolval === true;
}

/**
 * An integer constant. Decimals are left out: stored in an integer column `0.6` becomes 1, so
 * comparing the constant as written would prove the wrong thing.
 */
function numericConstant(node: Node | undefined): number | undefined {
  const constant = nodeAs(node, 'A_Const');
  return constant?.ival === undefined ? undefined : (constant.ival.ival ?? 0);
}
