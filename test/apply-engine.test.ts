import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorPosition } from '../src/core/apply/apply-failure.ts';
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import {
  type ApplyClock,
  backoffDelayMs,
  resolveApplyOptions,
} from '../src/core/apply/apply-options.ts';
import { planMigration } from '../src/core/apply/apply-plan.ts';
import { cliStatements, readRecordedVersions } from '../src/core/apply/migration-history.ts';
import { DatabaseError } from '../src/core/db/database-port.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { migrationFiles, type TraceTarget, traceTargets } from './support/trace-target.ts';

beforeAll(async () => {
  await loadParser();
});

describe('planMigration', () => {
  it('groups transactional statements and runs CREATE INDEX CONCURRENTLY alone, naming the half-apply risk', () => {
    const plan = planMigration(
      parseSql(
        [
          'alter table public.projects add column archived_at timestamptz;',
          'update public.projects set archived_at = now() where false;',
          'create index concurrently projects_archived_at_idx on public.projects (archived_at);',
          'vacuum analyze public.projects;',
          'comment on column public.projects.archived_at is $$when archived$$;',
        ].join('\n'),
      ),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.units.map((u) => [u.kind, u.statements.map((s) => s.line)])).toEqual([
      ['transaction', [1, 2]],
      ['alone', [3]],
      ['alone', [4]],
      ['transaction', [5]],
    ]);
    expect(plan.canBeHalfApplied).toBe(true);
    expect(plan.halfApply).toMatchObject({ line: 3, command: 'CREATE INDEX CONCURRENTLY' });
  });

  it('a plain file is one transaction that cannot be half applied', () => {
    const plan = planMigration(
      parseSql(
        'create table public.workspaces (id bigint primary key);\nalter table public.workspaces add column name text;',
      ),
    );
    expect(plan.units).toHaveLength(1);
    expect(plan.canBeHalfApplied).toBe(false);
    expect(plan.halfApply).toBeUndefined();
  });

  it('honours explicit BEGIN/COMMIT as unit boundaries and keeps the BEGIN options', () => {
    const plan = planMigration(
      parseSql(
        'begin isolation level serializable;\ncreate table public.a (id int);\ncommit;\ncreate table public.b (id int);\nbegin;\ncreate table public.c (id int);\ncommit;',
      ),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.units.map((u) => [u.begin, u.statements.map((s) => s.line)])).toEqual([
      ['begin isolation level serializable', [2]],
      ['BEGIN', [4]],
      ['begin', [6]],
    ]);
    expect(plan.halfApply).toMatchObject({ line: 4 });
  });

  it('refuses ROLLBACK, an unclosed BEGIN, COMMIT without BEGIN, CONCURRENTLY inside BEGIN, and syntax errors', () => {
    const problems = (sql: string) => planMigration(parseSql(sql)).problems;
    expect(problems('create table public.a (id int);\nrollback;')).toMatchObject([
      { line: 2, message: expect.stringContaining('ROLLBACK') },
    ]);
    expect(problems('begin;\ncreate table public.a (id int);')).toMatchObject([
      { line: 1, message: expect.stringContaining('never committed') },
    ]);
    expect(problems('create table public.a (id int);\ncommit;')).toMatchObject([{ line: 2 }]);
    expect(
      problems('begin;\ncreate index concurrently a_id on public.a (id);\ncommit;'),
    ).toMatchObject([
      {
        line: 2,
        message: expect.stringContaining(
          'CREATE INDEX CONCURRENTLY cannot run inside the transaction opened by BEGIN at line 1',
        ),
      },
    ]);
    expect(problems('create table public.a (id int,);')).toMatchObject([{ line: 1 }]);
  });
});

describe('Supabase CLI history rows', () => {
  it('stores statements as the CLI splits them: leading comments kept, semicolons dropped, trimmed', () => {
    const sql =
      '-- invoices\ncreate table public.invoices (id int);\n\n/* backfill; later */\ninsert into public.invoices values (1);  \ncreate function public.f() returns int language sql as $$ select 1; $$;\n-- trailing\n';
    expect(cliStatements(parseSql(sql))).toEqual([
      '-- invoices\ncreate table public.invoices (id int)',
      '/* backfill; later */\ninsert into public.invoices values (1)',
      'create function public.f() returns int language sql as $$ select 1; $$',
      '-- trailing',
    ]);
  });

  // Each case is what `supabase migration up` (supabase 3.1.0) recorded for the same file;
  // test/supabase-cli-parity.test.ts runs the CLI itself.
  it.each([
    ['an empty file', '', []],
    [
      'a comment-only file',
      '-- written by supabase migration new\n',
      ['-- written by supabase migration new'],
    ],
    ['semicolons only', ';\n;;\n', []],
    ['`;;` between statements', 'select 1;;\nselect 2;\n', ['select 1', 'select 2']],
    [
      'a byte-order mark',
      '\uFEFFcreate table public.t (id int);\n',
      ['create table public.t (id int)'],
    ],
    [
      'CRLF line endings',
      '-- crlf\r\nselect 1;\r\nselect 2;\r\n',
      ['-- crlf\r\nselect 1', 'select 2'],
    ],
    [
      'a BEGIN ATOMIC body',
      'create function public.h() returns int language sql\nbegin atomic\n  select 1;\n  select 2;\nend;\nselect 3;',
      [
        'create function public.h() returns int language sql\nbegin atomic\n  select 1;\n  select 2;\nend',
        'select 3',
      ],
    ],
  ])('records %s as the CLI does', (_label, sql, expected) => {
    expect(cliStatements(parseSql(sql))).toEqual(expected);
  });
});

