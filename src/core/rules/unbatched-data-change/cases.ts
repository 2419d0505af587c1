import type { RuleCases } from '../rule-cases.ts';

const invoices = `CREATE TABLE public.workspaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  plan text NOT NULL DEFAULT 'free'
);
CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  total numeric(12,2) NOT NULL,
  status text NOT NULL DEFAULT 'draft',
  created_at timestamptz NOT NULL DEFAULT now()
);`;

const sessions = `CREATE TABLE public.sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL,
  expires_at timestamptz NOT NULL
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a whole-table backfill under a batch header: the engine runs it in batches',
      history: [invoices, 'ALTER TABLE public.invoices ADD COLUMN total_cents bigint;'],
      sql: `-- migration-guard:batch table=public.invoices key=id size=5000
UPDATE public.invoices SET total_cents = round(total * 100) WHERE total_cents IS NULL;`,
    },
    {
      name: 'a status change filtered on the status it sets: may touch few rows, not reported',
      history: [invoices],
      sql: `UPDATE public.invoices SET status = 'void' WHERE status = 'cancelled';`,
    },
    {
      name: 'backfill of a table created in the same file',
      sql: `CREATE TABLE public.plans (code text PRIMARY KEY, seats int);
INSERT INTO public.plans (code) VALUES ('free'), ('pro'), ('team');
UPDATE public.plans SET seats = 5;`,
    },
    {
      name: 'one row, by primary key',
      history: [invoices],
      sql: `UPDATE public.workspaces SET plan = 'team'
WHERE id = '6f1c2a0e-8d4b-4c53-9a57-0b6f7f3f9a11';`,
    },
    {
      name: 'one batch picked by a keyset subquery',
      history: [invoices, 'ALTER TABLE public.invoices ADD COLUMN total_cents bigint;'],
      sql: `UPDATE public.invoices
   SET total_cents = round(total * 100)
 WHERE id IN (SELECT id FROM public.invoices
               WHERE id > 0 AND total_cents IS NULL
               ORDER BY id LIMIT 5000);`,
    },
    {
      name: 'a key range bounds the backfill',
      history: [invoices, 'ALTER TABLE public.invoices ADD COLUMN total_cents bigint;'],
      sql: `UPDATE public.invoices SET total_cents = round(total * 100)
WHERE id BETWEEN 1 AND 50000 AND total_cents IS NULL;`,
    },
    {
      name: 'UPDATE ... FROM filtered on the joined table',
      history: [
        invoices,
        'CREATE TABLE public.projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL, plan text);',
      ],
      sql: `UPDATE public.projects p SET plan = w.plan
FROM public.workspaces w
WHERE p.workspace_id = w.id AND w.id = '6f1c2a0e-8d4b-4c53-9a57-0b6f7f3f9a11';`,
    },
    {
      name: 'UPDATE inside a batching loop of a DO block (left to the batch rules)',
      history: [invoices, 'ALTER TABLE public.invoices ADD COLUMN total_cents bigint;'],
      sql: `DO $$
BEGIN
  LOOP
    UPDATE public.invoices SET total_cents = round(total * 100)
    WHERE total_cents IS NULL;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $$;`,
    },
    {
      name: 'WHERE col IS NULL on a column no row can hold NULL in: added with a default here, or NOT NULL',
      history: [invoices],
      sql: `ALTER TABLE public.invoices ADD COLUMN IF NOT EXISTS currency text DEFAULT 'EUR';
UPDATE public.invoices SET currency = 'EUR' WHERE currency IS NULL;
UPDATE public.invoices SET status = 'draft' WHERE status IS NULL;`,
    },
    {
      name: 'DELETE with a selective condition',
      history: [sessions],
      sql: "DELETE FROM public.sessions WHERE expires_at < now() - interval '30 days';",
    },
  ],
  invalid: [
    {
      name: 'backfill without WHERE after ADD COLUMN',
      history: [invoices],
      sql: `ALTER TABLE public.invoices ADD COLUMN total_cents bigint;
UPDATE public.invoices SET total_cents = round(total * 100);`,
      lines: [2],
    },
    {
      name: 'WHERE new_column IS NULL matches every row of the table',
      history: [invoices],
      sql: `ALTER TABLE public.invoices ADD COLUMN total_cents bigint;

UPDATE public.invoices
   SET total_cents = round(total * 100)
 WHERE total_cents IS NULL;`,
      lines: [3],
    },
    {
      name: 'a default set after the column was added, or an explicit NULL default, fills nothing',
      history: [invoices, 'ALTER TABLE public.invoices ADD COLUMN region text;'],
      sql: `ALTER TABLE public.invoices ALTER COLUMN region SET DEFAULT 'eu';
UPDATE public.invoices SET region = 'eu' WHERE region IS NULL;
ALTER TABLE public.invoices ADD COLUMN note text DEFAULT NULL;
UPDATE public.invoices SET note = '' WHERE note IS NULL;`,
      lines: [2, 4],
    },
    {
      name: 'backfill of a column from an earlier migration, filtered only on itself',
      history: [invoices, 'ALTER TABLE public.invoices ADD COLUMN workspace_name text;'],
      sql: `UPDATE public.invoices SET workspace_name = 'unknown'
WHERE workspace_name IS NULL OR workspace_name = '';`,
      lines: [1],
    },
    {
      name: 'UPDATE ... FROM that only joins: every invoice with a workspace',
      history: [invoices, 'ALTER TABLE public.invoices ADD COLUMN workspace_name text;'],
      sql: `UPDATE public.invoices i
   SET workspace_name = w.name
  FROM public.workspaces w
 WHERE i.workspace_id = w.id;`,
      lines: [1],
    },
    {
      name: 'DELETE without WHERE on a table the schema does not know (it existed before)',
      sql: `-- sign everyone out after the auth change
DELETE FROM public.user_sessions;`,
      lines: [2],
    },
    {
      name: 'UPDATE run by a DO block outside any loop',
      history: [invoices],
      sql: `DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns
             WHERE table_name = 'invoices' AND column_name = 'status') THEN
    UPDATE public.invoices SET status = lower(status);
  END IF;
END $$;`,
      lines: [5],
    },
  ],
};
