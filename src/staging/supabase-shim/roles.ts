/** Every role a Supabase project has, with its attributes, as the rows of a query. */
const supabaseRoles = `    select * from (values
      -- Objects in pg_dump-style histories are owned by, or grant to, these.
      ('postgres', 'nologin'),
      ('supabase_admin', 'nologin'),
      -- The services' own roles (Auth, Storage, Realtime, webhooks, the pooler).
      ('supabase_auth_admin', 'nologin noinherit'),
      ('supabase_storage_admin', 'nologin noinherit'),
      ('supabase_realtime_admin', 'nologin noinherit'),
      ('supabase_functions_admin', 'nologin noinherit'),
      ('supabase_replication_admin', 'nologin'),
      ('supabase_read_only_user', 'nologin bypassrls'),
      ('dashboard_user', 'nologin'),
      ('pgbouncer', 'nologin'),
      -- The roles PostgREST switches to for a request, by the JWT's role claim.
      ('anon', 'nologin noinherit'),
      ('authenticated', 'nologin noinherit'),
      ('service_role', 'nologin noinherit bypassrls'),
      -- The login PostgREST uses; NOINHERIT so it holds no privileges until it SETs ROLE.
      ('authenticator', 'login noinherit')
    ) as r(name, options)
`;

/**
 * The roles a Supabase project has (they are cluster-wide, so each is created only when
 * missing), their memberships, and the settings Supabase gives them: the API roles' statement
 * timeouts, and the search path migrations run with (`"$user", public, extensions`), which is
 * why `uuid_generate_v4()` or `gen_random_bytes()` resolve without a schema.
 */
export const rolesSql = `
do $shim$
declare
  wanted record;
begin
  for wanted in
${supabaseRoles}  loop
    if not exists (select from pg_roles where rolname = wanted.name) then
      execute format('create role %I %s', wanted.name, wanted.options);
    end if;
  end loop;
  for wanted in
    select * from (values ('anon'), ('authenticated'), ('service_role')) as r(name)
  loop
    if not pg_has_role('authenticator', wanted.name, 'member') then
      execute format('grant %I to authenticator', wanted.name);
    end if;
  end loop;
  -- What Supabase sets on the API roles: a request may not run for long.
  alter role anon set statement_timeout = '3s';
  alter role authenticated set statement_timeout = '8s';
  alter role authenticator set statement_timeout = '8s';
  alter role authenticator set lock_timeout = '8s';
  -- Migrations run as postgres; Supabase gives it this search path.
  alter role postgres set search_path = "$user", public, extensions;
end
$shim$;
`;

/** The search path Supabase's \`postgres\` role runs migrations with. */
export const supabaseSearchPath = '"$user", public, extensions';

/**
 * The roles for a server given with `--db`, whose roles are cluster-wide and may be someone
 * else's: each missing role is created, and only the roles this run created get Supabase's
 * memberships and settings. A role that existed before (the server's own `postgres`, or an
 * `anon` another project made) is left exactly as it was; the session gets the search path
 * from `bootstrapSupabaseShim` instead of from the role.
 */
export const serverRolesSql = `
do $shim$
declare
  wanted record;
  created text[] := '{}';
begin
  for wanted in
${supabaseRoles}  loop
    if not exists (select from pg_roles where rolname = wanted.name) then
      execute format('create role %I %s', wanted.name, wanted.options);
      created := created || wanted.name::text;
    end if;
  end loop;
  for wanted in
    select * from (values ('anon'), ('authenticated'), ('service_role')) as r(name)
  loop
    if (wanted.name = any (created) or 'authenticator' = any (created))
      and not pg_has_role('authenticator', wanted.name, 'member') then
      execute format('grant %I to authenticator', wanted.name);
    end if;
  end loop;
  for wanted in
    select * from (values
      ('anon', 'statement_timeout', '3s'),
      ('authenticated', 'statement_timeout', '8s'),
      ('authenticator', 'statement_timeout', '8s'),
      ('authenticator', 'lock_timeout', '8s')
    ) as r(name, setting, value)
  loop
    if wanted.name = any (created) then
      execute format('alter role %I set %s = %L', wanted.name, wanted.setting, wanted.value);
    end if;
  end loop;
end
$shim$;
`;
