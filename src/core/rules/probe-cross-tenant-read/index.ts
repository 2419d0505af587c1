import type { Rule } from '../rule.ts';

/**
 * A finding the isolation probes raise on the staging target after the migrations: two tenants
 * with one member each, acting as role `authenticated`. Meta only: src/staging/probes runs the
 * probes and src/core/probes/probe-findings.ts turns their verdicts into findings, each with a fix
 * written for its table, tenant column and membership table (probe-fixes.ts); `fix` here is the
 * general form.
 */
export const probeCrossTenantRead: Rule = {
  meta: {
    id: 'probe-cross-tenant-read',
    defaultSeverity: 'error',
    category: 'trace',
    // A lint finding of these about the same problem is marked confirmed instead.
    confirms: [
      'policy-always-true',
      'tenant-policy-missing',
      'rls-disabled',
      'policy-exists-rls-disabled',
    ],
    summary:
      "On staging, a signed-in member of one tenant could read another tenant's row of a tenant table.",
    fix: 'ALTER TABLE schema_name.table_name ENABLE ROW LEVEL SECURITY;\nCREATE POLICY table_name_select_member ON schema_name.table_name FOR SELECT TO authenticated\n  USING (table_name.tenant_id IN (SELECT m.tenant_id FROM schema_name.tenant_members m WHERE m.user_id = (SELECT auth.uid())));',
  },
};
