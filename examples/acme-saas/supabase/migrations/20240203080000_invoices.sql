create table public.invoices (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  project_id bigint references public.projects (id) on delete set null,
  number text not null,
  amount_cents bigint not null check (amount_cents >= 0),
  currency text not null default 'EUR',
  issued_at timestamptz not null default now()
);

create index invoices_workspace_id_idx on public.invoices (workspace_id);

alter table public.invoices enable row level security;

create policy "members manage invoices" on public.invoices
  for all to authenticated
  using (workspace_id in (select wm.workspace_id from public.workspace_members wm where wm.user_id = (select auth.uid())))
  with check (workspace_id in (select wm.workspace_id from public.workspace_members wm where wm.user_id = (select auth.uid())));
