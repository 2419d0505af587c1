import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import type { ApplyClock, ApplyOptions } from '../src/core/apply/apply-options.ts';
import { planMigration } from '../src/core/apply/apply-plan.ts';
import type {
  BackfillBatchProgress,
  BackfillCursor,
  BackfillStore,
} from '../src/core/apply/backfill-cursor.ts';
import { readRecordedVersions } from '../src/core/apply/migration-history.ts';
import type { DatabasePort } from '../src/core/db/database-port.ts';
import { type MigrationFile, migrationFile } from '../src/core/migrations/migration-file.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { type StagingTarget, stagingTargets } from './support/staging-targets.ts';

const ROWS = 20_000;
/** PGlite runs one thread in-process: a smaller table keeps the staging-path test quick. */
const PGLITE_ROWS = 4_000;
const VERSION = '20250301120000';

/** Invoices of a multi-tenant app; `touched` counts how often the backfill changed a row. */
const setup = (
  rows: number,
) => `drop schema if exists app cascade; drop schema if exists supabase_migrations cascade;
create schema app;
create table app.invoices (
  id bigint primary key,
  workspace_id int not null,
  status text not null,
  total numeric(12,2) not null,
  total_cents bigint,
  touched int not null default 0
);
insert into app.invoices (id, workspace_id, status, total)
select g, g % 37, case when g % 10 = 0 then 'void' else 'open' end, g / 100.0
  from generate_series(1, ${rows}) g;
create table app.documents (id uuid primary key default gen_random_uuid(), title text not null, touched int not null default 0);
insert into app.documents (title) select 'doc ' || g from generate_series(1, 3000) g;
create table app.backfill_cursors (version text primary key, cursor jsonb not null);`;

const BACKFILL = `-- cents for every live invoice
-- migration-guard:batch table=app.invoices key=id size=1500
UPDATE app.invoices AS i
   SET total_cents = round(i.total * 100), touched = i.touched + 1
 WHERE i.status <> 'void';`;

async function file(sql: string, version = VERSION, name = 'backfill'): Promise<MigrationFile> {
  return migrationFile(`supabase/migrations/${version}_${name}.sql`, sql);
}

/**
 * The store the edge function is meant to write: a table written through the engine's own
 * session, so the cursor commits with its batch. `saves` logs what was saved.
 */
function tableStore(saves: BackfillCursor[]): BackfillStore {
  return {
    async load(version, db) {
      const { rows } = await db.query<{ cursor: BackfillCursor }>(
        'select cursor from app.backfill_cursors where version = $1',
        [version],
      );
      return rows[0]?.cursor;
    },
    async save(version, cursor, db) {
      saves.push(cursor);
      await db.query(
        `insert into app.backfill_cursors (version, cursor) values ($1, $2::jsonb)
         on conflict (version) do update set cursor = excluded.cursor`,
        [version, JSON.stringify(cursor)],
      );
    },
  };
}

async function touchedCounts(db: DatabasePort): Promise<Record<string, number>> {
  const { rows } = await db.query<{ status: string; touched: number; n: number }>(
    'select status, touched, count(*)::int as n from app.invoices group by 1, 2 order by 1, 2',
  );
  return Object.fromEntries(rows.map((r) => [`${r.status}:${r.touched}`, r.n]));
}

const everyLiveRowOnce = { 'open:1': ROWS - ROWS / 10, 'void:0': ROWS / 10 };

/**
 * Every batch appears to take exactly the default target (200 ms), so batch sizes stay as the
 * header says and batch counts are predictable; sleeps (retry backoff) call `onSleep`.
 */
function steadyClock(onSleep: () => Promise<void> = async () => {}): ApplyClock {
  let t = 0;
  return { now: () => (t += 200), sleep: onSleep, random: () => 0.5 };
}

beforeAll(async () => {
  await loadParser();
});

