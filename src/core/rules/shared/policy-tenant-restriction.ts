import type { Node } from 'libpg-query';
import type { PolicyModel, TableModel } from '../../schema/schema-model.ts';
import { listName } from '../../sql/names.ts';
import { type NodeOf, nodeAs } from '../../sql/statement.ts';
import { findNodes, walkNodes } from '../../sql/walk.ts';
import {
  type InnerRelation,
  innerRelations,
  isAlwaysTrue,
  isServiceRoleTest,
  operatorName,
  ownColumn,
  ownColumnsRead,
  type PolicyScope,
  readsIdentity,
  unwrapExpression,
} from './policy-expressions.ts';
import {
  linksOwnKey,
  primaryKeyColumn,
  referencesOwnColumn,
  selectedColumn,
} from './policy-membership-links.ts';
import {
  commandsOf,
  conditionsFor,
  coversRoles,
  type PolicyCondition,
  type RowCommand,
} from './policy-statements.ts';

/** What a policy expression does about tenants, for the message to say. */
export type TenantVerdict =
  | { kind: 'restricted' }
  | { kind: 'always-true' }
  /** Rows are limited to the caller's own (`user_id = auth.uid()`), not to a tenant. */
  | { kind: 'per-user'; column: string }
  /** A membership lookup compares another column than the tenant column (`id IN (...)`). */
  | { kind: 'wrong-column'; column: string }
  | { kind: 'unrestricted' };

export interface TenantCheck {
  scope: PolicyScope;
  tenantColumns: readonly string[];
  /**
   * Accept `<primary key> = auth.uid()` (the row is the caller, e.g. a profile) as isolating.
   * True for reading and deleting rows; never for the rows a write leaves behind, since the
   * caller could then set the tenant column to another tenant.
   */
  acceptOwnRow: boolean;
  /**
   * Accept `tenant_col IS NULL OR <a tenant restriction>` as isolating: rows of no tenant are
   * shared (global templates, public catalog rows), not another tenant's. Only for reading
   * (SELECT): writing or deleting shared rows changes what every tenant sees.
   */
  acceptShared?: boolean;
}

/**
 * Whether every row the expression admits is confined to tenants the caller belongs to:
 * the tenant column compared directly, matched against a membership subquery (IN, ANY,
 * EXISTS), or passed to a helper such as `is_member(workspace_id)`.
 */
export function tenantVerdict(expr: Node, check: TenantCheck): TenantVerdict {
  if (restricts(expr, check)) return { kind: 'restricted' };
  if (isAlwaysTrue(expr)) return { kind: 'always-true' };
  const perUser = perUserColumn(expr, check);
  if (perUser) return { kind: 'per-user', column: perUser };
  const wrong = wrongMembershipColumn(expr, check);
  if (wrong) return { kind: 'wrong-column', column: wrong };
  return { kind: 'unrestricted' };
}

/**
 * A restrictive policy of the table confines this command, for every role `policy` grants it
 * to, to the caller's tenants: the permissive policy may then be open on that side.
 */
export function restrictiveConfinesTenant(
  table: TableModel,
  policy: Pick<PolicyModel, 'roles'>,
  command: RowCommand,
  side: PolicyCondition['side'],
  check: Omit<TenantCheck, 'acceptOwnRow'>,
): boolean {
  return [...table.policies.values()].some((other) => {
    if (other.permissive || !commandsOf(other).includes(command)) return false;
    if (!coversRoles(other, policy.roles)) return false;
    const condition = conditionsFor(other, command).find((c) => c.side === side);
    return (
      condition?.expr !== undefined &&
      tenantVerdict(condition.expr, { ...check, acceptOwnRow: false }).kind === 'restricted'
    );
  });
}

