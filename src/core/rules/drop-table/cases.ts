import type { RuleCases } from '../rule-cases.ts';

const documents = `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  title text NOT NULL
);
CREATE TABLE public.document_embeddings_v1 (
  document_id bigint PRIMARY KEY REFERENCES public.documents (id),
  embedding vector(1536)
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a contract step dated after the deprecation window of the table',
      history: [
        { version: '20250301090000', sql: documents },
        {
          version: '20250305090000',
          sql: "COMMENT ON TABLE public.document_embeddings_v1 IS 'deprecated: replaced by v2';",
        },
      ],
      version: '2025030509000002',
      sql: `-- migration-guard:contract after=2025-03-13
DROP TABLE public.document_embeddings_v1;`,
    },
    {
      name: 'table created earlier in the same file',
      sql: `CREATE TABLE public.import_staging (row_number int, payload jsonb);
INSERT INTO public.import_staging VALUES (1, '{}');
DROP TABLE public.import_staging;`,
    },
    {
      name: 'DROP TABLE IF EXISTS of a table no migration created',
      sql: 'DROP TABLE IF EXISTS public.tmp_backfill_progress;',
    },
    {
      name: 'dropping a view is not dropping a table',
      history: [
        `${documents}
CREATE VIEW public.documents_compat AS SELECT * FROM public.documents;`,
      ],
      sql: 'DROP VIEW public.documents_compat;',
    },
    {
      name: 'created and dropped inside a DO block of this file',
      sql: `DO $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS member_ids (id uuid);
  DROP TABLE member_ids;
END $$;`,
    },
  ],
  invalid: [
    {
      name: 'a contract step of a table never marked deprecated',
      history: [documents],
      sql: `-- migration-guard:contract after=2099-01-01
DROP TABLE public.document_embeddings_v1;`,
      lines: [2],
    },
    {
      name: 'a deprecated table dropped without a contract header',
      history: [
        { version: '20250301090000', sql: documents },
        {
          version: '20250305090000',
          sql: "COMMENT ON TABLE public.document_embeddings_v1 IS 'deprecated: replaced by v2';",
        },
      ],
      version: '20250306090000',
      sql: 'DROP TABLE public.document_embeddings_v1;',
      lines: [1],
    },
    {
      name: 'table from an earlier migration',
      history: [documents],
      sql: `-- embeddings moved to document_chunks
DROP TABLE public.document_embeddings_v1;`,
      lines: [2],
    },
    {
      name: 'dropped and created again in the same file: the rows go, the name stays',
      history: [documents],
      sql: `DROP TABLE IF EXISTS public.document_embeddings_v1;
CREATE TABLE public.document_embeddings_v1 (document_id bigint PRIMARY KEY, embedding vector(1536));`,
      errors: [
        {
          line: 1,
          message:
            /deletes the table with all its rows, and this file creates it again: code that uses public\.document_embeddings_v1 finds a table of that name when this migration commits, but none of the old rows/,
        },
      ],
    },
    {
      name: 'IF EXISTS does not help when the table is known to exist',
      history: [documents],
      sql: 'DROP TABLE IF EXISTS document_embeddings_v1 CASCADE;',
      lines: [1],
    },
    {
      name: 'table the schema does not know, without IF EXISTS (it existed before)',
      sql: 'DROP TABLE public.legacy_audit_log;',
      lines: [1],
    },
    {
      name: 'several tables, one of them created in this file',
      history: [documents],
      sql: `SET search_path = '';
CREATE TABLE public.scratch (id int);
DROP TABLE public.scratch, public.document_embeddings_v1;`,
      lines: [3],
    },
    {
      name: 'renamed earlier in the same file, then dropped',
      history: [documents],
      sql: `ALTER TABLE public.document_embeddings_v1 RENAME TO document_embeddings_old;
DROP TABLE public.document_embeddings_old;`,
      lines: [2],
    },
  ],
};
