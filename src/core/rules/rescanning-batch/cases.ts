import type { RuleCases } from '../rule-cases.ts';

const schema = `CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  embedding vector(1536),
  embedding_v2 vector(3072)
);
CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  total numeric(12,2) NOT NULL,
  total_cents bigint
);
CREATE TABLE public.jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  claimed_at timestamptz
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'keyset batches: id > last_id ORDER BY id',
      history: [schema],
      sql: `CREATE PROCEDURE public.reembed_documents(batch_size int DEFAULT 500)
LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint := 0;
  ids bigint[];
BEGIN
  LOOP
    SELECT array_agg(id) INTO ids FROM (
      SELECT id FROM public.documents
       WHERE id > last_id AND embedding_v2 IS NULL
       ORDER BY id LIMIT batch_size
    ) AS batch;
    EXIT WHEN ids IS NULL;
    UPDATE public.documents SET embedding_v2 = embedding::vector(3072) WHERE id = ANY (ids);
    last_id := ids[array_upper(ids, 1)];
    COMMIT;
  END LOOP;
END $$;`,
    },
    {
      name: 'keyset on a row value (created_at, id)',
      history: [schema],
      sql: `DO $$
DECLARE
  last_at timestamptz := '-infinity';
  last_id bigint := 0;
  r record;
BEGIN
  LOOP
    SELECT created_at, id INTO r FROM public.documents
     WHERE (created_at, id) > (last_at, last_id) AND embedding IS NULL
     ORDER BY created_at, id LIMIT 1 OFFSET 999;
    EXIT WHEN NOT FOUND;
    last_at := r.created_at;
    last_id := r.id;
  END LOOP;
END $$;`,
    },
    {
      name: 'read-only API function paginating with OFFSET (not a batch)',
      history: [schema],
      sql: `CREATE FUNCTION public.list_documents(p_workspace uuid, p_limit int, p_offset int)
RETURNS SETOF public.documents LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY SELECT * FROM public.documents
   WHERE workspace_id = p_workspace
   ORDER BY created_at DESC LIMIT p_limit OFFSET p_offset;
END $$;`,
    },
    {
      name: 'queue pop with IS NULL ... LIMIT 1 outside any loop',
      history: [schema],
      sql: `CREATE FUNCTION public.claim_job() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  claimed bigint;
BEGIN
  UPDATE public.jobs SET claimed_at = now()
   WHERE id = (SELECT id FROM public.jobs WHERE claimed_at IS NULL
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
  RETURNING id INTO claimed;
  RETURN claimed;
END $$;`,
    },
    {
      name: 'OFFSET 0 as an optimisation fence inside a loop',
      history: [schema],
      sql: `DO $$
BEGIN
  FOR i IN 1..3 LOOP
    PERFORM count(*) FROM (SELECT id FROM public.jobs WHERE kind = 'email' OFFSET 0) AS j;
  END LOOP;
END $$;`,
    },
    {
      name: 'IS NULL ... LIMIT run once, not in a loop',
      history: [schema],
      sql: `DO $$
BEGIN
  UPDATE public.invoices SET total_cents = round(total * 100)
   WHERE id IN (SELECT id FROM public.invoices WHERE total_cents IS NULL LIMIT 100);
END $$;`,
    },
    {
      name: 'trigger function paging through its transition table',
      history: [schema],
      sql: `CREATE FUNCTION public.notify_new_documents() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  pages int := ceil((SELECT count(*) FROM new_rows) / 20.0);
BEGIN
  FOR p IN 0 .. pages - 1 LOOP
    PERFORM pg_notify('documents', (SELECT json_agg(r.id)::text FROM (SELECT id FROM new_rows LIMIT 20 OFFSET p * 20) r));
  END LOOP;
  RETURN NULL;
END;
$$;`,
    },
    {
      name: 'a lookup with IS NULL ... LIMIT 1 inside an import loop that writes another table',
      history: [schema],
      sql: `CREATE FUNCTION public.import_invoices(p jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE e jsonb; v bigint;
BEGIN
  FOR e IN SELECT * FROM jsonb_array_elements(p) LOOP
    SELECT id INTO v FROM public.documents
     WHERE body = e->>'ref' AND embedding IS NULL LIMIT 1;
    INSERT INTO public.invoices (total, total_cents) VALUES ((e->>'total')::numeric, v);
  END LOOP;
END $$;`,
    },
  ],
  invalid: [
    {
      name: 'trigger function paging through a real table with OFFSET',
      history: [schema],
      sql: `CREATE FUNCTION public.recount_jobs() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  FOR p IN 0 .. 9 LOOP
    UPDATE public.jobs SET claimed_at = now()
    WHERE id IN (SELECT id FROM public.jobs ORDER BY id LIMIT 100 OFFSET p * 100);
  END LOOP;
  RETURN NULL;
END;
$$;`,
      lines: [5],
    },
    {
      name: 'loop picking each batch by IS NULL ... LIMIT, no keyset',
      history: [schema],
      sql: `DO $$
DECLARE
  batch_size int := 1000;
BEGIN
  LOOP
    UPDATE public.documents
       SET embedding_v2 = embedding::vector(3072)
     WHERE id IN (
       SELECT id FROM public.documents
        WHERE embedding_v2 IS NULL
        LIMIT batch_size
     );
    EXIT WHEN NOT FOUND;
    COMMIT;
  END LOOP;
END $$;`,
      lines: [6],
    },
    {
      name: 'moving OFFSET in a loop',
      history: [schema],
      sql: `DO $$
DECLARE
  page int := 0;
  ids bigint[];
BEGIN
  LOOP
    SELECT array_agg(id) INTO ids FROM (
      SELECT id FROM public.invoices ORDER BY id LIMIT 5000 OFFSET page * 5000
    ) AS batch;
    EXIT WHEN ids IS NULL;
    UPDATE public.invoices SET total_cents = round(total * 100) WHERE id = ANY (ids);
    page := page + 1;
  END LOOP;
END $$;`,
      lines: [7],
    },
    {
      name: 'batch-step function with an OFFSET parameter, called page by page',
      history: [schema],
      sql: `CREATE FUNCTION public.backfill_invoice_page(p_offset int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.invoices SET total_cents = round(total * 100)
   WHERE id IN (SELECT id FROM public.invoices ORDER BY id LIMIT 10000 OFFSET p_offset);
END $$;`,
      lines: [4],
    },
    {
      name: 'ORDER BY id without a moving key comparison is still a rescan',
      history: [schema],
      sql: `CREATE PROCEDURE public.claim_email_jobs()
LANGUAGE plpgsql AS $$
BEGIN
  WHILE true LOOP
    UPDATE public.jobs SET claimed_at = now()
     WHERE id IN (SELECT id FROM public.jobs
                   WHERE claimed_at IS NULL AND kind = 'email' AND id > 0
                   ORDER BY id LIMIT 200);
    EXIT WHEN NOT FOUND;
    COMMIT;
  END LOOP;
END $$;`,
      lines: [5],
    },
    {
      name: 'batch ids picked into a variable, then the same table updated in the loop',
      history: [schema],
      sql: `DO $$
DECLARE ids bigint[];
BEGIN
  LOOP
    SELECT array_agg(id) INTO ids FROM (
      SELECT id FROM public.documents WHERE embedding_v2 IS NULL LIMIT 500) s;
    EXIT WHEN ids IS NULL;
    UPDATE public.documents SET embedding_v2 = embedding::vector(3072) WHERE id = ANY (ids);
    COMMIT;
  END LOOP;
END $$;`,
      lines: [5],
    },
  ],
};