describe('batch header in the plan', () => {
  it('makes the file one backfill unit that can be half applied', () => {
    const plan = planMigration(parseSql(BACKFILL));
    expect(plan.problems).toEqual([]);
    expect(plan.units.map((u) => u.kind)).toEqual(['backfill']);
    expect(plan.units[0]?.batch).toMatchObject({ key: 'id', size: 1500, targetMs: 200, line: 2 });
    expect(plan.canBeHalfApplied).toBe(true);
  });

  it.each([
    [
      'another statement in the file',
      `${BACKFILL}\nALTER TABLE app.invoices ADD COLUMN paid boolean;`,
    ],
    [
      'a table the UPDATE does not write',
      BACKFILL.replace('table=app.invoices', 'table=app.documents'),
    ],
    ['size 0', BACKFILL.replace('size=1500', 'size=0')],
    ['size over a million', BACKFILL.replace('size=1500', 'size=2000000')],
    ['a composite key', BACKFILL.replace('key=id', 'key=id,workspace_id')],
    ['a missing key', BACKFILL.replace(' key=id', '')],
    ['an unknown option', BACKFILL.replace('size=1500', 'size=1500 sleep=10')],
    ['the key set by the UPDATE', BACKFILL.replace('touched = i.touched + 1', 'id = i.id + 0')],
    [
      'a header under the UPDATE',
      'UPDATE app.invoices SET touched = 1;\n-- migration-guard:batch table=app.invoices key=id size=10',
    ],
    [
      'a header over a DELETE',
      '-- migration-guard:batch table=app.invoices key=id size=10\nDELETE FROM app.invoices;',
    ],
  ])('refuses %s', (_name, sql) => {
    const plan = planMigration(parseSql(sql));
    expect(plan.units).toEqual([]);
    expect(plan.problems.length).toBeGreaterThan(0);
    expect(plan.problems[0]?.message).toMatch(/^batch header: /);
  });
});

const [postgres, pglite] = stagingTargets({ shim: false });