function restricts(node: Node | undefined, check: TenantCheck): boolean {
  const value = unwrapExpression(node);
  // Only the service role passes, and it bypasses RLS: no API caller reaches a row through it.
  // Unless the migrations replaced auth.role() or auth.jwt() themselves: then nothing says what
  // the test admits.
  if (isServiceRoleTest(value) && !redefinesAuthIdentity(check.scope.schema)) return true;
  const bool = nodeAs(value, 'BoolExpr');
  if (bool) {
    const args = bool.args ?? [];
    if (bool.boolop === 'AND_EXPR') return args.some((a) => restricts(a, check));
    if (bool.boolop === 'OR_EXPR') {
      const shared = (a: Node) => check.acceptShared === true && isTenantNullTest(a, check);
      return (
        args.some((a) => restricts(a, check)) && args.every((a) => shared(a) || restricts(a, check))
      );
    }
    return false;
  }
  const test = nodeAs(value, 'BooleanTest');
  if (test) return test.booltesttype === 'IS_TRUE' && restricts(test.arg, check);
  const expr = nodeAs(value, 'A_Expr');
  if (expr) return comparisonRestricts(expr, check);
  const sublink = nodeAs(value, 'SubLink');
  if (sublink) return sublinkRestricts(sublink, check);
  const call = nodeAs(value, 'FuncCall');
  // A helper handed the tenant column checks membership itself (typically SECURITY DEFINER).
  if (call) {
    if ((call.args ?? []).some((a) => tenantColumnOf(a, check) !== undefined)) return true;
    return check.acceptOwnRow && isRowKeyHelper(call, check);
  }
  return false;
}

/** The migrations define `auth.role()` or `auth.jwt()` (Supabase provides them). */
function redefinesAuthIdentity(schema: PolicyScope['schema']): boolean {
  return ['auth.role', 'auth.jwt'].some((name) => {
    const fn = schema.functions.get(name);
    return fn !== undefined && fn.extension === undefined;
  });
}

/**
 * `rls_project(id)`: a SECURITY DEFINER function of the migrations handed the row's primary key
 * looks the row up and checks the caller's membership of its tenant itself, in a body the policy
 * does not show, so the policy cannot be said to let every caller reach every tenant (the
 * isolation probes run it). Only for the rows a command reads or deletes: in WITH CHECK the
 * lookup finds the row as it was before the write, not the tenant the write gives it.
 */
function isRowKeyHelper(call: NodeOf<'FuncCall'>, check: TenantCheck): boolean {
  const { schema } = check.scope;
  const fn = schema.functions.get(listName(call.funcname, schema.defaultSchema));
  if (!fn?.securityDefiner || fn.extension !== undefined) return false;
  const key = primaryKeyColumn(check.scope);
  return key !== undefined && (call.args ?? []).some((a) => ownColumnOf(a, check) === key);
}

function comparisonRestricts(expr: NodeOf<'A_Expr'>, check: TenantCheck): boolean {
  const op = operatorName(expr);
  if ((expr.kind === 'AEXPR_OP' && op === '=') || expr.kind === 'AEXPR_NOT_DISTINCT') {
    for (const [a, b] of [
      [expr.lexpr, expr.rexpr],
      [expr.rexpr, expr.lexpr],
    ] as const) {
      if (tenantColumnOf(a, check) && ownColumnsRead(b, check.scope).size === 0) return true;
      if (isTrueConstant(b) && restricts(a, check)) return true;
      if (check.acceptOwnRow && isOwnRowMatch(a, b, check)) return true;
    }
    return false;
  }
  if ((expr.kind === 'AEXPR_OP_ANY' || expr.kind === 'AEXPR_IN') && op === '=') {
    return (
      tenantColumnOf(expr.lexpr, check) !== undefined &&
      ownColumnsRead(expr.rexpr, check.scope).size === 0
    );
  }
  return false;
}

function sublinkRestricts(sublink: NodeOf<'SubLink'>, check: TenantCheck): boolean {
  const { scope } = check;
  const inner = innerRelations(sublink.subselect, scope);
  const select = nodeAs(sublink.subselect, 'SelectStmt');
  if (sublink.subLinkType === 'EXPR_SUBLINK') {
    // `(select is_member(workspace_id))`: a wrapped helper call, no relation of its own.
    const target = nodeAs(select?.targetList?.[0], 'ResTarget')?.val;
    return inner.length === 0 && select?.targetList?.length === 1 && restricts(target, check);
  }
  if (sublink.subLinkType !== 'ANY_SUBLINK' && sublink.subLinkType !== 'EXISTS_SUBLINK') {
    return false;
  }
  if (!isScopedToCaller(sublink.subselect, inner)) return false;
  const operator = nameOf(sublink.operName);
  if (sublink.subLinkType === 'ANY_SUBLINK' && (operator === '' || operator === '=')) {
    if (tenantColumnOf(sublink.testexpr, check)) return true;
    const column = ownColumnOf(sublink.testexpr, check);
    const selected = selectedColumn(select, inner);
    if (
      column &&
      selected &&
      referencesOwnColumn(selected.relation, selected.column, column, scope)
    ) {
      return true;
    }
  }
  // Correlated on the tenant column: `EXISTS (... m.workspace_id = documents.workspace_id ...)`.
  const correlated = ownColumnsRead(sublink.subselect, scope, inner);
  if (check.tenantColumns.some((c) => correlated.has(c))) return true;
  return linksOwnKey(sublink.subselect, inner, scope);
}

