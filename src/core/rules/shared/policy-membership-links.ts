import type { Node } from 'libpg-query';
import { type NodeOf, nodeAs } from '../../sql/statement.ts';
import { findNodes } from '../../sql/walk.ts';
import {
  columnRefParts,
  type InnerRelation,
  operatorName,
  ownColumn,
  type PolicyScope,
  unwrapExpression,
} from './policy-expressions.ts';

/**
 * Links from a membership table back to the policy's own table by key: a subquery that selects
 * `workspace_members.workspace_id` restricts `workspaces.id` when that column points at it
 * (foreign key, or the `<table>_id` naming convention when no key is declared).
 */

/** The own column an expression names, resolved against the subquery scopes around it. */
function ownColumnAt(
  node: Node | undefined,
  scope: PolicyScope,
  inner: readonly InnerRelation[],
): string | undefined {
  const ref = nodeAs(unwrapExpression(node), 'ColumnRef');
  return ref ? ownColumn(ref, scope, inner) : undefined;
}

/** `EXISTS (select 1 from workspace_members m where m.workspace_id = workspaces.id ...)`. */
export function linksOwnKey(
  subselect: Node | undefined,
  inner: readonly InnerRelation[],
  scope: PolicyScope,
): boolean {
  return findNodes(subselect, 'A_Expr').some((expr) => {
    if (expr.kind !== 'AEXPR_OP' || operatorName(expr) !== '=') return false;
    for (const [a, b] of [
      [expr.lexpr, expr.rexpr],
      [expr.rexpr, expr.lexpr],
    ] as const) {
      const own = ownColumnAt(a, scope, inner);
      const other = innerColumn(b, inner);
      if (own && other && referencesOwnColumn(other.relation, other.column, own, scope))
        return true;
    }
    return false;
  });
}

/** The inner relation's column refers to the policy table's `column` (FK, or `<table>_id` naming). */
export function referencesOwnColumn(
  relation: InnerRelation,
  innerCol: string,
  column: string,
  scope: PolicyScope,
): boolean {
  const fk = relation.model?.constraints.find(
    (c) =>
      c.kind === 'foreign-key' &&
      c.columns.length === 1 &&
      c.columns[0] === innerCol &&
      c.references?.table === scope.table,
  );
  if (fk?.references) {
    const target = fk.references.columns[0];
    return target === undefined ? primaryKeyColumn(scope) === column : target === column;
  }
  return column === 'id' && singularNames(scope.relname).some((n) => innerCol === `${n}_id`);
}

function singularNames(relname: string): string[] {
  if (relname.endsWith('ies')) return [relname, `${relname.slice(0, -3)}y`];
  if (relname.endsWith('s')) return [relname, relname.slice(0, -1)];
  return [relname];
}

export function selectedColumn(
  select: NodeOf<'SelectStmt'> | undefined,
  inner: readonly InnerRelation[],
): { relation: InnerRelation; column: string } | undefined {
  if (select?.targetList?.length !== 1) return undefined;
  return innerColumn(nodeAs(select.targetList[0], 'ResTarget')?.val, inner);
}

/** Which inner relation a column reference reads, when it can be told. */
function innerColumn(
  node: Node | undefined,
  inner: readonly InnerRelation[],
): { relation: InnerRelation; column: string } | undefined {
  const ref = nodeAs(unwrapExpression(node), 'ColumnRef');
  if (!ref) return undefined;
  const parts = columnRefParts(ref);
  const column = parts.at(-1);
  if (column === undefined || column === '*') return undefined;
  const relation =
    parts.length >= 2
      ? inner.find((r) => r.alias === parts.at(-2))
      : (inner.find((r) => r.model?.columns.has(column)) ??
        (inner.length === 1 ? inner[0] : undefined));
  return relation ? { relation, column } : undefined;
}

export function primaryKeyColumn(scope: PolicyScope): string | undefined {
  const pk = scope.model?.constraints.find((c) => c.kind === 'primary-key');
  return pk?.columns.length === 1 ? pk.columns[0] : undefined;
}
