import { relationName } from '../../schema/relation-names.ts';
import { perRowIdentityCalls } from '../shared/policy-expressions.ts';
import { policyStatementParts } from '../shared/policy-statements.ts';
import type { Rule } from '../rule.ts';

export const policyPerRowAuthCall: Rule = {
  meta: {
    id: 'policy-per-row-auth-call',
    defaultSeverity: 'warning',
    advisor: { lint: '0003_auth_rls_initplan', level: 'WARN' },
    category: 'tenancy',
    summary:
      'auth.uid(), auth.jwt(), auth.role() or current_setting() called bare in a policy, even inside a sub-SELECT, runs once per row; wrapped as (select auth.uid()) it runs once per query.',
    fix: 'USING (user_id = (SELECT auth.uid()))  -- wrap each call in a scalar subquery',
  },
  statementKinds: ['CreatePolicyStmt', 'AlterPolicyStmt'],
  statement(ctx) {
    const parts = policyStatementParts(ctx.statement.node, ctx.statement.kind);
    if (!parts) return;
    const table = relationName(ctx.schema, {
      relname: parts.relname,
      schemaname: parts.schemaName,
    });
    const calls = [...perRowIdentityCalls(parts.using), ...perRowIdentityCalls(parts.withCheck)];
    if (calls.length === 0) return;
    const counts = new Map<string, number>();
    for (const { call } of calls) counts.set(call, (counts.get(call) ?? 0) + 1);
    const named = [...counts].map(([call, n]) => (n > 1 ? `${call} (${n}×)` : call)).join(', ');
    const first = [...counts.keys()][0] ?? 'auth.uid()';
    const them = calls.length > 1 ? 'them' : 'it';
    const where = calls.some((c) => c.inSubquery)
      ? calls.every((c) => c.inSubquery)
        ? `inside a sub-SELECT that scans a table: Postgres evaluates ${them} once for every row that sub-SELECT reads`
        : `for every row it checks, some inside a sub-SELECT that scans a table: Postgres evaluates ${them} once per row of ${table} or of the sub-SELECT's table`
      : `for every row it checks: a scan of ${table} evaluates ${them} once per row`;
    ctx.report({
      message: `Policy "${parts.name}" on ${table} calls ${named} ${where} instead of once per query, which slows large reads and writes.`,
      fix: `-- in ALTER POLICY "${parts.name}" ON ${table}, wrap each call in a scalar subquery so\n-- Postgres evaluates it once per query (an initPlan), also inside sub-SELECTs:\n--   ${first}  ->  (SELECT ${first})\n-- e.g. USING (created_by = (SELECT auth.uid()))`,
    });
  },
};
