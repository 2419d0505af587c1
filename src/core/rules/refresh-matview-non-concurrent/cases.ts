import type { RuleCases } from '../rule-cases.ts';

const usage = `CREATE TABLE public.api_requests (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE MATERIALIZED VIEW public.workspace_usage AS
  SELECT workspace_id, date_trunc('day', at) AS day, count(*) AS requests
  FROM public.api_requests GROUP BY 1, 2;`;

const usageKey =
  'CREATE UNIQUE INDEX workspace_usage_key ON public.workspace_usage (workspace_id, day);';

export const cases: RuleCases = {
  valid: [
    {
      name: 'concurrent refresh of a view with a unique index',
      history: [usage, usageKey],
      sql: 'REFRESH MATERIALIZED VIEW CONCURRENTLY public.workspace_usage;',
    },
    {
      name: 'view created in this file and refreshed after a backfill',
      history: [usage],
      sql: `CREATE MATERIALIZED VIEW public.monthly_usage AS
  SELECT workspace_id, date_trunc('month', day) AS month, sum(requests) AS requests
  FROM public.workspace_usage GROUP BY 1, 2
  WITH NO DATA;
REFRESH MATERIALIZED VIEW public.monthly_usage;`,
    },
    {
      name: 'WITH NO DATA has no concurrent form',
      history: [usage],
      sql: 'REFRESH MATERIALIZED VIEW public.workspace_usage WITH NO DATA;',
    },
    {
      name: 'first population of a view created WITH NO DATA earlier',
      history: [
        `CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid, total_cents bigint);
CREATE MATERIALIZED VIEW public.revenue AS SELECT workspace_id, sum(total_cents) AS cents FROM public.invoices GROUP BY 1 WITH NO DATA;`,
      ],
      sql: 'REFRESH MATERIALIZED VIEW public.revenue;',
    },
  ],
  invalid: [
    {
      name: 'plain refresh of an existing view that has a unique index',
      history: [usage, usageKey],
      sql: 'REFRESH MATERIALIZED VIEW public.workspace_usage;',
      lines: [1],
    },
    {
      name: 'plain refresh of an existing view without a unique index, after changing its source',
      history: [usage],
      sql: `ALTER TABLE public.api_requests ADD COLUMN status smallint;
REFRESH MATERIALIZED VIEW workspace_usage;`,
      lines: [2],
    },
    {
      name: 'a view the migrations never created is assumed to exist',
      sql: 'REFRESH MATERIALIZED VIEW analytics.daily_signups;',
      lines: [1],
    },
  ],
};
