-- The safe way to make a column required on a table with live traffic.
-- 1. Nullable column with a constant default: instant since Postgres 11, no rewrite.
alter table public.invoices add column due_on date default (current_date + 30);

-- 2. The CHECK is added NOT VALID: no scan now, enforced for new rows.
alter table public.invoices
  add constraint invoices_due_on_not_null check (due_on is not null) not valid;
