import type { RuleCases } from '../rule-cases.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'reading the history is fine',
      sql: `SELECT version, name FROM supabase_migrations.schema_migrations ORDER BY version DESC LIMIT 1;
CREATE VIEW public.applied_migrations AS SELECT version FROM supabase_migrations.schema_migrations;`,
    },
    {
      name: 'copying the history into a table of the application',
      sql: `CREATE TABLE public.release_notes (version text PRIMARY KEY, name text);
INSERT INTO public.release_notes (version, name)
SELECT version, name FROM supabase_migrations.schema_migrations;`,
    },
    {
      name: 'a table of the same name in another schema',
      sql: `CREATE TABLE public.schema_migrations (version text PRIMARY KEY);
INSERT INTO public.schema_migrations VALUES ('1');
DELETE FROM public.request_ids;`,
    },
    {
      name: 'a DO block that only reads the history',
      sql: `DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM supabase_migrations.schema_migrations WHERE version = '20240101000000') THEN
    RAISE NOTICE 'already there';
  END IF;
END $$;`,
    },
  ],
  invalid: [
    {
      name: 'a schema name spelled with Unicode escapes is still the history',
      sql: `DELETE FROM U&"!0073upabase_migrations" UESCAPE '!'.schema_migrations;`,
      lines: [1],
    },
    {
      name: 'a SQL function body whose escapes spell the history',
      sql: `CREATE FUNCTION public.forget() RETURNS void LANGUAGE sql
AS E'DELETE FROM \\x73upabase_migrations.schema_migrations';`,
      lines: [1],
    },
    {
      name: 'a row in the history makes a later migration be skipped',
      sql: `CREATE TABLE public.invoices (id bigint PRIMARY KEY);
INSERT INTO supabase_migrations.schema_migrations (version, name, statements)
VALUES ('20991231000000', 'future', ARRAY[]::text[]);`,
      lines: [2],
    },
    {
      name: 'update, delete, truncate, merge and COPY FROM on the history',
      sql: `UPDATE supabase_migrations.schema_migrations SET name = 'x' WHERE version = '1';
DELETE FROM supabase_migrations.schema_migrations WHERE version = '1';
TRUNCATE supabase_migrations.schema_migrations;
MERGE INTO supabase_migrations.schema_migrations m USING (SELECT '1' AS v) s ON m.version = s.v
WHEN NOT MATCHED THEN INSERT (version) VALUES (s.v);
COPY supabase_migrations.schema_migrations (version) FROM STDIN;`,
      lines: [1, 2, 3, 4, 6],
    },
    {
      name: "deleting the function's used request ids",
      sql: `DELETE FROM migration_guard.request_ids;
WITH gone AS (DELETE FROM migration_guard.deployments RETURNING id) SELECT count(*) FROM gone;`,
      lines: [1, 2],
    },
    {
      name: 'DDL and grants in the protected schemas',
      sql: `ALTER TABLE supabase_migrations.schema_migrations ADD COLUMN note text;
DROP TABLE migration_guard.request_ids;
CREATE TABLE supabase_migrations.extra (id int);
CREATE INDEX extra_id ON supabase_migrations.extra (id);
GRANT INSERT ON supabase_migrations.schema_migrations TO authenticated;
GRANT ALL ON ALL TABLES IN SCHEMA migration_guard TO anon;
DROP SCHEMA migration_guard CASCADE;
CREATE FUNCTION migration_guard.noop() RETURNS void LANGUAGE sql AS 'select';
CREATE TRIGGER t AFTER INSERT ON supabase_migrations.schema_migrations
  FOR EACH ROW EXECUTE FUNCTION public.audit();
ALTER DEFAULT PRIVILEGES IN SCHEMA supabase_migrations GRANT ALL ON TABLES TO anon;`,
      lines: [1, 2, 3, 4, 5, 6, 7, 8, 9, 11],
    },
    {
      name: 'inside a DO block, at the line of the statement in the block',
      sql: `DO $$
BEGIN
  IF true THEN
    DELETE FROM migration_guard.request_ids WHERE used_at < now();
  END IF;
END $$;`,
      lines: [4],
    },
    {
      name: 'in the body of a PL/pgSQL function and of a SQL function',
      sql: `CREATE FUNCTION public.forget_requests() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM migration_guard.request_ids;
END $$;
CREATE FUNCTION public.mark_applied(v text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO supabase_migrations.schema_migrations (version) VALUES (v)
$$;`,
      lines: [3, 5],
    },
  ],
};
