import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, TempProjects } from './support/cli-runner.ts';

/**
 * The post-history snapshot: a check on the embedded database saves the database as the
 * history before the files under check left it, with what that replay reported; the next check
 * of the same history starts from it and replays nothing, and reports exactly what the first
 * one did (the replay's failures, and the findings that blame them, included).
 */

const M = 'supabase/migrations';
const history = {
  [`${M}/20240101000000_accounts.sql`]:
    'create table public.accounts (id bigint primary key, name text not null);\n',
  // Fails on staging: the table it alters does not exist, so the view below is never created.
  [`${M}/20240102000000_ledger.sql`]: `alter table public.ledger add column note text;
create view public.ledger_notes as select note from public.ledger;
`,
  [`${M}/20240103000000_accounts_email.sql`]:
    'alter table public.accounts add column email text;\n',
};
const checked = `${M}/20240201000000_report.sql`;
const change = {
  [checked]: `alter table public.accounts add column region text not null default 'eu';
create view public.report as select * from public.ledger_notes;
`,
};

const projects = new TempProjects();
let cacheDir: string;
let savedCacheDir: string | undefined;

let savedMinMs: string | undefined;

beforeAll(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'mg-history-cache-'));
  savedCacheDir = process.env['MIGRATION_GUARD_CACHE_DIR'];
  process.env['MIGRATION_GUARD_CACHE_DIR'] = cacheDir;
  // These histories replay in milliseconds: below the default 1 s nothing would be saved.
  savedMinMs = process.env['MIGRATION_GUARD_HISTORY_SNAPSHOT_MS'];
  process.env['MIGRATION_GUARD_HISTORY_SNAPSHOT_MS'] = '0';
});

afterAll(() => {
  if (savedCacheDir === undefined) delete process.env['MIGRATION_GUARD_CACHE_DIR'];
  else process.env['MIGRATION_GUARD_CACHE_DIR'] = savedCacheDir;
  if (savedMinMs === undefined) delete process.env['MIGRATION_GUARD_HISTORY_SNAPSHOT_MS'];
  else process.env['MIGRATION_GUARD_HISTORY_SNAPSHOT_MS'] = savedMinMs;
  rmSync(cacheDir, { recursive: true, force: true });
  projects.removeAll();
});

/** The JSON report without what differs run to run. */
const normalised = (json: string) =>
  json
    .replace(/"durationMs":\s*[0-9.]+/g, '"durationMs":0')
    .replace(/ for \d+ ms on staging/g, ' for N ms on staging');

const historySnapshots = () => readdirSync(cacheDir).filter((n) => n.startsWith('history-'));

describe('the post-history snapshot', () => {
  const dir = projects.create({ ...history, ...change });
  const check = () => runCli(['check', checked, '--format', 'json', '--fail-on', 'never'], dir);

  it('gives a later check of the same history the report a replay gives', async () => {
    const first = await check();
    expect(first.code).toBe(0);
    // Saved: the data directory, and what the replay reported.
    expect(historySnapshots().sort()).toEqual([
      expect.stringMatching(/^history-pglite-.*\.json$/),
      expect.stringMatching(/^history-pglite-.*\.tar$/),
    ]);
    const report = JSON.parse(first.stdout);
    expect(report.history.failures).toEqual([
      expect.objectContaining({ file: `${M}/20240102000000_ledger.sql`, line: 1 }),
    ]);
    const findings = report.migrations.find((m: { file: string }) => m.file === checked).findings;
    expect(JSON.stringify(findings)).toContain('20240102000000_ledger.sql');

    const second = await check();
    expect(second.code).toBe(0);
    expect(normalised(second.stdout)).toBe(normalised(first.stdout));
  });

  /** Run `body` with a marker in the saved replay's failure, which a check that reads it reports. */
  async function withMarker(body: () => Promise<void>): Promise<void> {
    const [replayed] = historySnapshots().filter((n) => n.endsWith('.json'));
    const file = join(cacheDir, replayed ?? '');
    const saved = readFileSync(file, 'utf8');
    writeFileSync(file, saved.replaceAll('does not exist', 'does not exist (from the snapshot)'));
    try {
      await body();
    } finally {
      writeFileSync(file, saved);
    }
  }

  it('is what the later check reports from (it replays nothing)', async () => {
    await withMarker(async () => {
      const report = JSON.parse((await check()).stdout);
      expect(report.history.failures[0].message).toContain('(from the snapshot)');
    });
  });

  it('a saved replay that names other files is dropped: the check replays and reports as usual', async () => {
    const [replayed] = historySnapshots().filter((n) => n.endsWith('.json'));
    const file = join(cacheDir, replayed ?? '');
    const saved = readFileSync(file, 'utf8');
    const expected = normalised((await check()).stdout);
    writeFileSync(file, JSON.stringify([{ path: 'evil.sql', status: 'applied' }]));
    try {
      const run = await check();
      expect(run.code).toBe(0);
      expect(normalised(run.stdout)).toBe(expected);
      // Written again by that replay, describing this history.
      expect(readFileSync(file, 'utf8')).not.toContain('evil.sql');
    } finally {
      writeFileSync(file, saved);
    }
  });

  it('is not used for another history', async () => {
    const other = projects.create({
      ...history,
      [`${M}/20240103000000_accounts_email.sql`]:
        'alter table public.accounts add column mail text;\n',
      ...change,
    });
    await withMarker(async () => {
      const run = await runCli(['check', checked, '--format', 'json', '--fail-on', 'never'], other);
      const report = JSON.parse(run.stdout);
      expect(report.history.failures[0].message).not.toContain('(from the snapshot)');
    });
    expect(historySnapshots().filter((n) => n.endsWith('.tar'))).toHaveLength(2);
  });

  it('is not written for a history that replays faster than the threshold', async () => {
    const quick = projects.create({
      ...history,
      [`${M}/20240104000000_accounts_phone.sql`]:
        'alter table public.accounts add column phone text;\n',
      ...change,
    });
    const before = historySnapshots();
    process.env['MIGRATION_GUARD_HISTORY_SNAPSHOT_MS'] = '600000';
    try {
      const run = await runCli(['check', checked, '--format', 'json', '--fail-on', 'never'], quick);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).history.failures).toHaveLength(1);
    } finally {
      process.env['MIGRATION_GUARD_HISTORY_SNAPSHOT_MS'] = '0';
    }
    expect(historySnapshots()).toEqual(before);
  });

  it('loads the extensions the history creates, not only those of the files under check', async () => {
    const withExtension = projects.create({
      [`${M}/20240101000000_users.sql`]: `create extension if not exists citext;
create table public.users (id bigint primary key, email citext not null);
`,
      [`${M}/20240201000000_users_name.sql`]: 'alter table public.users add column name text;\n',
    });
    const run = await runCli(
      ['check', `${M}/20240201000000_users_name.sql`, '--format', 'json', '--fail-on', 'never'],
      withExtension,
    );
    const report = JSON.parse(run.stdout);
    expect(report.history?.failures ?? []).toEqual([]);
    const [checkedFile] = report.migrations;
    expect(checkedFile.findings.map((f: { rule: string }) => f.rule)).not.toContain(
      'trace-not-validated',
    );
    expect(checkedFile.statements.map((s: { status: string }) => s.status)).toEqual(['applied']);
  });
});
