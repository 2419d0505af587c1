import type { RuleCases } from '../rule-cases.ts';

const invoices = `CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'draft',
  due_on date
);
CREATE INDEX invoices_status_idx ON public.invoices (status);
CREATE MATERIALIZED VIEW public.invoice_totals AS
  SELECT workspace_id, count(*) AS open_invoices FROM public.invoices GROUP BY workspace_id;
CREATE UNIQUE INDEX invoice_totals_workspace_key ON public.invoice_totals (workspace_id);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'concurrent index alone in its file, no explicit transaction',
      history: [invoices],
      sql: `CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_due_on_idx
  ON public.invoices (due_on) WHERE status <> 'paid';`,
    },
    {
      name: 'REFRESH MATERIALIZED VIEW CONCURRENTLY may run inside BEGIN ... COMMIT',
      history: [invoices],
      sql: `BEGIN;
REFRESH MATERIALIZED VIEW CONCURRENTLY public.invoice_totals;
COMMIT;`,
    },
    {
      name: 'concurrent drop after the explicit transaction has committed',
      history: [invoices],
      sql: `BEGIN;
ALTER TABLE public.invoices ADD COLUMN paid_at timestamptz;
COMMIT;
DROP INDEX CONCURRENTLY IF EXISTS public.invoices_status_idx;`,
    },
    {
      name: 'ANALYZE and CLUSTER of one table are allowed in a transaction block',
      history: [invoices],
      sql: `BEGIN;
ANALYZE public.invoices;
CLUSTER public.invoices USING invoices_status_idx;
COMMIT;`,
    },
  ],
  invalid: [
    {
      name: 'concurrent index between BEGIN and COMMIT',
      history: [invoices],
      sql: `BEGIN;
ALTER TABLE public.invoices ADD COLUMN paid_at timestamptz;
CREATE INDEX CONCURRENTLY invoices_paid_at_idx ON public.invoices (paid_at);
COMMIT;`,
      lines: [3],
    },
    {
      name: 'DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY in a START TRANSACTION block',
      history: [invoices],
      sql: `START TRANSACTION;
DROP INDEX CONCURRENTLY IF EXISTS public.invoices_status_idx;
REINDEX INDEX CONCURRENTLY public.invoice_totals_workspace_key;
COMMIT;`,
      lines: [2, 3],
    },
    {
      name: 'concurrent index inside a DO block guard',
      history: [invoices],
      sql: `DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'invoices_workspace_idx') THEN
    CREATE INDEX CONCURRENTLY invoices_workspace_idx ON public.invoices (workspace_id);
  END IF;
END
$$;`,
      lines: [4],
    },
    {
      name: 'VACUUM in a transaction block',
      history: [invoices],
      sql: `BEGIN;
DELETE FROM public.invoices WHERE status = 'void';
VACUUM (ANALYZE) public.invoices;
COMMIT;`,
      lines: [3],
    },
  ],
};
