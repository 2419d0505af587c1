import type { Node, RoleSpec } from 'libpg-query';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

/**
 * The roles every Data API request runs as: `anon` (no session) and `authenticated` (any
 * signed-in user), and PUBLIC, which both belong to. What they gain, every caller gains.
 */
const API_ROLES = ['anon', 'authenticated'];

export const apiRoleEscalation: Rule = {
  meta: {
    id: 'api-role-escalation',
    defaultSeverity: 'error',
    category: 'tenancy',
    summary:
      "A statement that hands anon, authenticated or PUBLIC another role's privileges (GRANT role TO ...), BYPASSRLS, or ownership of an object: every API caller then reads and writes past row level security.",
    fix: 'Grant the API roles only what they need on named objects (GRANT SELECT ON public.table_name TO authenticated) and keep row level security deciding which rows; let a role that is not an API role own the objects.',
  },
  statement(ctx) {
    for (const message of escalations(ctx.statement.node)) ctx.report({ message });
  },
};

function escalations(node: Node): string[] {
  const grant = nodeAs(node, 'GrantRoleStmt');
  if (grant?.is_grant) {
    const grantees = (grant.grantee_roles ?? []).flatMap((n) => apiRole(nodeAs(n, 'RoleSpec')));
    if (grantees.length === 0) return [];
    const granted = (grant.granted_roles ?? []).flatMap((n) => {
      const name = nodeAs(n, 'AccessPriv')?.priv_name;
      return name === undefined ? [] : [name];
    });
    return [
      `GRANT ${granted.join(', ')} TO ${grantees.join(', ')} makes every ${callers(grantees)} a member of ${granted.join(', ')}, with its privileges: a member of a table's owner (postgres owns what migrations create) skips row level security, so every tenant's rows become readable and writable through the API.`,
    ];
  }
  const alter = nodeAs(node, 'AlterRoleStmt');
  if (alter) {
    const role = apiRole(alter.role);
    if (role.length > 0 && grantsBypassRls(alter.options)) {
      return [
        `ALTER ROLE ${role[0]} BYPASSRLS switches row level security off for every ${callers(role)}: every policy stops applying to them.`,
      ];
    }
    return [];
  }
  const owner = ownerChange(node);
  if (owner) {
    const role = apiRole(owner.role);
    if (role.length > 0) {
      return [
        `${owner.what} OWNER TO ${role[0]} makes every ${callers(role)} its owner: an owner skips row level security (unless FORCE ROW LEVEL SECURITY), may drop or alter the object, and grant it to anyone.`,
      ];
    }
  }
  return [];
}

/** The role's name when it is one of the API roles or PUBLIC; empty otherwise. */
function apiRole(spec: RoleSpec | undefined): string[] {
  if (spec === undefined) return [];
  if (spec.roletype === 'ROLESPEC_PUBLIC') return ['PUBLIC'];
  const name = spec.rolename;
  return name !== undefined && API_ROLES.includes(name) ? [name] : [];
}

function callers(roles: readonly string[]): string {
  if (roles.includes('PUBLIC')) return 'role of the database, every API caller included,';
  if (roles.includes('anon')) return 'API caller, signed in or not,';
  return 'signed-in API caller';
}

function grantsBypassRls(options: Node[] | undefined): boolean {
  return (options ?? []).some((option) => {
    const def = nodeAs(option, 'DefElem');
    if (def?.defname !== 'bypassrls') return false;
    const value = nodeAs(def.arg, 'Boolean');
    return value?.boolval === true;
  });
}

function ownerChange(node: Node): { what: string; role: RoleSpec | undefined } | undefined {
  const table = nodeAs(node, 'AlterTableStmt');
  if (table) {
    for (const cmd of table.cmds ?? []) {
      const change = nodeAs(cmd, 'AlterTableCmd');
      if (change?.subtype !== 'AT_ChangeOwner') continue;
      const relation = table.relation;
      const name = [relation?.schemaname, relation?.relname].filter(Boolean).join('.');
      const kind = (table.objtype ?? 'OBJECT_TABLE').replace('OBJECT_', '').replaceAll('_', ' ');
      return { what: `ALTER ${kind} ${name}`, role: change.newowner };
    }
    return undefined;
  }
  const alter = nodeAs(node, 'AlterOwnerStmt');
  if (alter) {
    const kind = (alter.objectType ?? 'OBJECT').replace('OBJECT_', '').replaceAll('_', ' ');
    const name = nodeAs(alter.object, 'String')?.sval;
    return { what: `ALTER ${kind}${name ? ` ${name}` : ''}`, role: alter.newowner };
  }
  return undefined;
}
