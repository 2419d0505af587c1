import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { CLI_PARITY_CORPUS } from './support/cli-parity-corpus.ts';
import { runCli } from './support/cli-runner.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';

/**
 * Golden tests against the real Supabase CLI (npm package `supabase`, whose platform package
 * ships the binary): the same migration files applied by `supabase migration up` on one
 * database and by `migration-guard check --db` on another database of the same PostgreSQL 15
 * cluster must leave identical rows in `supabase_migrations.schema_migrations`.
 */

const run = promisify(execFile);
const supabaseBin = join(import.meta.dirname, '..', 'node_modules', '.bin', 'supabase');

const corpus = CLI_PARITY_CORPUS;

interface HistoryRow {
  version: string;
  name: string | null;
  statements: string[] | null;
}

let cluster: PgCluster;
const dirs: string[] = [];
let supabaseUrl: string;
let guardUrl: string;

function databaseUrl(name: string): string {
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A project directory holding `supabase/migrations/` with the given files. */
function projectWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-cli-parity-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'supabase', 'migrations'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeMigration(dir, name, text);
  return dir;
}

function writeMigration(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, 'supabase', 'migrations', name), text);
}

/** Run the real Supabase CLI in `cwd` (it writes `supabase/.temp/` there). */
async function supabase(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout, stderr } = await run(supabaseBin, [...args, '--yes'], {
      cwd,
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1', DO_NOT_TRACK: '1' },
    });
    return `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`supabase ${args.join(' ')} failed: ${e.message}\n${e.stdout}\n${e.stderr}`);
  }
}

async function guardApply(cwd: string): Promise<void> {
  const r = await runCli(
    ['check', '--db', guardUrl, '--apply', '--fail-on', 'never', '--format', 'json'],
    cwd,
  );
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.code).toBe(0);
}

async function history(url: string): Promise<HistoryRow[]> {
  const db = await PgDatabase.connect({ url });
  try {
    const { rows } = await db.query<HistoryRow>(
      'select version, name, statements from supabase_migrations.schema_migrations order by version',
    );
    return rows;
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  cluster = await startPgCluster();
  const admin = await PgDatabase.connect({ url: cluster.url });
  try {
    await admin.exec('create database supabase_cli strategy file_copy');
    await admin.exec('create database migration_guard strategy file_copy');
  } finally {
    await admin.close();
  }
  supabaseUrl = databaseUrl('supabase_cli');
  guardUrl = databaseUrl('migration_guard');
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('history rows are the Supabase CLI’s (supabase 3.x, real PostgreSQL 15)', () => {
  const supabaseProject = () => projectWith(corpus);
  let cliDir: string;
  let guardDir: string;

  it('records the tricky corpus row for row as `supabase migration up` does', async () => {
    cliDir = supabaseProject();
    guardDir = projectWith(corpus);
    await supabase(['migration', 'up', '--include-all', `--remote=${supabaseUrl}`], cliDir);
    await guardApply(guardDir);

    const expected = await history(supabaseUrl);
    expect(expected).toHaveLength(Object.keys(corpus).length);
    expect(await history(guardUrl)).toEqual(expected);

    // What the CLI proved, spelled out.
    const byName = new Map(expected.map((r) => [r.name, r.statements]));
    expect(byName.get('empty')).toEqual([]);
    expect(byName.get('comment_only')).toEqual(['-- written by supabase migration new']);
    expect(byName.get('double_semicolon')).toEqual([
      'create table public.ledger (id int)',
      'insert into public.ledger values (1)',
    ]);
    expect(byName.get('byte_order_mark')).toEqual([
      'create table public.bom_notes (id int primary key, body text)',
    ]);
    expect(byName.get('semicolons_only')).toEqual([]);
    expect(byName.get('comments_between')).toEqual([
      'select 1',
      '-- about the next one\nselect 2',
      '/* the end */',
    ]);
  }, 180_000);

  it('after `supabase migration repair --status reverted`, an edited file applies again and later files are not refused', async () => {
    const version = '20240101000009';
    const edited =
      'insert into public.ledger values (20);\ninsert into public.ledger values (21);\n-- edited after repair\n';
    const next = {
      '20240101000014_after_repair.sql': 'alter table public.ledger add column note text;\n',
    };
    for (const [url, dir, apply] of [
      [
        supabaseUrl,
        cliDir,
        () => supabase(['migration', 'up', '--include-all', `--remote=${supabaseUrl}`], cliDir),
      ],
      [guardUrl, guardDir, () => guardApply(guardDir)],
    ] as const) {
      await supabase(
        ['migration', 'repair', '--status', 'reverted', version, `--remote=${url}`],
        dir,
      );
      expect((await history(url)).map((r) => r.version)).not.toContain(version);
      writeMigration(dir, '20240101000009_trailing_comments.sql', edited);
      for (const [name, text] of Object.entries(next)) writeMigration(dir, name, text);
      await apply();
    }
    const expected = await history(supabaseUrl);
    expect(expected.find((r) => r.version === version)?.statements).toEqual([
      'insert into public.ledger values (20)',
      'insert into public.ledger values (21)',
      '-- edited after repair',
    ]);
    expect(expected.map((r) => r.version)).toContain('20240101000014');
    expect(await history(guardUrl)).toEqual(expected);

    // The edited file ran once more on each database: rows 20 and 21 are there, once.
    for (const url of [supabaseUrl, guardUrl]) {
      const db = await PgDatabase.connect({ url });
      try {
        const { rows } = await db.query<{ n: string }>(
          'select count(*)::text as n from public.ledger where id in (20, 21)',
        );
        expect(rows).toEqual([{ n: '2' }]);
      } finally {
        await db.close();
      }
    }
  }, 180_000);
});
