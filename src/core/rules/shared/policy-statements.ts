import type { Node } from 'libpg-query';
import { scanFragment } from '../../sql/fragment-parses.ts';
import type { PolicyModel, SchemaModel } from '../../schema/schema-model.ts';
import type { QualifiedName } from '../../sql/names.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import type { FileContext } from '../rule.ts';

/** A CREATE POLICY or ALTER POLICY in a file, top level or run by a DO block. */
export interface PolicyStatement {
  /** The top-level statement findings are reported against. */
  statement: Statement;
  /** The line of the policy statement itself (inside a DO block, its own line). */
  line: number;
  schemaName: string | undefined;
  relname: string;
  name: string;
  using: Node | undefined;
  withCheck: Node | undefined;
  /** What CREATE POLICY says; ALTER POLICY leaves these as they were (undefined here). */
  command?: PolicyModel['command'];
  permissive?: boolean;
  roles?: string[];
  /** The policy statement's own SQL (inside a DO block, the embedded statement). */
  text: string;
}

/** The statements `policyStatementParts` reads; it gives nothing for any other kind. */
const POLICY_KINDS: ReadonlySet<string> = new Set(['CreatePolicyStmt', 'AlterPolicyStmt']);

/**
 * The policy parts of a CREATE POLICY / ALTER POLICY node, or undefined for other nodes.
 * `kind`, when the caller knows it (`Statement.kind`), answers for other kinds without reading
 * the node: asked of every statement of every file, that reading cost more than the rest.
 */
export function policyStatementParts(
  node: Node,
  kind?: string,
): Omit<PolicyStatement, 'statement' | 'line' | 'text'> | undefined {
  if (kind !== undefined && !POLICY_KINDS.has(kind)) return undefined;
  const create = nodeAs(node, 'CreatePolicyStmt');
  const stmt = create ?? nodeAs(node, 'AlterPolicyStmt');
  if (!stmt?.policy_name || !stmt.table?.relname) return undefined;
  const parts = {
    schemaName: stmt.table.schemaname,
    relname: stmt.table.relname,
    name: stmt.policy_name,
    using: stmt.qual,
    withCheck: stmt.with_check,
  };
  if (!create) return parts;
  return {
    ...parts,
    command: (create.cmd_name ?? 'all') as PolicyModel['command'],
    // The AST omits `permissive` when false (AS RESTRICTIVE).
    permissive: create.permissive === true,
    roles: policyRoles(create.roles),
  };
}

/** Role names of a policy's TO list; none written means PUBLIC. */
function policyRoles(roles: Node[] | undefined): string[] {
  const names = (roles ?? []).flatMap((r) => {
    const spec = nodeAs(r, 'RoleSpec');
    if (spec?.roletype === 'ROLESPEC_PUBLIC') return ['public'];
    return spec?.rolename ? [spec.rolename] : [];
  });
  return names.length > 0 ? names : ['public'];
}

/**
 * Every CREATE/ALTER POLICY of the file, in order, DO-block ones included. Several rules ask
 * at the end of each file: read once per file's statements, shared; read it only.
 */
export function policyStatementsOf(statements: readonly Statement[]): readonly PolicyStatement[] {
  let found = knownPolicyStatements.get(statements);
  if (found === undefined) {
    found = readPolicyStatements(statements);
    knownPolicyStatements.set(statements, found);
  }
  return found;
}

const knownPolicyStatements = new WeakMap<readonly Statement[], readonly PolicyStatement[]>();

function readPolicyStatements(statements: readonly Statement[]): PolicyStatement[] {
  return statements.flatMap((statement) => {
    const own = policyStatementParts(statement.node, statement.kind);
    if (own) return [{ ...own, statement, line: statement.line, text: statement.text }];
    if (statement.plpgsql?.context !== 'do') return [];
    return statement.plpgsql.sql.flatMap((sql) =>
      sql.mode === 'statement'
        ? sql.nodes.flatMap((node) => {
            const parts = policyStatementParts(node);
            return parts ? [{ ...parts, statement, line: sql.line, text: sql.sql }] : [];
          })
        : [],
    );
  });
}

/** A policy as the file leaves it, with the last statement of the file that created or altered it. */
export interface ChangedPolicy {
  table: QualifiedName;
  policy: PolicyModel;
  at: PolicyStatement;
}

/**
 * Policies the file created or altered that still exist at its end. Policies dropped later in
 * the file, and policies on tables the migrations do not know, are left out.
 */
export function policiesChangedInFile(ctx: FileContext): ChangedPolicy[] {
  const latest = new Map<string, ChangedPolicy>();
  for (const at of policyStatementsOf(ctx.statements)) {
    const table = ctx.schema.resolveRelation(at.schemaName, at.relname);
    const policy = ctx.schema.table(table)?.policies.get(at.name);
    if (policy) latest.set(`${table}\u0000${at.name}`, { table, policy, at });
  }
  return [...latest.values()];
}

/** Roles that bypass row-level security on Supabase: policies for them only never run. */
const RLS_BYPASS_ROLES = new Set(['service_role', 'postgres', 'supabase_admin']);

