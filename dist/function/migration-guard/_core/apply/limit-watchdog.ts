import { DatabaseError, type DatabasePort, SqlState } from '../db/database-port.ts';
import type { EngineLimits } from './session-guard.ts';

/**
 * The engine's limits, kept from a second session. The session guard restores `lock_timeout`
 * and `statement_timeout` after each statement, but within one statement (a DO block that
 * switches `lock_timeout` off, with `EXECUTE` of a computed text, then ALTERs a busy table)
 * only another session can stop the work: the server reads `lock_timeout` at each lock wait.
 * (`statement_timeout` is armed when the statement starts, so the server itself still ends a
 * statement that switched it off; the watchdog's statement check is a second line.) The watchdog polls, while a statement runs, whether the engine's
 * backend has waited for a lock longer than the lock timeout, or run longer than the statement
 * timeout, by more than a grace period, and if so cancels it (`pg_cancel_backend`, the same
 * role's right). A cancellation for a lock wait is reported as the lock timeout it replaces,
 * so the transaction is retried as usual.
 *
 * The check and the cancel are one statement, so only a wait still going on is cancelled.
 */

export type WatchdogVerdict = 'lock' | 'statement';

/** Poll every this many ms while a statement runs. */
const pollMs = 100;

/** How far past a limit the watchdog lets the server act first. */
function watchdogGraceMs(limitMs: number): number {
  return Math.max(250, Math.min(5_000, Math.round(limitMs / 2)));
}

export class LimitWatchdog {
  readonly #db: DatabasePort;
  readonly #limits: EngineLimits;

  constructor(db: DatabasePort, limits: EngineLimits) {
    this.#db = db;
    this.#limits = limits;
  }

  /**
   * Run `work` (one statement on the backend `pid`) under watch. Resolves or rejects as `work`
   * does, except that a cancellation for a lock wait rejects as a lock timeout (55P03).
   */
  async watch<T>(pid: number, work: () => Promise<T>): Promise<T> {
    let done = false;
    let verdict: WatchdogVerdict | undefined;
    let wake: (() => void) | undefined;
    // The poll in flight: a cancellation can fail the statement before its answer arrives.
    let polling: Promise<void> = Promise.resolve();
    const lockAfter = `${this.#limits.lockTimeoutMs + watchdogGraceMs(this.#limits.lockTimeoutMs)} milliseconds`;
    const runAfter = `${this.#limits.statementTimeoutMs + watchdogGraceMs(this.#limits.statementTimeoutMs)} milliseconds`;
    const loop = (async () => {
      while (!done) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, pollMs);
        });
        if (done || verdict) continue;
        polling = this.#cancelOverdue(pid, lockAfter, runAfter).then(
          (found) => {
            if (found) verdict = found;
          },
          () => undefined,
        );
        await polling;
      }
    })();
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof DatabaseError) || error.code !== SqlState.queryCanceled) throw error;
      await polling;
      if (verdict === 'lock') {
        throw new DatabaseError({
          code: SqlState.lockNotAvailable,
          message: `canceling statement: it waited longer than the engine's lock_timeout (${this.#limits.lockTimeoutMs} ms) for a lock, with the limit switched off inside the statement (cancelled by migration-guard)`,
        });
      }
      if (verdict === 'statement') {
        throw new DatabaseError({
          code: SqlState.queryCanceled,
          message: `canceling statement: it ran longer than the engine's statement_timeout (${this.#limits.statementTimeoutMs} ms) (cancelled by migration-guard)`,
        });
      }
      throw error;
    } finally {
      done = true;
      wake?.();
      await loop;
    }
  }

  async #cancelOverdue(
    pid: number,
    lockAfter: string,
    runAfter: string,
  ): Promise<WatchdogVerdict | undefined> {
    const { rows } = await this.#db.query<{ why: WatchdogVerdict; cancelled: boolean }>(
      `SELECT w.why, pg_catalog.pg_cancel_backend(w.pid) AS cancelled
         FROM (SELECT a.pid,
                      CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_locks l
                                         WHERE l.pid = a.pid AND NOT l.granted
                                           AND l.waitstart < pg_catalog.clock_timestamp() - $2::interval)
                           THEN 'lock' ELSE 'statement' END AS why,
                      a.query_start < pg_catalog.clock_timestamp() - $3::interval AS overran
                 FROM pg_catalog.pg_stat_activity a
                WHERE a.pid = $1 AND a.state = 'active') w
        WHERE w.why = 'lock' OR w.overran`,
      [pid, lockAfter, runAfter],
    );
    const row = rows[0];
    return row?.cancelled ? row.why : undefined;
  }
}
