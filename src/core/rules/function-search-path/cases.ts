import type { RuleCases } from '../rule-cases.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'an empty search_path and schema-qualified names',
      sql: `CREATE FUNCTION public.set_updated_at() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
  NEW.updated_at := pg_catalog.now();
  RETURN NEW;
END;
$$;`,
    },
    {
      name: 'pinned by a later ALTER FUNCTION in the same file',
      sql: `CREATE OR REPLACE FUNCTION public.invoice_total(invoice bigint) RETURNS numeric
LANGUAGE sql STABLE
AS $$ SELECT sum(amount) FROM invoice_lines WHERE invoice_id = invoice $$;

ALTER FUNCTION public.invoice_total(bigint) SET search_path = public, pg_temp;`,
    },
    {
      name: 'SET search_path FROM CURRENT stores a path in the function',
      sql: `SET search_path = '';
CREATE PROCEDURE public.purge_sessions() LANGUAGE sql SET search_path FROM CURRENT
AS $$ DELETE FROM public.sessions WHERE expires_at < pg_catalog.now() $$;`,
    },
    {
      name: "functions in Supabase's own schemas are the advisor's exclusions",
      sql: `CREATE FUNCTION storage.extension_of(name text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT split_part(name, '.', 2) $$;
CREATE FUNCTION extensions.slugify(value text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT lower(value) $$;`,
    },
    {
      name: "an extension's own functions, even in public (extension-in-public reports the extension)",
      sql: 'CREATE EXTENSION IF NOT EXISTS pg_hashids WITH SCHEMA public;',
    },
    {
      name: 'a temporary helper function of the migration itself',
      sql: `CREATE FUNCTION pg_temp.backfill_slug(value text) RETURNS text LANGUAGE sql
AS $$ SELECT lower(value) $$;
UPDATE public.tags SET slug = pg_temp.backfill_slug(name);`,
    },
    {
      name: 'SECURITY DEFINER functions are left to security-definer-search-path',
      sql: `CREATE FUNCTION public.current_workspace() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
AS $$ SELECT (auth.jwt() ->> 'workspace_id')::uuid $$;`,
    },
    {
      name: 'a function from an earlier migration is not reported again',
      history: [
        `CREATE FUNCTION public.slugify(value text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT lower(value) $$;`,
      ],
      sql: 'CREATE TABLE public.tags (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, slug text NOT NULL);',
    },
  ],
  invalid: [
    {
      name: 'trigger function without a search_path',
      sql: `-- keeps updated_at current
CREATE OR REPLACE FUNCTION public.set_updated_at() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;`,
      errors: [
        {
          line: 2,
          severity: 'warning',
          message:
            'Function public.set_updated_at has no SET search_path: every unqualified table, function, type and operator in its body is looked up on the search_path of whoever calls it',
          fix: "ALTER FUNCTION public.set_updated_at SET search_path = '';",
        },
      ],
    },
    {
      name: 'a function in a schema the Data API does not serve is still reported',
      sql: `CREATE SCHEMA private;
CREATE FUNCTION private.workspace_ids_of(member uuid) RETURNS SETOF uuid LANGUAGE sql STABLE
AS $$ SELECT workspace_id FROM workspace_members WHERE user_id = member $$;`,
      errors: [{ line: 2, message: 'Function private.workspace_ids_of has no SET search_path' }],
    },
    {
      name: 'a procedure',
      sql: `CREATE PROCEDURE public.purge_sessions() LANGUAGE sql
AS $$ DELETE FROM sessions WHERE expires_at < now() $$;`,
      errors: [
        {
          line: 1,
          message: 'Procedure public.purge_sessions has no SET search_path',
          fix: "ALTER PROCEDURE public.purge_sessions SET search_path = '';",
        },
      ],
    },
    {
      name: 'CREATE OR REPLACE without the SET clause drops the setting the earlier version had',
      history: [
        `CREATE FUNCTION public.slugify(value text) RETURNS text LANGUAGE sql IMMUTABLE
SET search_path = '' AS $$ SELECT pg_catalog.lower(value) $$;`,
      ],
      sql: `CREATE OR REPLACE FUNCTION public.slugify(value text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT lower(regexp_replace(value, '\\s+', '-', 'g')) $$;`,
      errors: [{ line: 1, message: 'Function public.slugify has no SET search_path' }],
    },
    {
      name: 'ALTER FUNCTION ... RESET search_path on an earlier function',
      history: [
        `CREATE FUNCTION public.slugify(value text) RETURNS text LANGUAGE sql IMMUTABLE
SET search_path = '' AS $$ SELECT pg_catalog.lower(value) $$;`,
      ],
      sql: `CREATE TABLE public.tags (id bigint PRIMARY KEY);
ALTER FUNCTION public.slugify(text) RESET search_path;`,
      errors: [
        { line: 2, message: 'Function public.slugify has no SET search_path after this ALTER' },
      ],
    },
  ],
};
