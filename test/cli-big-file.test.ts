import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempProjects } from './support/cli-runner.ts';

// A migration file over the size limit, through dist/cli.js as a process: one finding on that
// file, every other file still checked, and staging stops before it without a claim about what
// never ran. A small limit (MIGRATION_GUARD_MAX_FILE_BYTES) keeps the files small, except where
// the default limit itself is tested.

const cliPath = resolve('dist/cli.js');
const projects = new TempProjects();
afterAll(() => projects.removeAll());

const M = 'supabase/migrations';
const LIMIT = 2000;
const big = `create table public.prices (sku text primary key, cents bigint not null);\n${'insert into public.prices values (md5(random()::text), 1);\n'.repeat(60)}`;
const files = {
  [`${M}/20240101000000_accounts.sql`]:
    'create table public.accounts (id bigint primary key, email text not null);\nalter table public.accounts enable row level security;\n',
  [`${M}/20240102000000_prices.sql`]: big,
  [`${M}/20240103000000_index.sql`]:
    'create index accounts_email_idx on public.accounts (email);\n',
};

interface Json {
  summary: { errors: number };
  migrations: {
    file: string;
    staging?: string;
    findings: { rule: string; severity: string; line: number; message: string }[];
    statements: { durationMs?: number | null; locks?: unknown[]; status?: string }[];
  }[];
  checks: { id: string; status: string; detail: string }[];
}

function check(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cliPath, 'check', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: join(cwd, '.cache'), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const byFile = (report: Json, name: string) => {
  const found = report.migrations.find((m) => m.file.endsWith(name));
  if (!found) throw new Error(`${name} is not in the report`);
  return found;
};

describe('a migration file over the size limit', () => {
  it('is one file-too-large finding on that file; the files before and after it are linted', () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(LIMIT);
    const root = projects.create(files);
    const limit = { MIGRATION_GUARD_MAX_FILE_BYTES: String(LIMIT) };
    const text = check(root, ['--no-db'], limit);
    expect(text.code, text.stderr).toBe(1);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain(
      `${M}/20240102000000_prices.sql:1:1  error    file-too-large  This file is ${Buffer.byteLength(big)} bytes, over the ${LIMIT} bytes limit on a migration file`,
    );
    const report = JSON.parse(check(root, ['--no-db', '--format', 'json'], limit).stdout) as Json;
    expect(byFile(report, 'prices.sql').findings.map((f) => f.rule)).toEqual(['file-too-large']);
    expect(byFile(report, 'prices.sql').statements).toEqual([]);
    // Nothing to quote from a file that was not read.
    expect(text.stdout).not.toMatch(/file-too-large[^\n]*\n\s+1 \|/);
    // The file after it still gets its own finding.
    expect(byFile(report, 'index.sql').findings.map((f) => f.rule)).toContain(
      'create-index-non-concurrent',
    );
    // Under the limit, the same file is read and linted as usual.
    const unlimited = JSON.parse(check(root, ['--no-db', '--format', 'json']).stdout) as Json;
    expect(byFile(unlimited, 'prices.sql').findings.map((f) => f.rule)).not.toContain(
      'file-too-large',
    );
    expect(byFile(unlimited, 'prices.sql').statements.length).toBe(61);
  });

  it('as an earlier file, not under check: a notice says the later files are checked without it', () => {
    const root = projects.create(files);
    const limit = { MIGRATION_GUARD_MAX_FILE_BYTES: String(LIMIT) };
    const later = check(root, ['--no-db', `${M}/20240103000000_index.sql`], limit);
    expect(later.code, later.stderr).toBe(1);
    expect(later.stderr).toBe(
      `migration-guard: notice: ${M}/20240102000000_prices.sql (an earlier file, not under check) is ${Buffer.byteLength(big)} bytes, over the ${LIMIT} bytes limit on a migration file: it was not read, so the files after it are checked without what it creates (see file-too-large)\n`,
    );
    expect(later.stdout).not.toContain('prices.sql');
    // Not said of a file after the last one under check: nothing checked depends on it.
    const earlier = check(root, ['--no-db', `${M}/20240101000000_accounts.sql`], limit);
    expect(earlier.stderr).toBe('');

    // A name carrying a terminal escape never reaches the terminal raw: such a file is no
    // migration, so it is neither history nor this notice, and the text report prints its path
    // (under its migration-filename finding) with the control characters replaced.
    const hostile = projects.create({
      ...files,
      [`${M}/20240102000000_prices.sql`]: 'select 1;\n',
      [`${M}/20240102000001_a\u001b[2J\u001b[Hall clear.sql`]: big,
    });
    const quiet = check(hostile, ['--no-db', `${M}/20240103000000_index.sql`], limit);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).not.toContain('\u001b');
  });

  it('the default limit is 20 MiB', () => {
    const root = projects.create({ [`${M}/20240101000000_a.sql`]: 'select 1;\n' });
    // Comment bytes, not read by the check: only the size is looked at.
    writeFileSync(
      join(root, M, '20240102000000_huge.sql'),
      `-- ${'x'.repeat(20 * 1024 * 1024 - 2)}`,
    );
    const r = check(root, ['--no-db']);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toContain(
      'file-too-large  This file is 20.0 MiB (20971521 bytes), over the 20 MiB limit on a migration file',
    );
  });

  it('stops staging before it: it and the later files are not run, and nothing is claimed about them', () => {
    const root = projects.create(files);
    const r = check(root, ['--format', 'json', '--fail-on', 'never'], {
      MIGRATION_GUARD_MAX_FILE_BYTES: String(LIMIT),
    });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Json;
    expect(byFile(report, 'accounts.sql').staging).toBe('applied');
    expect(byFile(report, 'accounts.sql').statements[0]?.status).toBe('applied');
    for (const name of ['prices.sql', 'index.sql']) {
      const m = byFile(report, name);
      expect(m.staging).toBe('not-run');
      for (const s of m.statements) {
        expect(s.status).toBeUndefined();
        expect(s.durationMs ?? null).toBeNull();
        expect(s.locks ?? []).toEqual([]);
      }
    }
    // The lint finding of the later file stays, marked as lint-only.
    expect(byFile(report, 'index.sql').findings.map((f) => f.rule)).toContain(
      'create-index-non-concurrent',
    );
    const stop = report.checks.find((c) => c.id === 'staging-size-limit');
    expect(stop?.status).toBe('skipped');
    expect(stop?.detail).toContain(`staging stopped before ${M}/20240102000000_prices.sql`);
    expect(stop?.detail).toContain(`${M}/20240103000000_index.sql`);
  });

  it('refuses a limit that is not a number of bytes', () => {
    const root = projects.create(files);
    const r = check(root, ['--no-db'], { MIGRATION_GUARD_MAX_FILE_BYTES: '20MB' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('MIGRATION_GUARD_MAX_FILE_BYTES=20MB is not a number of bytes');
  });
});
