import type { RuleCases } from '../rule-cases.ts';

const documents = `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  title text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_workspace_idx ON public.documents (workspace_id);
CREATE INDEX documents_created_idx ON public.documents (created_at);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'concurrent drop of an index on an existing table',
      history: [documents],
      sql: 'DROP INDEX CONCURRENTLY IF EXISTS public.documents_created_idx;',
    },
    {
      name: 'index of a table created earlier in the same file',
      sql: `CREATE TABLE public.invoice_lines (id bigint PRIMARY KEY, invoice_id bigint NOT NULL);
CREATE INDEX invoice_lines_invoice_idx ON public.invoice_lines (invoice_id);
-- replaced by a composite index below
DROP INDEX public.invoice_lines_invoice_idx;
CREATE INDEX invoice_lines_invoice_id_idx ON public.invoice_lines (invoice_id, id);`,
    },
    {
      name: 'index of a partitioned table (cannot be dropped concurrently)',
      history: [
        `CREATE TABLE public.audit_events (id bigint, workspace_id uuid, at timestamptz) PARTITION BY RANGE (at);
CREATE INDEX audit_events_workspace_idx ON public.audit_events (workspace_id);`,
      ],
      sql: 'DROP INDEX public.audit_events_workspace_idx;',
    },
    {
      name: 'the index goes with its table, dropped later in the same file (drop-table reports it)',
      history: [documents],
      sql: `DROP INDEX public.documents_workspace_idx;
DROP INDEX IF EXISTS documents_created_idx;
DROP TABLE public.documents;`,
    },
    {
      name: 'a schema diff: the index went with its constraint, DROP INDEX IF EXISTS finds nothing',
      history: [
        `CREATE TABLE public.conversations (org_id uuid NOT NULL, contact text NOT NULL);
CREATE UNIQUE INDEX conversations_pkey ON public.conversations (org_id, contact);
ALTER TABLE public.conversations ADD CONSTRAINT conversations_pkey PRIMARY KEY USING INDEX conversations_pkey;
ALTER TABLE public.conversations ADD CONSTRAINT conversations_contact_key UNIQUE (contact);`,
      ],
      sql: `ALTER TABLE public.conversations DROP CONSTRAINT conversations_pkey;
ALTER TABLE public.conversations DROP CONSTRAINT conversations_contact_key;
DROP INDEX IF EXISTS public.conversations_pkey;
DROP INDEX IF EXISTS public.conversations_contact_key;`,
    },
    {
      name: 'indexes already gone: with their materialized view, dropped twice, renamed away',
      history: [
        documents,
        `CREATE MATERIALIZED VIEW public.document_counts AS SELECT workspace_id, count(*) AS n FROM public.documents GROUP BY 1;
CREATE UNIQUE INDEX document_counts_workspace_idx ON public.document_counts (workspace_id);
DROP MATERIALIZED VIEW public.document_counts;
DROP INDEX CONCURRENTLY public.documents_created_idx;
ALTER INDEX public.documents_workspace_idx RENAME TO documents_ws_idx;`,
      ],
      sql: `DROP INDEX IF EXISTS public.document_counts_workspace_idx;
DROP INDEX IF EXISTS public.documents_created_idx;
DROP INDEX IF EXISTS public.documents_workspace_idx;`,
    },
    {
      name: 'a re-runnable script: a table created here, an unknown index dropped and built on it',
      sql: `CREATE TABLE IF NOT EXISTS public.payments (id uuid PRIMARY KEY, created_at timestamptz);
DROP INDEX IF EXISTS public.idx_payments_created_at;
CREATE INDEX idx_payments_created_at ON public.payments (created_at);`,
    },
    {
      name: 'DROP TABLE is not an index drop',
      history: [documents],
      sql: 'DROP TABLE IF EXISTS public.documents_archive;',
    },
  ],
  invalid: [
    {
      name: 'the table is dropped in an earlier statement only: the index drop still locks it',
      history: [documents, 'CREATE TABLE public.documents_archive (id bigint PRIMARY KEY);'],
      sql: `DROP TABLE public.documents_archive;
