-- Comments on documents. Unsafe: the read policy was meant for "everyone in the workspace"
-- but says "everyone", so any signed-in user reads every workspace's comments.
create table public.document_comments (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  document_id bigint not null references public.documents (id) on delete cascade,
  author_id uuid not null default auth.uid() references auth.users (id),
  body text not null,
  created_at timestamptz not null default now()
);

create index document_comments_workspace_id_idx on public.document_comments (workspace_id);
create index document_comments_document_id_idx on public.document_comments (document_id);
create index document_comments_author_id_idx on public.document_comments (author_id);

alter table public.document_comments enable row level security;

create policy "comments are readable" on public.document_comments
  for select to authenticated
  using (true);

create policy "members write comments" on public.document_comments
  for insert to authenticated
  with check (workspace_id in (select wm.workspace_id from public.workspace_members wm where wm.user_id = (select auth.uid())));
