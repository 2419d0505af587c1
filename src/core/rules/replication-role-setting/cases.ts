import type { RuleCases } from '../rule-cases.ts';

const tables = `CREATE TABLE public.workspaces (id bigint PRIMARY KEY);
CREATE TABLE public.projects (
  id bigint PRIMARY KEY,
  workspace_id bigint NOT NULL REFERENCES public.workspaces (id)
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'origin (the default), a reset, and other settings',
      history: [tables],
      sql: `SET session_replication_role = origin;
SET session_replication_role TO DEFAULT;
RESET session_replication_role;
SET LOCAL lock_timeout = '2s';
SELECT set_config('application_name', 'replica', false);
INSERT INTO public.workspaces VALUES (1);
INSERT INTO public.projects VALUES (1, 1);`,
    },
  ],
  invalid: [
    {
      name: 'a data load with foreign keys off, as a data-only dump writes it',
      history: [tables],
      sql: `-- load the fixtures
SET session_replication_role = replica;
INSERT INTO public.projects VALUES (1, 42);
SET session_replication_role = origin;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message: 'SET session_replication_role = replica turns trigger firing off',
        },
      ],
    },
    {
      name: 'SET LOCAL, set_config and a DO block',
      history: [tables],
      sql: `SET LOCAL session_replication_role TO 'local';
SELECT set_config('session_replication_role', 'REPLICA', true);
DO $$
BEGIN
  PERFORM 1;
  SET session_replication_role = replica;
END $$;`,
      errors: [
        { line: 1, message: 'session_replication_role = local' },
        { line: 2, message: 'session_replication_role = replica' },
        { line: 6, message: 'from inside the DO block' },
      ],
    },
    {
      name: "a function's SET clause",
      sql: `CREATE FUNCTION public.load_fixtures() RETURNS void LANGUAGE sql
  SET session_replication_role = replica
  AS $$ SELECT 1 $$;`,
      errors: [{ line: 1, message: 'whenever the function runs' }],
    },
    {
      name: 'for later sessions of a role',
      sql: `ALTER ROLE postgres SET session_replication_role = replica;`,
      errors: [{ line: 1, message: 'every later session of that role or database' }],
    },
  ],
};