export function onlyForRlsBypassRoles(policy: Pick<PolicyModel, 'roles'>): boolean {
  return policy.roles.every((r) => RLS_BYPASS_ROLES.has(r));
}

export function isRlsBypassRole(role: string): boolean {
  return RLS_BYPASS_ROLES.has(role);
}

export type RowCommand = 'select' | 'insert' | 'update' | 'delete';

export const ROW_COMMANDS: readonly RowCommand[] = ['select', 'insert', 'update', 'delete'];

export function commandsOf(policy: Pick<PolicyModel, 'command'>): RowCommand[] {
  return policy.command === 'all' ? [...ROW_COMMANDS] : [policy.command];
}

/**
 * One condition a policy imposes for a command: `read` filters the existing rows the command
 * can see (USING); `write` is what new or updated rows must satisfy.
 */
export interface PolicyCondition {
  side: 'read' | 'write';
  /** Undefined when the policy has no such clause: it then grants nothing on this side. */
  expr: Node | undefined;
  /** How the clause is spelled, for messages. */
  clause: 'USING' | 'WITH CHECK' | 'USING (as WITH CHECK)';
}

/**
 * What Postgres checks for a command under this policy. For INSERT and UPDATE a missing
 * WITH CHECK falls back to USING (ALL and UPDATE policies); an INSERT policy cannot have USING.
 */
export function conditionsFor(
  policy: Pick<PolicyModel, 'using' | 'withCheck'>,
  command: RowCommand,
): PolicyCondition[] {
  const read: PolicyCondition = { side: 'read', expr: policy.using, clause: 'USING' };
  const write: PolicyCondition = policy.withCheck
    ? { side: 'write', expr: policy.withCheck, clause: 'WITH CHECK' }
    : { side: 'write', expr: policy.using, clause: 'USING (as WITH CHECK)' };
  if (command === 'select' || command === 'delete') return [read];
  if (command === 'insert') return [write];
  return [read, write];
}

/** The clauses a policy of this command may carry, with a condition, for a fix. */
export function policyClausesSql(command: PolicyModel['command'], condition: string): string {
  const using = `\n  USING (${condition})`;
  const check = `\n  WITH CHECK (${condition})`;
  if (command === 'select' || command === 'delete') return using;
  if (command === 'insert') return check;
  return `${using}${check}`;
}

/** The policy applies to every role that `roles` names (PUBLIC covers them all). */
export function coversRoles(policy: Pick<PolicyModel, 'roles'>, roles: readonly string[]): boolean {
  if (policy.roles.includes('public')) return true;
  return !roles.includes('public') && roles.every((r) => policy.roles.includes(r));
}

/**
 * A membership condition for the fix: the schema's membership table (one with the tenant
 * column and `user_id`), or the conventional `workspace_members` shape.
 */
export function membershipCondition(
  schema: SchemaModel,
  table: QualifiedName,
  tenantColumn: string,
): string {
  const candidates = [...schema.tables.values()].filter(
    (t) =>
      `${t.schema}.${t.name}` !== table &&
      t.kind === 'table' &&
      t.columns.has(tenantColumn) &&
      t.columns.has('user_id'),
  );
  const members = candidates.find((t) => /member/.test(t.name)) ?? candidates[0];
  const membersTable = members
    ? `${members.schema}.${members.name}`
    : `public.${tenantNoun(tenantColumn)}_members`;
  return `${tenantColumn} IN (SELECT m.${tenantColumn} FROM ${membersTable} m WHERE m.user_id = (SELECT auth.uid()))`;
}

/**
 * The text inside `USING (...)` or `WITH CHECK (...)` of a policy statement as written, so a
 * fix can keep the author's condition. Undefined when the scanner cannot find it.
 */
export function policyClauseText(
  statementText: string,
  clause: 'USING' | 'WITH CHECK',
): string | undefined {
  let tokens: { start: number; end: number; text: string }[];
  try {
    tokens = scanFragment(statementText).tokens;
  } catch {
    return undefined;
  }
  const keyword = clause === 'USING' ? 'USING' : 'CHECK';
  const at = tokens.findIndex(
    (t, i) =>
      t.text.toUpperCase() === keyword &&
      (clause === 'USING' || tokens[i - 1]?.text.toUpperCase() === 'WITH') &&
      tokens[i + 1]?.text === '(',
  );
  if (at < 0) return undefined;
  let depth = 0;
  for (let i = at + 1; i < tokens.length; i++) {
    const text = tokens[i]?.text;
    if (text === '(') depth++;
    if (text === ')' && --depth === 0) {
      // Scanner offsets are UTF-8 bytes.
      const bytes = new TextEncoder().encode(statementText);
      const open = tokens[at + 1]?.end ?? 0;
      const close = tokens[i]?.start ?? 0;
      return new TextDecoder().decode(bytes.subarray(open, close)).trim();
    }
  }
  return undefined;
}

/** What a tenant column names: `workspace` for `workspace_id`. */
export function tenantNoun(tenantColumn: string): string {
  return tenantColumn.replace(/_id$/, '');
}
