import type { DatabasePort } from '../core/db/database-port.ts';
import type { StatementTrace } from './trace/trace-model.ts';

/**
 * The work a statement did on a pre-existing table's rows, as the trace saw it, and how fast
 * the staging database does each kind of it, for `--stats`.
 *
 * Why a calibration: a statement on a staging table of a few pages (or none: the usual embedded
 * run without a seed) takes a millisecond or two, almost all of it fixed cost that does not grow
 * with the table. Scaling that by production's size ratio (10,000x and more) multiplied timer
 * noise into estimates that moved tenfold between identical runs. Timing the same kind of work
 * on a table large enough that the fixed cost is lost in it gives the cost per byte instead.
 */
export type RowWork = 'rewrite' | 'index' | 'scan';

/** What kind of row work a traced statement did, or undefined when it read no rows. */
export function rowWorkOf(trace: StatementTrace): RowWork | undefined {
  if (trace.rewrites.length > 0) return 'rewrite';
  if (trace.rebuiltIndexes.length > 0) return 'index';
  const scanned = trace.scans.some((s) => s.count > 0);
  if (!scanned) return undefined;
  return trace.created.some((c) => c.kind === 'index') ? 'index' : 'scan';
}

/**
 * The pre-existing tables whose rows the statement read: those it rewrote or scanned, and,
 * for a REINDEX (which rebuilds indexes from the table's rows), the tables it locked.
 */
export function tablesRead(trace: StatementTrace): string[] {
  const read = new Set([
    ...trace.rewrites,
    ...trace.scans.filter((s) => s.count > 0).map((s) => s.relation),
  ]);
  if (trace.rebuiltIndexes.length > 0) {
    for (const lock of trace.locks) {
      if (lock.relationKind === 'table' && (lock.blocks.reads || lock.blocks.writes))
        read.add(lock.relation);
    }
  }
  return [...read];
}

/**
 * This process's CPU time in milliseconds, all threads: the clock for work done by the embedded
 * database (it runs in a worker thread of this process) where the system does not show that
 * thread's own time (`PgliteDatabase.cpuClock`). On a machine shared with other work, wall time
 * stretches with whatever else runs; CPU time counts only the work.
 */
export function processCpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * Milliseconds per byte of table, one value per timing, by kind of work. The estimate rests on
 * the fastest (`fastestRate`), the range on all of them.
 */
export type RowWorkRates = ReadonlyMap<RowWork, readonly number[]>;

/**
 * The cost per byte of a kind of work: its fastest timing. What slows a timing down on the same
 * machine only ever adds to it (a garbage collection of the embedded database's heap, memory
 * the operating system hands out for the first time, another process on the core), and lands
 * in some timings and not others; the median of five flipped between a fast and a slow group
 * from one run to the next (one CREATE INDEX estimate 1.9 s in one run, 4.8 s in another). The
 * fastest of them is the work itself.
 */
export function fastestRate(timings: readonly number[]): number | undefined {
  return timings.length > 0 ? Math.min(...timings) : undefined;
}

/** The calibration table's rows: 2.9 MiB with its primary key (3,022,848 bytes on PGlite). */
const CALIBRATION_ROWS = 30_000;
/**
 * Rounds of timings, each timing every kind of work once (so that a slow stretch of the machine
 * falls on one round, not on all the timings of one kind): the first is not kept (the database
 * grows its memory then; a first rewrite took twice as long as the next), then up to ROUNDS kept.
 */
const ROUNDS = 7;
/** No round after this many ms of timed work, once MIN_ROUNDS rounds are kept. */
const BUDGET_MS = 1500;
const MIN_ROUNDS = 4;
const SCHEMA = 'migration_guard_calibration';

const WORK_SQL: Record<RowWork, string> = {
  rewrite: `ALTER TABLE ${SCHEMA}.rows ALTER COLUMN n TYPE bigint`,
  index: `CREATE INDEX ON ${SCHEMA}.rows (label)`,
  scan: `ALTER TABLE ${SCHEMA}.rows ADD CONSTRAINT n_not_negative CHECK (n >= 0)`,
};

/**
 * Time each kind of work in `kinds` on a table of CALIBRATION_ROWS rows that the run creates and
 * rolls back (a savepoint when `inTransaction`, else a transaction of its own), so nothing of it
 * is left: a round not kept, then up to ROUNDS rounds (BUDGET_MS). Undefined when the database
 * refuses (no CREATE privilege, say): estimates then scale the statement's own timings.
 */
export async function calibrateRowWork(
  db: DatabasePort,
  kinds: ReadonlySet<RowWork>,
  inTransaction: boolean,
  now: () => number,
): Promise<Map<RowWork, number[]> | undefined> {
  if (kinds.size === 0) return new Map();
  try {
    await db.exec(inTransaction ? `SAVEPOINT ${SCHEMA}` : 'BEGIN');
  } catch {
    return undefined;
  }
  try {
    await db.exec(`CREATE SCHEMA ${SCHEMA}`);
    await db.exec(
      `CREATE TABLE ${SCHEMA}.rows (id bigint PRIMARY KEY, n integer NOT NULL, label text NOT NULL)`,
    );
    await db.exec(
      `INSERT INTO ${SCHEMA}.rows SELECT g, g % 1000, md5(g::text) FROM generate_series(1, ${CALIBRATION_ROWS}) g`,
    );
    const { rows } = await db.query<{ bytes: string }>(
      `SELECT pg_total_relation_size('${SCHEMA}.rows')::text AS bytes`,
    );
    const bytes = Number(rows[0]?.bytes ?? 0);
    if (!(bytes > 0)) return undefined;
    const rates = new Map<RowWork, number[]>([...kinds].map((kind) => [kind, []]));
    let spent = 0;
    for (let round = 0; round <= ROUNDS; round++) {
      if (round > MIN_ROUNDS && spent >= BUDGET_MS) break;
      for (const kind of kinds) {
        await db.exec('SAVEPOINT migration_guard_calibration_run');
        const began = now();
        await db.exec(WORK_SQL[kind]);
        const took = now() - began;
        await db.exec('ROLLBACK TO SAVEPOINT migration_guard_calibration_run');
        if (round === 0) continue;
        rates.get(kind)?.push(took / bytes);
        spent += took;
      }
    }
    return rates;
  } catch {
    return undefined;
  } finally {
    await db
      .exec(inTransaction ? `ROLLBACK TO SAVEPOINT ${SCHEMA}` : 'ROLLBACK')
      .catch(() => undefined);
    if (inTransaction) await db.exec(`RELEASE SAVEPOINT ${SCHEMA}`).catch(() => undefined);
  }
}
