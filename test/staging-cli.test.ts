import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    findings: { rule: string; line: number; trace?: string }[];
    statements: { line: number; locks: { relation: string; mode: string }[]; rewrites: string[] }[];
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
  it('traces the change: the rewrite and the lock are seen, the lint finding confirmed', async () => {
    const cwd = project({ ...base, ...change });
    // The history is on the server already, recorded as the Supabase CLI records it.
    const history = await cli(
      ['check', `${M}/20240101000000_invoices.sql`, '--db', cluster.url, '--format', 'json'],
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
    const first = await cli(['check', '--db', cluster.url, '--format', 'json'], cwd);
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
    const again = await cli(['check', '--db', cluster.url, '--format', 'json'], cwd);
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
  it('reports a migration needing pg_cron as not validated and carries on', async () => {
    const cwd = project({
      ...base,
      [`${M}/20240301000000_nightly.sql`]: `create extension if not exists pg_cron;
select cron.schedule('purge', '0 3 * * *', 'delete from private.invoices where amount_cents = 0');`,
      [`${M}/20240302000000_index.sql`]: `create index concurrently invoices_ws_idx on private.invoices (batch_id);`,
      [`${M}/20240303000000_cron_log.sql`]: `create extension if not exists pg_cron;
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
    // The table the pg_cron file would have made is missing later: not validated, not a bug.
    const note = report.migrations.find((m) => m.file.endsWith('_cron_log_note.sql'));
    expect(note?.findings.map((f) => [f.rule, f.line])).toEqual([['trace-not-validated', 1]]);
  });

  it('--no-db is lint only', async () => {
    const r = await cli(['check', '--no-db', '--format', 'json'], project(base));
    expect((JSON.parse(r.stdout) as JsonReport).target.kind).toBe('none');
  });
});
