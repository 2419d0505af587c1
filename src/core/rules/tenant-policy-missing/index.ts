import type { PolicyModel, TableModel } from '../../schema/schema-model.ts';
import { mayDependOnCaller, policyScope } from '../shared/policy-expressions.ts';
import {
  type ChangedPolicy,
  commandsOf,
  conditionsFor,
  membershipCondition,
  onlyForRlsBypassRoles,
  policiesChangedInFile,
  type PolicyCondition,
  policyClauseText,
  type RowCommand,
  tenantNoun,
} from '../shared/policy-statements.ts';
import {
  restrictiveConfinesTenant,
  type TenantCheck,
  type TenantVerdict,
  tenantVerdict,
} from '../shared/policy-tenant-restriction.ts';
import type { FileContext, Rule } from '../rule.ts';

interface Gap {
  command: RowCommand;
  condition: PolicyCondition;
  verdict: TenantVerdict | { kind: 'insert-without-check' };
}

export const tenantPolicyMissing: Rule = {
  meta: {
    id: 'tenant-policy-missing',
    defaultSeverity: 'error',
    category: 'tenancy',
    summary:
      'A permissive policy on a tenant table lets a command reach rows without restricting the tenant column to the caller’s tenants.',
    fix: `CREATE POLICY "members read documents" ON public.documents FOR SELECT TO authenticated
  USING (workspace_id IN (SELECT m.workspace_id FROM public.workspace_members m WHERE m.user_id = (SELECT auth.uid())));`,
  },
  fileEnd(ctx) {
    for (const changed of policiesToJudge(ctx)) {
      const { policy, table, at } = changed;
      const model = ctx.schema.table(table);
      if (!model) continue;
      const tenantColumns = ctx.options.tenantColumns.filter((c) => model.columns.has(c));
      const tenantColumn = tenantColumns[0];
      if (tenantColumn === undefined) continue;
      const scope = policyScope(ctx.schema, table);
      const gaps = policyGaps(policy, model, { scope, tenantColumns });
      if (gaps.length === 0) continue;
      const condition = membershipCondition(ctx.schema, table, tenantColumn);
      ctx.report(at.statement, {
        line: at.line,
        message: `Policy "${policy.name}" on ${table} does not confine rows to the caller's ${tenantNoun(tenantColumn)}s (${tenantColumn}): ${describeGaps(gaps, policy, tenantColumn)}.`,
        fix: policyFix(changed, gaps, condition),
        problems: [...new Set(gaps.map((g) => problemOf(g, table)))],
      });
    }
  },
};

/** The problem a gap is, as the other tenancy rules and the isolation probes name it. */
function problemOf(gap: Gap, table: string): string {
  switch (gap.verdict.kind) {
    case 'insert-without-check':
      return `locked-out-insert ${table}`;
    case 'per-user':
      // Reading by author ignores the tenant but shows no other tenant's rows to a stranger.
      return gap.condition.side === 'read'
        ? `per-user-read ${table}`
        : `cross-tenant-write ${table}`;
    default:
      return `cross-tenant-${gap.condition.side} ${table}`;
  }
}

/** Restrictive policies only narrow what permissive ones grant; they cannot leak. */
function policiesToJudge(ctx: FileContext): ChangedPolicy[] {
  return policiesChangedInFile(ctx).filter(
    (c) => c.policy.permissive && !onlyForRlsBypassRoles(c.policy),
  );
}

function policyGaps(
  policy: PolicyModel,
  table: TableModel,
  base: Omit<TenantCheck, 'acceptOwnRow'>,
): Gap[] {
  const gaps: Gap[] = [];
  for (const command of commandsOf(policy)) {
    for (const condition of conditionsFor(policy, command)) {
      if (!condition.expr) {
        // Without WITH CHECK an INSERT policy grants no inserts at all: a broken policy.
        if (policy.command === 'insert') {
          gaps.push({ command, condition, verdict: { kind: 'insert-without-check' } });
        }
        continue;
      }
      const check: TenantCheck = {
        ...base,
        acceptOwnRow: condition.side === 'read',
        acceptShared: command === 'select',
      };
      if (restrictiveConfinesTenant(table, policy, command, condition.side, base)) continue;
      const verdict = tenantVerdict(condition.expr, check);
      // On the membership table itself, reading one's own memberships across tenants shows
      // nothing of another tenant; writing them would let a user join any tenant, so only reads.
      // An invitation is a membership to be: its invitee reads (or declines) it before joining.
      if (
        verdict.kind === 'per-user' &&
        condition.side === 'read' &&
        isMembershipTable(table, verdict.column)
      ) {
        continue;
      }
      if (verdict.kind !== 'restricted') gaps.push({ command, condition, verdict });
    }
  }
  return gaps;
}

