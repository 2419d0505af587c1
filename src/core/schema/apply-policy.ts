import type { AlterPolicyStmt, CreatePolicyStmt, Node } from 'libpg-query';
import { nodeAs } from '../sql/statement.ts';
import { relationName } from './relation-names.ts';
import type { QualifiedName } from '../sql/names.ts';
import type { Origin, PolicyCommand, PolicyModel, SchemaModel } from './schema-model.ts';

/**
 * The policies of a relation: a table's own, or those of `storage.objects`, which Supabase
 * creates outside the migrations. Undefined for any other table the model does not know.
 */
export function policiesOf(
  model: SchemaModel,
  table: QualifiedName,
): Map<string, PolicyModel> | undefined {
  const known = model.tables.get(table);
  if (known) return known.policies;
  return table === 'storage.objects' ? model.storageObjectPolicies : undefined;
}

/** Replay CREATE POLICY onto its table; a table the model does not know is left alone. */
export function replayCreatePolicy(
  model: SchemaModel,
  stmt: CreatePolicyStmt,
  origin: Origin,
): void {
  const policies = policiesOf(model, relationName(model, stmt.table));
  if (!policies || !stmt.policy_name) return;
  policies.set(stmt.policy_name, {
    name: stmt.policy_name,
    command: (stmt.cmd_name ?? 'all') as PolicyCommand,
    // The AST omits `permissive` when false (AS RESTRICTIVE); the parser's default is true.
    permissive: stmt.permissive === true,
    roles: roleNames(stmt.roles),
    ...(stmt.qual ? { using: stmt.qual } : {}),
    ...(stmt.with_check ? { withCheck: stmt.with_check } : {}),
    addedBy: origin,
  });
}

/** Replay ALTER POLICY: what it names changes (roles, USING, WITH CHECK); the rest stays. */
export function replayAlterPolicy(model: SchemaModel, stmt: AlterPolicyStmt): void {
  const policy = policiesOf(model, relationName(model, stmt.table))?.get(stmt.policy_name ?? '');
  if (!policy) return;
  if (stmt.roles?.length) policy.roles = roleNames(stmt.roles);
  if (stmt.qual) policy.using = stmt.qual;
  if (stmt.with_check) policy.withCheck = stmt.with_check;
}

function roleNames(roles: Node[] | undefined): string[] {
  const names = (roles ?? []).flatMap((r) => {
    const spec = nodeAs(r, 'RoleSpec');
    if (!spec) return [];
    if (spec.roletype === 'ROLESPEC_PUBLIC') return ['public'];
    if (spec.roletype === 'ROLESPEC_CURRENT_USER') return ['current_user'];
    return spec.rolename ? [spec.rolename] : [];
  });
  return names.length ? names : ['public'];
}
