import { beforeAll, describe, expect, it } from 'vitest';
import { hostAccessReason } from '../src/core/rules/superuser-statement/host-access.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import type { Statement } from '../src/core/sql/statement.ts';

beforeAll(async () => {
  await loadParser();
});

/** The file's single statement, as staging gets it from parseSql. */
function only(sql: string): Statement {
  const parsed = parseSql(sql);
  expect(parsed.errors).toEqual([]);
  expect(parsed.statements).toHaveLength(1);
  return parsed.statements[0]!;
}

describe('hostAccessReason: statements staging must not execute', () => {
  const refused: [string, string][] = [
    ["COPY public.t FROM PROGRAM 'id'", 'shell command'],
    ["COPY public.t TO PROGRAM 'cat > /tmp/x'", 'shell command'],
    ["COPY public.t FROM '/etc/passwd'", "FROM '/etc/passwd' reads a file"],
    ["COPY (SELECT 1) TO '/tmp/out.csv'", "TO '/tmp/out.csv' writes a file"],
    ["ALTER SYSTEM SET work_mem = '1GB'", 'ALTER SYSTEM'],
    ['SELECT pg_reload_conf()', 'pg_reload_conf()'],
    ['CREATE EXTENSION plpython3u', 'untrusted language'],
    ['CREATE LANGUAGE pltclu', 'untrusted language'],
    ['CREATE LANGUAGE plsample HANDLER plsample_handler', 'C handler'],
    ["CREATE FUNCTION f() RETURNS int AS 'lib.so', 'f' LANGUAGE c", 'shared library'],
    ["CREATE FUNCTION f() RETURNS int AS 'int4pl' LANGUAGE internal", 'C function'],
    ['CREATE FUNCTION f() RETURNS int LANGUAGE plperlu AS $$ 1 $$', 'runs Perl'],
    ["DO LANGUAGE plpython3u $$ import os; os.system('id') $$", 'runs Python'],
    ["SELECT pg_read_file('pg_hba.conf')", 'pg_read_file()'],
    ["SELECT pg_read_binary_file('base/1/1259')", 'pg_read_binary_file()'],
    ["SELECT * FROM pg_ls_dir('.')", 'pg_ls_dir()'],
    ["SELECT pg_stat_file('postmaster.pid')", 'pg_stat_file()'],
    ["SELECT lo_import('/etc/passwd')", "lo_import('/etc/passwd')"],
    ["SELECT lo_export(1234, '/tmp/x')", "'/tmp/x'"],
    ['ALTER ROLE authenticator SUPERUSER', 'superuser'],
    ['CREATE USER intruder SUPERUSER', 'creates a superuser'],
    ["LOAD '/tmp/payload.so'", 'shared library'],
    [
      'CREATE EVENT TRIGGER et ON ddl_command_end EXECUTE FUNCTION public.et()',
      'inside every later DDL statement',
    ],
  ];
  for (const [sql, fragment] of refused) {
    it(sql, () => {
      const reason = hostAccessReason(only(sql));
      expect(reason).toContain(fragment);
      expect(reason).toMatch(/\(it needs .+\)$/);
    });
  }
});

describe('hostAccessReason: statements staging may run', () => {
  const allowed = [
    'COPY public.t FROM STDIN',
    'COPY public.t (a, b) FROM STDIN WITH (FORMAT csv)',
    'COPY (SELECT * FROM public.t) TO STDOUT',
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()',
    "SELECT public.read_file_names('avatars')",
    "SELECT app.pg_read_file('x')",
    'CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions',
    'CREATE EXTENSION plv8',
    "ALTER ROLE authenticated SET statement_timeout = '8s'",
    'CREATE ROLE reporting NOLOGIN NOSUPERUSER',
    'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
    "DO $$ BEGIN RAISE NOTICE 'pg_read_file is not called here'; END $$",
  ];
  for (const sql of allowed) {
    it(sql, () => {
      expect(hostAccessReason(only(sql))).toBeUndefined();
    });
  }
});