/**
 * A table that links users to tenants (`workspace_members (workspace_id, user_id)`): its user
 * column references a users table (`auth.users`, or a `users`/`profiles` table), or the table
 * is named for memberships or invitations (`team_invites`, addressed to a user by id or email).
 */
function isMembershipTable(table: TableModel, userColumn: string): boolean {
  if (/member|invit/.test(table.name)) return true;
  return table.constraints.some(
    (c) =>
      c.kind === 'foreign-key' &&
      c.columns.includes(userColumn) &&
      /\.(users|profiles)$/.test(c.references?.table ?? ''),
  );
}

/** Gaps grouped by clause and verdict, so an ALL policy reads as one sentence per problem. */
function describeGaps(gaps: Gap[], policy: PolicyModel, tenantColumn: string): string {
  const groups = new Map<string, Gap[]>();
  for (const gap of gaps) {
    const key = `${gap.condition.clause}|${gap.verdict.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), gap]);
  }
  return [...groups.values()].map((group) => describeGap(group, policy, tenantColumn)).join('; ');
}

function describeGap(group: Gap[], policy: PolicyModel, tenantColumn: string): string {
  const first = group[0];
  if (!first) return '';
  const { condition, verdict } = first;
  const noun = tenantNoun(tenantColumn);
  const commands = group.map((g) => g.command.toUpperCase()).join(', ');
  const where = `its ${condition.clause} for ${commands}`;
  const who = policy.roles.includes('public')
    ? 'every caller'
    : `callers in ${policy.roles.join(', ')}`;
  const reach =
    condition.side === 'read'
      ? `${who} can reach rows of every ${noun}`
      : `${who} can write rows into any ${noun}`;
  switch (verdict.kind) {
    case 'insert-without-check':
      return 'an INSERT policy without WITH CHECK admits no new rows at all (Postgres has no condition to test them against)';
    case 'always-true':
      return `${where} is always true, so ${reach}`;
    case 'per-user':
      return condition.side === 'read'
        ? `${where} only matches ${verdict.column} to the caller, a per-user check that ignores ${tenantColumn}: a user keeps reaching their rows of a ${noun} after leaving it`
        : `${where} only matches ${verdict.column} to the caller, a per-user check that ignores ${tenantColumn}: ${reach}`;
    case 'wrong-column':
      return `${where} tests ${verdict.column}, not ${tenantColumn}, against a membership lookup, so ${reach} whose ${verdict.column} happens to equal a ${noun} id`;
    case 'restricted':
      return '';
    case 'unrestricted':
      // A condition about the caller (an admin flag, a role, a function) admits only some
      // callers: not "every caller", but each one it admits, in every tenant.
      if (condition.expr !== undefined && mayDependOnCaller(condition.expr)) {
        const admitted =
          condition.side === 'read'
            ? `each caller it admits can reach rows of every ${noun}`
            : `each caller it admits can write rows into any ${noun}`;
        return `${where} does not restrict ${tenantColumn} (directly, through a membership subquery or a helper taking ${tenantColumn}): it may test who the caller is, but not which ${noun} a row belongs to, so ${admitted}`;
      }
      return `${where} does not restrict ${tenantColumn} (directly, through a membership subquery or a helper taking ${tenantColumn}), so ${reach}`;
  }
}

/**
 * The policy rewritten with the membership condition on the clauses its command allows. A
 * per-user condition is kept and narrowed; other conditions are replaced.
 */
function policyFix(changed: ChangedPolicy, gaps: Gap[], condition: string): string {
  const { policy, table, at } = changed;
  const clause = (name: 'USING' | 'WITH CHECK') => {
    const original = policyClauseText(at.text, name);
    const keep = gaps.some(
      (g) => g.verdict.kind === 'per-user' && g.condition.clause.startsWith(name),
    );
    return keep && original ? `(${original}) AND ${condition}` : condition;
  };
  const using = `\n  USING (${clause('USING')})`;
  const check = `\n  WITH CHECK (${policy.withCheck ? clause('WITH CHECK') : clause('USING')})`;
  const clauses =
    policy.command === 'select' || policy.command === 'delete'
      ? using
      : policy.command === 'insert'
        ? check
        : `${using}${check}`;
  return `ALTER POLICY "${policy.name}" ON ${table}${clauses};`;
}
