create extension if not exists vector with schema extensions;

create table public.documents (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  title text not null,
  body text not null,
  created_at timestamptz not null default now()
);

create index documents_workspace_id_idx on public.documents (workspace_id);

alter table public.documents enable row level security;

create policy "members read documents" on public.documents
  for select to authenticated
  using (workspace_id in (select wm.workspace_id from public.workspace_members wm where wm.user_id = (select auth.uid())));
