-- Unsafe: running code still selects "number"; it breaks the moment this commits.
alter table public.invoices rename column number to invoice_number;

-- migration-guard-ignore create-index-non-concurrent: projects holds a few hundred rows; the build takes milliseconds
create index projects_archived_at_idx on public.projects (archived_at);
