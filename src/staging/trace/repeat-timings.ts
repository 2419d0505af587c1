import type { DatabasePort } from '../../core/db/database-port.ts';
import type { NodeKind, Statement } from '../../core/sql/statement.ts';

/**
 * Extra timings of a statement for `--stats`, taken before the engine runs it for real: the
 * statement is run in a savepoint that is then rolled back, so the file goes on from the same
 * state (locks taken inside a rolled-back savepoint are released with it).
 *
 * Why: on a staging table of a few pages a statement takes a millisecond or two, most of it
 * fixed cost and scheduling noise, and the production estimate multiplies that by the size
 * ratio (often 10,000 or more). One timing made estimates of identical runs differ tenfold; the
 * median of several does not. The clock is the caller's: on the embedded database, which runs
 * in this process, CPU time (its worker thread's, `PgliteDatabase.cpuClock`, else the process's,
 * `processCpuMs`), which a loaded machine does not stretch as it does wall time; on a server,
 * wall time.
 */

/** DDL on existing relations, whose whole effect is undone by rolling back a savepoint. */
const REPEATABLE: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'AlterTableStmt',
  'RenameStmt',
  'IndexStmt',
  'ClusterStmt',
  'ReindexStmt',
  'RefreshMatViewStmt',
  'DropStmt',
  'TruncateStmt',
  'AlterDomainStmt',
  'CreateTrigStmt',
]);

/** At most this many extra runs. */
const MAX_REPEATS = 5;
/** No further repeat once the repeats took this long: far above timer noise by then. */
const BUDGET_MS = 1000;

const SAVEPOINT = 'migration_guard_timing';

/** Whether `statement` may be timed again in a savepoint (inside the file's transaction only). */
export function repeatable(statement: Statement, inTransaction: boolean): boolean {
  return inTransaction && statement.parent === undefined && REPEATABLE.has(statement.kind);
}

/**
 * Run `statement` up to MAX_REPEATS times, each in a savepoint rolled back at once, and return
 * how long each run took. Stops at the first error (the real run will meet and report it).
 */
export async function repeatTimings(
  db: DatabasePort,
  statement: Statement,
  now: () => number,
): Promise<number[]> {
  const timings: number[] = [];
  let spent = 0;
  while (timings.length < MAX_REPEATS && spent < BUDGET_MS) {
    await db.exec(`SAVEPOINT ${SAVEPOINT}`);
    const began = now();
    let failed = false;
    try {
      await db.query(statement.text);
    } catch {
      failed = true;
    }
    const took = now() - began;
    await db.exec(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    await db.exec(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    if (failed) break;
    timings.push(took);
    spent += took;
  }
  return timings;
}