describe('hostAccessReason looks into bodies and expressions', () => {
  const hidden: [string, string][] = [
    [
      "DO $$ BEGIN PERFORM pg_ls_dir('/'); END $$",
      'pg_ls_dir()', // PERFORM: a statement the block runs
    ],
    [
      "DO $$ DECLARE c text; BEGIN c := pg_read_file('postgresql.conf'); END $$",
      'pg_read_file()', // an assignment
    ],
    [
      "DO $$ BEGIN IF pg_stat_file('x', true) IS NULL THEN NULL; END IF; END $$",
      'pg_stat_file()', // a condition
    ],
    [
      "DO $$ BEGIN COPY public.t FROM PROGRAM 'id'; END $$",
      'shell command', // COPY inside the block
    ],
    [
      `CREATE FUNCTION public.audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.note := pg_read_file('/etc/hostname');
  RETURN NEW;
END $$`,
      'pg_read_file()', // runs when a later statement fires the trigger
    ],
    [
      "CREATE FUNCTION public.files() RETURNS SETOF text LANGUAGE sql AS $$ SELECT pg_ls_dir('.') $$",
      'pg_ls_dir()',
    ],
    [
      "CREATE FUNCTION public.hba() RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT pg_read_file('pg_hba.conf'); END",
      'pg_read_file()',
    ],
  ];
  for (const [sql, fragment] of hidden) {
    it(sql.split('\n')[0]!, () => {
      expect(hostAccessReason(only(sql))).toContain(fragment);
    });
  }

  it('reads a PL/pgSQL body from the text when the statement carries none', () => {
    const statement = only("DO $$ BEGIN PERFORM pg_read_file('x'); END $$");
    expect(statement.plpgsql).toBeDefined();
    const { node, text } = statement;
    expect(hostAccessReason({ node, text })).toContain('pg_read_file()');
  });
});

describe('hostAccessReason against a hostile migration', () => {
  const hostile: [string, string][] = [
    ["cOpY public.t fRoM pRoGrAm 'id'", 'shell command'],
    ['SELECT "pg_read_file"(\'x\')', 'pg_read_file()'],
    ['SELECT pg_catalog."pg_ls_dir"(\'.\')', 'pg_ls_dir()'],
    [
      "WITH f AS (SELECT pg_read_file('/etc/passwd') AS body) INSERT INTO public.t SELECT body FROM f",
      'pg_read_file()',
    ],
    ["COPY (SELECT pg_read_file('/etc/passwd')) TO STDOUT", 'pg_read_file()'],
    [
      "ALTER TABLE public.t ADD COLUMN secret text DEFAULT pg_read_file('/etc/passwd')",
      'pg_read_file()',
    ],
    [
      "CREATE POLICY leak ON public.t FOR SELECT USING (pg_read_file('/etc/passwd') IS NOT NULL)",
      'pg_read_file()', // the probes query the table, which evaluates the policy
    ],
    ["CREATE VIEW public.v AS SELECT pg_ls_dir('/') AS name", 'pg_ls_dir()'],
    ["CREATE INDEX ON public.t ((pg_stat_file('x')))", 'pg_stat_file()'],
    [
      "DO $outer$ BEGIN PERFORM 1; DO $inner$ BEGIN PERFORM 2; END $inner$; COPY public.t TO PROGRAM 'sh'; END $outer$",
      'shell command',
    ],
    [
      "DO $outer$ BEGIN DO $inner$ BEGIN PERFORM pg_read_file('/etc/passwd'); END $inner$; END $outer$",
      'pg_read_file()',
    ],
    [
      `DO $$ BEGIN
  CREATE FUNCTION public.leak() RETURNS text LANGUAGE plpgsql AS $f$
  BEGIN RETURN pg_read_file('/etc/passwd'); END $f$;
END $$`,
      'pg_read_file()',
    ],
  ];
  for (const [sql, fragment] of hostile) {
    it(sql, () => {
      expect(hostAccessReason(only(sql))).toContain(fragment);
    });
  }
});
