import type { RuleCases } from '../rule-cases.ts';
import { MEMBER_OF, WORKSPACE_SCHEMA } from '../tenancy-policy-fixtures.ts';

/** Rows of one workspace, or shared by all (no workspace). */
const TEMPLATES = `CREATE TABLE public.templates (id bigint PRIMARY KEY, workspace_id uuid REFERENCES public.workspaces (id), body text);
ALTER TABLE public.templates ENABLE ROW LEVEL SECURITY;`;

const DOCUMENTS = `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  author_id uuid NOT NULL DEFAULT auth.uid() REFERENCES auth.users (id),
  body text NOT NULL
);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;`;

const PROJECT_ACCESS = `CREATE SCHEMA private;
CREATE FUNCTION private.can_reach_project(project bigint) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$ SELECT EXISTS (SELECT 1 FROM public.projects p JOIN public.workspace_members m
    ON m.workspace_id = p.workspace_id WHERE p.id = project AND m.user_id = auth.uid()) $$;`;

/** Invitations addressed by email to someone not yet a member of the workspace. */
const WORKSPACE_INVITES = `CREATE TABLE public.workspace_invites (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  email text NOT NULL
);
ALTER TABLE public.workspace_invites ENABLE ROW LEVEL SECURITY;`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a policy follows RENAME COLUMN of its own table (Postgres rewrites the expression)',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE TABLE public.notes (id bigint PRIMARY KEY, ws uuid NOT NULL REFERENCES public.workspaces (id));
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY "members read notes" ON public.notes FOR SELECT TO authenticated
  USING (ws IN (${MEMBER_OF}));`,
      ],
      sql: `ALTER TABLE public.notes RENAME COLUMN ws TO workspace_id;
