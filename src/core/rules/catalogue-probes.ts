import type { Rule } from './rule.ts';

/**
 * Findings the isolation probes raise on the staging target after the migrations: two tenants
 * with one member each, acting as role `authenticated`. Meta only (src/staging/probes creates
 * them), with ids and docs pages like any rule so they can be configured and suppressed.
 */
export const probeRules: readonly Rule[] = [
  {
    meta: {
      id: 'probe-cross-tenant-read',
      defaultSeverity: 'error',
      category: 'trace',
      summary:
        "On staging, a signed-in member of one tenant could read another tenant's row of a tenant table.",
      fix: 'ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;\nCREATE POLICY projects_select_member ON public.projects FOR SELECT TO authenticated\n  USING (workspace_id IN (SELECT m.workspace_id FROM public.workspace_members m WHERE m.user_id = (SELECT auth.uid())));',
    },
  },
  {
    meta: {
      id: 'probe-cross-tenant-write',
      defaultSeverity: 'error',
      category: 'trace',
      summary:
        "On staging, a signed-in member of one tenant could insert into, update or delete another tenant's rows of a tenant table.",
      fix: 'CREATE POLICY projects_insert_member ON public.projects FOR INSERT TO authenticated\n  WITH CHECK (workspace_id IN (SELECT m.workspace_id FROM public.workspace_members m WHERE m.user_id = (SELECT auth.uid())));',
    },
  },
  {
    meta: {
      id: 'probe-tenant-locked-out',
      defaultSeverity: 'warning',
      category: 'trace',
      summary:
        "On staging, a policy kept a tenant's own member from reading or changing the tenant's rows.",
      fix: "Compare the tenant column with the member's tenants: USING (workspace_id IN (SELECT m.workspace_id FROM public.workspace_members m WHERE m.user_id = (SELECT auth.uid()))).",
    },
  },
];
