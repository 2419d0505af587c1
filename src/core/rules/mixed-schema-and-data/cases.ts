import type { RuleCases } from '../rule-cases.ts';

const tenancy = `CREATE TABLE public.workspaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  plan text NOT NULL DEFAULT 'free'
);
CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  user_id uuid NOT NULL,
  PRIMARY KEY (workspace_id, user_id)
);
CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  total numeric(12,2) NOT NULL,
  status text NOT NULL DEFAULT 'draft'
);
CREATE TABLE public.plans (code text PRIMARY KEY, seats int NOT NULL);`;

const documents = `CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  body text NOT NULL,
  embedding vector(1536)
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'table created in this file, altered and seeded',
      sql: `CREATE TABLE public.projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);
ALTER TABLE public.projects ADD COLUMN archived boolean NOT NULL DEFAULT false;
INSERT INTO public.projects (id, workspace_id)
SELECT 1, id FROM public.workspaces;
UPDATE public.projects SET archived = true;`,
    },
    {
      name: 'an explicit COMMIT ends the DDL transaction before the backfill',
      history: [tenancy],
      sql: `BEGIN;
ALTER TABLE public.invoices ADD COLUMN total_cents bigint;
COMMIT;
UPDATE public.invoices SET total_cents = round(total * 100) WHERE id <= 100000;`,
    },
    {
      name: 'DDL on one table, data change on another',
      history: [tenancy],
      sql: `ALTER TABLE public.invoices ADD COLUMN paid_at timestamptz;
UPDATE public.workspaces SET plan = 'team' WHERE plan = 'business';`,
    },
    {
      name: 'VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE, which blocks no reads or writes',
      history: [
        tenancy,
        'ALTER TABLE public.invoices ADD CONSTRAINT invoices_total_check CHECK (total >= 0) NOT VALID;',
      ],
      sql: `ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_total_check;
UPDATE public.invoices SET status = 'void' WHERE status = 'cancelled';`,
    },
    {
      name: 'seed rows written out in VALUES after the DDL',
      history: [tenancy],
      sql: `ALTER TABLE public.plans ADD COLUMN tier text;
INSERT INTO public.plans (code, seats, tier) VALUES ('enterprise', 500, 'top');`,
    },
    {
      name: 'a one-row UPDATE by primary key after the DDL',
      history: [tenancy],
      sql: `ALTER TABLE public.plans ADD COLUMN stripe_price_id text;
UPDATE public.plans SET stripe_price_id = 'price_123' WHERE code = 'pro';`,
    },
    {
      name: 'CREATE INDEX CONCURRENTLY runs alone, so the applier commits the ALTER before it',
      history: [tenancy],
      sql: `ALTER TABLE public.invoices ADD COLUMN paid_at timestamptz;
CREATE INDEX CONCURRENTLY invoices_paid_at_idx ON public.invoices (paid_at);
UPDATE public.invoices SET paid_at = now() WHERE status = 'paid' AND id < 100000;`,
    },
    {
      name: 'the data change comes before the DDL',
      history: [tenancy],
      sql: `UPDATE public.invoices SET status = 'open' WHERE status = 'sent';
ALTER TABLE public.invoices ADD CONSTRAINT invoices_status_check
  CHECK (status IN ('draft', 'open', 'paid', 'void')) NOT VALID;`,
    },
  ],
  invalid: [
    {
      name: 'ADD COLUMN, backfill, SET NOT NULL in one file (reported once)',
      history: [tenancy],
      sql: `ALTER TABLE public.invoices ADD COLUMN total_cents bigint;

UPDATE public.invoices SET total_cents = round(total * 100) WHERE id < 500000;
UPDATE public.invoices SET total_cents = round(total * 100) WHERE id >= 500000;

ALTER TABLE public.invoices ALTER COLUMN total_cents SET NOT NULL;`,
      lines: [3],
    },
    {
      name: 'CREATE INDEX then a batched UPDATE in a DO block that never commits',
      history: [documents],
      sql: `CREATE INDEX documents_workspace_idx ON public.documents (workspace_id);
DO $$
DECLARE
  last_id bigint := 0;
BEGIN
  LOOP
    UPDATE public.documents SET body = btrim(body)
    WHERE id > last_id AND id <= last_id + 10000;
    EXIT WHEN NOT FOUND;
    last_id := last_id + 10000;
  END LOOP;
END $$;`,
      lines: [7],
    },
    {
      name: 'RLS switched on, then members copied in with INSERT ... SELECT',
      history: [tenancy, 'CREATE TABLE public.workspace_owners (workspace_id uuid, user_id uuid);'],
      sql: `ALTER TABLE public.workspace_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON public.workspace_members
  FOR SELECT USING (user_id = auth.uid());
INSERT INTO public.workspace_members (workspace_id, user_id)
SELECT workspace_id, user_id FROM public.workspace_owners
ON CONFLICT DO NOTHING;`,
      lines: [4],
    },
    {
      name: 'explicit transaction block holding ALTER TABLE and DELETE',
      history: [tenancy],
      sql: `BEGIN;
ALTER TABLE public.invoices DROP COLUMN status;
DELETE FROM public.invoices WHERE total = 0;
COMMIT;`,
      lines: [3],
    },
    {
      name: 'a foreign key locks the referenced table against writes too',
      history: [
        tenancy,
        'CREATE TABLE public.projects (id bigint PRIMARY KEY, workspace_id uuid);',
      ],
      sql: `ALTER TABLE public.projects
  ADD CONSTRAINT projects_workspace_fkey FOREIGN KEY (workspace_id)
  REFERENCES public.workspaces (id);
UPDATE public.workspaces SET name = btrim(name) WHERE name <> btrim(name);`,
      lines: [4],
    },
    {
      name: 'pg_dump style: ALTER TABLE ONLY, then a data fix on the same table',
      sql: `SET search_path = '';
ALTER TABLE ONLY public.profiles ADD COLUMN display_name text;
UPDATE public.profiles SET display_name = split_part(email, '@', 1) WHERE display_name IS NULL;`,
      lines: [3],
    },
  ],
};
