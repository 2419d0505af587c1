import type { RuleCases } from '../rule-cases.ts';
import { WELL_FORMED_TENANT_TABLE, WORKSPACES_TABLE } from '../tenancy-policy-fixtures.ts';

const workspaces = WORKSPACES_TABLE;

/** Tenants, their ledger accounts (tenant-scoped), and billing accounts (not). */
const LEDGER = `CREATE TABLE public.tenants (id uuid PRIMARY KEY);
CREATE TABLE public.chart_of_accounts (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES public.tenants (id), code text);
CREATE TABLE public.billing_accounts (id uuid PRIMARY KEY, name text);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'an optional team beside an organization that every row names: the row has its tenant',
      sql: `CREATE TABLE public.team_members (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL,
  team_id uuid,
  name text NOT NULL
);
CREATE TABLE public.team_notes (
  id uuid PRIMARY KEY,
  org_id uuid CHECK (org_id IS NOT NULL),
  team_id uuid
);`,
    },
    {
      name: 'tenant column NOT NULL with a foreign key and an index',
      history: [workspaces],
      sql: WELL_FORMED_TENANT_TABLE,
    },
    {
      name: 'tenant column in a composite primary key',
      history: [workspaces],
      sql: `CREATE TABLE public.workspace_members (
  workspace_id uuid REFERENCES public.workspaces (id),
  user_id uuid REFERENCES auth.users (id),
  role text NOT NULL DEFAULT 'member',
  PRIMARY KEY (workspace_id, user_id)
);`,
    },
    {
      name: 'existing table: nullable column added with a NOT VALID CHECK guarding new rows',
      history: [
        workspaces,
        'CREATE TABLE public.invoices (id bigint PRIMARY KEY, total_cents bigint NOT NULL);',
      ],
      sql: `ALTER TABLE public.invoices ADD COLUMN workspace_id uuid REFERENCES public.workspaces (id);
ALTER TABLE public.invoices ADD CONSTRAINT invoices_workspace_id_not_null
  CHECK (workspace_id IS NOT NULL) NOT VALID;`,
    },
    {
      name: 'a nullable tenant column from an earlier file, other columns altered here',
      history: [
        'CREATE TABLE public.templates (id bigint PRIMARY KEY, workspace_id uuid, body text);',
      ],
      sql: 'ALTER TABLE public.templates ADD COLUMN title text;',
    },
    {
      name: 'column not named as a tenant column in the config',
      options: { tenantColumns: ['tenant_id'] },
      sql: 'CREATE TABLE public.notes (id bigint PRIMARY KEY, workspace_id uuid, tenant_id uuid NOT NULL);',
    },
    {
      name: 'made NOT NULL later in the same file',
      history: ['CREATE TABLE public.documents (id bigint PRIMARY KEY, title text);'],
      sql: `ALTER TABLE public.documents ADD COLUMN workspace_id uuid;
UPDATE public.documents SET workspace_id = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
ALTER TABLE public.documents ALTER COLUMN workspace_id SET NOT NULL;`,
    },
    {
      name: 'a nullable tenant column from an earlier file, a constraint over it added here (reported where it began)',
      history: [
        'CREATE TABLE public.reports (id bigint PRIMARY KEY, workspace_id uuid, year int, month int);',
      ],
      sql: 'ALTER TABLE public.reports ADD CONSTRAINT reports_period_key UNIQUE (year, month, workspace_id);',
    },
    {
      name: 'a unique key over an earlier nullable tenant column dropped here (reported where it began)',
      history: [
        `CREATE TABLE public.licenses (id bigint PRIMARY KEY, workspace_id uuid, code text,
  CONSTRAINT licenses_workspace_code_key UNIQUE (workspace_id, code));`,
      ],
      sql: 'ALTER TABLE public.licenses DROP CONSTRAINT IF EXISTS licenses_workspace_code_key;',
    },
    {
      name: "a nullable account_id pointing at a tenant's ledger account, beside tenant_id NOT NULL",
      history: [LEDGER],
      sql: `CREATE TABLE public.journal_lines (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES public.tenants (id),
  account_id uuid REFERENCES public.chart_of_accounts (id),
  amount numeric NOT NULL
);`,
    },
  ],
  invalid: [
    {
      name: 'new table with a nullable tenant column (reported at the column)',
      history: [workspaces],
      sql: `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid REFERENCES public.workspaces (id),
  title text NOT NULL
);`,
      lines: [3],
    },
    {
      name: 'tenant column added to a table created in an earlier file',
      history: [
        workspaces,
        'CREATE TABLE public.invoices (id bigint PRIMARY KEY, total_cents bigint NOT NULL);',
      ],
      sql: `-- invoices become per workspace
ALTER TABLE public.invoices
  ADD COLUMN workspace_id uuid REFERENCES public.workspaces (id);`,
      lines: [3],
    },
    {
      name: 'NOT NULL dropped from an existing tenant column',
      history: [
        'CREATE TABLE public.projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);',
      ],
      sql: 'ALTER TABLE public.projects ALTER COLUMN workspace_id DROP NOT NULL;',
      lines: [1],
    },
    {
      name: 'a configured tenant column name',
      options: { tenantColumns: ['customer_id'] },
      sql: 'CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint, total_cents bigint NOT NULL);',
      lines: [1],
    },
    {
      name: "a NOT NULL tenant column after the table's tenant column does not excuse it (a decoy tenant_id beside workspace_id)",
      sql: `CREATE TABLE public.notes (
  id bigint PRIMARY KEY,
  workspace_id uuid,
  tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000'
);`,
      lines: [3],
    },
    {
      name: 'pg_dump style table with two tenant columns, both nullable: a row may name no tenant',
      sql: `SET search_path = '';
CREATE TABLE IF NOT EXISTS public.team_projects (
    id bigint NOT NULL,
    org_id uuid,
    team_id uuid
);`,
      lines: [4, 5],
    },
    {
      name: 'account_id that references no tenant-scoped table, or is the only tenant column, is still the tenant',
      history: [LEDGER],
      sql: `CREATE TABLE public.invoices (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES public.tenants (id),
  account_id uuid REFERENCES public.billing_accounts (id)
);
CREATE TABLE public.ledger_notes (id uuid PRIMARY KEY, account_id uuid REFERENCES public.chart_of_accounts (id));`,
      lines: [4, 6],
    },
  ],
};
