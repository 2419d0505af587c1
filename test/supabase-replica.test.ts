import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standIns } from '../src/core/extensions/stand-ins/index.ts';
import { PgliteDatabase } from '../src/staging/pglite-database.ts';
import { preinstalledExtensions } from '../src/staging/supabase-shim.ts';
import { runCli } from './support/cli-runner.ts';
import {
  families,
  history,
  type JsonReport,
  problems,
  replicaFixture,
  replicaTargets,
} from './support/supabase-replica.ts';

/**
 * The Supabase replica beyond the families (supabase-replica-*.test.ts): a statement that
 * touches the host, an extension Supabase does not offer, the statements that ran on a stand-in,
 * a pulled dump that resets its session, and the stand-ins the embedded database offers.
 */

const pgliteCacheDir = join(process.cwd(), 'node_modules', '.cache', 'migration-guard');
const { projects, databaseArgs } = replicaFixture();

describe.each(replicaTargets)('on %s', (_label, target) => {
  it('never executes a statement that touches the host, and reports it', async () => {
    const marker = join(tmpdir(), `mg-host-${process.pid}-${target}`);
    const cwd = projects.create(
      history([
        `create table public.imports (line text);
copy public.imports from program 'touch ${marker}';
insert into public.imports values ('after');`,
      ]),
    );
    const args = ['check', '--format', 'json', '--fail-on', 'never'];
    args.push(...(await databaseArgs(target)));
    const run = await runCli(args, cwd);
    expect(existsSync(marker)).toBe(false);
    const report = JSON.parse(run.stdout) as JsonReport;
    const [migration] = report.migrations;
    expect(migration?.findings.map((f) => [f.rule, f.line])).toEqual(
      expect.arrayContaining([
        ['superuser-statement', 2],
        ['trace-not-validated', 2],
      ]),
    );
    expect(migration?.findings.map((f) => f.rule)).not.toContain('trace-statement-failed');
    expect(migration?.statements.map((s) => [s.line, s.status])).toEqual([
      [1, 'rolled-back'],
      [2, 'failed'],
      [3, 'not-run'],
    ]);
  });

  it('never executes a statement that touches the host in the replayed history either', async () => {
    // The history before the file under check replays untraced, each statement and the engine's
    // check after it sent as one request where the session allows it: still refused first.
    const marker = join(tmpdir(), `mg-host-history-${process.pid}-${target}`);
    const files = history([
      `create table public.imports (line text);
copy public.imports from program 'touch ${marker}';`,
      'alter table public.imports add column at timestamptz;',
    ]);
    const cwd = projects.create(files);
    const checked = Object.keys(files)[1] ?? '';
    const args = ['check', checked, '--format', 'json', '--fail-on', 'never'];
    args.push(...(await databaseArgs(target)));
    const run = await runCli(args, cwd);
    expect(existsSync(marker)).toBe(false);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.migrations.map((m) => m.file)).toEqual([checked]);
  });

  it('never executes a seed statement that touches the host, even after others in the file', async () => {
    // The seed goes to the server whole, in one call, as the Supabase CLI sends it.
    const marker = join(tmpdir(), `mg-host-seed-${process.pid}-${target}`);
    const cwd = projects.create({
      ...history(['create table public.imports (line text);']),
      'supabase/seed.sql': `select 1;\n\ncopy (select 1) to program 'touch ${marker}';\n`,
    });
    const args = ['check', '--seed', 'supabase/seed.sql', '--format', 'json'];
    args.push(...(await databaseArgs(target)));
    const run = await runCli(args, cwd);
    expect(existsSync(marker)).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('supabase/seed.sql:3: the seed failed: not executed on staging');
  });

  it('fails an extension Supabase does not offer: it would fail in production too', async () => {
    const cwd = projects.create(history(['create extension if not exists no_such_extension;']));
    const args = ['check', '--format', 'json'];
    args.push(...(await databaseArgs(target)));
    const run = await runCli(args, cwd);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.migrations[0]?.findings.map((f) => [f.rule, f.line])).toContainEqual([
      'trace-statement-failed',
      1,
    ]);
    expect(run.code).toBe(1);
  });

  it('marks the statements that ran on a stand-in, and only those', async () => {
    const cwd = projects.create(history([...families.pg_net, ...families.pg_cron]));
    const args = ['check', '--format', 'json', '--fail-on', 'never'];
    args.push(...(await databaseArgs(target)));
    const run = await runCli(args, cwd);
    const report = JSON.parse(run.stdout) as JsonReport;
    const marked = report.migrations.flatMap((m) =>
      m.statements
        .filter((s) => s.standIn !== undefined)
        .map((s) => [m.file.split('/').at(-1), s.line, s.standIn]),
    );
    expect(marked).toEqual([
      ['20240101000000_step_1.sql', 1, 'pg_net'],
      ['20240102000000_step_2.sql', 1, 'pg_net'],
      ['20240103000000_step_3.sql', 1, 'pg_cron'],
      ['20240104000000_step_4.sql', 2, 'pg_cron'],
      ['20240104000000_step_4.sql', 3, 'pg_cron'],
    ]);
    const text = await runCli(['check', '--fail-on', 'never', ...args.slice(5)], cwd);
    expect(text.stdout).toContain(
      'ran on a stand-in for pg_net: its effect was not executed: line 1',
    );
  });
});

describe('a pulled dump that resets its session', () => {
  it('comes back to Supabase search path on the embedded database', async () => {
    const cwd = projects.create(
      history([
        `select pg_catalog.set_config('search_path', '', false);
reset all;
create table public.tokens (id uuid primary key default uuid_generate_v4());`,
        "select set_config('search_path', '', false);",
        'create table public.more_tokens (id uuid primary key default uuid_generate_v4());',
      ]),
    );
    const run = await runCli(['check', '--format', 'json', '--fail-on', 'never'], cwd);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(problems(report)).toEqual([]);
    expect(report.migrations.map((m) => m.staging)).toEqual(['applied', 'applied', 'applied']);
  });
});

describe('the embedded database offers the stand-ins as extensions', () => {
  it('lists every stand-in in pg_available_extensions, and has the preinstalled ones', async () => {
    const db = await PgliteDatabase.start({ cacheDir: pgliteCacheDir });
    try {
      const { rows } = await db.query<{ name: string; installed: string | null }>(
        'select name, installed_version as installed from pg_available_extensions',
      );
      const available = new Map(rows.map((r) => [r.name, r.installed]));
      for (const standIn of standIns) expect(available.has(standIn.name)).toBe(true);
      for (const [name] of preinstalledExtensions) expect(available.get(name)).not.toBeNull();
      expect(available.get('pg_net')).toBeNull();
    } finally {
      await db.close();
    }
  });
});
