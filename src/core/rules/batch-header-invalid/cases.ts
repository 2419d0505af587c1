import type { RuleCases } from '../rule-cases.ts';

const billing = `CREATE TABLE public.workspaces (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  number text,
  total numeric(12,2) NOT NULL,
  status text NOT NULL DEFAULT 'open',
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE public.invoices ADD COLUMN total_cents bigint;
CREATE TABLE public.documents (id uuid PRIMARY KEY, workspace_id uuid NOT NULL, body text NOT NULL, slug text);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'header over the only UPDATE, walking the primary key',
      history: [billing],
      sql: `-- convert totals to cents for every live invoice
-- migration-guard:batch table=public.invoices key=id size=5000 target-ms=250
UPDATE public.invoices
   SET total_cents = round(total * 100)
 WHERE status <> 'void';`,
    },
    {
      name: 'unqualified names on both sides, uuid key',
      history: [billing],
      sql: `-- migration-guard:batch table=documents key=id size=1000
UPDATE documents SET body = btrim(body);`,
    },
    {
      name: 'a table the migrations do not know: the engine checks the key on the target',
      sql: `-- migration-guard:batch table=public.profiles key=user_id size=2000
UPDATE public.profiles SET display_name = split_part(email, '@', 1) WHERE display_name IS NULL;`,
    },
    {
      name: 'a comment that mentions the header without starting with it is prose',
      history: [billing],
      sql: `-- see docs: migration-guard:batch headers batch an UPDATE
UPDATE public.invoices SET status = 'void' WHERE id = 42;`,
    },
  ],
  invalid: [
    {
      name: 'the file also adds a column (each batch commits on its own)',
      history: [billing],
      sql: `ALTER TABLE public.invoices ADD COLUMN paid_at timestamptz;
-- migration-guard:batch table=public.invoices key=id size=5000
UPDATE public.invoices SET paid_at = created_at WHERE status = 'paid';`,
      lines: [2, 2],
    },
    {
      name: 'the header names another table than the UPDATE writes',
      history: [billing],
      sql: `-- migration-guard:batch table=public.documents key=id size=500
UPDATE public.invoices SET total_cents = round(total * 100);`,
      lines: [1],
    },
    {
      name: 'size out of range and an unknown option',
      history: [billing],
      sql: `-- migration-guard:batch table=public.invoices key=id size=0 pause=10
UPDATE public.invoices SET total_cents = round(total * 100);`,
      lines: [1, 1],
    },
    {
      name: 'a key with no index and nullable',
      history: [billing],
      sql: `-- migration-guard:batch table=public.documents key=slug size=500
UPDATE public.documents SET body = btrim(body);`,
      lines: [1, 1],
    },
    {
      name: 'the UPDATE changes the key it walks',
      history: [billing],
      sql: `-- migration-guard:batch table=public.invoices key=id size=500
UPDATE public.invoices SET id = id + 1000000;`,
      lines: [1],
    },
  ],
};
