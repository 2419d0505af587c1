import type { AlterDefaultPrivilegesStmt, GrantStmt, Node } from 'libpg-query';
import { nodeAs } from '../sql/statement.ts';
import type { DefaultPrivilegeRevokes, SchemaModel, TableModel } from './schema-model.ts';

/** Key of `defaultPrivilegeRevokes` for a statement that names no schema. */
const EVERY_SCHEMA = '*';

/**
 * Replay ALTER DEFAULT PRIVILEGES for functions and tables. Only statements about the migration
 * role itself count (no FOR ROLE, or FOR ROLE postgres / CURRENT_USER): default privileges
 * apply to objects their role creates, and Supabase migrations run as `postgres`.
 */
export function replayDefaultPrivileges(
  model: SchemaModel,
  stmt: AlterDefaultPrivilegesStmt,
): void {
  const action = stmt.action;
  if (!action) return;
  const kind: keyof DefaultPrivilegeRevokes | undefined =
    action.objtype === 'OBJECT_FUNCTION' || action.objtype === 'OBJECT_ROUTINE'
      ? 'functions'
      : action.objtype === 'OBJECT_TABLE'
        ? 'tables'
        : undefined;
  if (!kind) return;
  const wanted = kind === 'functions' ? 'execute' : 'select';
  if (!coversPrivilege(action.privileges, wanted)) return;
  let schemas: string[] = [EVERY_SCHEMA];
  for (const option of stmt.options ?? []) {
    const def = nodeAs(option, 'DefElem');
    const items = nodeAs(def?.arg, 'List')?.items ?? [];
    if (def?.defname === 'schemas') {
      schemas = items.flatMap((i) => {
        const s = nodeAs(i, 'String')?.sval;
        return s ? [s] : [];
      });
    }
    if (def?.defname === 'roles' && !roleNames(items).some(isMigrationRole)) return;
  }
  for (const schema of schemas) {
    const revoked = model.defaultPrivilegeRevokes[kind].get(schema) ?? new Set<string>();
    for (const role of roleNames(action.grantees)) {
      if (action.is_grant) revoked.delete(role);
      else revoked.add(role);
    }
    model.defaultPrivilegeRevokes[kind].set(schema, revoked);
  }
}

/**
 * Roles a new function in `schema` does not get EXECUTE for, by the default privileges in force.
 * PUBLIC's EXECUTE is a built-in global default: only a revoke without IN SCHEMA removes it.
 * Supabase grants anon and authenticated per schema: only a revoke IN SCHEMA removes those.
 */
export function defaultExecuteRevokes(model: SchemaModel, schema: string): Set<string> {
  return defaultRevokes(model.defaultPrivilegeRevokes.functions, schema);
}

/** SELECT privileges a new view or materialized view starts with, from the default privileges. */
export function initSelectPrivileges(model: SchemaModel, view: TableModel): void {
  view.selectGrantedTo = new Set();
  view.selectRevokedFrom = defaultRevokes(model.defaultPrivilegeRevokes.tables, view.schema);
}

function defaultRevokes(bySchema: Map<string, Set<string>>, schema: string): Set<string> {
  const revoked = new Set([...(bySchema.get(schema) ?? [])].filter((r) => r !== 'public'));
  if (bySchema.get(EVERY_SCHEMA)?.has('public')) revoked.add('public');
  return revoked;
}

/** Replay GRANT/REVOKE SELECT (or ALL) on views and materialized views. */
export function replayRelationGrant(model: SchemaModel, stmt: GrantStmt): void {
  if (stmt.objtype !== 'OBJECT_TABLE') return;
  // Column privileges grant reading some columns; revoking them leaves table-level SELECT intact.
  const columnsOnly = (stmt.privileges ?? []).every((p) => nodeAs(p, 'AccessPriv')?.cols?.length);
  if (!coversPrivilege(stmt.privileges, 'select')) return;
  if (!stmt.is_grant && columnsOnly && (stmt.privileges ?? []).length > 0) return;
  const targets: TableModel[] =
    stmt.targtype === 'ACL_TARGET_ALL_IN_SCHEMA'
      ? [...model.tables.values()].filter((t) =>
          (stmt.objects ?? []).some((o) => nodeAs(o, 'String')?.sval === t.schema),
        )
      : (stmt.objects ?? []).flatMap((o) => {
          const rv = nodeAs(o, 'RangeVar');
          const t = rv
            ? model.tables.get(model.resolveRelation(rv.schemaname, rv.relname ?? ''))
            : undefined;
          return t ? [t] : [];
        });
  for (const table of targets) {
    if (!table.selectGrantedTo || !table.selectRevokedFrom) continue;
    for (const role of roleNames(stmt.grantees)) {
      if (stmt.is_grant) {
        table.selectGrantedTo.add(role);
        table.selectRevokedFrom.delete(role);
      } else {
        table.selectGrantedTo.delete(role);
        table.selectRevokedFrom.add(role);
      }
    }
  }
}

/** An empty privilege list is ALL, which covers every privilege. */
function coversPrivilege(privileges: Node[] | undefined, name: string): boolean {
  const names = (privileges ?? []).map((p) => nodeAs(p, 'AccessPriv')?.priv_name);
  return names.length === 0 || names.includes(name) || names.includes(undefined);
}

function roleNames(specs: Node[] | undefined): string[] {
  return (specs ?? []).flatMap((g) => {
    const spec = nodeAs(g, 'RoleSpec');
    if (!spec) return [];
    if (spec.roletype === 'ROLESPEC_PUBLIC') return ['public'];
    if (spec.roletype === 'ROLESPEC_CURRENT_USER' || spec.roletype === 'ROLESPEC_SESSION_USER') {
      return ['current_user'];
    }
    return spec.rolename ? [spec.rolename] : [];
  });
}

function isMigrationRole(role: string): boolean {
  return role === 'postgres' || role === 'current_user';
}
