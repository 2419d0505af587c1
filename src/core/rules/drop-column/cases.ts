import type { RuleCases } from '../rule-cases.ts';

const invoices = `CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  amount_cents bigint NOT NULL,
  legacy_total numeric(12,2),
  billing_email text
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a contract step dated after the deprecation window, in the same day as the mark',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250305090000',
          sql: "COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';",
        },
      ],
      version: '2025030509000002',
      sql: `-- migration-guard:contract after=2025-03-13
ALTER TABLE public.invoices DROP COLUMN legacy_total;`,
    },
    {
      name: 'column marked deprecated ten days before the drop',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250305090000',
          sql: "COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';",
        },
      ],
      version: '20250315090000',
      sql: 'ALTER TABLE public.invoices DROP COLUMN legacy_total;',
    },
    {
      name: 'pg_dump style ALTER TABLE ONLY after an upper-case DEPRECATED comment',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250302090000',
          sql: `SET search_path = '';
COMMENT ON COLUMN public.invoices.billing_email IS 'DEPRECATED - read workspaces.billing_email';`,
        },
      ],
      version: '20250320090000',
      sql: `SET search_path = '';
ALTER TABLE ONLY public.invoices DROP COLUMN billing_email;`,
    },
    {
      name: 'column of a table created earlier in the same file',
      sql: `CREATE TABLE public.invoice_drafts (id bigint PRIMARY KEY, notes text);
ALTER TABLE public.invoice_drafts DROP COLUMN notes;`,
    },
    {
      name: 'column added earlier in the same file',
      history: [invoices],
      sql: `ALTER TABLE public.invoices ADD COLUMN tax_cents bigint;
ALTER TABLE public.invoices DROP COLUMN tax_cents;`,
    },
    {
      name: 'DROP COLUMN IF EXISTS of a column the known table does not have (Postgres skips it)',
      history: [invoices],
      sql: 'ALTER TABLE public.invoices DROP COLUMN IF EXISTS pdf_url;',
    },
    {
      name: 'ALTER TABLE IF EXISTS on a table no migration created',
      sql: 'ALTER TABLE IF EXISTS public.tmp_invoice_import DROP COLUMN raw_row;',
    },
    {
      name: 're-wording the deprecation comment does not restart the window',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250302090000',
          sql: "COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated';",
        },
        {
          version: '20250318090000',
          sql: "COMMENT ON COLUMN public.invoices.legacy_total IS 'Deprecated: use amount_cents / 100';",
        },
      ],
      version: '20250319090000',
      sql: 'ALTER TABLE public.invoices DROP COLUMN legacy_total;',
    },
    {
      name: 'a shorter window from the config',
      options: { deprecationDays: 2 },
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250310090000',
          sql: "COMMENT ON COLUMN invoices.legacy_total IS 'deprecated: use amount_cents';",
        },
      ],
      version: '20250313090000',
      sql: 'ALTER TABLE invoices DROP COLUMN legacy_total;',
    },
    {
      name: 'table created outside the migrations, column deprecated two weeks earlier',
      history: [
        {
          version: '20250301090000',
          sql: "COMMENT ON COLUMN public.profiles.avatar_path IS 'deprecated: use storage object ids';",
        },
      ],
      version: '20250315090000',
      sql: 'ALTER TABLE public.profiles DROP COLUMN avatar_path;',
    },
    {
      name: 'the deprecation follows the column through RENAME COLUMN',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250302090000',
          sql: "COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';",
        },
        {
          version: '20250303090000',
          sql: 'ALTER TABLE public.invoices RENAME COLUMN legacy_total TO legacy_total_unused;',
        },
      ],
      version: '20250315090000',
      sql: 'ALTER TABLE public.invoices DROP COLUMN legacy_total_unused;',
    },
    {
      name: 'the deprecation follows the table through RENAME TO and SET SCHEMA',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250302090000',
          sql: "COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';",
        },
        {
          version: '20250303090000',
          sql: `ALTER TABLE public.invoices RENAME TO bills;
CREATE SCHEMA billing;
ALTER TABLE public.bills SET SCHEMA billing;`,
        },
      ],
      version: '20250315090000',
      sql: 'ALTER TABLE billing.bills DROP COLUMN legacy_total;',
    },
    {
      name: 'table created outside the migrations: the deprecation follows RENAME COLUMN, RENAME TO and SET SCHEMA',
      history: [
        {
          version: '20250301090000',
          sql: "COMMENT ON COLUMN public.profiles.avatar_path IS 'deprecated: use storage object ids';",
        },
        {
          version: '20250302090000',
          sql: `ALTER TABLE public.profiles RENAME COLUMN avatar_path TO avatar_path_unused;
ALTER TABLE public.profiles RENAME TO members;
CREATE SCHEMA app;
ALTER TABLE public.members SET SCHEMA app;`,
        },
      ],
      version: '20250315090000',
      sql: 'ALTER TABLE app.members DROP COLUMN avatar_path_unused;',
    },
    {
      name: 'stored generated column dropped and added back in the same transaction',
      history: [
        `CREATE TABLE public.documents (id bigint PRIMARY KEY, title text, body text,
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, ''))) STORED);`,
      ],
      sql: `ALTER TABLE public.documents DROP COLUMN search;
