import type { RuleCases } from '../rule-cases.ts';

const projects = `CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  name text NOT NULL
);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;`;

export const cases: RuleCases = {
  valid: [
    {
      name: "a deny-all table in a schema Supabase manages (the advisor's exclusions)",
      sql: `CREATE TABLE storage.bucket_quotas (bucket_id text PRIMARY KEY, bytes bigint NOT NULL);
ALTER TABLE storage.bucket_quotas ENABLE ROW LEVEL SECURITY;`,
    },
    {
      name: 'RLS enabled with a tenant policy in the same file',
      sql: `${projects}
CREATE POLICY projects_members ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = (SELECT auth.uid())));`,
    },
    {
      name: 'deny-all since an earlier file, only altered here (reported in the earlier file)',
      history: [
        `CREATE TABLE public.audit_events (id bigint PRIMARY KEY, payload jsonb NOT NULL);
ALTER TABLE public.audit_events ENABLE ROW LEVEL SECURITY;`,
      ],
      sql: 'ALTER TABLE public.audit_events ADD COLUMN received_at timestamptz;',
    },
    {
      name: 'deny-all since an earlier file, RLS enabled again here (a no-op)',
      history: [projects],
      sql: `-- make sure every table has RLS on
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;`,
    },
    {
      name: 'policies added in an earlier file, table altered here',
      history: [
        `${projects}
CREATE POLICY projects_members ON public.projects FOR ALL TO authenticated
  USING (workspace_id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = (SELECT auth.uid())));`,
      ],
      sql: 'ALTER TABLE public.projects ADD COLUMN archived_at timestamptz;',
    },
    {
      name: 'pg_dump order: policy written before ENABLE ROW LEVEL SECURITY',
      sql: `CREATE TABLE public.comments (id bigint PRIMARY KEY, workspace_id uuid NOT NULL, body text);
CREATE POLICY comments_members ON public.comments TO authenticated
  USING (workspace_id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = (SELECT auth.uid())));
ALTER TABLE ONLY public.comments ENABLE ROW LEVEL SECURITY;`,
    },
    {
      name: 'a deny-all table from an earlier file that this file does not touch',
      history: [projects],
      sql: 'CREATE TABLE public.labels (id bigint PRIMARY KEY, name text NOT NULL);\nALTER TABLE public.labels ENABLE ROW LEVEL SECURITY;\nCREATE POLICY labels_read ON public.labels FOR SELECT TO authenticated USING (true);',
    },
  ],
  invalid: [
    {
      name: 'a deny-all table outside the exposed schemas is a notice',
      sql: `CREATE SCHEMA IF NOT EXISTS private;
CREATE TABLE private.stripe_events (id text PRIMARY KEY, payload jsonb NOT NULL);
ALTER TABLE private.stripe_events ENABLE ROW LEVEL SECURITY;`,
      errors: [
        {
          line: 3,
          severity: 'notice',
          message: 'schema private is not exposed to the Data API today',
        },
      ],
    },
    {
      name: 'RLS enabled on a new table and no policy written (reported at the ENABLE)',
      sql: projects,
      lines: [6],
    },
    {
      name: 'the last policy of an existing table dropped',
      history: [
        `${projects}
CREATE POLICY projects_members ON public.projects FOR ALL TO authenticated
  USING (workspace_id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = (SELECT auth.uid())));`,
      ],
      sql: `-- replaced by an RPC
DROP POLICY projects_members ON public.projects;`,
      lines: [2],
    },
    {
      name: 'RLS enabled here on a table from an earlier file',
      history: [
        'CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);',
      ],
      sql: 'ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;',
      lines: [1],
    },
    {
      name: 'FORCE ROW LEVEL SECURITY without a policy',
      sql: `CREATE TABLE public.usage_counters (workspace_id uuid PRIMARY KEY, seats integer NOT NULL);
ALTER TABLE public.usage_counters ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;`,
      lines: [2],
    },
    {
      name: 'only a restrictive policy: it narrows, it grants nothing',
      sql: `${projects}
CREATE POLICY projects_mfa ON public.projects AS RESTRICTIVE TO authenticated
  USING ((SELECT auth.jwt() ->> 'aal') = 'aal2');`,
      lines: [6],
    },
  ],
};
