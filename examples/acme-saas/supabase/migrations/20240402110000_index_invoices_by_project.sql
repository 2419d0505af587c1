-- Concurrent index in a file of its own: writes continue while it builds.
create index concurrently if not exists invoices_project_id_idx
  on public.invoices (project_id);
