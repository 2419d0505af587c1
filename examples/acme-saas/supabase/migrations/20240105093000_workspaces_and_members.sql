-- Tenancy core: every row in the product belongs to a workspace.
create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique,
  name text not null,
  created_at timestamptz not null default now()
);

create table public.workspace_members (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('owner', 'admin', 'member')),
  primary key (workspace_id, user_id)
);

-- Same file, same transaction: nobody can see these tables yet, so plain indexes are fine.
create index workspace_members_user_id_idx on public.workspace_members (user_id);

alter table public.workspaces enable row level security;
alter table public.workspace_members enable row level security;

create policy "members read their workspaces" on public.workspaces
  for select to authenticated
  using (id in (select wm.workspace_id from public.workspace_members wm where wm.user_id = (select auth.uid())));

create policy "members read their memberships" on public.workspace_members
  for select to authenticated
  using (user_id = (select auth.uid()));
