import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import type { MigrationApplyResult } from '../src/core/apply/apply-result.ts';
import type { DatabasePort } from '../src/core/db/database-port.ts';
import type { MigrationFile } from '../src/core/migrations/migration-file.ts';
import { ruleById } from '../src/core/rules/registry.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { reconcileTrace } from '../src/staging/trace/reconcile-trace.ts';
import { StatementTracer } from '../src/staging/trace/statement-tracer.ts';
import { statementReports } from '../src/staging/trace/statement-reports.ts';
import type { FileTrace, StatementTrace } from '../src/staging/trace/trace-model.ts';
import {
  lintLast,
  migrationFiles,
  type TraceTarget,
  traceTargets,
} from './support/trace-target.ts';
import { waitFor } from './support/wait-for.ts';

/** A small multi-tenant schema with rows, committed before the traced file. */
const history = `
create table app.workspaces (id bigint generated always as identity primary key, name text not null);
create table app.invoices (
  id bigint generated always as identity primary key,
  workspace_id bigint not null references app.workspaces (id),
  amount_cents integer not null,
  memo text
);
create index invoices_workspace_id_idx on app.invoices (workspace_id);
insert into app.workspaces (name) select 'ws ' || g from generate_series(1, 5) g;
insert into app.invoices (workspace_id, amount_cents, memo)
  select 1 + g % 5, g * 100, case when g % 3 = 0 then null else 'memo ' || g end from generate_series(1, 200) g;
`;

interface TracedRun {
  result: MigrationApplyResult;
  trace: FileTrace;
  files: MigrationFile[];
}

function statementAt(trace: FileTrace, line: number): StatementTrace {
  const found = trace.statements.find((s) => s.line === line);
  if (!found) throw new Error(`no traced statement at line ${line}`);
  return found;
}

