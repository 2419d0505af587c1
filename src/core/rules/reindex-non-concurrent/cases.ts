import type { RuleCases } from '../rule-cases.ts';

const documents = `CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA extensions;
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  body text NOT NULL,
  embedding extensions.vector(1536)
);
CREATE INDEX documents_embedding_idx ON public.documents USING hnsw (embedding extensions.vector_cosine_ops);
CREATE INDEX documents_workspace_idx ON public.documents (workspace_id);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'concurrent reindex of a bloated vector index',
      history: [documents],
      sql: 'REINDEX INDEX CONCURRENTLY public.documents_embedding_idx;',
    },
    {
      name: 'reindex of a table created in this file',
      sql: `CREATE TABLE public.search_terms (term text PRIMARY KEY, hits int NOT NULL DEFAULT 0);
INSERT INTO public.search_terms (term) VALUES ('invoice'), ('contract');
REINDEX TABLE public.search_terms;`,
    },
    {
      name: 'REINDEX (CONCURRENTLY) option-list spelling',
      history: [documents],
      sql: 'REINDEX (CONCURRENTLY, VERBOSE) TABLE public.documents;',
    },
  ],
  invalid: [
    {
      name: 'plain reindex of an index on an existing table',
      history: [documents],
      sql: `-- hnsw index grew after the bulk re-embed
REINDEX INDEX public.documents_embedding_idx;`,
      lines: [2],
    },
    {
      name: 'plain reindex of an existing table',
      history: [documents],
      sql: 'REINDEX TABLE public.documents;',
      lines: [1],
    },
    {
      name: 'reindex of a whole schema',
      history: [documents],
      sql: 'REINDEX SCHEMA public;',
      lines: [1],
    },
    {
      name: 'before Postgres 12 the fix is a concurrent build and swap',
      history: [documents],
      sql: 'REINDEX INDEX public.documents_workspace_idx;',
      options: { pgVersion: 11 },
      lines: [1],
    },
  ],
};
