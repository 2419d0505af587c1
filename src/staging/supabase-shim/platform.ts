/**
 * The schemas a Supabase project has before its first migration, their grants, and the small
 * platform pieces migrations call: the pooler's auth lookup and database webhooks
 * (`supabase_functions.http_request`, a stand-in: it never sends the request).
 */
export const platformSql = `
create schema if not exists extensions;
create schema if not exists auth;
create schema if not exists storage;
create schema if not exists realtime;
create schema if not exists pgbouncer;
create schema if not exists supabase_functions;

grant usage on schema public, extensions, auth, storage, realtime
  to postgres, anon, authenticated, service_role;
grant all on schema public to postgres, anon, authenticated, service_role;

-- Tables, sequences and functions that migrations create in public are reachable by the API
-- roles (row level security then decides which rows).
alter default privileges in schema public grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to postgres, anon, authenticated, service_role;

-- The pooler asks the database for a user's password hash; here it finds none.
create or replace function pgbouncer.get_auth(p_usename text)
  returns table (username text, password text)
  language sql stable security definer set search_path = ''
as $fn$
  select null::text, null::text where false
$fn$;

-- Database webhooks: a trigger function that, on Supabase, posts the row through pg_net.
create table if not exists supabase_functions.migrations (
  version text primary key,
  inserted_at timestamptz not null default now()
);
create table if not exists supabase_functions.hooks (
  id bigserial primary key,
  hook_table_id integer not null,
  hook_name text not null,
  created_at timestamptz not null default now(),
  request_id bigint
);
create or replace function supabase_functions.http_request()
  returns trigger
  language plpgsql security definer set search_path = supabase_functions
as $fn$
begin
  -- Stand-in: the webhook's request is not sent on staging.
  return coalesce(new, old);
end
$fn$;
grant usage on schema supabase_functions to postgres, anon, authenticated, service_role;
grant execute on function supabase_functions.http_request() to postgres, anon, authenticated, service_role;

-- Migrations add tables to this publication to stream their changes.
do $shim$
begin
  if not exists (select from pg_publication where pubname = 'supabase_realtime') then
    create publication supabase_realtime;
  end if;
end
$shim$;
`;
