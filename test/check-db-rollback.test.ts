import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { runAction } from './support/action-runner.ts';
import { TempProjects } from './support/cli-runner.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';
import { pullRequest, pullRequestProject } from './support/pull-request-project.ts';

// `check --db URL` as a process (dist/cli.js) against a real PostgreSQL 15: rolled back by
// default, the Supabase shim included; `--apply` keeps what it applied and says what it recorded;
// a role or schema that existed before the run is left as it was, in both modes.

const cliPath = resolve('dist/cli.js');
const run = promisify(execFile);
const projects = new TempProjects();

const M = 'supabase/migrations';
const files = {
  [`${M}/20240101000000_profiles.sql`]: `create table public.profiles (id uuid primary key references auth.users (id), name text);
alter table public.profiles enable row level security;
grant select on public.profiles to anon;
`,
  [`${M}/20240201000000_index.sql`]:
    'create index concurrently profiles_name on public.profiles (name);\n',
};

async function check(cwd: string, args: string[]) {
  try {
    const r = await run(process.execPath, [cliPath, 'check', '--no-cache', ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

async function withSession<T>(url: string, body: (db: PgDatabase) => Promise<T>): Promise<T> {
  const db = await PgDatabase.connect({ url });
  try {
    return await body(db);
  } finally {
    await db.close();
  }
}

/** What a run could leave on the server: the cluster's roles, and the database's objects. */
async function serverState(url: string) {
  return withSession(url, async (db) => {
    const rows = async (sql: string) => (await db.query(sql)).rows;
    return {
      roles: await rows(
        `select rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin,
                rolbypassrls, rolconnlimit
           from pg_roles order by rolname`,
      ),
      roleSettings: await rows(
        `select r.rolname, s.setdatabase, s.setconfig
           from pg_db_role_setting s join pg_roles r on r.oid = s.setrole order by 1, 2`,
      ),
      memberships: await rows(
        'select roleid::regrole::text as role, member::regrole::text as member from pg_auth_members order by 1, 2',
      ),
      schemas: await rows(
        'select nspname, nspowner::regrole::text as owner, nspacl::text as acl from pg_namespace order by 1',
      ),
      relations: await rows(
        `select n.nspname || '.' || c.relname as name, c.relkind::text as kind, c.relacl::text as acl
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
          order by 1`,
      ),
      functions: await rows(
        `select p.oid::regprocedure::text as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname not in ('pg_catalog', 'information_schema') order by 1`,
      ),
      extensions: await rows('select extname from pg_extension order by 1'),
      authUsers: await rows(
        "select * from auth.users where to_regclass('auth.users') is not null order by 1",
      ).catch(() => 'no auth.users'),
    };
  });
}

async function history(url: string): Promise<string[]> {
  return withSession(url, async (db) => {
    const { rows } = await db.query<{ version: string }>(
      "select version from supabase_migrations.schema_migrations where to_regclass('supabase_migrations.schema_migrations') is not null order by 1",
    );
    return rows.map((r) => r.version);
  }).catch(() => []);
}

let cluster: PgCluster;
/** A database with no auth schema: the run adds the Supabase shim. */
let plainUrl: string;
/** A database with an auth schema of its own (and a row in auth.users): no shim. */
let withAuthUrl: string;
const urlOf = (name: string) => cluster.url.replace(/\/postgres$/, `/${name}`);

beforeAll(async () => {
  cluster = await startPgCluster();
  await withSession(cluster.url, async (db) => {
    // Cluster-wide, as on a shared server: another project's anon, with settings of its own.
    await db.exec(`create role anon nologin connection limit 7`);
    await db.exec(`alter role anon set statement_timeout = '42s'`);
    for (const name of ['plain', 'with_auth', 'stops', 'action_target', 'hidden']) {
      await db.exec(`create database ${name} strategy file_copy`);
    }
  });
  plainUrl = urlOf('plain');
  withAuthUrl = urlOf('with_auth');
  for (const url of [withAuthUrl, urlOf('stops')]) {
    await withSession(url, (db) =>
      db.exec(`create schema auth;
        create table auth.users (id uuid primary key, email text);
        insert into auth.users values ('00000000-0000-0000-0000-000000000001', 'a@example.com');
        grant usage on schema auth to anon;
        grant select on auth.users to anon;`),
    );
  }
});
afterAll(async () => {
  await cluster?.stop();
  projects.removeAll();
});

interface JsonReport {
  target: {
    kind: string;
    mode?: string;
    recorded?: string[];
    shim?: { roles: string[]; schemas: string[] };
  };
  migrations: {
    file: string;
    staging?: string;
    findings: { rule: string; line: number; message: string; trace?: string }[];
    statements: { line: number; status?: string; durationMs?: number | null; locks?: unknown[] }[];
  }[];
}

describe('check --db URL without --apply: rolled back, nothing of the run left', () => {
  it('on a plain Postgres: the shim is made and undone inside the transaction; anon untouched', async () => {
    const cwd = projects.create(files);
    const before = await serverState(plainUrl);
    const json = await check(cwd, ['--db', plainUrl, '--format', 'json']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.target).toMatchObject({ kind: 'postgres', mode: 'rollback' });
    expect(report.target.recorded).toBeUndefined();
    // What the shim made inside the transaction: the roles that were missing, not anon.
    expect(report.target.shim?.roles).toEqual(
      expect.arrayContaining(['authenticated', 'service_role', 'authenticator']),
    );
    expect(report.target.shim?.roles).not.toContain('anon');
    expect(report.target.shim?.schemas).toEqual(
      expect.arrayContaining(['auth', 'storage', 'extensions']),
    );
    const [profiles, index] = report.migrations;
    expect(profiles?.staging).toBe('validated');
    // CREATE INDEX CONCURRENTLY cannot run in the transaction: not run, and nothing measured.
    const concurrently = index?.statements[0];
    expect(concurrently?.status).toBe('skipped');
    expect(concurrently?.durationMs).toBeUndefined();
    expect(concurrently?.locks).toBeUndefined();
    expect(index?.findings).toContainEqual(
      expect.objectContaining({
        rule: 'trace-not-validated',
        line: 1,
        message: expect.stringContaining(
          'CREATE INDEX CONCURRENTLY cannot run inside the rolled-back transaction, so it was not run',
        ),
      }),
    );
    expect(index?.findings.some((f) => f.trace === 'not-seen')).toBe(false);

    const text = await check(cwd, ['--db', plainUrl]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toContain('rolled back (the Supabase shim too)');
    expect(text.stdout).toContain('so it was not run; no lock or duration of it was measured');

    const after = await serverState(plainUrl);
    expect(after).toEqual(before);
    expect(after.roles.map((r) => r.rolname)).not.toContain('authenticated');
    expect(after.schemas.map((s) => s.nspname)).not.toContain('auth');
    expect(await history(plainUrl)).toEqual([]);
  });

  it('on a database with an auth schema of its own: no shim, the schema and its row untouched', async () => {
    const cwd = projects.create(files);
    const before = await serverState(withAuthUrl);
    const r = await check(cwd, ['--db', withAuthUrl, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.target.mode).toBe('rollback');
    expect(report.target.shim).toBeUndefined();
    expect(report.migrations[0]?.staging).toBe('validated');
    expect(await serverState(withAuthUrl)).toEqual(before);
    expect(before.authUsers).toEqual([
      { id: '00000000-0000-0000-0000-000000000001', email: 'a@example.com' },
    ]);
  });

  it('--rollback is still accepted and changes nothing; --apply needs --db and contradicts it', async () => {
    const cwd = projects.create(files);
    const before = await serverState(withAuthUrl);
    const old = await check(cwd, ['--db', withAuthUrl, '--rollback', '--format', 'json']);
    expect(old.code).toBe(0);
    expect((JSON.parse(old.stdout) as JsonReport).target.mode).toBe('rollback');
    expect(await serverState(withAuthUrl)).toEqual(before);

    const alone = await check(cwd, ['--apply', '--no-db']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--apply needs --db URL');
    const both = await check(cwd, ['--db', withAuthUrl, '--apply', '--rollback']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--apply and --rollback contradict each other');
    expect(await history(withAuthUrl)).toEqual([]);
  });
});

describe("the Action's database-url: rolled back as before, now the shim too", () => {
  it('a plain Postgres given as database-url is left as it was', async () => {
    const url = urlOf('action_target');
    const before = await serverState(url);
    const { dir, baseSha } = pullRequestProject(projects);
    const run = await runAction(
      projects,
      dir,
      { 'fail-on': 'never', comment: 'false', 'database-url': url },
      pullRequest(baseSha),
    );
    expect(run.code, run.stdout).toBe(0);
    const report = JSON.parse(
      readFileSync(run.outputs.get('report-json') ?? '', 'utf8'),
    ) as JsonReport;
    expect(report.target).toMatchObject({ kind: 'postgres', mode: 'rollback' });
    expect(report.target.shim?.roles).toContain('authenticated');
    expect(report.target.recorded).toBeUndefined();
    expect(await serverState(url)).toEqual(before);
    expect(await history(url)).toEqual([]);
  });
});

describe('check --db URL --apply: applied for real, and says what it recorded', () => {
  it('with an auth schema of its own: records both files, names them, adds no shim', async () => {
    const cwd = projects.create(files);
    const before = await serverState(withAuthUrl);
    const r = await check(cwd, ['--db', withAuthUrl, '--apply']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('applied: recorded 20240101000000, 20240201000000');
    expect(r.stderr).toBe(
      'migration-guard: notice: --apply recorded 2 migration(s) in supabase_migrations.schema_migrations: 20240101000000, 20240201000000\n',
    );
    expect(await history(withAuthUrl)).toEqual(['20240101000000', '20240201000000']);
    const after = await serverState(withAuthUrl);
    expect(after.relations.map((x) => x.name)).toEqual(
      expect.arrayContaining(['public.profiles', 'public.profiles_name']),
    );
    // The schema that was there and its row; the roles, all of them as they were.
    expect(after.authUsers).toEqual(before.authUsers);
    expect(after.schemas.find((s) => s.nspname === 'auth')).toEqual(
      before.schemas.find((s) => s.nspname === 'auth'),
    );
    expect(after.roles).toEqual(before.roles);
    expect(after.roleSettings).toEqual(before.roleSettings);

    // A second run finds them recorded and applies nothing again.
    const again = await check(cwd, ['--db', withAuthUrl, '--apply', '--format', 'json']);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as JsonReport).target.recorded).toEqual([]);
    expect(again.stderr).toContain('--apply recorded no migration');
  });

  it('on a plain Postgres: the shim stays and is named; the anon that was there is left as it was', async () => {
    const cwd = projects.create(files);
    const before = await serverState(plainUrl);
    const r = await check(cwd, ['--db', plainUrl, '--apply']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain(
      'applied: recorded 20240101000000, 20240201000000, the Supabase shim kept',
    );
    expect(r.stderr).toMatch(
      /^migration-guard: notice: --apply recorded 2 migration\(s\) in supabase_migrations\.schema_migrations: 20240101000000, 20240201000000; the Supabase shim it added stays too \(roles [^)]*\bauthenticated\b[^)]*; schemas [^)]*\bauth\b[^)]*\)\n$/,
    );
    expect(r.stderr).not.toMatch(/roles [^;]*\banon\b/);
    expect(await history(plainUrl)).toEqual(['20240101000000', '20240201000000']);
    const after = await serverState(plainUrl);
    const anon = (state: typeof before) => ({
      role: state.roles.find((x) => x.rolname === 'anon'),
      settings: state.roleSettings.filter((x) => x.rolname === 'anon'),
      memberOf: state.memberships.filter((x) => x.member === 'anon'),
    });
    expect(anon(after)).toEqual(anon(before));
    expect(anon(before).settings).toEqual([
      { rolname: 'anon', setdatabase: 0, setconfig: ['statement_timeout=42s'] },
    ]);
    // The server's own postgres role gets no Supabase search path.
    expect(after.roleSettings.filter((x) => x.rolname === 'postgres')).toEqual([]);
    expect(after.roles.map((x) => x.rolname)).toContain('authenticated');
  });

  it('stops at the first file that fails: a later file is neither applied nor recorded', async () => {
    const url = urlOf('stops');
    const cwd = projects.create({
      [`${M}/20240101000000_first.sql`]: 'create table public.first (id int);\n',
      [`${M}/20240201000000_broken.sql`]: 'alter table public.missing add column x int;\n',
      [`${M}/20240301000000_later.sql`]: 'create table public.later (id int);\n',
    });
    const r = await check(cwd, ['--db', url, '--apply', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'migration-guard: notice: --apply recorded 1 migration(s) in supabase_migrations.schema_migrations: 20240101000000\n',
    );
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.migrations.map((m) => m.staging)).toEqual(['applied', 'failed', 'not-run']);
    expect(await history(url)).toEqual(['20240101000000']);
    const tables = (await serverState(url)).relations.map((x) => x.name);
    expect(tables).toContain('public.first');
    expect(tables).not.toContain('public.later');
  });
});

describe('locks the rolled-back transaction had already taken', () => {
  it('are neither listed nor denied; with --apply the same statements confirm the lint', async () => {
    const url = urlOf('hidden');
    const cwd = projects.create({
      [`${M}/20240101000000_t.sql`]:
        'create table public.t (id int primary key, x int);\ninsert into public.t select g, g from generate_series(1, 1000) g;\n',
      // public.t: created by the earlier file; auth.users: by the shim, both in the transaction.
      [`${M}/20240201000000_i.sql`]:
        'create index t_x on public.t (x);\ncreate index users_email on auth.users (email);\n',
    });
    const indexFile = (report: JsonReport) =>
      report.migrations.find((m) => m.file.endsWith('_i.sql'));
    const rolledBack = await check(cwd, ['--db', url, '--format', 'json', '--fail-on', 'never']);
    expect(rolledBack.code).toBe(0);
    const hidden = indexFile(JSON.parse(rolledBack.stdout) as JsonReport);
    const lint = hidden?.findings.filter((f) => f.rule === 'create-index-non-concurrent');
    expect(lint?.map((f) => [f.line, f.trace])).toEqual([
      [1, undefined],
      [2, undefined],
    ]);
    expect(hidden?.statements.map((s) => [s.status, s.locks])).toEqual([
      ['applied', undefined],
      ['applied', undefined],
    ]);
    const text = await check(cwd, ['--db', url, '--fail-on', 'never']);
    expect(text.stdout).not.toContain('not seen on staging');

    const applied = await check(cwd, [
      '--db',
      url,
      '--apply',
      '--format',
      'json',
      '--fail-on',
      'never',
    ]);
    expect(applied.code).toBe(0);
    const seen = indexFile(JSON.parse(applied.stdout) as JsonReport);
    expect(
      seen?.findings.filter((f) => f.rule === 'create-index-non-concurrent').map((f) => f.trace),
    ).toEqual(['confirmed', 'confirmed']);
    expect(seen?.statements.map((s) => s.locks)).toEqual([
      [{ relation: 'public.t', mode: 'ShareLock' }],
      [{ relation: 'auth.users', mode: 'ShareLock' }],
    ]);
  });
});
