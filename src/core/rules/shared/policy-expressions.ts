import type { Node } from 'libpg-query';
import type { SchemaModel, TableModel } from '../../schema/schema-model.ts';
import { nameParts, type QualifiedName, qualify } from '../../sql/names.ts';
import { type NodeOf, nodeAs } from '../../sql/statement.ts';
import { findNodes, walkNodes } from '../../sql/walk.ts';

/**
 * Reading row-level security policy expressions (USING / WITH CHECK ASTs): which columns of the
 * policy's own table they touch, which calls read the caller's identity, constant-true
 * conditions, user-editable metadata. Tenant restriction builds on this in
 * `policy-tenant-restriction.ts`.
 */

/** The table a policy is defined on, as its expressions see it. */
export interface PolicyScope {
  table: QualifiedName;
  /** The table's own name: how qualified column references spell it. */
  relname: string;
  /** The table in the model, when known (columns, constraints). */
  model: TableModel | undefined;
  schema: SchemaModel;
}

export function policyScope(schema: SchemaModel, table: QualifiedName): PolicyScope {
  const dot = table.indexOf('.');
  return { table, relname: table.slice(dot + 1), model: schema.table(table), schema };
}

/** Supabase's helpers and GUC reads that say who the caller is. */
const IDENTITY_FUNCTIONS = new Set([
  'auth.uid',
  'auth.jwt',
  'auth.role',
  'auth.email',
  'current_setting',
]);

/** The function a call names, schema-qualified when written so (`pg_catalog.` dropped). */
function functionName(call: NodeOf<'FuncCall'>): string {
  const parts = nameParts(call.funcname).filter(
    (p, i, all) => !(i === 0 && all.length > 1 && p === 'pg_catalog'),
  );
  return parts.join('.');
}

/** `auth.uid()`, `auth.jwt()`, `auth.role()`, `auth.email()` or `current_setting(...)`. */
function identityCallName(node: Node): string | undefined {
  const call = nodeAs(node, 'FuncCall');
  if (!call) return undefined;
  const name = functionName(call);
  return IDENTITY_FUNCTIONS.has(name) ? name : undefined;
}

/** The expression reads who the caller is (an identity call, or `current_user`). */
export function readsIdentity(root: unknown): boolean {
  let found = false;
  walkNodes(root, (node) => {
    if (identityCallName(node)) found = true;
    const fn = nodeAs(node, 'SQLValueFunction');
    if (fn?.op === 'SVFOP_CURRENT_USER' || fn?.op === 'SVFOP_SESSION_USER') found = true;
    return !found;
  });
  return found;
}

/**
 * `auth.role() = 'service_role'`, `auth.jwt() ->> 'role' = 'service_role'`, `current_user =
 * 'service_role'` (either order, through casts): only the service role passes it, and on
 * Supabase that role bypasses row level security anyway, so such a condition admits no API
 * caller.
 */
export function isServiceRoleTest(node: Node | undefined): boolean {
  const expr = nodeAs(unwrapExpression(node), 'A_Expr');
  if (expr?.kind !== 'AEXPR_OP' || operatorName(expr) !== '=') return false;
  const constant = (n: Node | undefined) =>
    nodeAs(unwrapExpression(n), 'A_Const')?.sval?.sval === 'service_role';
  const role = (n: Node | undefined): boolean => {
    const value = unwrapExpression(n);
    const call = nodeAs(value, 'FuncCall');
    if (call && functionName(call) === 'auth.role') return true;
    const fn = nodeAs(value, 'SQLValueFunction');
    if (fn?.op === 'SVFOP_CURRENT_USER' || fn?.op === 'SVFOP_CURRENT_ROLE') return true;
    // auth.jwt() ->> 'role'
    const field = nodeAs(value, 'A_Expr');
    if (field?.kind !== 'AEXPR_OP' || operatorName(field) !== '->>') return false;
    const jwt = nodeAs(unwrapExpression(field.lexpr), 'FuncCall');
    const key = nodeAs(unwrapExpression(field.rexpr), 'A_Const')?.sval?.sval;
    return jwt !== undefined && functionName(jwt) === 'auth.jwt' && key === 'role';
  };
  return (constant(expr.rexpr) && role(expr.lexpr)) || (constant(expr.lexpr) && role(expr.rexpr));
}

