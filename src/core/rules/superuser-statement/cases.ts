import type { RuleCases } from '../rule-cases.ts';

const countries = `CREATE TABLE public.countries (
  code text PRIMARY KEY,
  name text NOT NULL
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'COPY FROM STDIN and COPY (query) TO STDOUT go through the client',
      history: [countries],
      sql: `COPY public.countries (code, name) FROM STDIN WITH (FORMAT csv);
COPY (SELECT code, name FROM public.countries ORDER BY code) TO STDOUT WITH (FORMAT csv);`,
    },
    {
      name: 'functions whose names merely contain read_file, or that live in another schema',
      sql: `CREATE FUNCTION public.read_file_names(bucket text) RETURNS SETOF text
  LANGUAGE sql STABLE AS $$ SELECT name FROM storage.objects WHERE bucket_id = bucket $$;
SELECT public.read_file_names('avatars'), app.pg_read_file('avatars/a.png');
SELECT my_pg_read_file_wrapper('x');`,
    },
    {
      name: 'pg_terminate_backend is granted to the role (pg_signal_backend)',
      sql: `SELECT pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE datname = current_database() AND state = 'idle in transaction';`,
    },
    {
      name: 'trusted languages and per-role settings',
      sql: `CREATE EXTENSION IF NOT EXISTS plv8 WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
CREATE FUNCTION public.slugify(value text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN lower(regexp_replace(value, '[^a-zA-Z0-9]+', '-', 'g'));
END $$;
ALTER ROLE authenticated SET statement_timeout = '8s';
CREATE ROLE reporting NOLOGIN NOSUPERUSER;`,
    },
    {
      name: 'a DO block that only reads the catalog',
      sql: `DO $$
DECLARE
  file_name text := 'read_file';
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
    CREATE ROLE reporting NOLOGIN;
  END IF;
  PERFORM length(file_name);
END $$;`,
    },
  ],
  invalid: [
    {
      name: 'COPY FROM PROGRAM and COPY TO PROGRAM',
      history: [countries],
      sql: `COPY public.countries FROM PROGRAM 'curl -s https://example.com/countries.csv' WITH (FORMAT csv);
COPY public.countries TO PROGRAM 'gzip > /tmp/countries.csv.gz';`,
      lines: [1, 2],
    },
    {
      name: 'COPY from and to a file on the server',
      history: [countries],
      sql: `COPY public.countries FROM '/data/countries.csv' WITH (FORMAT csv, HEADER);
COPY (SELECT * FROM public.countries) TO '/tmp/countries.csv';`,
      lines: [1, 2],
    },
    {
      name: 'ALTER SYSTEM, then pg_reload_conf()',
      sql: `ALTER SYSTEM SET work_mem = '256MB';
SELECT pg_reload_conf();`,
      lines: [1, 2],
    },
    {
      name: 'untrusted languages: CREATE EXTENSION, CREATE LANGUAGE, CREATE FUNCTION, DO',
      sql: `CREATE EXTENSION IF NOT EXISTS plpython3u;
CREATE LANGUAGE plperlu;
CREATE FUNCTION public.fetch_rates() RETURNS text
  LANGUAGE plpython3u AS $$
import urllib.request
return urllib.request.urlopen('https://example.com/rates').read()
$$;
DO LANGUAGE plperlu $$ system('id') $$;`,
      lines: [1, 2, 3, 8],
    },
    {
      name: 'a C function from a shared library, and a language with its own handler',
      sql: `CREATE FUNCTION public.fast_hash(bytea) RETURNS int4
  AS '/usr/lib/postgresql/fast_hash.so', 'fast_hash'
  LANGUAGE c STRICT;
CREATE TRUSTED LANGUAGE plsample HANDLER plsample_call_handler;`,
      lines: [1, 4],
    },
    {
      name: 'file functions anywhere in a statement, at the line of the call',
      history: [countries, 'CREATE TABLE public.settings (key text PRIMARY KEY, value text);'],
      sql: `INSERT INTO public.settings (key, value)
SELECT 'hba', pg_read_file('pg_hba.conf');
SELECT name, (pg_stat_file(name)).size
FROM pg_ls_dir('.') AS name;
SELECT pg_catalog.pg_read_binary_file('/etc/ssl/private/server.key');`,
      lines: [2, 3, 4, 5],
    },
    {
      name: 'server-side large object import and export',
      sql: `SELECT lo_import('/etc/passwd');
SELECT lo_export(16403, '/tmp/dump.bin');`,
      lines: [1, 2],
    },
    {
      name: 'inside a DO block: statements, PERFORM, assignments and conditions',
      history: [countries],
      sql: `DO $$
DECLARE
  config text;
BEGIN
  config := pg_read_file('postgresql.conf');
  IF (pg_stat_file('standby.signal', true)).size IS NULL THEN
    PERFORM pg_reload_conf();
  END IF;
  COPY public.countries FROM PROGRAM 'cat /data/countries.csv';
END $$;`,
      lines: [5, 6, 7, 9],
    },
    {
      name: 'in a PL/pgSQL function body, a SQL function body and a BEGIN ATOMIC body',
      sql: `CREATE FUNCTION public.server_config() RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
  RETURN pg_catalog.pg_read_file('postgresql.conf');
END $$;
CREATE FUNCTION public.data_files() RETURNS SETOF text
  LANGUAGE sql AS $$
  SELECT pg_ls_dir('base')
$$;
CREATE FUNCTION public.hba() RETURNS text
  LANGUAGE sql
BEGIN ATOMIC
  SELECT pg_read_file('pg_hba.conf');
END;`,
      lines: [4, 8, 13],
    },
    {
      name: 'a function created by a DO block, and a block nested in a function, at the line that holds them',
      sql: `DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'server_files') THEN
    CREATE FUNCTION public.server_files() RETURNS SETOF text LANGUAGE plpgsql AS $f$
    BEGIN
      RETURN QUERY SELECT pg_ls_dir('.');
    END $f$;
  END IF;
END $$;
CREATE PROCEDURE public.refresh_settings() LANGUAGE plpgsql AS $$
BEGIN
  DO $inner$ BEGIN PERFORM pg_reload_conf(); END $inner$;
END $$;`,
      lines: [4, 12],
    },
    {
      name: 'roles made superusers',
      sql: `ALTER ROLE service_worker SUPERUSER;
ALTER USER deploy WITH LOGIN SUPERUSER;
CREATE ROLE admin_bot SUPERUSER LOGIN PASSWORD 'x';`,
      lines: [1, 2, 3],
    },
    {
      name: 'LOAD of a shared library',
      sql: `LOAD 'auto_explain';
LOAD '/tmp/payload.so';`,
      lines: [1, 2],
    },
    {
      name: 'an event trigger: code run inside the DDL of every later migration',
      sql: `CREATE FUNCTION public.on_ddl() RETURNS event_trigger
  LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
  EXECUTE 'GRANT ALL ON ALL TABLES IN SCHEMA public TO anon';
END $$;
CREATE EVENT TRIGGER grant_everything ON ddl_command_end
  EXECUTE FUNCTION public.on_ddl();`,
      errors: [
        {
          line: 6,
          message:
            'CREATE EVENT TRIGGER grant_everything ON ddl_command_end makes public.on_ddl() run inside every later DDL statement',
        },
      ],
    },
  ],
};