ALTER POLICY "members read notes" ON public.notes TO authenticated;`,
    },
    {
      name: 'a policy follows RENAME TABLE of its own table (a correlated reference by table name)',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE POLICY "members delete projects" ON public.projects FOR DELETE TO authenticated
  USING (EXISTS (
    SELECT 1 FROM public.workspace_members m
    WHERE m.workspace_id = projects.workspace_id
      AND m.user_id = (SELECT auth.uid())));`,
      ],
      sql: `ALTER TABLE public.projects RENAME TO tasks;
ALTER POLICY "members delete projects" ON public.tasks TO authenticated;`,
    },
    {
      name: 'a policy follows RENAME COLUMN of the membership table its subquery reads',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
      ],
      sql: `ALTER TABLE public.workspace_members RENAME COLUMN user_id TO member_id;
ALTER POLICY "members read projects" ON public.projects TO authenticated;`,
    },
    {
      name: 'an invitee reads and declines the invitations addressed to them: not yet a member of that workspace',
      history: [WORKSPACE_SCHEMA, WORKSPACE_INVITES],
      sql: `CREATE POLICY "invitee reads own invites" ON public.workspace_invites FOR SELECT TO authenticated
  USING (email = (SELECT auth.jwt() ->> 'email'));
CREATE POLICY "invitee declines own invites" ON public.workspace_invites FOR DELETE TO authenticated
  USING (email = (SELECT auth.jwt() ->> 'email'));`,
    },
    {
      name: 'a user reads their own memberships: on the membership table that shows no other tenant',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "read own memberships" ON public.workspace_members
  FOR SELECT TO authenticated
  USING (user_id = (SELECT auth.uid()));`,
    },
    {
      name: 'membership policy for all commands: USING doubles as WITH CHECK',
      history: [WORKSPACE_SCHEMA],
      sql: `${DOCUMENTS}
CREATE POLICY "members manage documents" ON public.documents
  FOR ALL TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
    },
    {
      name: 'one policy per command; UPDATE with USING only is checked against USING',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "members add projects" ON public.projects FOR INSERT TO authenticated
  WITH CHECK (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "members rename projects" ON public.projects FOR UPDATE TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "admins delete projects" ON public.projects FOR DELETE TO authenticated
  USING (EXISTS (
    SELECT 1 FROM public.workspace_members m
    WHERE m.workspace_id = projects.workspace_id
      AND m.user_id = (SELECT auth.uid())
      AND m.role = 'admin'));`,
    },
    {
      name: 'security-definer helper taking the tenant column, plain and wrapped in a subquery',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE SCHEMA private;
CREATE FUNCTION private.is_member(ws uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$ SELECT EXISTS (SELECT 1 FROM public.workspace_members WHERE workspace_id = ws AND user_id = auth.uid()) $$;`,
      ],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (private.is_member(workspace_id));
CREATE POLICY "members edit projects" ON public.projects FOR UPDATE TO authenticated
  USING ((SELECT private.is_member(workspace_id)))
  WITH CHECK ((SELECT private.is_member(workspace_id)) AND created_by = (SELECT auth.uid()));`,
    },
    {
      name: "security-definer helper handed the row's primary key looks its tenant up itself (reads and deletes)",
      history: [WORKSPACE_SCHEMA, PROJECT_ACCESS],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (private.can_reach_project(id));
CREATE POLICY "members delete projects" ON public.projects FOR DELETE TO authenticated
  USING ((SELECT private.can_reach_project(id)));`,
    },
    {
      name: 'tenant taken from app_metadata in the JWT (set by the server, not the user)',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "tenant from token" ON public.projects FOR ALL TO authenticated
  USING (workspace_id = (((SELECT auth.jwt()) -> 'app_metadata' ->> 'workspace_id'))::uuid);`,
    },
    {
      name: 'membership written from the user side, correlated on the tenant column',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING ((SELECT auth.uid()) IN (
    SELECT user_id FROM public.workspace_members WHERE workspace_members.workspace_id = projects.workspace_id));`,
    },
    {
      name: 'service_role-only policy (service_role bypasses RLS anyway)',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "backend full access" ON public.projects FOR ALL TO service_role
  USING (true) WITH CHECK (true);`,
    },
    {
      name: 'permissive grant narrowed by a restrictive tenant policy',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "tenant isolation" ON public.projects AS RESTRICTIVE FOR ALL TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "signed-in users read" ON public.projects FOR SELECT TO authenticated USING (true);`,
    },
    {
      name: 'workspaces scoped by org_id, restricted through its own key by the membership table',
      sql: `CREATE TABLE public.workspaces (id uuid PRIMARY KEY, org_id uuid NOT NULL, name text NOT NULL);
CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  user_id uuid NOT NULL,
  PRIMARY KEY (workspace_id, user_id)
);
ALTER TABLE public.workspaces ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.workspace_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY "members read their workspaces" ON public.workspaces FOR SELECT TO authenticated
  USING (id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = (SELECT auth.uid())));`,
    },
    {
      name: 'a user reads their own profile row (primary key = caller)',
      sql: `CREATE TABLE public.profiles (
  id uuid PRIMARY KEY REFERENCES auth.users (id),
  org_id uuid NOT NULL,
  display_name text
);
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY "read own profile" ON public.profiles FOR SELECT TO authenticated
  USING (id = (SELECT auth.uid()));`,
    },
    {
      name: 'an open policy from an earlier file is not reported again',
      history: [
        WORKSPACE_SCHEMA,
        'CREATE POLICY "anyone reads projects" ON public.projects FOR SELECT USING (true);',
      ],
      sql: 'CREATE INDEX projects_created_by_idx ON public.projects (created_by);',
    },
    {
      name: 'an open policy dropped again before the end of the file',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "temporary" ON public.projects FOR SELECT USING (true);
DROP POLICY "temporary" ON public.projects;`,
    },
    {
      name: "shared rows of no workspace readable beside the caller's own (global templates)",
      history: [WORKSPACE_SCHEMA, TEMPLATES],
      sql: `CREATE POLICY "read own and shared templates" ON public.templates FOR SELECT TO authenticated
  USING (workspace_id IS NULL OR workspace_id IN (${MEMBER_OF}));`,
    },
    {
      name: "a policy only the service role passes (auth.role(), the JWT's role claim): it bypasses RLS anyway",
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "service manages projects" ON public.projects FOR ALL
  USING (auth.role() = 'service_role') WITH CHECK ((auth.jwt() ->> 'role') = 'service_role');`,
    },
  ],
  invalid: [
    {
      name: 'a user may insert their own membership into any workspace: joining any tenant',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "join workspaces" ON public.workspace_members
  FOR INSERT TO authenticated
  WITH CHECK (user_id = (SELECT auth.uid()));`,
      lines: [1],
    },
    {
      name: 'SELECT USING (true) on a workspace table',
      history: [WORKSPACE_SCHEMA],
      sql: `-- everyone signed in can list projects
CREATE POLICY "read projects" ON public.projects
  FOR SELECT TO authenticated USING (true);`,
      lines: [2],
    },
    {
      name: 'INSERT policy with WITH CHECK (true)',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "create projects" ON public.projects FOR INSERT TO authenticated
  WITH CHECK (true);`,
      lines: [3],
    },
    {
      name: 'membership lookup compared with the wrong column (id, not workspace_id)',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = (SELECT auth.uid())));`,
      lines: [1],
    },
    {
      name: 'per-user restriction on a workspace table is not a tenant restriction',
      history: [WORKSPACE_SCHEMA],
      sql: `${DOCUMENTS}
