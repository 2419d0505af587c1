import { relationName } from '../../schema/relation-names.ts';
import { perRowIdentityCalls, policyScope } from '../shared/policy-expressions.ts';
import { policyStatementParts } from '../shared/policy-statements.ts';
import type { Rule } from '../rule.ts';

export const policyPerRowAuthCall: Rule = {
  meta: {
    id: 'policy-per-row-auth-call',
    defaultSeverity: 'warning',
    advisor: { lint: '0003_auth_rls_initplan', level: 'WARN' },
    category: 'tenancy',
    summary:
      'auth.uid(), auth.jwt(), auth.role() or current_setting() called directly in a policy runs once per row; wrapped as (select auth.uid()) it runs once per query.',
    fix: 'USING (user_id = (SELECT auth.uid()))  -- wrap each call in a scalar subquery',
  },
  statement(ctx) {
    const parts = policyStatementParts(ctx.statement.node);
    if (!parts) return;
    const table = relationName(ctx.schema, {
      relname: parts.relname,
      schemaname: parts.schemaName,
    });
    const scope = policyScope(ctx.schema, table);
    const calls = [
      ...perRowIdentityCalls(parts.using, scope),
      ...perRowIdentityCalls(parts.withCheck, scope),
    ];
    if (calls.length === 0) return;
    const counts = new Map<string, number>();
    for (const call of calls) counts.set(call, (counts.get(call) ?? 0) + 1);
    const named = [...counts].map(([call, n]) => (n > 1 ? `${call} (${n}×)` : call)).join(', ');
    const first = [...counts.keys()][0] ?? 'auth.uid()';
    ctx.report({
      message: `Policy "${parts.name}" on ${table} calls ${named} for every row it checks: a scan of ${table} evaluates ${calls.length > 1 ? 'them' : 'it'} once per row instead of once per query, which slows large reads and writes.`,
      fix: `-- in ALTER POLICY "${parts.name}" ON ${table}, wrap each call in a scalar subquery so\n-- Postgres evaluates it once per query (an initPlan):\n--   ${first}  ->  (SELECT ${first})\n-- e.g. USING (created_by = (SELECT auth.uid()))`,
    });
  },
};