ALTER TABLE public.documents ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED;`,
    },
  ],
  invalid: [
    {
      name: 'a contract step dated inside the deprecation window',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250305090000',
          sql: "COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';",
        },
      ],
      version: '2025030509000002',
      sql: `-- migration-guard:contract after=2025-03-08
ALTER TABLE public.invoices DROP COLUMN legacy_total;`,
      errors: [{ line: 2, fix: 'after=2025-03-13 or later' }],
    },
    {
      name: 'a contract step that holds the deprecation mark itself',
      history: [invoices],
      sql: `-- migration-guard:contract after=2099-01-01
COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';
ALTER TABLE public.invoices DROP COLUMN legacy_total;`,
      errors: [{ line: 3, message: 'follows its deprecation comment in the same file' }],
    },
    {
      name: 'plain column dropped and added back: its values are gone',
      history: ['CREATE TABLE public.documents (id bigint PRIMARY KEY, title text, summary text);'],
      sql: `ALTER TABLE public.documents DROP COLUMN summary;
ALTER TABLE public.documents ADD COLUMN summary text;`,
      lines: [1],
    },
    {
      name: 'stored generated column dropped, re-added only after a COMMIT',
      sql: `BEGIN;
ALTER TABLE public.documents DROP COLUMN search;
COMMIT;
ALTER TABLE public.documents ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, ''))) STORED;`,
      lines: [2],
    },
    {
      name: 'column never marked deprecated',
      history: [invoices],
      sql: `-- amounts moved to amount_cents
ALTER TABLE public.invoices
  DROP COLUMN legacy_total;`,
      lines: [2],
    },
    {
      name: 'deprecated only three days before the drop',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250310090000',
          sql: "COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';",
        },
      ],
      version: '20250313090000',
      sql: 'ALTER TABLE public.invoices DROP COLUMN legacy_total;',
      lines: [1],
    },
    {
      name: 'table created outside the migrations: a column added under the old name of a deprecated one is not deprecated',
      history: [
        {
          version: '20250301090000',
          sql: "COMMENT ON COLUMN public.profiles.avatar_path IS 'deprecated: use storage object ids';",
        },
        {
          version: '20250302090000',
          sql: `ALTER TABLE public.profiles RENAME COLUMN avatar_path TO avatar_path_unused;
ALTER TABLE public.profiles ADD COLUMN avatar_path text;`,
        },
      ],
      version: '20250315090000',
      sql: 'ALTER TABLE public.profiles DROP COLUMN avatar_path;',
      errors: [{ line: 1, message: 'is not marked deprecated' }],
    },
    {
      name: 'a table created under the old name of a renamed one does not inherit its deprecations',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250302090000',
          sql: "COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';",
        },
        {
          version: '20250303090000',
          sql: `ALTER TABLE public.invoices RENAME TO invoices_archive;
${invoices}`,
        },
      ],
      version: '20250315090000',
      sql: 'ALTER TABLE public.invoices DROP COLUMN legacy_total;',
      errors: [{ line: 1, message: 'is not marked deprecated' }],
    },
    {
      name: 'renamed in the same file as the deprecation and dropped: still the same file',
      history: [invoices],
      sql: `COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';
ALTER TABLE public.invoices RENAME COLUMN legacy_total TO legacy_total_unused;
ALTER TABLE public.invoices DROP COLUMN legacy_total_unused;`,
      errors: [{ line: 3, message: 'follows its deprecation comment in the same file' }],
    },
    {
      name: 'deprecated in the same file as the drop',
      history: [invoices],
      sql: `COMMENT ON COLUMN public.invoices.legacy_total IS 'deprecated: use amount_cents';
ALTER TABLE public.invoices DROP COLUMN legacy_total;`,
      lines: [2],
    },
    {
      name: 'the deprecation comment was later replaced by an ordinary one',
      history: [
        { version: '20250301090000', sql: invoices },
        {
          version: '20250302090000',
          sql: "COMMENT ON COLUMN public.invoices.billing_email IS 'deprecated: moving to workspaces';",
        },
        {
          version: '20250303090000',
          sql: "COMMENT ON COLUMN public.invoices.billing_email IS 'Where receipts are sent';",
        },
      ],
      version: '20250320090000',
      sql: 'ALTER TABLE public.invoices DROP COLUMN billing_email;',
      lines: [1],
    },
    {
      name: 'pg_dump style ALTER TABLE ONLY dropping two columns',
      history: [invoices],
      sql: `SET search_path = '';

ALTER TABLE ONLY public.invoices
  DROP COLUMN legacy_total,
  DROP COLUMN billing_email;`,
      lines: [3, 3],
    },
    {
      name: 'DROP COLUMN IF EXISTS on a table created outside the migrations',
      sql: 'ALTER TABLE public.profiles DROP COLUMN IF EXISTS avatar_path;',
      lines: [1],
    },
    {
      name: 'drop run from a DO block with an existence guard',
      history: [invoices],
      sql: `DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns
             WHERE table_name = 'invoices' AND column_name = 'legacy_total') THEN
    ALTER TABLE public.invoices DROP COLUMN legacy_total;
  END IF;
END $$;`,
      lines: [5],
    },
  ],
};