CREATE POLICY "authors manage documents" ON public.documents FOR ALL TO authenticated
  USING (author_id = (SELECT auth.uid()));`,
      lines: [8],
    },
    {
      name: 'UPDATE restricted by USING but WITH CHECK (true) lets rows move to another workspace',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members edit projects" ON public.projects FOR UPDATE TO authenticated
  USING (workspace_id IN (${MEMBER_OF}))
  WITH CHECK (true);`,
      lines: [1],
    },
    {
      name: 'a row-key helper in WITH CHECK reads the row as it was: an UPDATE can still move it to another workspace',
      history: [WORKSPACE_SCHEMA, PROJECT_ACCESS],
      sql: `CREATE POLICY "members edit projects" ON public.projects FOR UPDATE TO authenticated
  USING (private.can_reach_project(id))
  WITH CHECK (private.can_reach_project(id));`,
      errors: [{ line: 1, message: 'its WITH CHECK for UPDATE does not restrict workspace_id' }],
    },
    {
      name: 'a platform-admin gate admits only admins, but in every workspace: said so, not "every caller"',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE TABLE public.staff (user_id uuid PRIMARY KEY REFERENCES auth.users (id), role text NOT NULL);`,
      ],
      sql: `CREATE POLICY "admins read projects" ON public.projects FOR SELECT
  USING (EXISTS (SELECT 1 FROM public.staff s WHERE s.user_id = (SELECT auth.uid()) AND s.role = 'admin'));
CREATE POLICY "anyone reads public projects" ON public.projects FOR SELECT
  USING (name <> '');`,
      errors: [
        {
          line: 1,
          message:
            'it may test who the caller is, but not which workspace a row belongs to, so each caller it admits can reach rows of every workspace',
        },
        {
          line: 3,
          message:
            'does not restrict workspace_id (directly, through a membership subquery or a helper taking workspace_id), so every caller can reach rows of every workspace',
        },
      ],
    },
    {
      name: "a helper that is not SECURITY DEFINER, or not handed the row's key, proves nothing",
      history: [
        WORKSPACE_SCHEMA,
        `CREATE FUNCTION public.is_visible(project bigint) RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT true $$;`,
      ],
      sql: `CREATE POLICY "read projects" ON public.projects FOR SELECT TO authenticated
  USING (public.is_visible(id));`,
      lines: [1],
    },
    {
      name: 'an invitee writing invitations addressed to them could invite themselves anywhere',
      history: [WORKSPACE_SCHEMA, WORKSPACE_INVITES],
      sql: `CREATE POLICY "invitee inserts invites" ON public.workspace_invites FOR INSERT TO authenticated
  WITH CHECK (email = (SELECT auth.jwt() ->> 'email'));`,
      lines: [1],
    },
    {
      name: 'INSERT policy without WITH CHECK',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "create projects" ON public.projects FOR INSERT TO authenticated;',
      lines: [1],
    },
    {
      name: 'EXISTS whose unqualified workspace_id resolves to the membership table (always true)',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (EXISTS (
    SELECT 1 FROM public.workspace_members
    WHERE workspace_members.workspace_id = workspace_id AND user_id = (SELECT auth.uid())));`,
      lines: [1],
    },
    {
      name: 'any signed-in user (auth.role()) is not a tenant check',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "signed in" ON public.projects FOR DELETE
  USING ((SELECT auth.role()) = 'authenticated');`,
      lines: [1],
    },
    {
      name: 'ALTER POLICY that drops the membership check, reported at the ALTER',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
      ],
      sql: `ALTER TABLE public.projects ADD COLUMN archived boolean NOT NULL DEFAULT false;
ALTER POLICY "members read projects" ON public.projects USING (NOT archived);`,
      lines: [2],
    },
    {
      name: 'pg_dump-style guarded policy inside a DO block, reported at its own line',
      history: [WORKSPACE_SCHEMA],
      sql: `SET search_path = '';
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'open projects') THEN
    CREATE POLICY "open projects" ON public.projects FOR SELECT USING (true);
  END IF;
END
$$;`,
      lines: [5],
    },
    {
      name: 'profile UPDATE by its owner lets the owner move to another org',
      sql: `CREATE TABLE public.profiles (
  id uuid PRIMARY KEY REFERENCES auth.users (id),
  org_id uuid NOT NULL,
  display_name text
);
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY "edit own profile" ON public.profiles FOR UPDATE TO authenticated
  USING (id = (SELECT auth.uid()));`,
      lines: [7],
    },
    {
      name: "shared rows: editing them, or IS NULL alone, is not confined to the caller's workspaces",
      history: [WORKSPACE_SCHEMA, TEMPLATES],
      sql: `CREATE POLICY "edit own and shared templates" ON public.templates FOR UPDATE TO authenticated
  USING (workspace_id IS NULL OR workspace_id IN (${MEMBER_OF}))
  WITH CHECK (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "read shared templates" ON public.templates FOR SELECT TO authenticated
  USING (workspace_id IS NULL OR body IS NOT NULL);`,
      lines: [1, 4],
    },
    {
      name: 'a service-role branch ORed with an open one admits every caller through the other',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "read projects" ON public.projects FOR SELECT TO authenticated
  USING (auth.role() = 'service_role' OR name IS NOT NULL);`,
      lines: [1],
    },
    {
      name: 'a service-role test after the migrations replaced auth.role() proves nothing',
      history: [
        WORKSPACE_SCHEMA,
        "CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'service_role' $$;",
      ],
      sql: `CREATE POLICY "service manages projects" ON public.projects FOR ALL
  USING (auth.role() = 'service_role') WITH CHECK (auth.role() = 'service_role');`,
      lines: [1],
    },
  ],
};
