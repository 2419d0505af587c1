// The multi-tenant schema the isolation probes' tests run on (probes.test.ts, probes-check.test.ts).

/** Already applied before the migration under check: tenants and their members. */
export const history = `
create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  plan text not null default 'free',
  created_at timestamptz not null default now()
);
create table public.workspace_members (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member',
  primary key (workspace_id, user_id)
);
alter table public.workspaces enable row level security;
alter table public.workspace_members enable row level security;
create policy workspace_members_own on public.workspace_members
  for select to authenticated using (user_id = (select auth.uid()));
insert into public.workspaces (id, name) values
  ('c0000000-0000-4000-8000-000000000001', 'acme'), ('c0000000-0000-4000-8000-000000000002', 'globex');
`;

export const projectsTable = `
create table public.projects (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  name text not null,
  settings jsonb not null,
  archived boolean not null default false,
  created_by uuid references auth.users (id),
  created_at timestamptz not null default now()
);
create index projects_workspace_id_idx on public.projects (workspace_id);
insert into public.projects (workspace_id, name, settings)
  values ('c0000000-0000-4000-8000-000000000001', 'site', '{}');
`;

export const member = `workspace_id in (select m.workspace_id from public.workspace_members m where m.user_id = (select auth.uid()))`;

/** RLS on, one policy per command, each given here (the default: the member check). */
export function projectsMigration(
  over: Partial<Record<'select' | 'insert' | 'update' | 'delete', string>> = {},
): string {
  return `${projectsTable}
alter table public.projects enable row level security;
create policy projects_select on public.projects for select to authenticated
  ${over.select ?? `using (${member})`};
create policy projects_insert on public.projects for insert to authenticated
  ${over.insert ?? `with check (${member})`};
create policy projects_update on public.projects for update to authenticated
  ${over.update ?? `using (${member}) with check (${member})`};
create policy projects_delete on public.projects for delete to authenticated
  ${over.delete ?? `using (${member})`};
`;
}
