import type { RuleCases } from '../rule-cases.ts';

const stripeServer = `create extension if not exists wrappers with schema extensions;
create foreign data wrapper stripe_wrapper
  handler extensions.stripe_fdw_handler validator extensions.stripe_fdw_validator;
create server stripe_server foreign data wrapper stripe_wrapper
  options (api_key_id '6f3c2a51-0c1e-4d7e-9d1b-2b7e0d4f9a10');`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'foreign tables in a private schema, read by server-side functions',
      history: [stripeServer],
      sql: `create schema if not exists stripe;
create foreign table stripe.customers (id text, email text, created timestamp, attrs jsonb)
  server stripe_server options (object 'customers');
import foreign schema stripe from server stripe_server into stripe;`,
    },
    {
      name: 'in public, but closed to the API roles in the same file',
      history: [stripeServer],
      sql: `create foreign table public.stripe_invoices (id text, customer text, total bigint)
  server stripe_server options (object 'invoices');
revoke all on public.stripe_invoices from anon, authenticated;`,
    },
    {
      name: 'default privileges in public revoked from the API roles earlier',
      history: [
        stripeServer,
        'alter default privileges in schema public revoke select on tables from anon, authenticated;',
      ],
      sql: `create foreign table public.stripe_prices (id text, unit_amount bigint)
  server stripe_server options (object 'prices');`,
    },
  ],
  invalid: [
    {
      name: 'a Stripe foreign table in public',
      history: [stripeServer],
      sql: `-- customers synced from Stripe
create foreign table public.subscriptions (
  id text,
  customer text,
  current_period_end timestamp,
  attrs jsonb
)
  server stripe_server
  options (object 'subscriptions', rowid_column 'id');`,
      errors: [
        {
          line: 2,
          severity: 'warning',
          message:
            'Foreign table public.subscriptions is in exposed schema public and anon and authenticated can select from it',
          fix: 'ALTER FOREIGN TABLE public.subscriptions SET SCHEMA private;',
        },
      ],
    },
    {
      name: 'granted to authenticated after a revoke, inside a guarded DO block',
      history: [stripeServer],
      sql: `do $$
begin
  if to_regclass('public.stripe_products') is null then
    create foreign table public.stripe_products (id text, name text) server stripe_server options (object 'products');
  end if;
end $$;
revoke all on public.stripe_products from anon;`,
      errors: [
        {
          line: 1,
          message:
            'authenticated can select from it: the Data API serves the remote rows to every signed-in user',
        },
      ],
    },
    {
      name: 'IMPORT FOREIGN SCHEMA into public brings every remote table',
      history: [stripeServer],
      sql: 'import foreign schema stripe from server stripe_server into public;',
      errors: [
        {
          line: 1,
          message: 'IMPORT FOREIGN SCHEMA stripe creates a foreign table in exposed schema public',
          fix: 'IMPORT FOREIGN SCHEMA stripe FROM SERVER stripe_server INTO private;',
        },
      ],
    },
    {
      name: 'IMPORT FOREIGN SCHEMA ... LIMIT TO names the tables',
      history: [stripeServer],
      sql: 'import foreign schema stripe limit to (charges, refunds) from server stripe_server into public;',
      errors: [
        { line: 1, message: 'Foreign table public.charges' },
        { line: 1, message: 'Foreign table public.refunds' },
      ],
    },
  ],
};
