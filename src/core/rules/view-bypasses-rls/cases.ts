import type { RuleCases } from '../rule-cases.ts';

const INVOICES = `CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  amount_cents bigint NOT NULL,
  status text NOT NULL DEFAULT 'draft',
  issued_at timestamptz
);
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;`;

const TOTALS_VIEW = `CREATE VIEW public.invoice_totals
WITH (security_invoker = true) AS
SELECT workspace_id, sum(amount_cents) AS total_cents
FROM public.invoices
GROUP BY workspace_id;`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a materialized view over an RLS table is left to materialized-view-in-api (advisor 0016)',
      history: [INVOICES],
      sql: `CREATE MATERIALIZED VIEW public.monthly_revenue AS
SELECT workspace_id, date_trunc('month', issued_at) AS month, sum(amount_cents) AS cents
FROM public.invoices GROUP BY 1, 2;`,
    },
    {
      name: 'security_invoker view over an RLS table',
      history: [INVOICES],
      sql: TOTALS_VIEW,
    },
    {
      name: 'security_invoker switched on later in the same file',
      history: [INVOICES],
      sql: `CREATE VIEW public.open_invoices AS
SELECT id, workspace_id, amount_cents FROM public.invoices WHERE status = 'open';
ALTER VIEW public.open_invoices SET (security_invoker = on);`,
    },
    {
      name: 'view in a schema the API does not expose',
      history: [INVOICES],
      sql: `CREATE SCHEMA reporting;
CREATE VIEW reporting.revenue_by_workspace AS
SELECT workspace_id, sum(amount_cents) AS revenue_cents FROM public.invoices GROUP BY workspace_id;`,
    },
    {
      name: 'view over a shared lookup table without RLS or tenant column',
      history: [
        'CREATE TABLE public.plans (code text PRIMARY KEY, seats integer NOT NULL, price_cents bigint NOT NULL);',
      ],
      sql: 'CREATE VIEW public.paid_plans AS SELECT code, seats FROM public.plans WHERE price_cents > 0;',
    },
    {
      name: 'view the API roles cannot select from',
      history: [INVOICES],
      sql: `CREATE VIEW public.overdue_invoices AS
SELECT id, workspace_id FROM public.invoices WHERE status = 'open' AND issued_at < now() - interval '30 days';
REVOKE ALL ON public.overdue_invoices FROM anon, authenticated;
GRANT SELECT ON public.overdue_invoices TO service_role;`,
    },
    {
      name: 'materialized view kept away from the API roles',
      history: [INVOICES],
      sql: `CREATE MATERIALIZED VIEW public.monthly_revenue AS
SELECT workspace_id, date_trunc('month', issued_at) AS month, sum(amount_cents) AS cents
FROM public.invoices GROUP BY 1, 2;
REVOKE SELECT ON public.monthly_revenue FROM anon, authenticated;`,
    },
    {
      name: 'an unsafe view from an earlier migration is not reported again',
      history: [INVOICES, 'CREATE VIEW public.all_invoices AS SELECT * FROM public.invoices;'],
      sql: 'ALTER TABLE public.invoices ADD COLUMN due_at timestamptz;',
    },
  ],
  invalid: [
    {
      name: 'plain view over an RLS table',
      history: [INVOICES],
      sql: `-- dashboard widget
CREATE VIEW public.invoice_totals AS
SELECT workspace_id, sum(amount_cents) AS total_cents
FROM public.invoices
GROUP BY workspace_id;`,
      lines: [2],
    },
    {
      name: "a view filtering on the caller is still reported, without claiming every tenant's rows",
      history: [INVOICES],
      sql: `CREATE VIEW public.my_invoices AS
SELECT i.* FROM public.invoices i
WHERE i.workspace_id = (SELECT m.workspace_id FROM public.invoices m WHERE m.id = (auth.uid())::text::bigint);
CREATE VIEW public.all_invoices AS SELECT * FROM public.invoices;`,
      errors: [
        {
          line: 1,
          message:
            /the view's own filter on the caller is then the only thing keeping other tenants' rows out\.$/,
        },
        { line: 4, message: /, from every tenant\.$/ },
      ],
    },
    {
      name: 'view joining tables created and protected in the same file',
      sql: `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  title text NOT NULL
);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
CREATE VIEW recent_documents AS
WITH recent AS (SELECT * FROM documents ORDER BY id DESC LIMIT 100)
SELECT id, workspace_id, title FROM recent;`,
      lines: [7],
    },
    {
      name: 'security_invoker on Postgres 14 does not exist',
      options: { pgVersion: 14 },
      history: [INVOICES],
      sql: TOTALS_VIEW,
      lines: [1],
    },
    {
      name: 'profile view exposing auth.users',
      sql: `CREATE VIEW public.member_profiles AS
SELECT u.id, u.email, u.raw_user_meta_data ->> 'full_name' AS full_name
FROM auth.users u;`,
      lines: [1],
    },
    {
      name: 'outer view without invoker over an invoker view over an RLS table',
      history: [INVOICES, TOTALS_VIEW],
      sql: `CREATE VIEW public.top_workspaces AS
SELECT workspace_id, total_cents FROM public.invoice_totals ORDER BY total_cents DESC LIMIT 10;`,
      lines: [1],
    },
    {
      name: 'security_invoker reset on an existing view',
      history: [INVOICES, TOTALS_VIEW],
      sql: 'ALTER VIEW public.invoice_totals RESET (security_invoker);',
      lines: [1],
    },
    {
      name: 'security_invoker = off spelled as a bare keyword is off (not the option alone)',
      history: [INVOICES],
      sql: `CREATE VIEW public.invoice_statuses WITH (security_invoker = off) AS
SELECT workspace_id, status, count(*) AS invoices FROM public.invoices GROUP BY 1, 2;`,
      lines: [1],
    },
    {
      name: 'security_invoker switched off later with ALTER VIEW ... SET (security_invoker = 0)',
      history: [INVOICES, TOTALS_VIEW],
      sql: 'ALTER VIEW public.invoice_totals SET (security_invoker = 0);',
      lines: [1],
    },
    {
      name: 'CREATE OR REPLACE VIEW without the option turns security_invoker off',
      history: [INVOICES, TOTALS_VIEW],
      sql: `CREATE OR REPLACE VIEW public.invoice_totals AS
SELECT workspace_id, sum(amount_cents) AS total_cents, count(*) AS invoice_count
FROM public.invoices
GROUP BY workspace_id;`,
      lines: [1],
    },
    {
      name: 'view over a tenant table, with RLS not enabled yet',
      history: [
        'CREATE TABLE public.projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL, name text NOT NULL);',
      ],
      sql: 'CREATE VIEW public.project_names AS SELECT id, workspace_id, name FROM public.projects;',
      lines: [1],
    },
  ],
};
