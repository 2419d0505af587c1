create table public.projects (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  name text not null,
  archived_at timestamptz,
  created_at timestamptz not null default now()
);

create index projects_workspace_id_idx on public.projects (workspace_id);

alter table public.projects enable row level security;

create policy "members manage projects" on public.projects
  for all to authenticated
  using (workspace_id in (select wm.workspace_id from public.workspace_members wm where wm.user_id = (select auth.uid())))
  with check (workspace_id in (select wm.workspace_id from public.workspace_members wm where wm.user_id = (select auth.uid())));
