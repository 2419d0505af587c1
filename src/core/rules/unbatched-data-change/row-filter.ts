import type { ColumnRef, Node } from 'libpg-query';
import { nameParts } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';

/**
 * How the WHERE clause of an UPDATE or DELETE limits the rows it touches, when it does not
 * really limit them. `undefined` from `unboundedFilter` means the WHERE is selective (or we
 * cannot tell), which the rule gives the benefit of the doubt.
 */
export type UnboundedFilter =
  | { kind: 'none' }
  /**
   * Only tests the columns being set, e.g. `WHERE total_cents IS NULL` (a backfill: `nullOnly`)
   * or `WHERE status = 'cancelled'`.
   */
  | { kind: 'backfill'; columns: string[]; nullOnly: boolean }
  /** Only joins the target to a FROM table, e.g. `WHERE p.workspace_id = w.id`. */
  | { kind: 'join'; tables: string[] };

export interface FilterScope {
  /** Names the target can be referred to by: its alias, or its name. */
  targetNames: string[];
  /** Columns the UPDATE assigns (empty for DELETE). */
  setColumns: string[];
  /** Plain tables of UPDATE ... FROM: the name the WHERE uses (alias or name) -> the table. */
  fromTables: ReadonlyMap<string, string>;
}

const EQUALITY_OPS = new Set(['=', '<>', '!=']);

export function unboundedFilter(
  where: Node | undefined,
  scope: FilterScope,
): UnboundedFilter | undefined {
  if (where === undefined) return { kind: 'none' };
  const tested: Tested = new Map();
  const joined = new Set<string>();
  if (!isUnselective(where, scope, tested, joined)) return undefined;
  if (joined.size > 0) return { kind: 'join', tables: [...joined] };
  if (tested.size > 0) {
    const nullOnly = [...tested.values()].every((how) => how === 'is-null');
    return { kind: 'backfill', columns: [...tested.keys()], nullOnly };
  }
  // Only constants, e.g. `WHERE true`.
  return { kind: 'none' };
}

/** True when every leaf of the condition is a backfill test, a join, or a true constant. */
function isUnselective(
  node: Node,
  scope: FilterScope,
  tested: Tested,
  joined: Set<string>,
): boolean {
  const bool = nodeAs(node, 'BoolExpr');
  if (bool) {
    if (bool.boolop === 'NOT_EXPR') {
      const column = setColumn(bool.args?.[0], scope);
      if (column === undefined) return false;
      tested.set(column, 'value');
      return true;
    }
    return (bool.args ?? []).every((arg) => isUnselective(arg, scope, tested, joined));
  }
  const constant = nodeAs(node, 'A_Const');
  if (constant) return constant.boolval?.boolval === true;
  const nullTest = nodeAs(node, 'NullTest');
  if (nullTest) {
    const how = nullTest.nulltesttype === 'IS_NULL' ? 'is-null' : 'value';
    return recordTest(setColumn(nullTest.arg, scope), tested, how);
  }
  const boolTest = nodeAs(node, 'BooleanTest');
  if (boolTest) return recordTest(setColumn(boolTest.arg, scope), tested, 'value');
  const bare = setColumn(node, scope);
  if (bare !== undefined) return recordTest(bare, tested, 'value');
  const expr = nodeAs(node, 'A_Expr');
  if (!expr) return false;
  const op = nameParts(expr.name)[0] ?? '';
  const comparesValues =
    (expr.kind === 'AEXPR_OP' && EQUALITY_OPS.has(op)) ||
    expr.kind === 'AEXPR_DISTINCT' ||
    expr.kind === 'AEXPR_NOT_DISTINCT';
  if (!comparesValues) return false;
  const left = setColumn(expr.lexpr, scope);
  const right = setColumn(expr.rexpr, scope);
  if (left !== undefined && isConstant(expr.rexpr)) return recordTest(left, tested, 'value');
  if (right !== undefined && isConstant(expr.lexpr)) return recordTest(right, tested, 'value');
  if (expr.kind === 'AEXPR_OP' && op === '=') {
    const table = joinedTable(expr.lexpr, expr.rexpr, scope);
    if (table !== undefined) {
      joined.add(table);
      return true;
    }
  }
  return false;
}

/** How each set column is tested: `IS NULL`, or against a value. */
type Tested = Map<string, 'is-null' | 'value'>;

function recordTest(column: string | undefined, tested: Tested, how: 'is-null' | 'value'): boolean {
  if (column === undefined) return false;
  // One column tested both ways (`c IS NULL OR c = ''`) is still a backfill of the NULLs.
  tested.set(column, tested.get(column) === 'is-null' ? 'is-null' : how);
  return true;
}

/** The column name when the node is a reference to a column the UPDATE sets. */
function setColumn(node: Node | undefined, scope: FilterScope): string | undefined {
  const ref = columnRef(node);
  if (!ref) return undefined;
  const { qualifier, column } = ref;
  if (qualifier !== undefined && !scope.targetNames.includes(qualifier)) return undefined;
  return scope.setColumns.includes(column) ? column : undefined;
}

/** The FROM table's name when one side is a target column and the other a FROM column. */
function joinedTable(
  a: Node | undefined,
  b: Node | undefined,
  scope: FilterScope,
): string | undefined {
  const left = columnRef(a);
  const right = columnRef(b);
  if (!left || !right) return undefined;
  const isTarget = (q: string | undefined) => q === undefined || scope.targetNames.includes(q);
  const fromTable = (q: string | undefined) =>
    q === undefined ? undefined : scope.fromTables.get(q);
  if (isTarget(left.qualifier)) return fromTable(right.qualifier);
  if (isTarget(right.qualifier)) return fromTable(left.qualifier);
  return undefined;
}

function columnRef(node: Node | undefined): { qualifier?: string; column: string } | undefined {
  const ref: ColumnRef | undefined = nodeAs(node, 'ColumnRef');
  if (!ref) return undefined;
  const parts = nameParts(ref.fields);
  // A_Star (`t.*`) is not a String part, so the lengths differ.
  if (parts.length === 0 || parts.length !== (ref.fields ?? []).length) return undefined;
  const column = parts[parts.length - 1] ?? '';
  const qualifier = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  return qualifier === undefined ? { column } : { qualifier, column };
}

function isConstant(node: Node | undefined): boolean {
  if (nodeAs(node, 'A_Const')) return true;
  const cast = nodeAs(node, 'TypeCast');
  return cast !== undefined && nodeAs(cast.arg, 'A_Const') !== undefined;
}
