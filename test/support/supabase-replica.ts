import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgDatabase } from '../../src/staging/pg-database.ts';
import { runCli, TempProjects } from './cli-runner.ts';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';

/**
 * Histories that lean on what every Supabase project has (its search path, its preinstalled
 * extensions, Auth and Storage tables) and on Supabase's native extensions, which the replica
 * provides as stand-ins. Each family applies on the embedded database and on a plain
 * PostgreSQL 15 given with --db, with nothing reported as failed or not validated. The families
 * are spread over several test files (supabase-replica*.test.ts) so that they run in parallel.
 */

const M = 'supabase/migrations';

interface JsonStatement {
  line: number;
  status?: string;
  standIn?: string;
}
export interface JsonReport {
  summary: { errors: number; warnings: number };
  checks: { id: string; status: string; detail: string }[];
  migrations: {
    file: string;
    staging?: string;
    findings: { rule: string; line: number; message: string }[];
    statements: JsonStatement[];
  }[];
}

/** What every Supabase project has without a `create extension`. */
export const preinstalledFamilies = {
  'uuid-ossp and pgcrypto on the search path': [
    `create table public.api_keys (
  id uuid primary key default uuid_generate_v4(),
  token bytea not null default gen_random_bytes(32),
  digest text generated always as (encode(extensions.digest(token, 'sha256'), 'hex')) stored
);
insert into public.api_keys default values;`,
  ],
  'supabase_vault (preinstalled)': [
    `select vault.create_secret('s3cr3t-value', 'service_key', 'the key the webhook sends');
create or replace function public.service_key() returns text language sql security definer
  set search_path = '' as $fn$ select decrypted_secret from vault.decrypted_secrets where name = 'service_key' $fn$;`,
  ],
  'Auth and Storage': [
    `create table public.profiles (id uuid primary key references auth.users (id) on delete cascade, name text);
create function public.handle_new_user() returns trigger language plpgsql security definer set search_path = ''
as $fn$ begin insert into public.profiles (id) values (new.id); return new; end $fn$;
create trigger on_auth_user_created after insert on auth.users for each row execute function public.handle_new_user();
insert into storage.buckets (id, name, public) values ('avatars', 'avatars', false);
create policy "own avatar" on storage.objects for select to authenticated
  using (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select auth.uid())::text);
create policy "own sessions" on auth.sessions for select to authenticated using (user_id = (select auth.uid()));`,
  ],
  'Auth SSO and SAML tables': [
    `create view public.sso_directory with (security_invoker = true) as
  select d.domain, p.entity_id, p.name_id_format
  from auth.sso_domains d join auth.saml_providers p using (sso_provider_id);
grant select on auth.saml_relay_states to service_role;`,
  ],
  // Projects on the PostgreSQL 15 image have pgsodium in its own schema; db pull dumps name it.
  'pgsodium (preinstalled, named by pulled dumps)': [
    `create extension if not exists "pgsodium" with schema "pgsodium";
grant usage on schema pgsodium to service_role;
create table public.wallets (id bigint primary key, key bytea default pgsodium.crypto_aead_det_keygen());`,
  ],
  'pgjwt (preinstalled on the same projects)': [
    `create function public.preview_token(subject text) returns text language sql stable as $fn$
  select extensions.sign(json_build_object('sub', subject, 'role', 'anon'), 'staging-secret')
$fn$;
select public.preview_token('someone');`,
  ],
} satisfies Record<string, string[]>;

/** Native extensions a migration creates, provided as stand-ins. */
export const extensionFamilies = {
  citext: [
    'create extension if not exists citext with schema extensions;',
    `create table public.members (id bigint generated always as identity primary key, email citext unique);
insert into public.members (email) values ('A@example.com');`,
  ],
  pg_net: [
    'create extension if not exists pg_net with schema extensions;',
    `select net.http_post(
  url := 'https://example.com/hook',
  body := jsonb_build_object('hello', 'world'),
  headers := '{"Content-Type": "application/json"}'::jsonb
);`,
  ],
  pg_cron: [
    'create extension if not exists pg_cron with schema pg_catalog;',
    `grant usage on schema cron to postgres;
select cron.schedule('nightly-cleanup', '0 3 * * *', $$delete from public.sessions_log where at < now() - interval '7 days'$$);
select cron.unschedule('nightly-cleanup');`,
  ],
  pg_jsonschema: [
    'create extension if not exists pg_jsonschema with schema extensions;',
    `create table public.forms (
  id bigint generated always as identity primary key,
  spec jsonb not null check (extensions.jsonb_matches_schema('{"type": "object"}', spec))
);
insert into public.forms (spec) values ('{"a": 1}');`,
  ],
  'pgmq pinned to the version the dashboard enables': [
    `create schema if not exists pgmq;
create extension if not exists pgmq with schema pgmq version '1.4.4';
select pgmq.create('outbound_mail');`,
    'alter extension pgmq update;',
  ],
} satisfies Record<string, string[]>;

