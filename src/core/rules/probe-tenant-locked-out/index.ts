import type { Rule } from '../rule.ts';

/**
 * A finding the isolation probes raise on the staging target after the migrations: two tenants
 * with one member each, acting as role `authenticated`. Meta only: src/staging/probes runs the
 * probes and src/core/probes/probe-findings.ts turns their verdicts into findings, each with a fix
 * written for its table, tenant column and membership table (probe-fixes.ts); `fix` here is the
 * general form.
 */
export const probeTenantLockedOut: Rule = {
  meta: {
    id: 'probe-tenant-locked-out',
    defaultSeverity: 'warning',
    category: 'trace',
    // A lint finding of these about the same problem is marked confirmed instead.
    confirms: ['tenant-policy-missing'],
    summary:
      "On staging, a policy kept a tenant's own member from reading or changing the tenant's rows.",
    fix: "Compare the tenant column with the member's tenants: ALTER POLICY policy_name ON schema_name.table_name USING (table_name.tenant_id IN (SELECT m.tenant_id FROM schema_name.tenant_members m WHERE m.user_id = (SELECT auth.uid())));",
  },
};
