import type { RuleCases } from '../rule-cases.ts';

const documents = `CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA extensions;
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  body text NOT NULL,
  embedding extensions.vector(1536)
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'HNSW on a column added in this file (no training step)',
      history: [documents],
      sql: `ALTER TABLE public.documents ADD COLUMN embedding_small extensions.vector(512);
CREATE INDEX CONCURRENTLY documents_embedding_small_idx
  ON public.documents USING hnsw (embedding_small extensions.vector_cosine_ops);`,
    },
    {
      name: 'ivfflat after the backfill in the same file',
      history: [documents],
      sql: `ALTER TABLE public.documents ADD COLUMN embedding_small extensions.vector(512);
UPDATE public.documents
   SET embedding_small = extensions.subvector(embedding, 1, 512)::extensions.vector(512);
CREATE INDEX documents_embedding_small_idx
  ON public.documents USING ivfflat (embedding_small extensions.vector_cosine_ops)
  WITH (lists = 1000);`,
    },
    {
      name: 'ivfflat on a column from an earlier migration',
      history: [documents],
      sql: `CREATE INDEX CONCURRENTLY documents_embedding_idx
  ON public.documents USING ivfflat (embedding extensions.vector_cosine_ops) WITH (lists = 500);`,
    },
    {
      name: 'new table filled with INSERT ... SELECT before the index',
      history: [documents],
      sql: `CREATE TABLE public.document_chunks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES public.documents (id),
  embedding extensions.vector(1536)
);
INSERT INTO public.document_chunks (document_id, embedding)
SELECT id, embedding FROM public.documents WHERE embedding IS NOT NULL;
CREATE INDEX document_chunks_embedding_idx
  ON public.document_chunks USING ivfflat (embedding extensions.vector_l2_ops) WITH (lists = 100);`,
    },
    {
      name: 'table the migrations do not know (it existed before, with its data)',
      sql: `CREATE INDEX CONCURRENTLY kb_embedding_idx
  ON public.knowledge_base USING ivfflat (embedding vector_cosine_ops) WITH (lists = 200);`,
    },
  ],
  invalid: [
    {
      name: 'ivfflat on a table created empty in the same file',
      sql: `CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  body text NOT NULL,
  embedding vector(1536)
);
CREATE INDEX documents_embedding_idx
  ON public.documents USING ivfflat (embedding vector_cosine_ops) WITH (lists = 100);`,
      lines: [8],
    },
    {
      name: 'ivfflat on a column just added, before any backfill',
      history: [documents],
      sql: `ALTER TABLE public.documents ADD COLUMN embedding_small extensions.vector(512);
CREATE INDEX CONCURRENTLY documents_embedding_small_idx
  ON public.documents USING ivfflat (embedding_small extensions.vector_cosine_ops)
  WITH (lists = 1000);`,
      lines: [2],
    },
    {
      name: 'index built before the backfill that follows it',
      history: [documents],
      sql: `ALTER TABLE public.documents ADD COLUMN embedding_small extensions.vector(512);
CREATE INDEX documents_embedding_small_idx
  ON public.documents USING ivfflat (embedding_small extensions.vector_cosine_ops);
UPDATE public.documents
   SET embedding_small = extensions.subvector(embedding, 1, 512)::extensions.vector(512);`,
      lines: [2],
    },
    {
      name: 'pg_dump style guard in a DO block',
      history: [documents],
      sql: `ALTER TABLE ONLY public.documents ADD COLUMN IF NOT EXISTS embedding_small extensions.vector(512);
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'documents_embedding_small_idx') THEN
    CREATE INDEX documents_embedding_small_idx ON public.documents
      USING ivfflat (embedding_small extensions.vector_ip_ops) WITH (lists = 100);
  END IF;
END $$;`,
      lines: [5],
    },
  ],
};
