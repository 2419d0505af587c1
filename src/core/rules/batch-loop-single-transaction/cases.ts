import type { RuleCases } from '../rule-cases.ts';

const schema = `CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE public.workspaces (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  body text NOT NULL,
  embedding vector(1536),
  embedding_v2 vector(3072)
);
CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  total numeric(12,2) NOT NULL,
  total_cents bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public.audit_log (id bigint PRIMARY KEY, at timestamptz NOT NULL);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'procedure that commits after every keyset batch',
      history: [schema],
      sql: `CREATE PROCEDURE public.backfill_total_cents(batch_size int DEFAULT 5000)
LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint := 0;
  batch_max bigint;
BEGIN
  LOOP
    SELECT max(id) INTO batch_max
      FROM (SELECT id FROM public.invoices WHERE id > last_id ORDER BY id LIMIT batch_size) b;
    EXIT WHEN batch_max IS NULL;
    UPDATE public.invoices SET total_cents = round(total * 100)
     WHERE id > last_id AND id <= batch_max;
    last_id := batch_max;
    COMMIT;
  END LOOP;
END $$;`,
    },
    {
      name: 'FOREACH over a fixed list of tables running DDL only',
      history: [schema],
      sql: `DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['documents', 'invoices'] LOOP
    EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
  END LOOP;
END $$;`,
    },
    {
      name: 'FOR i IN 1..3 inserting seed rows one by one',
      history: ['CREATE TABLE public.plans (tier int PRIMARY KEY, seats int NOT NULL);'],
      sql: `DO $$
BEGIN
  FOR i IN 1..3 LOOP
    INSERT INTO public.plans (tier, seats) VALUES (i, i * 10) ON CONFLICT DO NOTHING;
  END LOOP;
END $$;`,
    },
    {
      name: 'trigger function with a loop: runs in the caller transaction by design',
      history: [schema],
      sql: `CREATE FUNCTION public.rename_workspace_documents() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT id FROM public.documents WHERE workspace_id = NEW.id LOOP
    UPDATE public.documents SET body = replace(body, OLD.name, NEW.name) WHERE id = r.id;
  END LOOP;
  RETURN NEW;
END $$;`,
    },
    {
      name: 'DO block filling a table created earlier in the same file',
      history: [schema],
      sql: `CREATE TABLE public.invoice_totals (workspace_id uuid PRIMARY KEY, total numeric NOT NULL);
DO $$
DECLARE
  w record;
BEGIN
  FOR w IN SELECT id FROM public.workspaces LOOP
    INSERT INTO public.invoice_totals (workspace_id, total)
    SELECT w.id, coalesce(sum(total), 0) FROM public.invoices WHERE workspace_id = w.id;
  END LOOP;
END $$;`,
    },
  ],
  invalid: [
    {
      name: 'DO block re-embedding documents in batches without COMMIT',
      history: [schema],
      sql: `DO $$
DECLARE
  batch_size int := 1000;
BEGIN
  LOOP
    UPDATE public.documents d
       SET embedding_v2 = d.embedding::vector(3072)
     WHERE d.id IN (SELECT id FROM public.documents
                     WHERE id > 0 AND embedding_v2 IS NULL
                     ORDER BY id LIMIT batch_size);
    EXIT WHEN NOT FOUND;
    PERFORM pg_sleep(0.1);
  END LOOP;
END $$;`,
      lines: [5],
    },
    {
      name: 'WHILE loop deleting old audit rows in chunks',
      history: [schema],
      sql: `DO $$
DECLARE
  deleted int := 1;
BEGIN
  WHILE deleted > 0 LOOP
    DELETE FROM public.audit_log
     WHERE id IN (SELECT id FROM public.audit_log
                   WHERE at < now() - interval '1 year' ORDER BY id LIMIT 10000);
    GET DIAGNOSTICS deleted = ROW_COUNT;
  END LOOP;
END $$;`,
      lines: [5],
    },
    {
      name: 'procedure that batches but forgot to COMMIT',
      history: [schema],
      sql: `CREATE OR REPLACE PROCEDURE public.backfill_total_cents()
LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint := 0;
BEGIN
  LOOP
    UPDATE public.invoices SET total_cents = round(total * 100)
     WHERE id > last_id AND id <= last_id + 5000;
    EXIT WHEN NOT FOUND;
    last_id := last_id + 5000;
  END LOOP;
END $$;`,
      lines: [6],
    },
    {
      name: 'per-workspace loop around a batch loop: reported once, at the outer loop',
      history: [schema],
      sql: `DO $$
DECLARE
  w record;
BEGIN
  FOR w IN SELECT id FROM public.workspaces ORDER BY id LOOP
    LOOP
      UPDATE public.invoices SET total_cents = round(total * 100)
       WHERE id IN (SELECT id FROM public.invoices
                     WHERE workspace_id = w.id AND id > 0 ORDER BY id LIMIT 1000);
      EXIT WHEN NOT FOUND;
    END LOOP;
  END LOOP;
END $$;`,
      lines: [5],
    },
    {
      name: 'row-by-row UPDATE over a query result',
      history: [schema],
      sql: `DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT id, total FROM public.invoices LOOP
    UPDATE public.invoices SET total_cents = round(r.total * 100) WHERE id = r.id;
  END LOOP;
END $$;`,
      lines: [5],
    },
  ],
};