/**
 * Whether what the expression admits may depend on who the caller is: it reads the caller's
 * identity, or calls a function or runs a subquery, either of which may (`public.is_admin()`,
 * `EXISTS (SELECT 1 FROM profiles WHERE id = auth.uid() AND role = 'admin')`). When not, every
 * caller the policy applies to is admitted alike.
 */
export function mayDependOnCaller(root: unknown): boolean {
  if (readsIdentity(root)) return true;
  let found = false;
  walkNodes(root, (_node, kind) => {
    if (kind === 'FuncCall' || kind === 'SubLink') found = true;
    return !found;
  });
  return found;
}

/** Strip casts and collations: `workspace_id::text` is still the column. */
export function unwrapExpression(node: Node | undefined): Node | undefined {
  let current = node;
  for (;;) {
    const cast = nodeAs(current, 'TypeCast');
    if (cast) {
      current = cast.arg;
      continue;
    }
    const collate = nodeAs(current, 'CollateClause');
    if (collate) {
      current = collate.arg;
      continue;
    }
    return current;
  }
}

/** The operator of an `A_Expr`, e.g. `=` or `->>`. */
export function operatorName(expr: NodeOf<'A_Expr'>): string {
  return nameParts(expr.name).join('.');
}

/** A condition that holds for every row: `true`, `1 = 1`, `true OR ...`, `NOT false`. */
export function isAlwaysTrue(node: Node | undefined): boolean {
  const value = unwrapExpression(node);
  const constant = nodeAs(value, 'A_Const');
  if (constant) {
    if (constant.boolval) return constant.boolval.boolval === true;
    const text = constant.sval?.sval?.toLowerCase();
    return text === 'true' || text === 't' || text === 'on' || text === 'yes';
  }
  const bool = nodeAs(value, 'BoolExpr');
  if (bool) {
    const args = bool.args ?? [];
    if (bool.boolop === 'OR_EXPR') return args.some(isAlwaysTrue);
    if (bool.boolop === 'AND_EXPR') return args.length > 0 && args.every(isAlwaysTrue);
    return args.length === 1 && isAlwaysFalse(args[0]);
  }
  const expr = nodeAs(value, 'A_Expr');
  if (expr?.kind === 'AEXPR_OP' && operatorName(expr) === '=') {
    const left = constantText(expr.lexpr);
    return left !== undefined && left === constantText(expr.rexpr);
  }
  return false;
}

function isAlwaysFalse(node: Node | undefined): boolean {
  const constant = nodeAs(unwrapExpression(node), 'A_Const');
  return constant?.boolval !== undefined && constant.boolval.boolval !== true;
}

function constantText(node: Node | undefined): string | undefined {
  const constant = nodeAs(unwrapExpression(node), 'A_Const');
  if (!constant || constant.isnull) return undefined;
  if (constant.ival) return String(constant.ival.ival ?? 0);
  if (constant.sval) return `'${constant.sval.sval ?? ''}'`;
  if (constant.fval) return constant.fval.fval;
  if (constant.boolval) return String(constant.boolval.boolval === true);
  return undefined;
}

/**
 * Where the expression reads metadata the user can edit: `user_metadata` in the JWT
 * (`auth.jwt() -> 'user_metadata'`, `#> '{user_metadata,role}'`) or `auth.users.raw_user_meta_data`.
 */
export function userMetadataReads(root: unknown): string[] {
  const reads = new Set<string>();
  walkNodes(root, (node) => {
    const text = nodeAs(node, 'A_Const')?.sval?.sval;
    if (text !== undefined && /^\{?\s*"?user_metadata"?\s*(,|\}|$)/.test(text.trim())) {
      reads.add('user_metadata');
    }
    const ref = nodeAs(node, 'ColumnRef');
    if (ref && columnRefParts(ref).at(-1) === 'raw_user_meta_data') reads.add('raw_user_meta_data');
    return true;
  });
  return [...reads];
}

/** The name parts of a column reference (`*` for a star). */
export function columnRefParts(ref: NodeOf<'ColumnRef'>): string[] {
  return (ref.fields ?? []).map((f) => nodeAs(f, 'String')?.sval ?? '*');
}

/** A relation read inside a subquery, by the name its columns are qualified with. */
export interface InnerRelation {
  alias: string;
  model: TableModel | undefined;
}

/** Every relation the subquery (and subqueries inside it) reads. */
export function innerRelations(subselect: unknown, scope: PolicyScope): InnerRelation[] {
  return findNodes(subselect, 'RangeVar').map((rv) => ({
    alias: rv.alias?.aliasname ?? rv.relname ?? '',
    model: scope.schema.table(scope.schema.resolveRelation(rv.schemaname, rv.relname ?? '')),
  }));
}

