import type { RuleCases } from '../rule-cases.ts';

const orders = `create table public.orders (
  id bigint generated always as identity primary key,
  workspace_id uuid not null,
  total_cents bigint not null,
  created_at timestamptz not null default now()
);
alter table public.orders enable row level security;`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'in a private schema, served through a function',
      history: [orders],
      sql: `create schema if not exists private;
create materialized view private.daily_revenue as
  select date_trunc('day', created_at) as day, sum(total_cents) as cents from public.orders group by 1;`,
    },
    {
      name: 'in public, with SELECT revoked from the API roles in the same file',
      history: [orders],
      sql: `create materialized view public.daily_revenue as
  select date_trunc('day', created_at) as day, sum(total_cents) as cents from public.orders group by 1;
revoke select on public.daily_revenue from anon, authenticated;
grant select on public.daily_revenue to service_role;`,
    },
    {
      name: 'a materialized view created by an earlier file is not reported again',
      history: [
        orders,
        'create materialized view public.order_counts as select workspace_id, count(*) from public.orders group by 1;',
      ],
      sql: 'refresh materialized view concurrently public.order_counts;',
    },
  ],
  invalid: [
    {
      name: 'a package download counter in public, readable by anyone',
      sql: `create table public.downloads (package_id uuid not null, downloaded_at timestamptz not null default now());
alter table public.downloads enable row level security;
create materialized view public.download_metrics as
  select package_id, count(*) as downloads_all_time from public.downloads group by package_id;
create unique index download_metrics_package_id_idx on public.download_metrics (package_id);`,
      errors: [
        {
          line: 3,
          // It stores rows of a table RLS guards: every reader sees all of them.
          severity: 'error',
          message:
            'Materialized view public.download_metrics stores rows of public.downloads (RLS enabled) as its owner read them, and anon and authenticated can select from it',
          fix: 'REVOKE SELECT ON public.download_metrics FROM anon, authenticated;',
        },
      ],
    },
    {
      name: 'over a public lookup table without RLS or tenant column: served whole (warning)',
      sql: `create table public.countries (code text primary key, name text not null);
create materialized view public.country_names as select code, name from public.countries;`,
      errors: [
        {
          line: 2,
          severity: 'warning',
          message:
            'Materialized view public.country_names is in exposed schema public and anon and authenticated can select from it',
        },
      ],
    },
    {
      name: 'granted to authenticated explicitly after revoking from anon',
      history: [orders],
      sql: `create materialized view public.workspace_totals as
  select workspace_id, sum(total_cents) as cents from public.orders group by 1;
revoke select on public.workspace_totals from anon, authenticated;
grant select on public.workspace_totals to authenticated;`,
      errors: [{ line: 1, message: 'and authenticated can select from it' }],
    },
  ],
};
