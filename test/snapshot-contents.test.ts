import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSql } from '../src/core/sql/parse-sql.ts';
import { embeddedNeeds } from '../src/pipeline/embedded-needs.ts';
import { PgliteDatabase } from '../src/staging/pglite-database.ts';
import { runCli, TempProjects } from './support/cli-runner.ts';

/**
 * What the embedded database's snapshots hold. The `postgres` database alone: initdb's template
 * databases were half their bytes; a run whose SQL names one gets it back, so that what the
 * migration does with it by name runs as on Supabase. And of the WAL, the segment in use alone:
 * Postgres makes the next ones when it reaches them.
 */

const projects = new TempProjects();
const cacheDir = mkdtempSync(join(tmpdir(), 'mg-snapshot-contents-'));
afterAll(() => {
  projects.removeAll();
  rmSync(cacheDir, { recursive: true, force: true });
});

interface DatabaseRow {
  datname: string;
  datistemplate: boolean;
  datallowconn: boolean;
}

async function databases(templateDatabases: boolean): Promise<DatabaseRow[]> {
  const db = await PgliteDatabase.start({ cacheDir, templateDatabases });
  try {
    const { rows } = await db.query<DatabaseRow>(
      'select datname, datistemplate, datallowconn from pg_database order by datname',
    );
    // Nothing of the restore leaks into the database a migration runs in.
    const current = await db.query<{ name: string }>('select current_database() as name');
    expect(current.rows).toEqual([{ name: 'postgres' }]);
    return rows;
  } finally {
    await db.close();
  }
}

describe('template databases on the embedded database', () => {
  it('are not in the snapshot; a start asked for them has both, flagged as Postgres flags them', async () => {
    expect(await databases(false)).toEqual([
      { datname: 'postgres', datistemplate: false, datallowconn: true },
    ]);
    expect(await databases(true)).toEqual([
      { datname: 'postgres', datistemplate: false, datallowconn: true },
      { datname: 'template0', datistemplate: true, datallowconn: false },
      { datname: 'template1', datistemplate: true, datallowconn: true },
    ]);
    // The restore is not written back into the base snapshot: the next start has none again.
    expect(await databases(false)).toEqual([
      { datname: 'postgres', datistemplate: false, datallowconn: true },
    ]);
  }, 120_000);

  it('are asked for when a text the run applies names one, whatever the case', () => {
    const needs = (...texts: string[]) => embeddedNeeds(texts, parseSql);
    expect(needs('select 1', 'create table template1s (id int)').templateDatabases).toBe(false);
    expect(needs('select 1', 'COMMENT ON DATABASE "Template1"').templateDatabases).toBe(true);
    expect(needs('select 1', '-- template0').templateDatabases).toBe(true);
    // The same scan names the extensions to load, from the statements that create them.
    expect(
      needs('create extension if not exists "pg_trgm";', "select 'create extension x'"),
    ).toEqual({ extensions: new Set(['pg_trgm']), templateDatabases: false });
    // A comment between the keywords hides nothing.
    expect(
      needs('create/* x */extension cube;\ncreate -- y\n extension "ltree";').extensions,
    ).toEqual(new Set(['cube', 'ltree']));
  });

  it('are not made for a file the run does not apply (no version in its name)', async () => {
    const cwd = projects.create({
      // Misnamed: never applied, so its words ask for nothing.
      'supabase/migrations/notes.sql':
        'select datname from pg_database where datname = $$template0$$;\n',
      // Looks for them without naming them.
      'supabase/migrations/20240101000000_no_templates.sql': `do $$
begin
  if exists (select from pg_database where datname like 'templ' || 'ate_') then
    raise exception 'template databases were made';
  end if;
end
$$;
`,
    });
    const { report } = await stagedCheck(cwd);
    expect(report.migrations.find((m) => m.file.endsWith('_no_templates.sql'))?.staging).toBe(
      'applied',
    );
  }, 120_000);

  it('let a migration that looks for template1 by name apply on staging, as on Supabase', async () => {
    const cwd = projects.create({
      'supabase/migrations/20240101000000_needs_template1.sql': `do $$
begin
  if not exists (select from pg_database where datname = 'template1' and datistemplate) then
    raise exception 'template1 is missing';
  end if;
end
$$;
`,
    });
    const { run, report } = await stagedCheck(cwd);
    expect(run.stderr).not.toMatch(/error/i);
    expect(report.migrations.map((m) => m.staging)).toEqual(['applied']);
    expect(report.migrations[0]?.statements.map((s) => s.error)).toEqual([undefined]);
  }, 120_000);
});

/** A check of the project at `cwd` on the embedded database, no cache, its JSON report read. */
async function stagedCheck(cwd: string) {
  const run = await runCli(['check', '--no-cache', '--format', 'json', '--fail-on', 'never'], cwd);
  const report = JSON.parse(run.stdout) as {
    migrations: {
      file: string;
      staging?: string;
      statements: { status?: string; error?: string }[];
    }[];
  };
  return { run, report };
}

describe('the WAL in a snapshot', () => {
  it('is the segment in use; the database writes on past it, and its next snapshot holds one again', async () => {
    const segments = async (db: PgliteDatabase) =>
      (
        await db.query<{ name: string }>(
          "select name from pg_ls_waldir() where name ~ '^[0-9A-F]{24}$' order by name",
        )
      ).rows.map((r) => r.name);
    const inUse = async (db: PgliteDatabase) =>
      (
        await db.query<{ segment: string }>(
          'select pg_walfile_name(pg_current_wal_insert_lsn()) as segment',
        )
      ).rows[0]?.segment;
    // The shipped snapshot: one segment, the one in use.
    const first = await PgliteDatabase.start({ cacheDir: null });
    try {
      expect(await segments(first)).toEqual([await inUse(first)]);
    } finally {
      await first.close();
    }
    // A history that writes 3 MB of WAL (1 MB segments), saved as a post-history snapshot.
    const history = await PgliteDatabase.start({
      cacheDir,
      historyKey: 'wal-test',
      historyPaths: [],
    });
    let before: string | undefined;
    try {
      expect(history.startup.source).not.toBe('history');
      before = await inUse(history);
      await history.exec(
        "create table public.filler as select g as id, repeat('x', 300) as pad from generate_series(1, 10000) g",
      );
      expect((await inUse(history)) ?? '').not.toBe(before);
      await history.saveHistory([]);
    } finally {
      await history.close();
    }
    // The snapshot file holds the segment the WAL had reached, not the three before it.
    const saved = readdirSync(cacheDir).filter((f) => /^history-.*\.tar$/.test(f));
    expect(saved).toHaveLength(1);
    const walFiles = execFileSync('tar', ['-tf', join(cacheDir, saved[0] ?? '')], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((name) => /^\/pg_wal\/[0-9A-F]{24}$/.test(name));
    const again = await PgliteDatabase.start({
      cacheDir,
      historyKey: 'wal-test',
      historyPaths: [],
    });
    try {
      expect(again.startup.source).toBe('history');
      const current = await inUse(again);
      expect(current).not.toBe(before);
      expect(walFiles).toEqual([`/pg_wal/${current}`]);
      // Postgres makes the next segment ahead of need as it starts.
      expect((await segments(again))[0]).toBe(current);
      const { rows } = await again.query<{ n: string }>(
        'select count(*)::text as n from public.filler',
      );
      expect(rows).toEqual([{ n: '10000' }]);
    } finally {
      await again.close();
    }
  }, 120_000);
});
