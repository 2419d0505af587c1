import type { RuleCases } from '../rule-cases.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: "pg_dump's preamble, as in a supabase db pull *_remote_schema.sql file",
      sql: `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE TABLE public.notes (id bigint PRIMARY KEY, body text);`,
    },
    {
      name: 'turning it on, in any spelling, and putting settings back',
      sql: `SET standard_conforming_strings = ON;
SET LOCAL standard_conforming_strings TO true;
SELECT set_config('standard_conforming_strings', 'on', false);
SET backslash_quote = safe_encoding;
SET backslash_quote = off;
SET escape_string_warning = on;
RESET standard_conforming_strings;
SET backslash_quote TO DEFAULT;
ALTER DATABASE postgres RESET standard_conforming_strings;
SET NAMES 'UTF8';`,
    },
    {
      name: 'other settings, in functions and DO blocks',
      sql: `CREATE FUNCTION public.as_tenant(t uuid) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  PERFORM set_config('request.jwt.claims', json_build_object('tenant', t)::text, true);
END $$;
DO $$
BEGIN
  SET LOCAL search_path = public, extensions;
  RAISE NOTICE 'standard_conforming_strings is %', current_setting('standard_conforming_strings');
END $$;`,
    },
    {
      name: 'dynamic SQL in a block that only reads the setting',
      sql: `DO $$
BEGIN
  IF current_setting('standard_conforming_strings') = 'on' THEN
    EXECUTE format('ALTER TABLE %I.%I ADD COLUMN note text', 'public', 'notes');
  END IF;
END $$;`,
    },
    {
      name: 'strings with backslashes, read the same way by everyone while the setting is on',
      sql: `INSERT INTO public.notes (id, body) VALUES (1, 'C:\\temp\\'), (2, E'it\\'s');`,
    },
  ],
  invalid: [
    {
      // Read with the setting on, line 2 selects two strings; with it off, 'a\', ' is one
      // string and the DROP TABLE runs.
      name: 'SET to off: a DROP TABLE hides in what every check read as a string',
      sql: `SET standard_conforming_strings = off;
SELECT 'a\\', '; DROP TABLE public.invoices; --';`,
      errors: [
        {
          line: 1,
          severity: 'error',
          message:
            /^SET standard_conforming_strings = off: with standard_conforming_strings off, a backslash before a quote .* migration-guard refuses to apply this file\.$/,
        },
      ],
    },
    {
      name: 'every spelling of off, SET LOCAL, and set_config at top level',
      sql: `SET standard_conforming_strings TO 0;
SET LOCAL standard_conforming_strings = 'false';
SET SESSION "standard_conforming_strings" = of;
SELECT set_config('standard_conforming_strings', 'off', true);
SELECT pg_catalog.set_config('STANDARD_CONFORMING_STRINGS', 'off'::text, false);
UPDATE pg_settings SET setting = 'off' WHERE name = 'standard_conforming_strings';`,
      lines: [1, 2, 3, 4, 5, 6],
    },
    {
      name: 'a computed value, and a computed setting name where the migration runs it',
      sql: `SELECT set_config('standard_conforming_strings', current_setting('app.scs'), false);
SELECT set_config(name, 'off', false) FROM pg_settings WHERE name LIKE 'standard%';`,
      errors: [
        {
          line: 1,
          severity: 'error',
          message: "set_config('standard_conforming_strings', <computed value>, ...):",
        },
        {
          line: 2,
          severity: 'error',
          message: "set_config('<computed name>', 'off', ...): its setting name is computed",
        },
      ],
    },
    {
      name: 'backslash_quote on, escape_string_warning off, an encoding that swallows backslashes',
      sql: `SET backslash_quote = on;
SELECT set_config('escape_string_warning', 'off', false);
SET client_encoding = 'SJIS';
SET NAMES 'GBK';`,
      lines: [1, 2, 3, 4],
    },
    {
      name: 'in a DO block, in a nested block and through EXECUTE, at the line in the block',
      sql: `DO $$
BEGIN
  PERFORM set_config('standard_conforming_strings', 'off', false);
  BEGIN
    SET standard_conforming_strings = off;
  END;
  EXECUTE 'SET backslash_quote = on';
END $$;`,
      lines: [3, 5, 7],
    },
    {
      name: 'a function that turns it off for its own body, and the bodies that do',
      sql: `CREATE FUNCTION public.legacy_escape(s text) RETURNS text LANGUAGE sql
  SET standard_conforming_strings = off AS $$ SELECT replace(s, '\\', '\\\\') $$;
ALTER FUNCTION public.legacy_escape(text) SET backslash_quote = on;
CREATE FUNCTION public.legacy_mode() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  SET standard_conforming_strings = off;
END $$;
CREATE FUNCTION public.legacy_mode_sql() RETURNS text LANGUAGE sql AS $$
  SELECT set_config('standard_conforming_strings', 'off', false)
$$;`,
      lines: [1, 3, 6, 8],
    },
    {
      name: 'for later sessions: database, role and server',
      sql: `ALTER DATABASE postgres SET standard_conforming_strings = off;
ALTER ROLE authenticated IN DATABASE postgres SET standard_conforming_strings TO off;
ALTER SYSTEM SET backslash_quote = on;`,
      lines: [1, 2, 3],
    },
    {
      name: 'SQL that cannot be read but names the setting: EXECUTE of a built string, plv8',
      sql: `DO $$
BEGIN
  EXECUTE format('SET %I = off', 'standard_conforming_strings');
END $$;
DO $$ plv8.execute("SET standard_conforming_strings = off") $$ LANGUAGE plv8;`,
      lines: [1, 5],
    },
  ],
};
