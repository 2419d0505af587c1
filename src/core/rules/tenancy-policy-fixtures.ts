/** The tenant table alone, for the tenant-column rules' cases. */
export const WORKSPACES_TABLE =
  'CREATE TABLE public.workspaces (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);';

/** A tenant-scoped table done right: tenant column NOT NULL, with a foreign key and an index. */
export const WELL_FORMED_TENANT_TABLE = `CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id) ON DELETE CASCADE,
  name text NOT NULL
);
CREATE INDEX projects_workspace_id_idx ON public.projects (workspace_id);`;

/**
 * The prior schema the tenancy policy rules' cases share: a workspace-based SaaS whose tables
 * are protected by row-level security and scoped by `workspace_members`.
 */
export const WORKSPACE_SCHEMA = `CREATE TABLE public.workspaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL
);
ALTER TABLE public.workspaces ENABLE ROW LEVEL SECURITY;

CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  role text NOT NULL DEFAULT 'member',
  PRIMARY KEY (workspace_id, user_id)
);
ALTER TABLE public.workspace_members ENABLE ROW LEVEL SECURITY;

CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  name text NOT NULL,
  created_by uuid REFERENCES auth.users (id)
);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;

CREATE TABLE public.plans (
  code text PRIMARY KEY,
  monthly_price_cents integer NOT NULL
);
ALTER TABLE public.plans ENABLE ROW LEVEL SECURITY;`;

/** The membership subquery the correct policies use. */
export const MEMBER_OF = `SELECT m.workspace_id FROM public.workspace_members m WHERE m.user_id = (SELECT auth.uid())`;