describe('batched backfill on PostgreSQL 15', () => {
  let target: StagingTarget;
  beforeAll(async () => {
    if (!postgres) throw new Error('no PostgreSQL target');
    const open = postgres[1];
    target = await open();
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  });
  beforeEach(async () => {
    await target.db.exec(setup(ROWS));
  });

  it('updates every matching row exactly once, in batches, saving the cursor with each batch', async () => {
    const saves: BackfillCursor[] = [];
    const progress: BackfillBatchProgress[] = [];
    const [result] = await applyMigrations(target.db, [{ file: await file(BACKFILL) }], {
      record: true,
      clock: steadyClock(),
      backfill: tableStore(saves),
      hooks: { onBackfillBatch: (p) => void progress.push(p) },
    });
    expect(result?.status).toBe('applied');
    expect(result?.recorded).toBe(true);
    expect(await touchedCounts(target.db)).toEqual(everyLiveRowOnce);
    expect(result?.backfill).toMatchObject({
      table: 'app.invoices',
      key: 'id',
      lastKey: String(ROWS),
      rowsUpdated: ROWS - ROWS / 10,
      done: true,
    });
    const batches = result?.backfill?.batches ?? 0;
    expect(batches).toBe(Math.ceil(ROWS / 1500));
    expect(saves.map((s) => s.batches)).toEqual([...Array(batches).keys()].map((i) => i + 1));
    const keys = saves.map((s) => Number(s.lastKey));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(saves.filter((s) => s.done)).toHaveLength(1);
    expect(progress).toHaveLength(batches);
    const { rows } = await target.db.query<{ cursor: BackfillCursor }>(
      'select cursor from app.backfill_cursors',
    );
    expect(rows[0]?.cursor).toEqual(saves.at(-1));
    expect(await readRecordedVersions(target.db)).toEqual(new Set([VERSION]));
  });

  it('pauses between batches when asked to stop, records nothing, and resumes where it stopped', async () => {
    const saves: BackfillCursor[] = [];
    const store = tableStore(saves);
    const files = [
      { file: await file(BACKFILL) },
      { file: await file('select 1;', '20250301120001', 'later') },
    ];
    let batches = 0;
    const stopAfterThree: ApplyOptions = {
      record: true,
      clock: steadyClock(),
      backfill: store,
      shouldStop: () => batches >= 3,
      hooks: { onBackfillBatch: () => void batches++ },
    };
    const first = await applyMigrations(target.db, files, stopAfterThree);
    expect(first.map((r) => r.status)).toEqual(['paused', 'not-run']);
    expect(first[0]?.backfill).toMatchObject({ batches: 3, done: false, lastKey: '4500' });
    expect(await readRecordedVersions(target.db)).toEqual(new Set());
    const { rows } = await target.db.query<{ n: number }>(
      'select count(*)::int as n from app.invoices where touched = 1',
    );
    expect(rows[0]?.n).toBe(4500 - 450);

    const second = await applyMigrations(target.db, files, { record: true, backfill: store });
    expect(second.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(second[0]?.backfill).toMatchObject({ done: true, rowsUpdated: ROWS - ROWS / 10 });
    expect(await touchedCounts(target.db)).toEqual(everyLiveRowOnce);
    expect(await readRecordedVersions(target.db)).toEqual(new Set([VERSION, '20250301120001']));
  });

  it('stops before the first file when asked to stop at once', async () => {
    const results = await applyMigrations(target.db, [{ file: await file(BACKFILL) }], {
      shouldStop: () => true,
    });
    expect(results.map((r) => r.status)).toEqual(['not-run']);
    expect(await touchedCounts(target.db)).toMatchObject({ 'open:0': ROWS - ROWS / 10 });
  });

  it('walks a uuid key', async () => {
    const sql = `-- migration-guard:batch table=app.documents key=id size=700
UPDATE app.documents SET title = upper(title), touched = touched + 1;`;
    const [result] = await applyMigrations(target.db, [{ file: await file(sql) }], {
      clock: steadyClock(),
    });
    expect(result?.status).toBe('applied');
    expect(result?.backfill).toMatchObject({ batches: 5, rowsUpdated: 3000, done: true });
    const { rows } = await target.db.query<{ touched: number; n: number }>(
      'select touched, count(*)::int as n from app.documents group by 1',
    );
    expect(rows).toEqual([{ touched: 1, n: 3000 }]);
  });

  it('refuses a key that is not indexed or is nullable, before any row changes', async () => {
    for (const [key, reason] of [
      ['workspace_id', /no btree index .* starts with workspace_id/],
      ['total_cents', /nullable/],
    ] as const) {
      const sql = BACKFILL.replace('key=id', `key=${key}`).replace(
        'total_cents = round(i.total * 100), ',
        '',
      );
      const [result] = await applyMigrations(target.db, [{ file: await file(sql) }], {
        record: true,
      });
      expect(result?.status).toBe('refused');
      expect(result?.failure?.message).toMatch(reason);
    }
    expect(await touchedCounts(target.db)).toMatchObject({ 'open:0': ROWS - ROWS / 10 });
    expect(await readRecordedVersions(target.db)).toEqual(new Set());
  });

  it('sizes batches toward target-ms within a tenth and ten times the header size', async () => {
    let t = 0;
    // Every batch appears to take 400 ms: twice the target, so the size halves down to its floor.
    const slowClock: ApplyClock = { now: () => (t += 400), sleep: async () => {}, random: () => 0 };
    const fastClock: ApplyClock = { now: () => (t += 20), sleep: async () => {}, random: () => 0 };
    const sizes: number[] = [];
    const sql = BACKFILL.replace('size=1500', 'size=2000 target-ms=200');
    const [result] = await applyMigrations(target.db, [{ file: await file(sql) }], {
      clock: slowClock,
      hooks: { onBackfillBatch: (p) => void sizes.push(p.batchSize) },
    });
    expect(result?.status).toBe('applied');
    expect(sizes.slice(0, 6)).toEqual([2000, 1000, 500, 250, 200, 200]);
    expect(await touchedCounts(target.db)).toEqual(everyLiveRowOnce);

    // 20 ms batches: the size doubles up to ten times the header's.
    await target.db.exec('update app.invoices set touched = 0');
    sizes.length = 0;
    const small = BACKFILL.replace('size=1500', 'size=100');
    await applyMigrations(target.db, [{ file: await file(small) }], {
      clock: fastClock,
      hooks: { onBackfillBatch: (p) => void sizes.push(p.batchSize) },
    });
    expect(sizes.slice(0, 6)).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(await touchedCounts(target.db)).toEqual(everyLiveRowOnce);
  });

  it('rollback mode runs the batches in the savepoint, traces each one, and keeps nothing', async () => {
    const traced: number[] = [];
    const [result] = await applyMigrations(target.db, [{ file: await file(BACKFILL) }], {
      mode: 'rollback',
      record: true,
      clock: steadyClock(),
      hooks: { afterStatement: async ({ statement }) => void traced.push(statement.index) },
    });
    expect(result?.status).toBe('validated');
    expect(result?.backfill).toMatchObject({ done: true, rowsUpdated: ROWS - ROWS / 10 });
    expect(traced.length).toBe(result?.backfill?.batches);
    expect(await touchedCounts(target.db)).toMatchObject({ 'open:0': ROWS - ROWS / 10 });
  });

  describe('lock timeouts', () => {
    const fastRetry = { lockTimeoutMs: 100, retry: { maxAttempts: 3, baseDelayMs: 20 } };

    it('retries a batch blocked by a row lock and finishes once the holder lets go', async (context) => {
      if (!target.url) return context.skip();
      const holder = await PgDatabase.connect({ url: target.url });
      try {
        await holder.exec("begin; update app.invoices set status = 'open' where id = 7001");
        const clock = steadyClock(() => holder.exec('commit'));
        const [result] = await applyMigrations(target.db, [{ file: await file(BACKFILL) }], {
          ...fastRetry,
          clock,
          record: true,
        });
        expect(result?.status).toBe('applied');
        expect(result?.lockRetries).toBe(1);
        expect(await touchedCounts(target.db)).toEqual(everyLiveRowOnce);
      } finally {
        await holder.close();
      }
    });

    it('gives up on a table locked by another session; committed batches stay and the next run resumes', async (context) => {
      if (!target.url) return context.skip();
      const saves: BackfillCursor[] = [];
      const store = tableStore(saves);
      const holder = await PgDatabase.connect({ url: target.url });
      try {
        let batches = 0;
        const [result] = await applyMigrations(target.db, [{ file: await file(BACKFILL) }], {
          ...fastRetry,
          clock: steadyClock(),
          record: true,
          backfill: store,
          hooks: {
            onBackfillBatch: async () => {
              if (++batches === 2)
                await holder.exec('begin; lock table app.invoices in share mode');
            },
          },
        });
        expect(result?.status).toBe('half-applied');
        expect(result?.failure).toMatchObject({
          kind: 'lock-timeout',
          attempts: 3,
          halfApplied: true,
        });
        expect(result?.failure?.message).toContain('the next run resumes there');
        expect(result?.backfill).toMatchObject({ batches: 2, lastKey: '3000' });
        expect(await readRecordedVersions(target.db)).toEqual(new Set());
        await holder.exec('commit');
        const [again] = await applyMigrations(target.db, [{ file: await file(BACKFILL) }], {
          record: true,
          backfill: store,
        });
        expect(again?.status).toBe('applied');
        expect(await touchedCounts(target.db)).toEqual(everyLiveRowOnce);
      } finally {
        await holder.close();
      }
    });
  });
});

describe('batched backfill on PGlite (the embedded staging target)', () => {
  let target: StagingTarget;
  beforeAll(async () => {
    if (!pglite) throw new Error('no PGlite target');
    target = await pglite[1]();
    await target.db.exec(setup(PGLITE_ROWS));
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  });

  it('validates in rollback mode, then applies in commit mode, each row once', async () => {
    const migration = { file: await file(BACKFILL.replace('size=1500', 'size=1000')) };
    const [validated] = await applyMigrations(target.db, [migration], {
      mode: 'rollback',
      record: true,
      clock: steadyClock(),
    });
    expect(validated?.status).toBe('validated');
    // 4,000 rows in batches of 1,000: the fifth batch finds no row and records the file.
    expect(validated?.backfill).toMatchObject({ batches: 5, rowsUpdated: 3600, done: true });
    expect(await readRecordedVersions(target.db)).toEqual(new Set());
    const [applied] = await applyMigrations(target.db, [migration], {
      record: true,
      clock: steadyClock(),
    });
    expect(applied?.status).toBe('applied');
    expect(await touchedCounts(target.db)).toEqual({
      'open:1': PGLITE_ROWS - PGLITE_ROWS / 10,
      'void:0': PGLITE_ROWS / 10,
    });
    expect(await readRecordedVersions(target.db)).toEqual(new Set([VERSION]));
  });
});