describe('errorPosition', () => {
  it('maps a character offset in a multi-line statement to the line and column of the file', () => {
    const [, statement] = parseSql(
      'select 1;\nupdate public.invoices\n   set memo = 1\n where amount_centz > 0;',
    ).statements;
    if (!statement) throw new Error('no statement');
    const position = statement.text.indexOf('amount_centz') + 1;
    expect(
      errorPosition(statement, new DatabaseError({ code: '42703', message: 'x', position })),
    ).toEqual({ line: 4, column: 8 });
    expect(errorPosition(statement, new DatabaseError({ code: '42703', message: 'x' }))).toEqual({
      line: 2,
      column: 1,
    });
  });
});

describe('backoff', () => {
  it('is full jitter under a doubling, capped ceiling', () => {
    const clock: ApplyClock = { now: () => 0, sleep: async () => undefined, random: () => 0.5 };
    const options = resolveApplyOptions({ retry: { baseDelayMs: 100, maxDelayMs: 350 }, clock });
    expect([1, 2, 3, 4].map((attempt) => backoffDelayMs(attempt, options))).toEqual([
      50, 100, 175, 175,
    ]);
  });
});

describe.each(traceTargets)('apply engine on %s', (_label, open) => {
  let target: TraceTarget;
  beforeAll(async () => {
    target = await open();
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  });
  beforeEach(async () => {
    await target.db.exec(
      'drop schema if exists app cascade; drop schema if exists supabase_migrations cascade; create schema app;' +
        'create table app.invoices (id bigint primary key, amount_cents integer not null);' +
        'insert into app.invoices select g, g * 10 from generate_series(1, 20) g;',
    );
  });

  it('records applied files as the Supabase CLI does, and reads them back', async () => {
    const files = await migrationFiles(
      'alter table app.invoices add column memo text;',
      '-- index for reports\ncreate index concurrently invoices_amount_idx on app.invoices (amount_cents);',
    );
    expect(await readRecordedVersions(target.db)).toEqual(new Set());
    const results = await applyMigrations(
      target.db,
      files.map((file) => ({ file })),
      { record: true },
    );
    expect(results.map((r) => [r.status, r.recorded])).toEqual([
      ['applied', true],
      ['applied', true],
    ]);
    const { rows } = await target.db.query<{ version: string; name: string; statements: string[] }>(
      'select version, name, statements from supabase_migrations.schema_migrations order by version',
    );
    expect(rows).toEqual([
      {
        version: '20240601000000',
        name: 'step_0',
        statements: ['alter table app.invoices add column memo text'],
      },
      {
        version: '20240601000001',
        name: 'step_1',
        statements: [
          '-- index for reports\ncreate index concurrently invoices_amount_idx on app.invoices (amount_cents)',
        ],
      },
    ]);
    expect(await readRecordedVersions(target.db)).toEqual(
      new Set(['20240601000000', '20240601000001']),
    );
  });

  it('records files with nothing to run (empty, comments, semicolons) as the Supabase CLI does', async () => {
    const files = await migrationFiles('', '-- written by supabase migration new\n', ';;\n');
    const results = await applyMigrations(
      target.db,
      files.map((file) => ({ file })),
      { record: true },
    );
    expect(results.map((r) => [r.status, r.recorded])).toEqual([
      ['applied', true],
      ['applied', true],
      ['applied', true],
    ]);
    const { rows } = await target.db.query<{ version: string; statements: string[] }>(
      'select version, statements from supabase_migrations.schema_migrations order by version',
    );
    expect(rows).toEqual([
      { version: '20240601000000', statements: [] },
      { version: '20240601000001', statements: ['-- written by supabase migration new'] },
      { version: '20240601000002', statements: [] },
    ]);
  });

  it('a failed file rolls back its transaction and is not recorded; later files do not run', async () => {
    const files = await migrationFiles(
      'alter table app.invoices add column memo text;\nalter table app.invoices add column memo text;',
      'alter table app.invoices add column paid boolean;',
    );
    const results = await applyMigrations(
      target.db,
      files.map((file) => ({ file })),
      { record: true },
    );
    expect(results.map((r) => r.status)).toEqual(['failed', 'not-run']);
    expect(results[0]?.statements.map((s) => s.status)).toEqual(['rolled-back', 'failed']);
    expect(results[0]?.failure).toMatchObject({ line: 2, sqlState: '42701', halfApplied: false });
    expect(await readRecordedVersions(target.db)).toEqual(new Set());
    const { rows } = await target.db.query(
      "select count(*)::int as n from information_schema.columns where table_schema = 'app' and table_name = 'invoices'",
    );
    expect(rows).toEqual([{ n: 2 }]);
  });

  it("the engine's lock_timeout wins over a file's own SET lock_timeout = 0", async () => {
    const [file] = await migrationFiles(
      "set lock_timeout = 0;\nselect current_setting('lock_timeout') as lock_timeout;",
    );
    if (!file) throw new Error('no file');
    const seen: string[] = [];
    await applyMigrations(target.db, [{ file }], {
      lockTimeoutMs: 750,
      hooks: {
        afterStatement: async ({ db, statement, error }) => {
          if (statement.index === 0 && !error) {
            const { rows } = await db.query<{ v: string }>(
              "select current_setting('lock_timeout') as v",
            );
            seen.push(rows[0]?.v ?? '');
          }
        },
        beforeCommit: async ({ db }) => {
          const { rows } = await db.query<{ v: string }>(
            "select current_setting('lock_timeout') as v",
          );
          seen.push(rows[0]?.v ?? '');
        },
      },
    });
    expect(seen).toEqual(['0', '750ms']);
  });

  describe('lock timeouts (a second session holds a conflicting lock)', () => {
    const fastRetry = {
      lockTimeoutMs: 100,
      retry: { maxAttempts: 3, baseDelayMs: 40, maxDelayMs: 1000 },
    };

    it('times out, retries the whole transaction, and succeeds once the holder lets go', async (context) => {
      if (!target.url) return context.skip();
      const holder = await PgDatabase.connect({ url: target.url });
      try {
        await holder.exec('begin; select count(*) from app.invoices');
        const sleeps: number[] = [];
        const clock: ApplyClock = {
          now: () => performance.now(),
          random: () => 0.5,
          sleep: async (ms) => {
            sleeps.push(ms);
            if (sleeps.length === 1) await holder.exec('commit');
          },
        };
        const [file] = await migrationFiles(
          'create table app.invoice_events (id bigint primary key);\nalter table app.invoices add column paid_at timestamptz;',
        );
        if (!file) throw new Error('no file');
        const [result] = await applyMigrations(target.db, [{ file }], { ...fastRetry, clock });
        expect(result?.status).toBe('applied');
        expect(result?.lockRetries).toBe(1);
        expect(sleeps).toEqual([20]);
        const { rows } = await target.db.query(
          "select to_regclass('app.invoice_events') is not null as created",
        );
        expect(rows).toEqual([{ created: true }]);
      } finally {
        await holder.close();
      }
    });

    it('gives up after the configured attempts with a clear error, and applies nothing', async (context) => {
      if (!target.url) return context.skip();
      const holder = await PgDatabase.connect({ url: target.url });
      try {
        await holder.exec('begin; select count(*) from app.invoices');
        const sleeps: number[] = [];
        const clock: ApplyClock = {
          now: () => performance.now(),
          random: () => 0.5,
          sleep: async (ms) => {
            sleeps.push(ms);
          },
        };
        const [file] = await migrationFiles(
          'create table app.invoice_events (id bigint primary key);\n\nalter table app.invoices\n  add column paid_at timestamptz;',
        );
        if (!file) throw new Error('no file');
        const [result] = await applyMigrations(target.db, [{ file }], { ...fastRetry, clock });
        expect(result?.status).toBe('failed');
        expect(sleeps).toEqual([20, 40]);
        expect(result?.failure).toMatchObject({
          kind: 'lock-timeout',
          attempts: 3,
          statementLine: 3,
          sqlState: '55P03',
        });
        const message = result?.failure?.message ?? '';
        expect(message).toContain(`${file.path}:3`);
        expect(message).toContain('gave up after 3 tries');
        expect(message).toContain('lock_timeout (100 ms)');
        expect(message).toContain('on app.invoices');
        expect(message).toContain('AccessShareLock on app.invoices by pid');
        expect(message).toContain('Nothing from this transaction was applied');
        await holder.exec('commit');
        const { rows } = await target.db.query(
          "select to_regclass('app.invoice_events') is null as no_table, count(*)::int as columns from information_schema.columns where table_schema = 'app' and table_name = 'invoices'",
        );
        expect(rows).toEqual([{ no_table: true, columns: 2 }]);
      } finally {
        await holder.close();
      }
    });
  });
});