/** The large native extensions: PostGIS, plv8, pgTAP, TimescaleDB. */
export const largeExtensionFamilies = {
  'PostGIS in generated columns, views and GiST indexes': [
    'create extension if not exists postgis with schema extensions;',
    `create table public.venues (
  id bigint generated always as identity primary key,
  center extensions.geometry(Point, 4326),
  reach real not null default 100,
  zone extensions.geometry(Polygon, 4326)
    generated always as (extensions.st_buffer(center, reach, 'quad_segs=4')) stored
);
create index venues_center_idx on public.venues using gist (center);
create table public.regions (id int primary key, area extensions.geography(Polygon, 4326));
create index on public.regions using gist (area);
create view public.venue_points as
  select id, extensions.st_asgeojson(center)::jsonb as point,
         extensions.st_intersects(center, zone) as inside
  from public.venues;
insert into public.venues (center) values (extensions.st_setsrid(extensions.st_makepoint(2.35, 48.85), 4326));
select id from public.venues
  where center operator(extensions.&&) extensions.st_setsrid(extensions.st_makepoint(2.35, 48.85), 4326)
  order by center operator(extensions.<->) extensions.st_setsrid(extensions.st_makepoint(2.3, 48.8), 4326);`,
  ],
  'plv8 functions (defined, not run)': [
    'create extension if not exists plv8 with schema pg_catalog;',
    `create function public.word_count(body text) returns integer language plv8 immutable as $js$
  return body.split(/\\s+/).filter(Boolean).length;
$js$;
grant execute on function public.word_count(text) to authenticated;`,
  ],
  'pgTAP created for supabase test db': [
    `create extension if not exists pgtap with schema extensions;
create table public.notes (id bigint primary key, body text);
select extensions.has_table('public', 'notes', 'notes exists');`,
  ],
  'TimescaleDB hypertables': [
    'create extension if not exists timescaledb with schema extensions;',
    `create table public.readings (taken_at timestamptz not null, probe text not null, value double precision);
select extensions.create_hypertable('public.readings', 'taken_at', chunk_time_interval => interval '1 day');
select extensions.add_retention_policy('public.readings', interval '90 days');
create view public.readings_hourly as
  select extensions.time_bucket(interval '1 hour', taken_at) as hour, probe, avg(value) as mean
  from public.readings group by 1, 2;`,
  ],
} satisfies Record<string, string[]>;

export const families = {
  ...preinstalledFamilies,
  ...extensionFamilies,
  ...largeExtensionFamilies,
};

export function history(files: string[]): Record<string, string> {
  return Object.fromEntries(
    files.map((sql, i) => [`${M}/2024010${i + 1}000000_step_${i + 1}.sql`, sql]),
  );
}

export function problems(report: JsonReport): string[] {
  return report.migrations.flatMap((m) =>
    m.findings
      .filter((f) => f.rule === 'trace-statement-failed' || f.rule === 'trace-not-validated')
      .map((f) => `${m.file}:${f.line} ${f.rule} ${f.message}`),
  );
}

export type ReplicaTarget = 'embedded' | 'pg15';
export const replicaTargets: [string, ReplicaTarget][] = [
  ['the embedded database', 'embedded'],
  ['PostgreSQL 15 given with --db', 'pg15'],
];

/**
 * A PostgreSQL 15 cluster for the file (started before its tests, stopped after them) and its
 * temporary projects; `databaseArgs` gives the pg15 target a database of its own, so families
 * do not see each other's objects.
 */
export function replicaFixture(): {
  projects: TempProjects;
  databaseArgs(target: ReplicaTarget): Promise<string[]>;
} {
  const projects = new TempProjects();
  let cluster: PgCluster;
  let n = 0;
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
    projects.removeAll();
  });
  const freshDatabase = async (name: string): Promise<string> => {
    const admin = await PgDatabase.connect({ url: cluster.url });
    try {
      await admin.exec(`create database "${name}" strategy file_copy`);
    } finally {
      await admin.close();
    }
    return cluster.url.replace(/\/postgres$/, `/${name}`);
  };
  return {
    projects,
    databaseArgs: async (target) =>
      target === 'pg15' ? ['--db', await freshDatabase(`replica_${n++}`), '--rollback'] : [],
  };
}

/**
 * Each of `selected` applies on both targets, nothing failed or not validated. One check per
 * target runs all the families, one after the other, as the files of one project (a project uses
 * several of them); each family's test then reads its own files' part of that report. One check
 * instead of one per family: each embedded check starts a database of its own.
 */
export function describeFamilies(selected: Record<string, string[]>): void {
  const { projects, databaseArgs } = replicaFixture();
  const entries = Object.entries(selected);
  // `<family>/<step>`, numbered so the files sort as the families are listed.
  const files = entries.map(([, sqls], k) =>
    sqls.map((sql, i) => ({
      path: `${M}/20240101${String(k).padStart(2, '0')}${String(i).padStart(2, '0')}00_family_${k + 1}_step_${i + 1}.sql`,
      sql,
    })),
  );
  const checks = new Map<ReplicaTarget, Promise<{ stderr: string; report: JsonReport }>>();
  const checkAll = (target: ReplicaTarget) => {
    let check = checks.get(target);
    if (!check) {
      check = (async () => {
        const cwd = projects.create(
          Object.fromEntries(files.flat().map(({ path, sql }) => [path, sql])),
        );
        const args = ['check', '--format', 'json', '--fail-on', 'never'];
        args.push(...(await databaseArgs(target)));
        const run = await runCli(args, cwd);
        return { stderr: run.stderr, report: JSON.parse(run.stdout) as JsonReport };
      })();
      checks.set(target, check);
    }
    return check;
  };
  describe.each(replicaTargets)('on %s', (_label, target) => {
    it.each(entries.map(([family], k) => [family, k] as const))(
      '%s applies',
      async (_family, k) => {
        const { stderr, report } = await checkAll(target);
        expect(stderr).toBe('');
        const own = new Set((files[k] ?? []).map((f) => f.path));
        const mine = report.migrations.filter((m) => own.has(m.file));
        expect(mine.map((m) => m.file).sort()).toEqual([...own].sort());
        expect(problems({ ...report, migrations: mine })).toEqual([]);
        for (const migration of mine) {
          expect(migration.staging).toBe(target === 'pg15' ? 'validated' : 'applied');
        }
      },
    );
  });
}
