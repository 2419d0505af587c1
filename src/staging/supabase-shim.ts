import type { DatabasePort } from '../core/db/database-port.ts';

/**
 * The part of a Supabase database that user migrations lean on, recreated on a plain Postgres
 * (PGlite, or a throwaway server in tests) so those migrations can run there: the API roles,
 * the `auth` schema with `users` and the JWT helper functions, the `extensions` schema with
 * the extensions Supabase installs by default, storage buckets/objects, the realtime
 * publication, and the default grants.
 *
 * Every step checks before it creates, so the shim is safe to run again and only fills gaps on
 * a database that already has some of this. It does not install extensions Supabase leaves to
 * migrations (pgvector, pg_cron, ...): a migration's own `CREATE EXTENSION vector` must behave
 * as it will in production. `bootstrapSupabaseShim` reports which extensions the target has.
 */

const roles = `
do $shim$
begin
  -- Objects in pg_dump-style histories are owned by, or grant to, these two.
  if not exists (select from pg_roles where rolname = 'postgres') then
    create role postgres nologin;
  end if;
  if not exists (select from pg_roles where rolname = 'supabase_admin') then
    create role supabase_admin nologin;
  end if;
  -- The roles PostgREST switches to for a request, by the JWT's role claim.
  if not exists (select from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  -- The login PostgREST uses; NOINHERIT so it holds no privileges until it SETs ROLE.
  if not exists (select from pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
  end if;
  if not pg_has_role('authenticator', 'anon', 'member') then
    grant anon to authenticator;
  end if;
  if not pg_has_role('authenticator', 'authenticated', 'member') then
    grant authenticated to authenticator;
  end if;
  if not pg_has_role('authenticator', 'service_role', 'member') then
    grant service_role to authenticator;
  end if;
end
$shim$;
`;

const schemasAndGrants = `
create schema if not exists extensions;
create schema if not exists auth;
create schema if not exists storage;

grant usage on schema public, extensions, auth, storage to anon, authenticated, service_role;

-- Tables, sequences and functions that migrations create in public are reachable by the API
-- roles (row level security then decides which rows).
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;

do $shim$
declare
  wanted text;
begin
  -- What Supabase installs in every project; skipped where the server lacks it.
  foreach wanted in array array['uuid-ossp', 'pgcrypto'] loop
    if exists (select from pg_available_extensions where name = wanted) then
      execute format('create extension if not exists %I with schema extensions', wanted);
    end if;
  end loop;
end
$shim$;
`;

/**
 * `auth.uid()`, `auth.role()`, `auth.email()`: one claim of the request's JWT, read from the
 * old per-claim setting first, then from `request.jwt.claims`; an empty setting is absent.
 */
const claimFunctions = (
  [
    ['uid', 'sub', 'uuid'],
    ['role', 'role', 'text'],
    ['email', 'email', 'text'],
  ] as const
)
  .map(
    ([fn, claim, type]) => `  if to_regprocedure('auth.${fn}()') is null then
    create function auth.${fn}() returns ${type}
      language sql stable set search_path = ''
    as $fn$
      select coalesce(
        nullif(current_setting('request.jwt.claim.${claim}', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> '${claim}'
      )::${type}
    $fn$;
  end if;`,
  )
  .join('\n');

const auth = `
create table if not exists auth.users (
  instance_id uuid,
  id uuid primary key,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  email_change varchar(255),
  email_change_sent_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  phone text unique,
  phone_confirmed_at timestamptz,
  confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
  banned_until timestamptz,
  deleted_at timestamptz,
  is_sso_user boolean not null default false,
  is_anonymous boolean not null default false
);
alter table auth.users enable row level security;

-- The request's JWT reaches Postgres as settings: PostgREST sets request.jwt.claims to the whole
-- claims object (JSON); older versions set one request.jwt.claim.<name> per claim. Each helper
-- prefers the per-claim setting, treats an empty setting as absent, and returns NULL outside a
-- request. search_path is pinned so a caller's path cannot redirect the casts.
do $shim$
begin
  if to_regprocedure('auth.jwt()') is null then
    create function auth.jwt() returns jsonb
      language sql stable set search_path = ''
    as $fn$
      select coalesce(
        nullif(current_setting('request.jwt.claim', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')
      )::jsonb
    $fn$;
  end if;
${claimFunctions}
end
$shim$;
`;

const storage = `
create table if not exists storage.buckets (
  id text primary key,
  name text not null unique,
  owner uuid,
  owner_id text,
  public boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create table if not exists storage.objects (
  id uuid primary key default gen_random_uuid(),
  bucket_id text references storage.buckets (id),
  name text,
  owner uuid,
  owner_id text,
  metadata jsonb,
  user_metadata jsonb,
  version text,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now(),
  unique (bucket_id, name)
);
alter table storage.buckets enable row level security;
alter table storage.objects enable row level security;
grant all on storage.buckets, storage.objects to anon, authenticated, service_role;

-- Path helpers that storage policies call: 'a/b/c.png' -> {a,b}, 'c.png', 'png'.
do $shim$
begin
  if to_regprocedure('storage.foldername(text)') is null then
    create function storage.foldername(name text) returns text[]
      language sql immutable set search_path = ''
    as $fn$
      select (string_to_array(name, '/'))[1 : coalesce(array_length(string_to_array(name, '/'), 1), 1) - 1]
    $fn$;
  end if;
  if to_regprocedure('storage.filename(text)') is null then
    create function storage.filename(name text) returns text
      language sql immutable set search_path = ''
    as $fn$
      select (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)]
    $fn$;
  end if;
  if to_regprocedure('storage.extension(text)') is null then
    create function storage.extension(name text) returns text
      language sql immutable set search_path = ''
    as $fn$
      select case when storage.filename(name) like '%.%'
        then reverse(split_part(reverse(storage.filename(name)), '.', 1)) end
    $fn$;
  end if;
end
$shim$;
`;

const realtime = `
-- Migrations add tables to this publication to stream their changes.
do $shim$
begin
  if not exists (select from pg_publication where pubname = 'supabase_realtime') then
    create publication supabase_realtime;
  end if;
end
$shim$;
`;

/** The whole shim as one text: run it with `DatabasePort.exec` (one implicit transaction). */
export const supabaseShimSql = [roles, schemasAndGrants, auth, storage, realtime].join('\n');

export interface SupabaseShimReport {
  /** Extensions installed after the shim ran (name -> version). */
  installedExtensions: Record<string, string>;
  /** Every extension the server could install (`pg_available_extensions`). */
  availableExtensions: string[];
}

/** Create what is missing of the Supabase surface on `db`, and report its extensions. */
export async function bootstrapSupabaseShim(db: DatabasePort): Promise<SupabaseShimReport> {
  await db.exec(supabaseShimSql);
  return describeExtensions(db);
}

export async function describeExtensions(db: DatabasePort): Promise<SupabaseShimReport> {
  const { rows } = await db.query<{ name: string; installed_version: string | null }>(
    'select name, installed_version from pg_available_extensions order by name',
  );
  const installedExtensions: Record<string, string> = {};
  for (const row of rows) {
    if (row.installed_version !== null) installedExtensions[row.name] = row.installed_version;
  }
  return { installedExtensions, availableExtensions: rows.map((row) => row.name) };
}
