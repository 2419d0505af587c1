-- Unsafe: the embedding column is new and empty, so ivfflat trains its lists on nothing.
alter table public.documents add column embedding extensions.vector(1536);

create index documents_embedding_idx on public.documents
  using ivfflat (embedding extensions.vector_cosine_ops) with (lists = 100);

-- Re-titling documents: the type change rewrites the table under an ACCESS EXCLUSIVE lock.
alter table public.documents alter column title type varchar(200);
