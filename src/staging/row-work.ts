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
 * database (it runs in a worker thread of this process). On a machine shared with other work,
 * wall time stretches with whatever else runs; CPU time counts only the work.
 */
export function processCpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** Milliseconds per byte of table, one value per timing, by kind of work. */
export type RowWorkRates = ReadonlyMap<RowWork, readonly number[]>;

/** The calibration table's rows: about 2.5 MiB with its primary key, far above fixed costs. */
const CALIBRATION_ROWS = 30_000;
const TIMINGS = 5;
const SCHEMA = 'migration_guard_calibration';

const WORK_SQL: Record<RowWork, string> = {
  rewrite: `ALTER TABLE ${SCHEMA}.rows ALTER COLUMN n TYPE bigint`,
  index: `CREATE INDEX ON ${SCHEMA}.rows (label)`,
  scan: `ALTER TABLE ${SCHEMA}.rows ADD CONSTRAINT n_not_negative CHECK (n >= 0)`,
};

/**
 * Time each kind of work in `kinds` TIMINGS times on a table of CALIBRATION_ROWS rows that the
 * run creates and rolls back (a savepoint when `inTransaction`, else a transaction of its own),
 * so nothing of it is left. Undefined when the database refuses (no CREATE privilege, say):
 * estimates then scale the statement's own timings.
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
    const rates = new Map<RowWork, number[]>();
    for (const kind of kinds) {
      const timings: number[] = [];
      for (let i = 0; i < TIMINGS; i++) {
        await db.exec('SAVEPOINT migration_guard_calibration_run');
        const began = now();
        await db.exec(WORK_SQL[kind]);
        timings.push((now() - began) / bytes);
        await db.exec('ROLLBACK TO SAVEPOINT migration_guard_calibration_run');
      }
      rates.set(kind, timings);
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
