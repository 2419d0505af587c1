import type { RuleCases } from '../rule-cases.ts';

const workspaces = `CREATE TABLE public.workspaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL
);
ALTER TABLE public.workspaces ENABLE ROW LEVEL SECURITY;`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'RLS enabled later in the same file, with a membership policy',
      history: [workspaces],
      sql: `CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  name text NOT NULL
);
CREATE INDEX projects_workspace_id_idx ON public.projects (workspace_id);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_members ON public.projects FOR ALL TO authenticated
  USING (workspace_id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = (SELECT auth.uid())));`,
    },
    {
      name: 'a table in a schema the Data API does not expose',
      sql: `CREATE SCHEMA IF NOT EXISTS private;
CREATE TABLE private.billing_sync_cursors (
  provider text PRIMARY KEY,
  cursor text NOT NULL
);`,
    },
    {
      name: 'a view in public is not a table (view rules cover it)',
      history: [workspaces],
      sql: 'CREATE VIEW public.workspace_names AS SELECT id, name FROM public.workspaces;',
    },
    {
      name: 'a temporary table for a backfill lives in pg_temp',
      history: [workspaces],
      sql: `CREATE TEMP TABLE workspace_renames (id uuid, new_name text);
INSERT INTO workspace_renames VALUES ('6f1c1a5e-9d7e-4c55-9a55-0d6f1f0e2b11', 'Acme');
ALTER TABLE workspace_renames ADD COLUMN done boolean;
UPDATE public.workspaces w SET name = r.new_name FROM workspace_renames r WHERE w.id = r.id;`,
    },
    {
      name: 'a protected table from an earlier file, altered here',
      history: [workspaces],
      sql: 'ALTER TABLE public.workspaces ADD COLUMN logo_url text;',
    },
    {
      name: 'pg_dump style: search_path cleared, IF NOT EXISTS, ALTER TABLE ONLY',
      sql: `SET search_path = '';
CREATE TABLE IF NOT EXISTS public.invoices (
  id bigint NOT NULL,
  workspace_id uuid NOT NULL,
  total_cents bigint NOT NULL
);
ALTER TABLE ONLY public.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.invoices ENABLE ROW LEVEL SECURITY;`,
    },
    {
      name: 'a table moved out of the exposed schema',
      history: [
        'CREATE TABLE public.webhook_secrets (id bigint PRIMARY KEY, secret text NOT NULL);',
      ],
      sql: `CREATE SCHEMA IF NOT EXISTS private;
ALTER TABLE public.webhook_secrets SET SCHEMA private;`,
    },
    {
      name: 'an extension installed in the extensions schema keeps its tables out of the API',
      sql: 'create extension if not exists wrappers with schema extensions;',
    },
    {
      name: 'an extension table in public with RLS enabled in the same file',
      sql: `create extension if not exists postgis with schema public;
alter table public.spatial_ref_sys enable row level security;`,
    },
    {
      name: 'only the configured schemas are exposed',
      options: { exposedSchemas: ['api'] },
      sql: 'CREATE TABLE public.job_runs (id bigint PRIMARY KEY, started_at timestamptz NOT NULL);',
    },
  ],
  invalid: [
    {
      name: 'a new table in public without RLS',
      history: [workspaces],
      sql: `-- documents uploaded to a workspace
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  title text NOT NULL
);`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            "Row level security is off on public.documents at the end of this file, and public.documents is in exposed schema public: through the Data API, anon and authenticated clients can read and change every tenant's rows",
          fix: 'ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;\nCREATE POLICY documents_tenant_members ON public.documents',
        },
      ],
    },
    {
      name: 'a table created in an earlier file without RLS, altered here',
      history: [
        'CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);',
      ],
      sql: `ALTER TABLE public.invoices ADD COLUMN due_on date;
CREATE INDEX invoices_due_on_idx ON public.invoices (due_on);`,
      lines: [1],
    },
    {
      name: 'RLS disabled on an existing table (reported at the DISABLE)',
      history: [workspaces],
      sql: `ALTER TABLE public.workspaces ADD COLUMN plan text;
ALTER TABLE public.workspaces DISABLE ROW LEVEL SECURITY;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message: 'This file disables row level security on public.workspaces',
          // No tenant column: the fix enables RLS and leaves the policies to write.
          fix: /^ALTER TABLE public\.workspaces ENABLE ROW LEVEL SECURITY;\n-- then CREATE POLICY/,
        },
      ],
    },
    {
      name: 'a partition does not inherit its parent RLS and can be queried directly',
      history: [
        `CREATE TABLE public.audit_events (workspace_id uuid NOT NULL, at timestamptz NOT NULL, action text)
  PARTITION BY RANGE (at);
ALTER TABLE public.audit_events ENABLE ROW LEVEL SECURITY;`,
      ],
      sql: `CREATE TABLE public.audit_events_2025 PARTITION OF public.audit_events
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');`,
      lines: [1],
    },
    {
      name: 'a table in another exposed schema from the config',
      options: { exposedSchemas: ['public', 'api'] },
      sql: `CREATE SCHEMA api;
CREATE TABLE api.public_share_links (token text PRIMARY KEY, document_id bigint NOT NULL);`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message: 'api.public_share_links is in exposed schema api',
          fix: 'ALTER TABLE api.public_share_links ENABLE ROW LEVEL SECURITY;',
        },
      ],
    },
    {
      name: 'created inside a guarded DO block',
      sql: `DO $$
BEGIN
  IF to_regclass('public.team_invites') IS NULL THEN
    CREATE TABLE public.team_invites (id bigint PRIMARY KEY, team_id uuid NOT NULL, email text NOT NULL);
  END IF;
END
$$;`,
      errors: [
        {
          line: 4,
          column: 1,
          severity: 'error',
          message: 'Row level security is off on public.team_invites',
          fix: 'USING (team_id IN (SELECT m.team_id FROM public.team_members m',
        },
      ],
    },
    {
      name: 'an extension installed in public creates a table without RLS (wrappers)',
      sql: `create extension if not exists "vector" with schema "public";
create extension if not exists "wrappers" with schema "public";`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            'Extension wrappers creates table public.wrappers_fdw_stats in exposed schema public, without row level security',
          fix: 'CREATE EXTENSION IF NOT EXISTS wrappers WITH SCHEMA extensions;',
        },
      ],
    },
    {
      name: 'enabled and then disabled again in the same file',
      sql: `CREATE TABLE public.api_keys (id bigint PRIMARY KEY, workspace_id uuid NOT NULL, hash text NOT NULL);
ALTER TABLE public.api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.api_keys DISABLE ROW LEVEL SECURITY;`,
      errors: [
        {
          line: 3,
          severity: 'error',
          message: 'This file disables row level security on public.api_keys',
          fix: 'CREATE POLICY api_keys_tenant_members ON public.api_keys',
        },
      ],
    },
  ],
};
