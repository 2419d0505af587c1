import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/core/report/report.ts';
import { renderMarkdown } from '../src/core/report/render-markdown.ts';
import { renderSarif } from '../src/core/report/render-sarif.ts';
import { RULES } from '../src/core/rules/registry.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { runCli, TempProjects } from './support/cli-runner.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';

const cli = runCli;
const projects = new TempProjects();
const project = (files: Record<string, string>) => projects.create(files);

const M = 'supabase/migrations';
const base = {
  [`${M}/20240101000000_invoices.sql`]: `create schema private;
create table private.invoices (
  id bigint generated always as identity primary key,
  batch_id uuid not null,
  amount_cents integer not null
);
insert into private.invoices (batch_id, amount_cents)
  select gen_random_uuid(), g from generate_series(1, 200) g;`,
};
const change = {
  [`${M}/20240201000000_widen.sql`]: `-- widen the amount
alter table private.invoices alter column amount_cents type bigint;
`,
};

interface JsonReport {
  target: { kind: string; serverVersion: string | null; mode?: string };
  checks: { id: string; status: string }[];
  migrations: {
    file: string;
    staging?: string;
    findings: {
      rule: string;
      line: number;
      severity: string;
      message: string;
      trace?: string;
      environmentGap?: true;
    }[];
    statements: {
      line: number;
      status?: string;
      durationMs?: number | null;
      locks?: { relation: string; mode: string }[];
      rewrites?: string[];
      error?: string;
    }[];
  }[];
}

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
});
afterAll(async () => {
  await cluster?.stop();
  projects.removeAll();
});

async function tableNames(url: string): Promise<string[]> {
  const db = await PgDatabase.connect({ url });
  try {
    const { rows } = await db.query<{ name: string }>(
      "select table_schema || '.' || table_name as name from information_schema.tables where table_schema in ('public', 'private', 'supabase_migrations') order by 1",
    );
    return rows.map((r) => r.name);
  } finally {
    await db.close();
  }
}

