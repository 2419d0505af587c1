import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionStateQuery } from '../src/core/apply/session-guard.ts';
import {
  type DatabaseNotice,
  DatabaseError,
  type QueryOutcome,
} from '../src/core/db/database-port.ts';
import { timeSettingMs } from '../src/core/db/time-setting.ts';
import { classifyStatementFailure } from '../src/staging/missing-dependency.ts';
import { PgliteDatabase } from '../src/staging/pglite-database.ts';
import {
  statementTimeoutGraceMs,
  stoppedDatabaseMessage,
} from '../src/staging/pglite-worker-protocol.ts';
import { runCli, TempProjects } from './support/cli-runner.ts';

// Shared across runs so only the first run on a machine pays PGlite's cold start.
const pgliteCacheDir = join(process.cwd(), 'node_modules', '.cache', 'migration-guard');

/** Worker threads show up as a MessagePort among the resources keeping Node alive. */
function workerPorts(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
}

async function errorOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('the embedded database enforces statement_timeout', () => {
  it('ends a statement past statement_timeout with 57014, then refuses everything with 57P01', async () => {
    const portsBefore = workerPorts();
    const db = await PgliteDatabase.start({ cacheDir: pgliteCacheDir });
    try {
      await db.exec("set statement_timeout = '1s'");
      const began = performance.now();
      const error = await errorOf(db.exec('select pg_sleep(30)'));
      const elapsedMs = performance.now() - began;

      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toMatchObject({
        code: '57014',
        message: 'canceling statement due to statement timeout',
      });
      // Stopped at statement_timeout + grace (1.5 s). The 500 ms margin is for a busy machine:
      // the timer runs on the main thread, which other tests share; pg_sleep itself would take
      // 30 s, so anything near 2 s proves the stop.
      expect(elapsedMs).toBeGreaterThanOrEqual(1000);
      expect(elapsedMs).toBeLessThan(1000 + statementTimeoutGraceMs + 500);
      expect(db.stoppedAfterTimeout).toBe(true);

      for (const later of [db.query('select 1'), db.exec('select 1'), db.exec('rollback')]) {
        const refused = await errorOf(later);
        expect(refused).toBeInstanceOf(DatabaseError);
        expect(refused).toMatchObject({ code: '57P01', message: stoppedDatabaseMessage });
      }
    } finally {
      await db.close();
    }
    await db.close();
    expect(workerPorts()).toBe(portsBefore);
  });

  describe('a running database', () => {
    let db: PgliteDatabase;
    beforeAll(async () => {
      db = await PgliteDatabase.start({ cacheDir: pgliteCacheDir });
    });
    afterAll(async () => {
      await db?.close();
    });

    it('lets statements within their timeout, or without one, finish', async () => {
      await db.exec('begin');
      await db.exec("set local statement_timeout = '1s'");
      await db.exec('select pg_sleep(0.2)');
      await db.exec('commit');
      await db.exec('set statement_timeout = 0');
      await db.exec('select pg_sleep(1.6)');
      expect(db.stoppedAfterTimeout).toBe(false);
      expect((await db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
    });

    it('brings errors, notices and values across the thread as before', async () => {
      const error = await errorOf(db.exec('select 1;\nselect * from no_such_table'));
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toMatchObject({ code: '42P01', position: 25 });

      const notices: DatabaseNotice[] = [];
      const stop = db.onNotice((notice) => notices.push(notice));
      await db.exec("do $$ begin raise notice 'hello %', 42; end $$");
      stop();
      expect(notices).toMatchObject([{ severity: 'NOTICE', message: 'hello 42' }]);

      const { rows, rowCount } = await db.query(
        'select 9007199254740993::int8 as big, 1.10::numeric as exact, $1::jsonb as doc',
        [{ a: 1 }],
      );
      expect(rows).toEqual([{ big: '9007199254740993', exact: '1.10', doc: { a: 1 } }]);
      expect(rowCount).toBe(1);
    });

    it('runs a statement and the query after it as one request, each within the timeout', async () => {
      const done = await db.queryThen('select 1 as one', {
        sql: "select $1::text as two, current_setting('statement_timeout') as limit",
        params: ['2'],
      });
      expect(done).toEqual({ ok: true, result: { rows: [{ two: '2', limit: '0' }], rowCount: 1 } });
      // The second query's failure comes back as an outcome; the first one's rejects.
      const second = await db.queryThen('select 1', {
        sql: 'select * from no_such_table',
        params: [],
      });
      expect(second).toMatchObject({ ok: false, error: { code: '42P01' } });
      expect(
        await errorOf(db.queryThen('select * from no_such_table', { sql: 'select 1', params: [] })),
      ).toMatchObject({ code: '42P01' });

      // Both queries announce their time limit; the first one's timer must not outlive the
      // request (it would stop the database once the limit has passed, and keep Node alive).
      await db.exec("set statement_timeout = '200ms'");
      await db.queryThen('select 1', { sql: 'select 2', params: [] });
      await new Promise((resolve) => setTimeout(resolve, 200 + statementTimeoutGraceMs + 300));
      expect(db.stoppedAfterTimeout).toBe(false);
      expect((await db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
      await db.exec('set statement_timeout = 0');
    });

    it("reads the session guard's state from the server's memory as the guard's query does", async () => {
      const guardRead = (marker: string | undefined) =>
        sessionStateQuery({
          syntax: {
            standard_conforming_strings: 'on',
            backslash_quote: 'safe_encoding',
            escape_string_warning: 'on',
            client_encoding: 'UTF8',
          },
          limits: { lockTimeoutMs: 4000, statementTimeoutMs: 60_000 },
          marker,
        });
      // The memory gives a time setting in its base unit (`2000`), the query as shown (`2s`).
      const rowOf = (outcome: QueryOutcome<Record<string, unknown>>) => {
        if (!outcome.ok) throw outcome.error;
        const [row] = outcome.result.rows;
        return Object.fromEntries(
          Object.entries(row ?? {}).map(([name, value]) => [
            name,
            name.endsWith('_timeout') ? timeSettingMs(String(value)) : value,
          ]),
        );
      };
      const both = async (marker: string | undefined) => {
        const next = guardRead(marker);
        expect(next.state).toBeDefined();
        const fromMemory = rowOf(await db.queryThen('select 1', next));
        const fromQuery = rowOf(
          await db.queryThen('select 1', { sql: next.sql, params: next.params }),
        );
        return { fromMemory, fromQuery };
      };

      // Outside a transaction block: no transaction to name (the query would start one).
      const alone = await both('1');
      expect(alone.fromMemory['marker']).toBeNull();
      expect({ ...alone.fromMemory, marker: 'any' }).toEqual({ ...alone.fromQuery, marker: 'any' });

      await db.exec('begin');
      try {
        await db.exec("set local lock_timeout = '2s'");
        await db.exec("set local statement_timeout = '90s'");
        await db.exec('set local escape_string_warning = off');
        const inBlock = await both('1');
        expect(inBlock.fromMemory).toEqual(inBlock.fromQuery);
        expect(inBlock.fromMemory).toMatchObject({
          lock_timeout: 2000,
          statement_timeout: 90_000,
          escape_string_warning: 'off',
          standard_conforming_strings: 'on',
        });
        expect(inBlock.fromMemory['marker']).toMatch(/^[0-9]+$/);
        // A statement that ends the transaction and opens another: a new transaction id.
        const chained = rowOf(await db.queryThen('commit and chain', guardRead('1')));
        expect(chained['marker']).toMatch(/^[0-9]+$/);
        expect(chained['marker']).not.toBe(inBlock.fromMemory['marker']);
        const without = rowOf(await db.queryThen('select 1', guardRead(undefined)));
        expect(without['marker']).toBeNull();
      } finally {
        await db.exec('rollback');
      }
    });
  });

  it('reads statement_timeout as Postgres gives it', () => {
    const cases: Array<[string | undefined, number | undefined]> = [
      ['0', 0],
      ['1500', 1500],
      ['1500ms', 1500],
      ['2s', 2000],
      ['10min', 600_000],
      ['1h', 3_600_000],
      ['1d', 86_400_000],
      ['soon', undefined],
      [undefined, undefined],
    ];
    for (const [shown, ms] of cases) expect(timeSettingMs(shown)).toBe(ms);
  });

  it('counts a statement refused by the stopped database as an environment gap', () => {
    const refused = new DatabaseError({ code: '57P01', message: stoppedDatabaseMessage });
    expect(classifyStatementFailure(refused, { line: 3 })).toEqual({
      kind: 'missing-dependency',
      missing: 'the embedded database (stopped after an earlier statement timed out)',
      line: 3,
      message: stoppedDatabaseMessage,
    });
  });
});

describe('check on the embedded database with a runaway statement', () => {
  const projects = new TempProjects();
  const M = 'supabase/migrations';

  beforeAll(async () => {
    // Warm the CLI's cache (the default directory) so the run below measures no cold start.
    const db = await PgliteDatabase.start();
    await db.close();
  });
  afterAll(() => projects.removeAll());

  it('stops the statement at apply.statementTimeoutMs, reports it failed, and finishes', async () => {
    const cwd = projects.create({
      'migration-guard.config.json': JSON.stringify({ apply: { statementTimeoutMs: 1500 } }),
      [`${M}/20240101000000_accounts.sql`]: `create table public.accounts (
  id bigint generated always as identity primary key,
  name text not null
);
alter table public.accounts enable row level security;`,
      [`${M}/20240201000000_slow.sql`]: 'select pg_sleep(30);\n',
      [`${M}/20240301000000_after.sql`]: `alter table public.accounts add column note text;\n`,
    });
    const portsBefore = workerPorts();
    const began = performance.now();
    const r = await runCli(['check', '--format', 'json'], cwd);
    const elapsedMs = performance.now() - began;

    expect(r.stderr).not.toMatch(/internal error/);
    // pg_sleep(30) would take 30 s; a warm start and the 1.5 s timeout take a few.
    expect(elapsedMs).toBeLessThan(25_000);
    const report = JSON.parse(r.stdout) as {
      checks: { id: string; status: string; detail: string }[];
      migrations: {
        file: string;
        staging?: string;
        findings: { rule: string; line: number; message: string }[];
        statements: { line: number; status?: string; error?: string }[];
      }[];
    };
    const slow = report.migrations.find((m) => m.file.endsWith('_slow.sql'));
    expect(slow?.staging).toBe('failed');
    expect(slow?.statements).toMatchObject([
      { line: 1, status: 'failed', error: expect.stringMatching(/statement timeout.*57014/) },
    ]);
    expect(slow?.findings).toContainEqual(
      expect.objectContaining({
        rule: 'trace-statement-failed',
        line: 1,
        message: expect.stringContaining('canceling statement due to statement timeout'),
      }),
    );
    // Nothing ran after the stop: the later file is not run, the checks are skipped, saying why.
    const after = report.migrations.find((m) => m.file.endsWith('_after.sql'));
    expect(after?.staging).toBe('not-run');
    const staged = report.checks.filter((c) => c.id.startsWith('check-'));
    expect(staged.length).toBeGreaterThan(0);
    for (const check of staged) {
      expect(check).toMatchObject({
        status: 'skipped',
        detail: expect.stringContaining('stopped'),
      });
    }
    expect(workerPorts()).toBe(portsBefore);
  });

  it('stops an earlier file that turns standard_conforming_strings off from dynamic SQL, before the text it hides runs', async () => {
    const cwd = projects.create({
      [`${M}/20240101000000_victim.sql`]:
        'create table public.victim (id bigint primary key);\nalter table public.victim enable row level security;\n',
      // Replayed as history (not traced): the session guard reads the server's memory here.
      [`${M}/20240201000000_hidden.sql`]: `create table public.marker (id int primary key);
do $$ begin execute format('%s %s = %s', 'se' || 't', 'standard_' || 'conforming_strings', 'of' || 'f'); end $$;
select 'a\\', '; drop table public.victim; select 1 --';
`,
    });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'history');
    writeFileSync(
      join(cwd, M, '20240301000000_note.sql'),
      'alter table public.victim add column note text;\n',
    );
    const r = await runCli(['check', '--base', 'HEAD', '--format', 'json'], cwd);
    expect(r.stderr).not.toMatch(/internal error/);
    const report = JSON.parse(r.stdout) as {
      history?: { files: number; failures: { file: string; line: number; message?: string }[] };
      migrations: { file: string; staging?: string }[];
    };
    expect(report.history?.failures).toMatchObject([
      { file: `${M}/20240201000000_hidden.sql`, line: 2 },
    ]);
    expect(JSON.stringify(report.history)).toContain(
      'changed standard_conforming_strings from on to off',
    );
    // The hidden DROP never ran: the file under check finds its table.
    expect(report.migrations).toMatchObject([
      { file: `${M}/20240301000000_note.sql`, staging: 'applied' },
    ]);
  });
});
