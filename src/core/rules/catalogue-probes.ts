import type { Rule } from './rule.ts';

/**
 * Findings the isolation probes raise on the staging target after the migrations: two tenants
 * with one member each, acting as role `authenticated`. Meta only (src/staging/probes creates
 * them), with ids and docs pages like any rule so they can be configured and suppressed. Each
 * finding carries its own fix, written for its table, tenant column and membership table
 * (probe-fixes.ts); `fix` here is the general form.
 */
export const probeRules: readonly Rule[] = [
  {
    meta: {
      id: 'probe-cross-tenant-read',
      defaultSeverity: 'error',
      category: 'trace',
      summary:
        "On staging, a signed-in member of one tenant could read another tenant's row of a tenant table.",
      fix: 'ALTER TABLE schema_name.table_name ENABLE ROW LEVEL SECURITY;\nCREATE POLICY table_name_select_member ON schema_name.table_name FOR SELECT TO authenticated\n  USING (table_name.tenant_id IN (SELECT m.tenant_id FROM schema_name.tenant_members m WHERE m.user_id = (SELECT auth.uid())));',
    },
  },
  {
    meta: {
      id: 'probe-cross-tenant-write',
      defaultSeverity: 'error',
      category: 'trace',
      summary:
        "On staging, a signed-in member of one tenant could insert into, update or delete another tenant's rows of a tenant table.",
      fix: 'CREATE POLICY table_name_insert_member ON schema_name.table_name FOR INSERT TO authenticated\n  WITH CHECK (table_name.tenant_id IN (SELECT m.tenant_id FROM schema_name.tenant_members m WHERE m.user_id = (SELECT auth.uid())));',
    },
  },
  {
    meta: {
      id: 'probe-tenant-locked-out',
      defaultSeverity: 'warning',
      category: 'trace',
      summary:
        "On staging, a policy kept a tenant's own member from reading or changing the tenant's rows.",
      fix: "Compare the tenant column with the member's tenants: ALTER POLICY policy_name ON schema_name.table_name USING (table_name.tenant_id IN (SELECT m.tenant_id FROM schema_name.tenant_members m WHERE m.user_id = (SELECT auth.uid())));",
    },
  },
];