DROP INDEX public.documents_created_idx;`,
      lines: [2],
    },
    {
      name: 'a later DROP TABLE of another table (or of the name after a rename) keeps the finding',
      history: [documents, 'CREATE TABLE public.documents_archive (id bigint PRIMARY KEY);'],
      sql: `DROP INDEX public.documents_created_idx;
DROP TABLE public.documents_archive;
DROP INDEX public.documents_workspace_idx;
ALTER TABLE public.documents RENAME TO documents_old;
CREATE TABLE public.documents (id bigint PRIMARY KEY);
DROP TABLE public.documents;`,
      lines: [1, 3],
    },
    {
      name: 'a DROP TABLE inside a DO block may not run: the index drop is reported',
      history: [documents],
      sql: `DROP INDEX public.documents_created_idx;
DO $$ BEGIN
  IF current_setting('app.env', true) = 'dev' THEN DROP TABLE public.documents; END IF;
END $$;`,
      lines: [1],
    },
    {
      name: 'only the index whose table is not dropped later is named',
      history: [
        documents,
        'CREATE TABLE public.notes (id bigint PRIMARY KEY, body text);\nCREATE INDEX notes_body_idx ON public.notes (body);',
      ],
      sql: `DROP INDEX public.notes_body_idx, public.documents_created_idx;
DROP TABLE public.documents;`,
      errors: [{ line: 1, message: /^DROP INDEX public\.notes_body_idx without/ }],
    },
    {
      name: 'a dropped constraint takes only its own index: another unique index still locks',
      history: [
        `CREATE TABLE public.conversations (org_id uuid NOT NULL, contact text NOT NULL);
ALTER TABLE public.conversations ADD CONSTRAINT conversations_contact_key UNIQUE (contact);
CREATE UNIQUE INDEX conversations_org_contact_idx ON public.conversations (org_id, contact);`,
      ],
      sql: `ALTER TABLE public.conversations DROP CONSTRAINT conversations_contact_key;
DROP INDEX IF EXISTS public.conversations_contact_key;
DROP INDEX IF EXISTS public.conversations_org_contact_idx;`,
      lines: [3],
    },
    {
      name: 'plain drop of an index on a table from an earlier migration',
      history: [documents],
      sql: `-- the created_at index is unused since the switch to keyset pagination
DROP INDEX public.documents_created_idx;`,
      lines: [2],
    },
    {
      name: 'pg_dump style IF EXISTS with an unqualified name under search_path',
      history: [documents],
      sql: `SET search_path = public;
DROP INDEX IF EXISTS documents_workspace_idx;`,
      lines: [2],
    },
    {
      name: 'an index dropped, then built again under the same name, is there to drop',
      history: [
        documents,
        `DROP INDEX CONCURRENTLY public.documents_created_idx;
CREATE INDEX CONCURRENTLY documents_created_idx ON public.documents (created_at DESC);`,
      ],
      sql: 'DROP INDEX IF EXISTS public.documents_created_idx;',
      lines: [1],
    },
    {
      name: 'an unknown index dropped and built again on a table from an earlier file is assumed to exist',
      history: [documents],
      sql: `DROP INDEX IF EXISTS public.documents_title_idx;
CREATE INDEX documents_title_idx ON public.documents (title);`,
      lines: [1],
    },
    {
      name: 'an index the migrations never created is assumed to exist',
      sql: 'DROP INDEX IF EXISTS public.profiles_username_idx;',
      lines: [1],
    },
    {
      name: 'two indexes in one statement are reported once',
      history: [documents],
      sql: `BEGIN;
DROP INDEX public.documents_workspace_idx, public.documents_created_idx;
COMMIT;`,
      lines: [2],
    },
  ],
};
