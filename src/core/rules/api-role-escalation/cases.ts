import type { RuleCases } from '../rule-cases.ts';

const invoices = `CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  amount_cents bigint NOT NULL
);
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'object grants to the API roles, and roles granted to roles that are not API roles',
      history: [invoices],
      sql: `GRANT SELECT, INSERT ON public.invoices TO authenticated;
CREATE ROLE reporting NOLOGIN;
GRANT reporting TO postgres;
GRANT pg_read_all_data TO reporting;
ALTER TABLE public.invoices OWNER TO reporting;
ALTER ROLE reporting BYPASSRLS;
ALTER ROLE authenticated NOBYPASSRLS;
REVOKE postgres FROM authenticated;`,
    },
  ],
  invalid: [
    {
      name: 'the owner of every migration table granted to signed-in users',
      history: [invoices],
      sql: `-- let the dashboard read everything
GRANT postgres TO authenticated;`,
      errors: [{ line: 2, severity: 'error', message: 'GRANT postgres TO authenticated' }],
    },
    {
      name: 'service_role and a predefined role granted to anon and PUBLIC',
      sql: `GRANT service_role, pg_read_all_data TO anon, PUBLIC;`,
      errors: [{ line: 1, message: /every role of the database, every API caller included/ }],
    },
    {
      name: 'BYPASSRLS on an API role, also inside a DO block',
      sql: `ALTER ROLE authenticated WITH BYPASSRLS;
DO $$
BEGIN
  EXECUTE 'select 1';
  ALTER USER anon BYPASSRLS;
END $$;`,
      errors: [
        { line: 1, message: 'ALTER ROLE authenticated BYPASSRLS' },
        { line: 5, message: 'ALTER ROLE anon BYPASSRLS' },
      ],
    },
    {
      name: 'a table and a schema handed to the API roles',
      history: [invoices],
      sql: `ALTER TABLE public.invoices OWNER TO authenticated;
ALTER SCHEMA public OWNER TO anon;`,
      errors: [
        { line: 1, message: 'ALTER TABLE public.invoices OWNER TO authenticated' },
        { line: 2, message: 'ALTER SCHEMA public OWNER TO anon' },
      ],
    },
  ],
};
