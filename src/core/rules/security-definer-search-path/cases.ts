import type { RuleCases } from '../rule-cases.ts';

const MEMBERS = `CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role text NOT NULL DEFAULT 'member',
  PRIMARY KEY (workspace_id, user_id)
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'definer function with an empty search_path and qualified names',
      history: [MEMBERS],
      sql: `CREATE FUNCTION public.is_workspace_member(target_workspace uuid)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.workspace_members m
    WHERE m.workspace_id = target_workspace AND m.user_id = auth.uid()
  );
$$;`,
    },
    {
      name: 'search_path pinned by a later ALTER FUNCTION in the same file',
      history: [MEMBERS],
      sql: `CREATE OR REPLACE FUNCTION public.workspace_role(target_workspace uuid)
RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
AS $$ SELECT role FROM public.workspace_members WHERE workspace_id = target_workspace AND user_id = auth.uid() $$;

ALTER FUNCTION public.workspace_role(uuid) SET search_path = public, pg_temp;`,
    },
    {
      name: 'pg_dump style: SET search_path FROM CURRENT after the file emptied the path',
      sql: `SET search_path = '';
CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT
    AS $$
BEGIN
  NEW.updated_at := pg_catalog.now();
  RETURN NEW;
END;
$$;`,
    },
    {
      name: 'an ordinary (SECURITY INVOKER) function needs no pinned path',
      sql: `CREATE FUNCTION public.invoice_total_cents(quantity integer, unit_cents integer)
RETURNS bigint LANGUAGE sql IMMUTABLE
AS $$ SELECT quantity::bigint * unit_cents $$;`,
    },
    {
      name: 'an unsafe function from an earlier migration is not reported again',
      history: [
        `CREATE FUNCTION public.current_workspace() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
AS $$ SELECT (auth.jwt() ->> 'workspace_id')::uuid $$;`,
      ],
      sql: 'CREATE TABLE public.projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, workspace_id uuid NOT NULL);',
    },
    {
      name: 'replaced as an invoker function in the same file',
      sql: `CREATE FUNCTION public.archive_project(project bigint) RETURNS void LANGUAGE sql SECURITY DEFINER
AS $$ UPDATE public.projects SET archived_at = now() WHERE id = project $$;
CREATE OR REPLACE FUNCTION public.archive_project(project bigint) RETURNS void LANGUAGE sql
AS $$ UPDATE public.projects SET archived_at = now() WHERE id = project $$;`,
    },
  ],
  invalid: [
    {
      name: 'membership helper for policies without a search_path',
      history: [MEMBERS],
      sql: `-- used by the RLS policies of projects and invoices
CREATE OR REPLACE FUNCTION public.is_workspace_member(target_workspace uuid)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM workspace_members WHERE workspace_id = target_workspace AND user_id = auth.uid());
END;
$$;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            "Function public.is_workspace_member is SECURITY DEFINER but has no SET search_path: it runs with its owner's privileges yet looks up unqualified tables",
          fix: /^ALTER FUNCTION public\.is_workspace_member SET search_path = '';\n/,
        },
      ],
    },
    {
      name: 'definer procedure in a private schema',
      sql: `CREATE SCHEMA IF NOT EXISTS private;
CREATE PROCEDURE private.purge_deleted_documents(older_than interval)
LANGUAGE sql SECURITY DEFINER
AS $$ DELETE FROM public.documents WHERE deleted_at < now() - older_than $$;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            'Procedure private.purge_deleted_documents is SECURITY DEFINER but has no SET search_path:',
          fix: "ALTER PROCEDURE private.purge_deleted_documents SET search_path = '';",
        },
      ],
    },
    {
      name: 'an existing function made SECURITY DEFINER by ALTER FUNCTION',
      history: [
        `CREATE FUNCTION public.seat_count(target_workspace uuid) RETURNS integer LANGUAGE sql STABLE
AS $$ SELECT count(*)::integer FROM public.workspace_members WHERE workspace_id = target_workspace $$;`,
      ],
      sql: `GRANT EXECUTE ON FUNCTION public.seat_count(uuid) TO authenticated;
ALTER FUNCTION public.seat_count(uuid) SECURITY DEFINER;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            'Function public.seat_count is SECURITY DEFINER but has no SET search_path after this ALTER:',
          fix: "ALTER FUNCTION public.seat_count SET search_path = '';",
        },
      ],
    },
    {
      name: 'CREATE OR REPLACE drops the search_path the earlier version had',
      history: [
        `CREATE FUNCTION public.accept_invite(invite_token text) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = ''
AS $$ UPDATE public.invites SET accepted_at = now() WHERE token = invite_token $$;`,
      ],
      sql: `CREATE OR REPLACE FUNCTION public.accept_invite(invite_token text) RETURNS void
LANGUAGE sql SECURITY DEFINER
AS $$ UPDATE invites SET accepted_at = now() WHERE token = invite_token $$;`,
      lines: [1],
    },
    {
      name: 'the search_path is reset later in the same file',
      sql: `CREATE FUNCTION public.workspace_owner(target_workspace uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$ SELECT owner_id FROM public.workspaces WHERE id = target_workspace $$;

ALTER FUNCTION public.workspace_owner(uuid) RESET search_path;`,
      lines: [1],
    },
    {
      name: 'SET search_path TO DEFAULT removes the pinned path of an existing definer function',
      history: [
        `CREATE FUNCTION public.workspace_owner(target_workspace uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$ SELECT owner_id FROM public.workspaces WHERE id = target_workspace $$;`,
      ],
      sql: `COMMENT ON FUNCTION public.workspace_owner(uuid) IS 'owner of a workspace';
ALTER FUNCTION public.workspace_owner(uuid) SET search_path TO DEFAULT;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            'public.workspace_owner is SECURITY DEFINER but has no SET search_path after this ALTER',
        },
      ],
    },
  ],
};
