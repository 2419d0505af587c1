-- Unsafe: written in a hurry for the "paid" badge.

-- A required column with no default fails on a table that has rows, and locks it meanwhile.
alter table public.invoices add column status text not null;

-- invoices has existed for weeks: this blocks every insert and update while it builds.
create index invoices_status_idx on public.invoices (status);

-- Backfill of the whole table in the same transaction as the DDL above.
update public.invoices set status = 'open';