/**
 * The column of the policy's table that a reference reads, or undefined when it reads another
 * relation. `inner` lists the relations of the subqueries around the reference: an unqualified
 * name resolves to them first when they have such a column (Postgres's innermost-scope rule).
 */
export function ownColumn(
  ref: NodeOf<'ColumnRef'>,
  scope: PolicyScope,
  inner: readonly InnerRelation[],
): string | undefined {
  const parts = columnRefParts(ref);
  const column = parts.at(-1);
  if (column === undefined || column === '*') return undefined;
  if (parts.length === 1) {
    if (scope.model && !scope.model.columnsUnknown && !scope.model.columns.has(column)) {
      return undefined;
    }
    const shadowed = inner.some((r) => r.model?.columns.has(column) === true);
    return shadowed ? undefined : column;
  }
  const qualifier = parts.at(-2);
  if (qualifier !== scope.relname) return undefined;
  if (inner.some((r) => r.alias === qualifier)) return undefined;
  if (parts.length >= 3 && qualify(parts.at(-3) ?? '', qualifier) !== scope.table) return undefined;
  return column;
}

/**
 * Columns of the policy's table that an expression reads, outside or inside its subqueries.
 * `inner`: the relations in scope around `root` (pass a subquery's own to test correlation).
 */
export function ownColumnsRead(
  root: unknown,
  scope: PolicyScope,
  inner: readonly InnerRelation[] = [],
): Set<string> {
  const columns = new Set<string>();
  const visit = (node: unknown, inner: readonly InnerRelation[]) => {
    walkNodes(node, (n) => {
      const sublink = nodeAs(n, 'SubLink');
      if (sublink) {
        visit(sublink.testexpr, inner);
        visit(sublink.subselect, [...inner, ...innerRelations(sublink.subselect, scope)]);
        return false;
      }
      const ref = nodeAs(n, 'ColumnRef');
      const column = ref ? ownColumn(ref, scope, inner) : undefined;
      if (column) columns.add(column);
      return true;
    });
  };
  visit(root, inner);
  return columns;
}

/**
 * A scalar subquery Postgres evaluates once per query, as an initPlan: a SELECT with no FROM that
 * reads no column, such as `(select auth.uid())` or `(select auth.jwt() ->> 'role')`. One that
 * reads a column may be correlated with a row around it, and is treated as running per row.
 */
function isComputedOnce(sublink: NodeOf<'SubLink'>): boolean {
  const select = nodeAs(sublink.subselect, 'SelectStmt');
  if (!select || (select.fromClause ?? []).length > 0) return false;
  if (select.op !== undefined && select.op !== 'SETOP_NONE') return false;
  return findNodes(select, 'ColumnRef').length === 0;
}

/** An identity call that runs per row, and whether it sits in a sub-SELECT with a FROM clause. */
export interface PerRowCall {
  /** `auth.uid()`, `current_setting(...)`. */
  call: string;
  inSubquery: boolean;
}

/**
 * Identity calls Postgres evaluates once per row of some relation: outside any subquery (per
 * row of the policy's table), and inside a subquery with a FROM clause, correlated or not (per
 * row of the relations it scans: `IN (SELECT ... WHERE user_id = auth.uid())` calls it for every
 * membership row). Only a call whose nearest enclosing subquery is computed once (see
 * `isComputedOnce`) runs once per query.
 */
export function perRowIdentityCalls(root: unknown): PerRowCall[] {
  const calls: PerRowCall[] = [];
  // `once`: the nearest enclosing subquery is an initPlan; `inSubquery`: inside a sub-SELECT.
  const visit = (node: unknown, once: boolean, inSubquery: boolean) => {
    walkNodes(node, (n) => {
      const sublink = nodeAs(n, 'SubLink');
      if (sublink) {
        visit(sublink.testexpr, once, inSubquery);
        visit(sublink.subselect, isComputedOnce(sublink), true);
        return false;
      }
      const call = nodeAs(n, 'FuncCall');
      const name = call ? functionName(call) : undefined;
      if (call && name && IDENTITY_FUNCTIONS.has(name) && !once) {
        calls.push({ call: `${name}(${(call.args ?? []).length > 0 ? '...' : ''})`, inSubquery });
      }
      return true;
    });
  };
  visit(root, false, false);
  return calls;
}