describe.each(traceTargets)('trace on %s', (_label, open) => {
  let target: TraceTarget;

  beforeAll(async () => {
    await loadParser();
    target = await open();
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  });
  beforeEach(async () => {
    await target.db.exec('drop schema if exists app cascade; create schema app');
  });

  /** Replay `historySql` untraced, then apply and trace `sql` as the last file. */
  async function traced(sql: string, historySql = history): Promise<TracedRun> {
    await target.db.exec(historySql);
    const files = await migrationFiles(historySql, sql);
    const file = files[1];
    if (!file) throw new Error('no file');
    const tracer = new StatementTracer();
    const [result] = await applyMigrations(target.db, [{ file }], { hooks: tracer.hooks });
    const trace = tracer.traceOf(file.path);
    if (!result || !trace) throw new Error('no result');
    return { result, trace, files };
  }

  it('pays one catalog round trip per traced statement (issue 16: locks, relations and scans in one query)', async () => {
    // The catalog reads (locks, relations, scan counters) the apply makes, counted on the real
    // target: a call whose SQL reads pg_locks, pg_class or pg_stat_xact_user_tables.
    const catalogRead = /pg_locks|pg_class|pg_stat_xact_user_tables/;
    const counted = (db: DatabasePort) => {
      let calls = 0;
      const wrapped = new Proxy(db, {
        get(target, key) {
          const value = Reflect.get(target, key, target);
          if (typeof value !== 'function') return value;
          const method = value.bind(target);
          if (key !== 'query' && key !== 'queryThen' && key !== 'exec') return method;
          return (...args: unknown[]) => {
            if (catalogRead.test(String(args[0]))) calls++;
            return method(...args);
          };
        },
      });
      return { db: wrapped, calls: () => calls };
    };
    /** Catalog reads the tracer adds to an apply of `statements` UPDATEs. */
    const tracerCalls = async (statements: number): Promise<number> => {
      const sql = Array.from(
        { length: statements },
        (_, i) => `update app.invoices set memo = 'traced ${i}' where id = ${i + 1};`,
      ).join('\n');
      const apply = async (traced: boolean) => {
        await target.db.exec('drop schema if exists app cascade; create schema app');
        await target.db.exec(history);
        const file = (await migrationFiles(history, sql))[1];
        if (!file) throw new Error('no file');
        const { db, calls } = counted(target.db);
        const tracer = new StatementTracer();
        const [result] = await applyMigrations(
          db,
          [{ file }],
          traced ? { hooks: tracer.hooks } : {},
        );
        expect(result?.status).toBe('applied');
        if (traced) expect(tracer.traceOf(file.path)?.statements).toHaveLength(statements);
        return calls();
      };
      return (await apply(true)) - (await apply(false));
    };
    const one = await tracerCalls(1);
    const six = await tracerCalls(6);
    expect(one).toBeGreaterThan(0);
    // Five more traced statements, five more catalog reads: one each, whatever it pays per file
    // and per transaction.
    expect(six - one).toBe(5);
  });

  it('ALTER COLUMN TYPE on a table with rows: AccessExclusiveLock and a rewrite, confirming the lint finding', async () => {
    const { result, trace, files } = await traced(
      'alter table app.invoices alter column amount_cents type bigint;',
    );
    expect(result.status).toBe('applied');
    const statement = statementAt(trace, 1);
    expect(statement.locks).toContainEqual(
      expect.objectContaining({
        relation: 'app.invoices',
        mode: 'AccessExclusiveLock',
        blocks: { reads: true, writes: true },
      }),
    );
    expect(statement.rewrites).toEqual(['app.invoices']);
    expect(
      statement.locks.find((l) => l.relation === 'app.invoices')?.heldMs,
    ).toBeGreaterThanOrEqual(0);

    const [report] = statementReports(result, trace);
    expect(report?.locks).toEqual([{ relation: 'app.invoices', mode: 'AccessExclusiveLock' }]);
    expect(report?.rewrites).toEqual(['app.invoices']);

    const lint = lintLast(files);
    expect(lint.map((f) => f.rule)).toContain('alter-column-type');
    const { findings, traceFindings } = reconcileTrace({
      findings: lint,
      trace,
      predictsOf: (id) => ruleById(id)?.meta.predicts,
    });
    expect(findings.find((f) => f.rule === 'alter-column-type')?.trace).toBe('confirmed');
    expect(traceFindings).toEqual([]);
  });

  it('ADD COLUMN NOT NULL without a default reads the table: add-column-required predicted it, no trace finding', async () => {
    const { result, trace, files } = await traced(
      'alter table app.notes add column author text not null;',
      `${history}
create table app.notes (id bigint generated always as identity primary key, body text);`,
    );
    expect(result.status).toBe('applied');
    const statement = statementAt(trace, 1);
    expect(statement.scans.map((s) => s.relation)).toContain('app.notes');
    const lint = lintLast(files);
    expect(lint.map((f) => f.rule)).toContain('add-column-required');
    const { findings, traceFindings } = reconcileTrace({
      findings: lint,
      trace,
      predictsOf: (id) => ruleById(id)?.meta.predicts,
    });
    expect(findings.find((f) => f.rule === 'add-column-required')?.trace).toBe('confirmed');
    expect(traceFindings).toEqual([]);
    // Without the prediction the same trace raises trace-dangerous-lock: the test can fail.
    const unpredicted = reconcileTrace({ findings: lint, trace, predictsOf: () => undefined });
    expect(unpredicted.traceFindings.map((f) => f.rule)).toEqual(['trace-dangerous-lock']);
  });

  it("an extension reading its own table under a lock is not the migration's row work; naming it is", async () => {
    // A stand-in for pg_cron: its job table, and unschedule() reading it.
    const extension = `${history}
create schema if not exists cron;
create table if not exists cron.job (jobid bigint primary key, jobname text);
insert into cron.job values (1, 'nightly') on conflict do nothing;
create or replace function cron.unschedule(name text) returns boolean language sql
  as $$ select exists (select 1 from cron.job where jobname = name) $$;`;
    const owned = new Set(['cron.job']);
    const unschedule = await traced(
      "drop index app.invoices_workspace_id_idx;\nselect cron.unschedule('nightly');",
      extension,
    );
    expect(statementAt(unschedule.trace, 2).scans.map((s) => s.relation)).toContain('cron.job');
    const reconcile = (run: TracedRun, extensionRelations?: ReadonlySet<string>) =>
      reconcileTrace({
        findings: [],
        trace: run.trace,
        predictsOf: () => undefined,
        parsed: parseSql(run.files[1]?.sql ?? ''),
        ...(extensionRelations ? { extensionRelations } : {}),
      }).traceFindings.map((f) => f.rule);
    expect(reconcile(unschedule, owned)).toEqual([]);
    // Without knowing the table is the extension's, the same trace is reported.
    expect(reconcile(unschedule)).toEqual(['trace-dangerous-lock']);

    await target.db.exec('drop schema app cascade; create schema app; drop schema cron cascade');
    const purge = await traced(
      'drop index app.invoices_workspace_id_idx;\ndelete from cron.job where jobname <> $$x$$;',
      extension,
    );
    expect(reconcile(purge, owned)).toEqual(['trace-dangerous-lock']);
    await target.db.exec('drop schema cron cascade');
  });

  it('REFRESH MATERIALIZED VIEW CONCURRENTLY: its EXCLUSIVE lock lets reads through and nothing else writes a view', async () => {
    const { trace, files } = await traced(
      `create index invoices_amount_idx on app.invoices (amount_cents);
refresh materialized view concurrently app.invoice_totals;`,
      `${history}
create materialized view app.invoice_totals as
  select workspace_id, sum(amount_cents) as total from app.invoices group by 1;
create unique index invoice_totals_workspace_idx on app.invoice_totals (workspace_id);`,
    );
    const refresh = statementAt(trace, 2);
    const lock = refresh.locks.find((l) => l.relation === 'app.invoice_totals');
    expect(lock).toMatchObject({ mode: 'ExclusiveLock', blocks: { reads: false, writes: true } });
    const { traceFindings } = reconcileTrace({
      findings: lintLast(files),
      trace,
      predictsOf: (id) => ruleById(id)?.meta.predicts,
    });
    // The index build's SHARE lock on app.invoices (a table) still counts: create-index-non-concurrent
    // predicts it. Nothing is said of the view.
    expect(traceFindings.filter((f) => f.message.includes('app.invoice_totals'))).toEqual([]);
  });

  it('text to citext keeps the table and rebuilds the index on the column, confirming the lint finding (PostgreSQL only)', async (context) => {
    // The trace's embedded target loads no contrib extension; the CLI's does (citext included).
    if (!target.url) return context.skip();
    const { trace, files } = await traced(
      'alter table app.invoices alter column memo type citext;',
      `create extension if not exists citext;
${history}
create index invoices_memo_idx on app.invoices (memo);`,
    );
    const statement = statementAt(trace, 1);
    expect(statement.rewrites).toEqual([]);
    expect(statement.rebuiltIndexes).toEqual(['app.invoices_memo_idx']);
    expect(statement.created).toEqual([]);
    const lint = lintLast(files);
    expect(lint.find((f) => f.rule === 'alter-column-type')?.message).toContain(
      'rebuilds index invoices_memo_idx',
    );
    const { findings } = reconcileTrace({
      findings: lint,
      trace,
      predictsOf: (id) => ruleById(id)?.meta.predicts,
    });
    expect(findings.find((f) => f.rule === 'alter-column-type')?.trace).toBe('confirmed');

    // varchar(10) -> varchar(20): the index gets a new oid too, but keeps its storage.
    await target.db.exec('drop schema app cascade; create schema app');
    const widened = await traced(
      'alter table app.invoices alter column memo type varchar(400);',
      `${history}
alter table app.invoices alter column memo type varchar(200);
create index invoices_memo_idx on app.invoices (memo);`,
    );
    expect(statementAt(widened.trace, 1).rebuiltIndexes).toEqual([]);
    expect(statementAt(widened.trace, 1).created).toEqual([]);
  });

  it('CREATE INDEX takes a ShareLock (blocks writes, not reads); CONCURRENTLY takes nothing that blocks writes', async () => {
    const plain = await traced('create index invoices_amount_idx on app.invoices (amount_cents);');
    const lock = statementAt(plain.trace, 1).locks.find((l) => l.relation === 'app.invoices');
    expect(lock).toMatchObject({ mode: 'ShareLock', blocks: { reads: false, writes: true } });
    expect(statementAt(plain.trace, 1).scans).toContainEqual({
      relation: 'app.invoices',
      count: 1,
    });
    expect(statementAt(plain.trace, 1).created).toEqual([
      { relation: 'app.invoices_amount_idx', kind: 'index' },
    ]);

    await target.db.exec('drop schema app cascade; create schema app');
    const concurrent = await traced(
      'create index concurrently invoices_amount_idx on app.invoices (amount_cents);',
    );
    expect(concurrent.result.status).toBe('applied');
    const statement = statementAt(concurrent.trace, 1);
    expect(statement.locks.filter((l) => l.blocks.writes)).toEqual([]);
    expect(statement.created).toEqual([{ relation: 'app.invoices_amount_idx', kind: 'index' }]);
    expect(concurrent.result.plan.units[0]?.kind).toBe('alone');
    // Run outside a transaction block, its locks were gone before the tracer could read them
    // (it took ShareUpdateExclusiveLock): the report lists none and denies none.
    const [report] = statementReports(concurrent.result, concurrent.trace);
    expect(report?.status).toBe('applied');
    expect(report).not.toHaveProperty('locks');
  });

  it('SET NOT NULL scans the table, unless a validated CHECK proves it', async () => {
    const scanned = await traced(
      'alter table app.invoices alter column workspace_id drop not null;\nalter table app.invoices alter column workspace_id set not null;',
    );
    expect(statementAt(scanned.trace, 2).scans).toContainEqual(
      expect.objectContaining({ relation: 'app.invoices' }),
    );

    await target.db.exec('drop schema app cascade; create schema app');
    const proven = await traced(
      'alter table app.invoices alter column memo set not null;',
      `${history}
update app.invoices set memo = '' where memo is null;
alter table app.invoices add constraint invoices_memo_not_null check (memo is not null) not valid;
alter table app.invoices validate constraint invoices_memo_not_null;`,
    );
    expect(proven.result.status).toBe('applied');
    expect(statementAt(proven.trace, 1).scans).toEqual([]);
    expect(statementAt(proven.trace, 1).rewrites).toEqual([]);
  });

  it('a validated CHECK still proves NOT NULL after RENAME COLUMN, RENAME TO and SET SCHEMA: no scan, and the lint agrees', async () => {
    const validated = `${history}
update app.invoices set memo = '' where memo is null;
alter table app.invoices add constraint invoices_memo_not_null check (memo is not null) not valid;
alter table app.invoices validate constraint invoices_memo_not_null;`;
    try {
      const renamed = await traced(
        'alter table app_billing.bills alter column note set not null;',
        `${validated}
alter table app.invoices rename column memo to note;
alter table app.invoices rename to bills;
create schema app_billing;
alter table app.bills set schema app_billing;`,
      );
      expect(renamed.result.status).toBe('applied');
      expect(statementAt(renamed.trace, 1).scans).toEqual([]);
      expect(lintLast(renamed.files).map((f) => f.rule)).not.toContain('set-not-null');
    } finally {
      await target.db.exec('drop schema if exists app_billing cascade');
    }

    // The CHECK went with the renamed column: a column added under the old name is scanned,
    // and the lint must say so.
    await target.db.exec('drop schema app cascade; create schema app');
    const readded = await traced(
      'alter table app.invoices alter column memo set not null;',
      `${validated}
alter table app.invoices rename column memo to note;
alter table app.invoices add column memo text;
update app.invoices set memo = note;`,
    );
    expect(readded.result.status).toBe('applied');
    expect(statementAt(readded.trace, 1).scans).toContainEqual(
      expect.objectContaining({ relation: 'app.invoices' }),
    );
    expect(lintLast(readded.files).map((f) => f.rule)).toContain('set-not-null');
  });

  it('ADD COLUMN with a constant default does not rewrite; with a volatile default it does', async () => {
    const constant = await traced(
      "alter table app.invoices add column currency text not null default 'EUR';",
    );
    expect(statementAt(constant.trace, 1).rewrites).toEqual([]);
    expect(statementAt(constant.trace, 1).scans).toEqual([]);

    await target.db.exec('drop schema app cascade; create schema app');
    const volatile = await traced(
      'alter table app.invoices add column issued_at timestamptz not null default clock_timestamp();',
    );
    expect(statementAt(volatile.trace, 1).rewrites).toEqual(['app.invoices']);
    // Without a lint finding to predict it, an unexplained rewrite is an error finding.
    const { traceFindings } = reconcileTrace({
      findings: [],
      trace: volatile.trace,
      predictsOf: () => undefined,
    });
    expect(traceFindings).toMatchObject([
      { rule: 'trace-table-rewrite', severity: 'error', line: 1, source: 'trace' },
    ]);
    // With the lint findings it is predicted, and confirmed.
    const reconciled = reconcileTrace({
      findings: lintLast(volatile.files),
      trace: volatile.trace,
      predictsOf: (id) => ruleById(id)?.meta.predicts,
    });
    expect(reconciled.traceFindings).toEqual([]);
    expect(reconciled.findings.find((f) => f.rule === 'add-column-rewrite')?.trace).toBe(
      'confirmed',
    );
  });

  it('a statement that fails on the target: error finding at its line, Postgres message, nothing applied', async () => {
    const sql = [
      'create table app.projects (id bigint primary key, workspace_id bigint not null);',
      'update app.invoices',
      "   set memo = 'paid'",
      ' where amount_centz > 1000;',
    ].join('\n');
    const { result, trace } = await traced(sql);
    expect(result.status).toBe('failed');
    expect(result.failure).toMatchObject({
      kind: 'statement-failed',
      sqlState: '42703',
      line: 4,
      column: 8,
      statementLine: 2,
    });
    expect(result.failure?.message).toContain('column "amount_centz" does not exist');
    expect(result.failure?.message).toContain('Nothing from this transaction was applied');
    const { traceFindings } = reconcileTrace({ findings: [], trace, predictsOf: () => undefined });
    expect(traceFindings).toMatchObject([
      { rule: 'trace-statement-failed', severity: 'error', line: 4 },
    ]);
    expect(traceFindings[0]?.message).toContain('column "amount_centz" does not exist');
    expect(statementReports(result, trace)[1]?.error).toContain('SQLSTATE 42703');
    const { rows } = await target.db.query("select to_regclass('app.projects') is null as absent");
    expect(rows[0]).toEqual({ absent: true });
  });

  it('a migration needing an extension the target lacks is reported as not validated, not crashed', async () => {
    const { result, trace } = await traced(
      'create extension if not exists plls;\ncreate function app.one() returns int language plls as $ls$ 1 $ls$;',
    );
    expect(result.status).toBe('failed');
    expect(result.failure?.missing).toMatchObject({ kind: 'extension', name: 'plls' });
    const { traceFindings } = reconcileTrace({ findings: [], trace, predictsOf: () => undefined });
    expect(traceFindings).toMatchObject([{ rule: 'trace-not-validated', line: 1 }]);
    expect(traceFindings[0]?.message).toContain('the target lacks extension plls');
  });

  it('an unpredicted blocking lock held over a full scan becomes trace-dangerous-lock', async () => {
    const sql =
      'lock table app.invoices in share row exclusive mode;\nupdate app.invoices set memo = upper(memo);';
    const { trace } = await traced(sql);
    expect(statementAt(trace, 1).locks).toContainEqual(
      expect.objectContaining({ relation: 'app.invoices', mode: 'ShareRowExclusiveLock' }),
    );
    expect(statementAt(trace, 2).scans).toContainEqual(
      expect.objectContaining({ relation: 'app.invoices' }),
    );
    const { traceFindings } = reconcileTrace({ findings: [], trace, predictsOf: () => undefined });
    expect(traceFindings).toMatchObject([{ rule: 'trace-dangerous-lock', line: 1 }]);
    expect(traceFindings[0]?.message).toContain('every row of app.invoices was read at line 2');
    // Suppressing the finding at the statement silences it.
    const suppressed = reconcileTrace({
      findings: [],
      trace,
      parsed: parseSql(`-- migration-guard-ignore trace-dangerous-lock: off-hours job\n${sql}`),
      predictsOf: () => undefined,
    });
    expect(suppressed.traceFindings).toEqual([]);
  });

  it('an ADD COLUMN without row work takes AccessExclusiveLock but is not reported as dangerous', async () => {
    const { trace } = await traced('alter table app.invoices add column paid_at timestamptz;');
    expect(statementAt(trace, 1).locks).toContainEqual(
      expect.objectContaining({ relation: 'app.invoices', mode: 'AccessExclusiveLock' }),
    );
    expect(
      reconcileTrace({ findings: [], trace, predictsOf: () => undefined }).traceFindings,
    ).toEqual([]);
  });

  it('rollback mode validates and leaves nothing; a statement that cannot run in a transaction is skipped', async () => {
    await target.db.exec(history);
    const files = await migrationFiles(
      'alter table app.invoices add column paid_at timestamptz;',
      'create index concurrently invoices_paid_at_idx on app.invoices (paid_at);\ncreate table app.audit_log (id bigint primary key);',
    );
    const tracer = new StatementTracer();
    const results = await applyMigrations(
      target.db,
      files.map((file) => ({ file })),
      { mode: 'rollback', hooks: tracer.hooks },
    );
    expect(results.map((r) => r.status)).toEqual(['validated', 'validated']);
    expect(results[1]?.statements.map((s) => s.status)).toEqual(['skipped', 'applied']);
    const trace = tracer.traceOf(files[1]?.path ?? '');
    if (!trace) throw new Error('no trace');
    expect(
      reconcileTrace({ findings: [], trace, predictsOf: () => undefined }).traceFindings,
    ).toMatchObject([{ rule: 'trace-not-validated', line: 1 }]);
    const { rows } = await target.db.query<{ columns: string; audit: boolean }>(
      "select count(*)::text as columns, to_regclass('app.audit_log') is null as audit from information_schema.columns where table_schema = 'app' and table_name = 'invoices' and column_name = 'paid_at'",
    );
    expect(rows[0]).toEqual({ columns: '0', audit: true });
  });

  it('CREATE INDEX CONCURRENTLY lets another session write while it waits (PostgreSQL only)', async (context) => {
    if (!target.url) return context.skip();
    await target.db.exec(history);
    const [file] = await migrationFiles(
      'create index concurrently invoices_amount_idx on app.invoices (amount_cents);',
    );
    if (!file) throw new Error('no file');
    const writer = await PgDatabase.connect({ url: target.url });
    try {
      await writer.exec(
        'begin; insert into app.invoices (workspace_id, amount_cents) values (1, 1)',
      );
      const applying = applyMigrations(target.db, [{ file }], { lockTimeoutMs: 10_000 });
      // Until CIC waits for the writer's transaction (another session: pg_stat_activity is
      // read once per transaction, and the writer's is open).
      const observer = await PgDatabase.connect({ url: target.url });
      try {
        await waitFor('CREATE INDEX CONCURRENTLY to wait for the writer', async () => {
          const { rows } = await observer.query<{ n: number }>(
            "select count(*)::int as n from pg_stat_activity where pid <> pg_backend_pid() and wait_event_type = 'Lock' and query ilike '%create index concurrently%'",
          );
          return (rows[0]?.n ?? 0) > 0;
        });
      } finally {
        await observer.close();
      }
      const started = performance.now();
      // CIC waits for the writer's transaction; the writer is not blocked by it.
      await writer.exec('insert into app.invoices (workspace_id, amount_cents) values (2, 2)');
      expect(performance.now() - started).toBeLessThan(250);
      await writer.exec('commit');
      const [result] = await applying;
      expect(result?.status).toBe('applied');
      const { rows } = await target.db.query(
        "select indisvalid from pg_index where indexrelid = to_regclass('app.invoices_amount_idx')",
      );
      expect(rows).toEqual([{ indisvalid: true }]);
    } finally {
      await writer.close();
    }
  });
});