/**
 * The subquery's rows depend on the caller: it reads the caller's identity, or only relations
 * whose own row-level security filters them (a relation known to have RLS off does not).
 */
function isScopedToCaller(subselect: Node | undefined, inner: readonly InnerRelation[]): boolean {
  if (readsIdentity(subselect)) return true;
  return inner.every(
    (r) =>
      !r.model ||
      !(r.model.kind === 'table' || r.model.kind === 'partitioned-table') ||
      r.model.rlsEnabled,
  );
}

/** `id = auth.uid()` where `id` is the primary key: the row is the caller's own. */
function isOwnRowMatch(
  column: Node | undefined,
  value: Node | undefined,
  check: TenantCheck,
): boolean {
  const own = ownColumnOf(column, check);
  return (
    own !== undefined &&
    own === primaryKeyColumn(check.scope) &&
    readsIdentity(value) &&
    ownColumnsRead(value, check.scope).size === 0
  );
}

function ownColumnOf(node: Node | undefined, check: TenantCheck): string | undefined {
  return ownColumnIn(node, check, []);
}

function ownColumnIn(
  node: Node | undefined,
  check: TenantCheck,
  inner: readonly InnerRelation[],
): string | undefined {
  const ref = nodeAs(unwrapExpression(node), 'ColumnRef');
  return ref ? ownColumn(ref, check.scope, inner) : undefined;
}

function tenantColumnOf(node: Node | undefined, check: TenantCheck): string | undefined {
  const column = ownColumnOf(node, check);
  return column !== undefined && check.tenantColumns.includes(column) ? column : undefined;
}

/** `tenant_col IS NULL`: a row of no tenant. */
function isTenantNullTest(node: Node | undefined, check: TenantCheck): boolean {
  const test = nodeAs(unwrapExpression(node), 'NullTest');
  return test?.nulltesttype === 'IS_NULL' && tenantColumnOf(test.arg, check) !== undefined;
}

function isTrueConstant(node: Node | undefined): boolean {
  return nodeAs(unwrapExpression(node), 'A_Const')?.boolval?.boolval === true;
}

function nameOf(list: Node[] | undefined): string {
  return (list ?? []).map((n) => nodeAs(n, 'String')?.sval ?? '').join('.');
}

/** Outside subqueries, an own column other than the tenant column compared with the caller. */
function perUserColumn(expr: Node, check: TenantCheck): string | undefined {
  let found: string | undefined;
  walkTopLevel(expr, (node) => {
    const cmp = nodeAs(node, 'A_Expr');
    if (cmp?.kind !== 'AEXPR_OP' || operatorName(cmp) !== '=') return;
    for (const [a, b] of [
      [cmp.lexpr, cmp.rexpr],
      [cmp.rexpr, cmp.lexpr],
    ] as const) {
      const own = ownColumnOf(a, check);
      if (own && !check.tenantColumns.includes(own) && readsIdentity(b)) found ??= own;
    }
  });
  return found;
}

/** `id IN (select workspace_id from workspace_members ...)`: a membership test on another column. */
function wrongMembershipColumn(expr: Node, check: TenantCheck): string | undefined {
  let found: string | undefined;
  walkTopLevel(expr, (node) => {
    const sublink = nodeAs(node, 'SubLink');
    const cmp = nodeAs(node, 'A_Expr');
    const tested = sublink?.subLinkType === 'ANY_SUBLINK' ? sublink.testexpr : cmp?.lexpr;
    const against = sublink ? sublink.subselect : cmp?.rexpr;
    if (findNodes(against, 'SelectStmt').length === 0 && !sublink) return;
    const own = ownColumnOf(tested, check);
    if (own && !check.tenantColumns.includes(own)) found ??= own;
  });
  return found;
}

/** Visit the expression's nodes, not descending into subqueries (their testexpr is visited). */
function walkTopLevel(expr: Node, visit: (node: Node) => void): void {
  walkNodes(expr, (node) => {
    visit(node);
    const sublink = nodeAs(node, 'SubLink');
    if (sublink) {
      if (sublink.testexpr) walkTopLevel(sublink.testexpr, visit);
      return false;
    }
    return true;
  });
}