describe('check --db URL (real PostgreSQL 15)', () => {
  it('a missing index is no trace claim: the unindexed foreign key is neither seen nor not seen', async () => {
    // The scans this finding warns of happen later (deletes on the parent), never during the
    // migration, so the trace has nothing to confirm or deny.
    const cwd = project({
      ...base,
      [`${M}/20240201000000_lines.sql`]: `create table private.invoice_lines (
  id bigint generated always as identity primary key,
  invoice_id bigint not null references private.invoices (id)
);
`,
    });
    const json = await cli(
      ['check', '--db', cluster.url, '--rollback', '--format', 'json', '--fail-on', 'never'],
      cwd,
    );
    const report = JSON.parse(json.stdout) as JsonReport;
    const lines = report.migrations.find((m) => m.file.endsWith('_lines.sql'));
    expect(lines?.staging).toBe('validated');
    const finding = lines?.findings.find((f) => f.rule === 'unindexed-foreign-key');
    expect(finding?.line).toBe(3);
    expect(finding?.trace).toBeUndefined();
    const text = await cli(['check', '--db', cluster.url, '--rollback', '--fail-on', 'never'], cwd);
    expect(text.stdout).toContain('unindexed-foreign-key');
    expect(text.stdout).not.toContain('not seen on staging');
  });

  it('traces the change: the rewrite and the lock are seen, the lint finding confirmed', async () => {
    const cwd = project({ ...base, ...change });
    // The history is on the server already, recorded as the Supabase CLI records it.
    const history = await cli(
      [
        'check',
        `${M}/20240101000000_invoices.sql`,
        '--db',
        cluster.url,
        '--apply',
        '--format',
        'json',
      ],
      cwd,
    );
    expect(history.code).toBe(0);
    const r = await cli(
      [
        'check',
        `${M}/20240201000000_widen.sql`,
        '--db',
        cluster.url,
        '--rollback',
        '--format',
        'json',
      ],
      cwd,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.target).toMatchObject({ kind: 'postgres', mode: 'rollback' });
    expect(report.target.serverVersion).toMatch(/^15\./);
    const [widen] = report.migrations;
    expect(widen?.staging).toBe('validated');
    const alter = widen?.statements.find((s) => s.line === 2);
    expect(alter?.locks).toContainEqual({
      relation: 'private.invoices',
      mode: 'AccessExclusiveLock',
    });
    expect(alter?.rewrites).toEqual(['private.invoices']);
    expect(widen?.findings).toContainEqual(
      expect.objectContaining({ rule: 'alter-column-type', line: 2, trace: 'confirmed' }),
    );
    // --rollback leaves the server as it was: the column is still an integer.
    const db = await PgDatabase.connect({ url: cluster.url });
    try {
      const { rows } = await db.query<{ data_type: string }>(
        "select data_type from information_schema.columns where table_name = 'invoices' and column_name = 'amount_cents'",
      );
      expect(rows).toEqual([{ data_type: 'integer' }]);
      await db.exec('drop schema supabase_migrations cascade; drop schema private cascade;');
    } finally {
      await db.close();
    }
    expect(await tableNames(cluster.url)).toEqual([]);
  });

  it('on a kept target records the files as the Supabase CLI does and skips them next time', async () => {
    const cwd = project(base);
    const first = await cli(['check', '--db', cluster.url, '--apply', '--format', 'json'], cwd);
    expect(first.code).toBe(0);
    const db = await PgDatabase.connect({ url: cluster.url });
    try {
      const { rows } = await db.query<{ version: string; name: string }>(
        'select version, name from supabase_migrations.schema_migrations order by version',
      );
      expect(rows).toEqual([{ version: '20240101000000', name: 'invoices' }]);
    } finally {
      await db.close();
    }
    const again = await cli(['check', '--db', cluster.url, '--apply', '--format', 'json'], cwd);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as JsonReport;
    expect(report.migrations[0]?.staging).toBe('already-applied');
    expect(report.checks).toContainEqual(expect.objectContaining({ id: 'staging-history' }));
  });

  it('exits 2 with the cause when the server refuses the connection', async () => {
    const r = await cli(
      ['check', '--db', 'postgres://postgres:secret@127.0.0.1:1/postgres'],
      project(base),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot connect to/);
    expect(r.stderr).not.toContain('secret');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('stats reads table sizes for --stats', async () => {
    const cwd = project(base);
    const r = await cli(['stats', '--db', cluster.url], cwd);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout) as { schemaVersion: number; tables: unknown[] };
    expect(stats.schemaVersion).toBe(1);
    expect(Array.isArray(stats.tables)).toBe(true);
  });
});

describe('check on the embedded database (default)', () => {
  // plls: Supabase offers it (on its PostgreSQL 15 image); neither target has it nor a stand-in.
  it('reports a migration needing an extension the target lacks as not validated and carries on', async () => {
    const cwd = project({
      ...base,
      [`${M}/20240301000000_nightly.sql`]: `create extension if not exists plls;
create function private.purge_count() returns integer language plls as $ls$ 0 $ls$;`,
      [`${M}/20240302000000_index.sql`]: `create index concurrently invoices_ws_idx on private.invoices (batch_id);`,
      [`${M}/20240303000000_cron_log.sql`]: `create extension if not exists plls;
create table private.cron_log (id bigint primary key, ran_at timestamptz not null);`,
      [`${M}/20240304000000_cron_log_note.sql`]: `alter table private.cron_log add column note text;`,
    });
    const r = await cli(['check', '--format', 'json'], cwd);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.target.kind).toBe('pglite');
    const nightly = report.migrations.find((m) => m.file.endsWith('_nightly.sql'));
    expect(nightly?.findings.map((f) => [f.rule, f.line])).toContainEqual([
      'trace-not-validated',
      1,
    ]);
    const index = report.migrations.find((m) => m.file.endsWith('_index.sql'));
    expect(index?.staging).toBe('applied');
    expect(index?.findings.filter((f) => f.rule.startsWith('trace-'))).toEqual([]);
    // The table the plls file would have made is missing later: not validated, not a bug.
    const note = report.migrations.find((m) => m.file.endsWith('_cron_log_note.sql'));
    expect(note?.findings.map((f) => [f.rule, f.line])).toEqual([['trace-not-validated', 1]]);
  });

  // The second file fails on the target for want of a function Supabase provides; the files
  // under check then find its table missing, or need that function themselves.
  const failingHistory = {
    ...base,
    [`${M}/20240108234541_add_profiles.sql`]: `-- profiles, with a token from a function the target lacks
create table private.profiles (
  id bigint primary key,
  token text not null default extensions.imaginary_token()
);`,
    [`${M}/20240201000000_profile_bio.sql`]: `alter table private.invoices add column note text;
alter table private.profiles add column bio text;
comment on column private.invoices.note is 'free text';
`,
    [`${M}/20240202000000_token_check.sql`]: `select extensions.imaginary_token();
`,
  };
  const checkedFiles = [
    `${M}/20240201000000_profile_bio.sql`,
    `${M}/20240202000000_token_check.sql`,
  ];

  it('after an earlier file failed: the cascade names it, nothing unrun is claimed, and environment gaps alone exit 0', async () => {
    const cwd = project(failingHistory);
    const json = await cli(['check', ...checkedFiles, '--format', 'json'], cwd);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as JsonReport & {
      history?: { files: number; failures: { file: string; line: number }[] };
    };
    expect(report.history).toMatchObject({
      files: 2,
      failures: [{ file: `${M}/20240108234541_add_profiles.sql`, line: 4 }],
    });
    const [bio, token] = report.migrations;
    expect(bio?.staging).toBe('failed');
    expect(bio?.statements.map((s) => [s.line, s.status])).toEqual([
      [1, 'rolled-back'],
      [2, 'failed'],
      [3, 'not-run'],
    ]);
    expect(bio?.statements[0]).toMatchObject({
      locks: [{ relation: 'private.invoices', mode: 'AccessExclusiveLock' }],
    });
    expect(bio?.statements[0]?.durationMs).toBeGreaterThan(0);
    for (const s of [...(bio?.statements.slice(1) ?? []), ...(token?.statements ?? [])]) {
      expect(s).not.toHaveProperty('durationMs');
      expect(s).not.toHaveProperty('locks');
      expect(s).not.toHaveProperty('rewrites');
    }
    const cascade = bio?.findings.find((f) => f.rule.startsWith('trace-'));
    expect(cascade).toMatchObject({
      rule: 'trace-not-validated',
      severity: 'warning',
      line: 2,
      environmentGap: true,
    });
    expect(cascade?.message).toContain(
      'relation "private.profiles" does not exist — most likely because 20240108234541_add_profiles.sql:4 failed on staging earlier (function extensions.imaginary_token() does not exist)',
    );
    expect(token?.findings).toMatchObject([
      { rule: 'trace-not-validated', severity: 'warning', line: 1, environmentGap: true },
    ]);
    expect(report.migrations.flatMap((m) => m.findings).map((f) => f.rule)).toEqual([
      'trace-not-validated',
      'trace-not-validated',
    ]);

    const incomplete =
      '1 of 2 earlier files failed on staging: the trace of your files is incomplete';
    // Environment gaps never fail the check, even with --fail-on warning.
    const text = await cli(['check', ...checkedFiles, '--fail-on', 'warning'], cwd);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[1]).toBe(`⚠ ${incomplete}`);
    expect(text.stdout.trimEnd().split('\n').slice(-3)).toEqual([
      '⚠ 0 errors, 2 warnings, 0 notices in 2 files',
      '  2 not validated on staging (environment gaps: they do not fail the check)',
      `⚠ ${incomplete}`,
    ]);
    expect(text.stdout).toMatch(
      /line 1: [\d.]+ ms; locks AccessExclusive on private\.invoices; rolled back/,
    );
    expect(text.stdout).toContain('line 2: failed: relation "private.profiles" does not exist');
    expect(text.stdout).toContain('not run (an earlier statement failed), so not traced: line 3');

    // Markdown (with the runbook) and SARIF are drawn from the same report the JSON is.
    const md = renderMarkdown(report as unknown as Report);
    expect(md.split('\n')[0]).toContain(incomplete);
    expect(md).toContain(
      '- ⏱️ Locks and durations: unknown (the file failed on staging at L1 before any statement completed)',
    );
    expect(md).toContain('- ❌ Failed on staging at L2: its locks and duration');
    expect(md).toMatch(
      /\| 2 \| `alter table private\.profiles [^|]*\| ❌ failed \| unknown \| unknown \|/,
    );
    expect(md).toMatch(/\| 3 \| `comment on [^|]*\| not run \| unknown \| unknown \|/);
    expect(md).toContain('- L3 · not run (an earlier statement failed) · ');
    expect(md).not.toMatch(/No lock that blocks|No lock on a table|takes no lock/);

    const run = (JSON.parse(renderSarif(report as unknown as Report, RULES)) as Log).runs[0];
    expect(run?.results?.map((r) => [r.ruleId, r.level])).toEqual([
      ['trace-not-validated', 'warning'],
      ['trace-not-validated', 'warning'],
    ]);
    expect(run?.results?.[0]?.message.text).toContain('20240108234541_add_profiles.sql:4 failed');
    expect(run?.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toBe(incomplete);
  }, 180_000);

  it('a migration that fails by itself is still an error and fails the check', async () => {
    const r = await cli(
      ['check', '--format', 'json'],
      project({ [`${M}/20240301000000_nope.sql`]: 'alter table nope add column x int;\n' }),
    );
    expect(r.code).toBe(1);
    const [nope] = (JSON.parse(r.stdout) as JsonReport).migrations;
    expect(nope?.findings.find((f) => f.rule.startsWith('trace-'))).toMatchObject({
      rule: 'trace-statement-failed',
      severity: 'error',
      line: 1,
    });
    expect(nope?.statements).toEqual([
      expect.objectContaining({
        line: 1,
        status: 'failed',
        error: expect.stringContaining('42P01'),
      }),
    ]);
  }, 120_000);

  it('--no-db is lint only', async () => {
    const r = await cli(['check', '--no-db', '--format', 'json'], project(base));
    expect((JSON.parse(r.stdout) as JsonReport).target.kind).toBe('none');
  });
});
