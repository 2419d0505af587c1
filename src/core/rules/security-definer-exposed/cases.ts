import type { RuleCases } from '../rule-cases.ts';

const MEMBERS = `CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role text NOT NULL DEFAULT 'member',
  PRIMARY KEY (workspace_id, user_id)
);`;

const LOCKED_DOWN_TRANSFER = `CREATE FUNCTION public.transfer_workspace(target_workspace uuid, new_owner uuid)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = ''
AS $$ UPDATE public.workspaces SET owner_id = new_owner WHERE id = target_workspace $$;
REVOKE EXECUTE ON FUNCTION public.transfer_workspace(uuid, uuid) FROM public, anon, authenticated;`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'policy helper in a private schema the API does not expose',
      history: [MEMBERS],
      sql: `CREATE SCHEMA IF NOT EXISTS private;
CREATE FUNCTION private.is_workspace_member(target_workspace uuid)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$ SELECT EXISTS (SELECT 1 FROM public.workspace_members WHERE workspace_id = target_workspace AND user_id = auth.uid()) $$;
GRANT USAGE ON SCHEMA private TO authenticated;
GRANT EXECUTE ON FUNCTION private.is_workspace_member(uuid) TO authenticated;`,
    },
    {
      name: 'revoked from PUBLIC, anon and authenticated; only the service role may call it',
      sql: `${LOCKED_DOWN_TRANSFER}
GRANT EXECUTE ON FUNCTION public.transfer_workspace(uuid, uuid) TO service_role;`,
    },
    {
      name: 'trigger functions cannot be called through the API',
      sql: `CREATE FUNCTION public.log_invoice_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ''
AS $$
BEGIN
  INSERT INTO audit.invoice_log (invoice_id, changed_at) VALUES (NEW.id, now());
  RETURN NEW;
END;
$$;`,
    },
    {
      name: 'procedures run with CALL, which the Data API cannot issue',
      sql: `CREATE PROCEDURE public.close_expired_trials()
LANGUAGE sql SECURITY DEFINER SET search_path = ''
AS $$ UPDATE public.workspaces SET plan = 'free' WHERE trial_ends_at < now() $$;`,
    },
    {
      name: 'default privileges revoked globally for PUBLIC and per schema for the API roles',
      history: [
        `ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM public;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM anon, authenticated;`,
      ],
      sql: `CREATE FUNCTION public.rebuild_search_index(target_workspace uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = ''
AS $$ UPDATE public.documents SET indexed_at = NULL WHERE workspace_id = target_workspace $$;`,
    },
    {
      name: 'moved to a private schema later in the file',
      sql: `CREATE FUNCTION public.member_ids(target_workspace uuid) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$ SELECT user_id FROM public.workspace_members WHERE workspace_id = target_workspace $$;
CREATE SCHEMA private;
ALTER FUNCTION public.member_ids(uuid) SET SCHEMA private;`,
    },
    {
      name: 'an exposed function from an earlier migration that this file leaves alone',
      history: [
        `CREATE FUNCTION public.current_workspace() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$ SELECT (auth.jwt() ->> 'workspace_id')::uuid $$;`,
      ],
      sql: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS projects_workspace_idx ON public.projects (workspace_id);',
    },
    {
      name: 'a schema that is not in exposedSchemas',
      options: { exposedSchemas: ['api'] },
      sql: `CREATE FUNCTION public.workspace_usage(target_workspace uuid) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$ SELECT count(*) FROM public.documents WHERE workspace_id = target_workspace $$;`,
    },
  ],
  invalid: [
    {
      name: 'definer function in public with the default privileges',
      history: [MEMBERS],
      sql: `CREATE FUNCTION public.add_member(target_workspace uuid, new_user uuid)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = ''
AS $$ INSERT INTO public.workspace_members (workspace_id, user_id) VALUES (target_workspace, new_user) $$;`,
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            "SECURITY DEFINER function public.add_member in exposed schema public is executable by anon and authenticated (PUBLIC holds EXECUTE by default; Supabase's default privileges grant it to anon and authenticated): anyone holding the project's public anon key can call it through the Data API (POST /rest/v1/rpc/add_member)",
          fix: 'REVOKE EXECUTE ON FUNCTION public.add_member FROM public, anon, authenticated;\nGRANT EXECUTE ON FUNCTION public.add_member TO service_role;',
        },
      ],
    },
    {
      name: 'revoked from PUBLIC only: Supabase still grants anon and authenticated',
      sql: `CREATE FUNCTION public.delete_workspace(target_workspace uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = ''
AS $$ DELETE FROM public.workspaces WHERE id = target_workspace $$;

REVOKE EXECUTE ON FUNCTION public.delete_workspace(uuid) FROM public;`,
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            "is executable by anon and authenticated (Supabase's default privileges grant it to anon and authenticated)",
          fix: 'REVOKE EXECUTE ON FUNCTION public.delete_workspace FROM public, anon, authenticated;',
        },
      ],
    },
    {
      name: 'authenticated keeps EXECUTE when only PUBLIC and anon are revoked',
      sql: `CREATE FUNCTION public.export_invoices(target_workspace uuid) RETURNS SETOF jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$ SELECT to_jsonb(i) FROM public.invoices i WHERE i.workspace_id = target_workspace $$;
REVOKE ALL ON FUNCTION public.export_invoices(uuid) FROM public, anon;`,
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            /is executable by authenticated \(.*\): any signed-in user, of any tenant, can call it/,
        },
      ],
    },
    {
      name: 'a later file grants EXECUTE on a locked-down function to anon',
      history: [LOCKED_DOWN_TRANSFER],
      sql: `-- the onboarding flow calls it before sign-in
GRANT EXECUTE ON FUNCTION public.transfer_workspace(uuid, uuid) TO anon;`,
      errors: [
        {
          line: 2,
          severity: 'warning',
          message:
            'public.transfer_workspace in exposed schema public is executable by anon (granted to anon)',
          fix: 'REVOKE EXECUTE ON FUNCTION public.transfer_workspace FROM public, anon, authenticated;',
        },
      ],
    },
    {
      name: 'per-schema default revoke cannot remove the global PUBLIC default',
      history: [
        'ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM public, anon, authenticated;',
      ],
      sql: `CREATE FUNCTION public.reset_api_key(target_workspace uuid) RETURNS text
LANGUAGE sql SECURITY DEFINER SET search_path = ''
AS $$ UPDATE public.workspaces SET api_key = gen_random_uuid()::text WHERE id = target_workspace RETURNING api_key $$;`,
      errors: [
        {
          line: 1,
          severity: 'warning',
          message: 'is executable by anon and authenticated (PUBLIC holds EXECUTE by default)',
        },
      ],
    },
    {
      name: 'an existing invoker function made SECURITY DEFINER',
      history: [
        `CREATE FUNCTION public.seat_count(target_workspace uuid) RETURNS integer LANGUAGE sql STABLE SET search_path = ''
AS $$ SELECT count(*)::integer FROM public.workspace_members WHERE workspace_id = target_workspace $$;`,
      ],
      sql: 'ALTER FUNCTION public.seat_count(uuid) SECURITY DEFINER;',
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            'SECURITY DEFINER function public.seat_count in exposed schema public is executable by anon and authenticated',
          fix: 'GRANT EXECUTE ON FUNCTION public.seat_count TO service_role;',
        },
      ],
    },
    {
      name: 'a function in a schema exposedSchemas adds',
      options: { exposedSchemas: ['public', 'api'] },
      sql: `CREATE SCHEMA api;
CREATE FUNCTION api.workspace_usage(target_workspace uuid) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
AS $$ SELECT count(*) FROM public.documents WHERE workspace_id = target_workspace $$;`,
      errors: [
        {
          line: 2,
          severity: 'warning',
          message: 'SECURITY DEFINER function api.workspace_usage in exposed schema api',
          fix: 'REVOKE EXECUTE ON FUNCTION api.workspace_usage FROM public, anon, authenticated;',
        },
      ],
    },
  ],
};
