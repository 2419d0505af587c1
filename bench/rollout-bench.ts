/**
 * `npm run bench:rollout`: what an application sees while risky schema changes run, applied
 * naively (plain SQL on one session, no lock_timeout) and in their safe forms through the apply
 * engine (lock_timeout 500 ms, retries); and backfill throughput of keyset batches (the
 * engine's `-- migration-guard:batch` header) against one UPDATE and a `WHERE ... IS NULL
 * LIMIT n` loop. One throwaway PostgreSQL 15 cluster, one table, a probe running throughout.
 */
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import type { ApplyOptions } from '../src/core/apply/apply-options.ts';
import type { DatabasePort } from '../src/core/db/database-port.ts';
import { migrationFile } from '../src/core/migrations/migration-file.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { startPgCluster } from '../test/support/pg-cluster.ts';
import { type BackfillRun, isNullLoop, keysetBackfill, oneUpdate } from './rollout-backfill.ts';
import { Probe } from './rollout-probe.ts';
import {
  type BackfillRow,
  ms,
  type PhaseRow,
  printBackfills,
  printSteps,
  sec,
} from './rollout-report.ts';

const ROWS = Number(process.env['BENCH_ROLLOUT_ROWS'] ?? 1_000_000);
const CLIENTS = Number(process.env['BENCH_ROLLOUT_CLIENTS'] ?? 4);
const INTERVAL_MS = Number(process.env['BENCH_ROLLOUT_INTERVAL_MS'] ?? 5);
const BATCH = Number(process.env['BENCH_ROLLOUT_BATCH'] ?? 5000);
const READER_MS = Number(process.env['BENCH_ROLLOUT_READER_MS'] ?? 5000);
/** Tries for the DDL behind the long reader: enough lock_timeouts to outlast the reader. */
const READER_ATTEMPTS = Number(process.env['BENCH_ROLLOUT_READER_ATTEMPTS'] ?? 10);
/** Each pass of the IS NULL loop may rescan the filled rows: stop it after this long. */
const LOOP_MAX_MS = Number(process.env['BENCH_ROLLOUT_LOOP_MAX_MS'] ?? 120_000);
/** Shortest probe window of a step, so that a p99 has enough operations under it. */
const MIN_WINDOW_MS = Number(process.env['BENCH_ROLLOUT_MIN_WINDOW_MS'] ?? 5000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sessions {
  /** Plain SQL, server defaults: no lock_timeout, no statement_timeout. */
  naive: DatabasePort;
  engine: DatabasePort;
  /** Resets and the long reader's lock check; not measured. */
  admin: DatabasePort;
  reader: DatabasePort;
}

let probe: Probe | undefined;
let nextVersion = 20250101000000;

/**
 * Run `work` as one measured phase. The probe's statistics cover at least `windowMs` from the
 * start (idle after `work` if it ends sooner), so the naive and the engine form of a step are
 * compared over windows of the same length: a p99 over a short window is nearly its maximum.
 */
async function phase(
  step: string,
  form: PhaseRow['form'],
  windowMs: number,
  work: () => Promise<number>,
): Promise<PhaseRow> {
  if (!probe) throw new Error('the probe is not running');
  // The reset before a phase can stall the probe too (a rewrite back): start on schedule.
  await probe.settle();
  const from = performance.now();
  const retries = await work();
  const durationMs = performance.now() - from;
  const window = Math.max(windowMs, durationMs);
  const idle = from + window - performance.now();
  if (idle > 0) await sleep(idle);
  await probe.settle();
  const stats = probe.stats(from, from + window);
  return { step, form, durationMs, windowMs: window, stats, retries };
}

/** Apply each SQL text as one migration file, in order, through the shared engine. */
async function engineApply(
  db: DatabasePort,
  sqls: string[],
  options: ApplyOptions = {},
): Promise<number> {
  const migrations = [];
  for (const sql of sqls) {
    const version = String(nextVersion++);
    migrations.push({ file: await migrationFile(`supabase/migrations/${version}_bench.sql`, sql) });
  }
  const results = await applyMigrations(db, migrations, options);
  const failed = results.find((r) => r.status !== 'applied');
  if (failed)
    throw new Error(`engine: ${failed.file.path} ${failed.status}: ${failed.failure?.message}`);
  return results.reduce((n, r) => n + r.lockRetries, 0);
}

async function naiveRun(db: DatabasePort, sql: string): Promise<number> {
  await db.exec(sql);
  return 0;
}

/**
 * Hold ACCESS SHARE on the table for READER_MS (a slow report, a long analytics query) while
 * `work` runs; `work` starts once the lock is granted.
 */
async function behindLongReader(s: Sessions, work: () => Promise<number>): Promise<number> {
  const pid = (await s.reader.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]
    ?.pid;
  const reading = s.reader.exec(
    `BEGIN; SELECT count(*) FROM (SELECT 1 FROM public.orders LIMIT 1) r; SELECT pg_sleep(${READER_MS / 1000}); COMMIT`,
  );
  for (;;) {
    const { rowCount } = await s.admin.query(
      `SELECT 1 FROM pg_locks WHERE pid = $1 AND relation = 'public.orders'::regclass AND granted`,
      [pid],
    );
    if (rowCount > 0) break;
    await sleep(10);
  }
  const retries = await work();
  await reading;
  return retries;
}

async function vacuum(s: Sessions): Promise<void> {
  await s.admin.exec('VACUUM (ANALYZE) public.orders');
}

async function seed(db: DatabasePort): Promise<void> {
  await db.exec(`CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    workspace_id uuid NOT NULL,
    amount_cents integer NOT NULL,
    status text,
    created_at timestamptz NOT NULL DEFAULT now(),
    note text
  )`);
  await db.exec(`INSERT INTO public.orders
    SELECT g, md5((g % 5000)::text)::uuid, (g * 37) % 100000,
           (ARRAY['open', 'paid', 'void'])[1 + g % 3], now() - g * interval '1 second',
           CASE WHEN g % 4 = 0 THEN 'order ' || g END
      FROM generate_series(1, ${ROWS}) g`);
  await db.exec('VACUUM (ANALYZE) public.orders');
}

/**
 * Measure one step: its safe form through the engine first, then (after `reset`) its naive
 * form over a probe window at least as long, then `reset` again.
 */
async function step(
  name: string,
  engine: () => Promise<number>,
  naive: () => Promise<number>,
  reset: () => Promise<void>,
): Promise<PhaseRow[]> {
  const safe = await phase(name, 'engine', MIN_WINDOW_MS, engine);
  await reset();
  const plain = await phase(name, 'naive', safe.windowMs, naive);
  await reset();
  return [plain, safe];
}

/** The four risky steps, each in its safe form and naively. */
async function riskySteps(s: Sessions): Promise<PhaseRow[]> {
  const t = 'public.orders';
  const rows: PhaseRow[] = [];

  rows.push(
    ...(await step(
      'ALTER COLUMN TYPE int->bigint',
      async () => {
        // Expand, backfill in keyset batches, contract. Nothing writes amount_cents here, so
        // the sync trigger a live application would need between expand and contract is left out.
        let retries = await engineApply(s.engine, [
          `ALTER TABLE ${t} ADD COLUMN amount_big bigint;`,
        ]);
        retries += await engineApply(s.engine, [
          `-- migration-guard:batch table=${t} key=id size=${BATCH}
UPDATE ${t} SET amount_big = amount_cents WHERE amount_big IS NULL;`,
        ]);
        retries += await engineApply(s.engine, [
          `ALTER TABLE ${t} DROP COLUMN amount_cents;
ALTER TABLE ${t} RENAME COLUMN amount_big TO amount_cents;`,
        ]);
        return retries;
      },
      () => naiveRun(s.naive, `ALTER TABLE ${t} ALTER COLUMN amount_cents TYPE bigint`),
      async () => {
        await s.admin.exec(`ALTER TABLE ${t} ALTER COLUMN amount_cents TYPE integer`);
        await vacuum(s);
      },
    )),
  );

  rows.push(
    ...(await step(
      'CREATE INDEX',
      () =>
        engineApply(s.engine, [
          `CREATE INDEX CONCURRENTLY orders_workspace_id_idx ON ${t} (workspace_id);`,
        ]),
      () => naiveRun(s.naive, `CREATE INDEX orders_workspace_id_idx ON ${t} (workspace_id)`),
      () => s.admin.exec('DROP INDEX public.orders_workspace_id_idx'),
    )),
  );

  rows.push(
    ...(await step(
      'SET NOT NULL',
      () =>
        engineApply(s.engine, [
          `ALTER TABLE ${t} ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;`,
          `ALTER TABLE ${t} VALIDATE CONSTRAINT orders_status_not_null;`,
          `ALTER TABLE ${t} ALTER COLUMN status SET NOT NULL;
ALTER TABLE ${t} DROP CONSTRAINT orders_status_not_null;`,
        ]),
      () => naiveRun(s.naive, `ALTER TABLE ${t} ALTER COLUMN status SET NOT NULL`),
      () => s.admin.exec(`ALTER TABLE ${t} ALTER COLUMN status DROP NOT NULL`),
    )),
  );

  const addColumn = `ALTER TABLE ${t} ADD COLUMN flagged boolean`;
  rows.push(
    ...(await step(
      'ADD COLUMN behind long reader',
      () =>
        behindLongReader(s, () =>
          engineApply(s.engine, [`${addColumn};`], { retry: { maxAttempts: READER_ATTEMPTS } }),
        ),
      () => behindLongReader(s, () => naiveRun(s.naive, addColumn)),
      () => s.admin.exec(`ALTER TABLE ${t} DROP COLUMN flagged`),
    )),
  );
  await vacuum(s);
  return rows;
}

/**
 * Fill a new column of every row by each method, with the probe running; VACUUM after each so
 * every method starts from a table without the previous one's dead rows.
 */
async function backfills(s: Sessions): Promise<BackfillRow[]> {
  const methods: [string, string, (column: string) => Promise<BackfillRun>][] = [
    ['keyset batches (engine header)', 'fill_keyset', (c) => keysetBackfill(s.engine, c, BATCH)],
    ['one UPDATE', 'fill_one', (c) => oneUpdate(s.naive, c)],
    [
      `IS NULL LIMIT ${BATCH} loop`,
      'fill_loop',
      (c) => isNullLoop(s.naive, c, BATCH, true, LOOP_MAX_MS),
    ],
    [
      `IS NULL LIMIT ${BATCH} loop, sync scans off`,
      'fill_loop_nosync',
      (c) => isNullLoop(s.naive, c, BATCH, false, LOOP_MAX_MS),
    ],
  ];
  const rows: BackfillRow[] = [];
  for (const [method, column, fill] of methods) {
    await s.admin.exec(`ALTER TABLE public.orders ADD COLUMN ${column} bigint`);
    let run: BackfillRun = { rows: 0, passes: [], stopped: false };
    const measured = await phase(method, 'naive', 0, async () => {
      run = await fill(column);
      return 0;
    });
    rows.push({ method, run, phase: measured });
    await vacuum(s);
  }
  return rows;
}

async function main(): Promise<void> {
  await loadParser();
  const cluster = await startPgCluster();
  const sessions: DatabasePort[] = [];
  const connect = async (name: string) => {
    const db = await PgDatabase.connect({ url: cluster.url, applicationName: name });
    sessions.push(db);
    return db;
  };
  try {
    const s: Sessions = {
      naive: await connect('naive'),
      engine: await connect('engine'),
      admin: await connect('admin'),
      reader: await connect('long-reader'),
    };
    const seeded = performance.now();
    await seed(s.admin);
    const { rows: facts } = await s.admin.query<{ version: string; size: string; sb: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS sb,
              pg_size_pretty(pg_table_size('public.orders')) AS size`,
    );
    console.log(
      `PostgreSQL ${facts[0]?.version}, shared_buffers ${facts[0]?.sb}; public.orders: ${ROWS} rows, ${facts[0]?.size} (seeded in ${sec(performance.now() - seeded)}); probe: ${CLIENTS} clients alternating point read / point update by id, one every ${INTERVAL_MS} ms each (latency from the scheduled start); long reader ${sec(READER_MS)}; batch ${BATCH}`,
    );
    const running = await Probe.start({
      url: cluster.url,
      clients: CLIENTS,
      rows: ROWS,
      intervalMs: INTERVAL_MS,
    });
    probe = running;
    const baseFrom = performance.now();
    await sleep(3000);
    const base = running.stats(baseFrom, performance.now());
    console.log(
      `baseline (probe alone, 3 s): ${base.ops} ops, p50 ${ms(base.p50Ms)}, p99 ${ms(base.p99Ms)}, max ${ms(base.maxMs)}, longest gap ${ms(base.longestGapMs)}\n`,
    );

    printSteps(await riskySteps(s));
    console.log(`\nbackfill of ${ROWS} rows into a new bigint column (SET col = amount_cents):`);
    printBackfills(await backfills(s));
  } finally {
    await probe?.stop();
    for (const db of sessions) await db.close();
    await cluster.stop();
  }
}

await main();
