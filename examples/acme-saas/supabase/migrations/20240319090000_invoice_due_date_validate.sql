-- 3. Validate in a later migration: SHARE UPDATE EXCLUSIVE, reads and writes carry on.
alter table public.invoices validate constraint invoices_due_on_not_null;

-- 4. With the validated CHECK in place, SET NOT NULL skips its table scan (Postgres 12+).
alter table public.invoices alter column due_on set not null;
alter table public.invoices drop constraint invoices_due_on_not_null;
