import type { DatabasePort } from '@core/db/database-port.ts';

/**
 * One deployment at a time per database: a session-level advisory lock, held by the
 * deployment's audit session for as long as it applies. The server releases it when that
 * session ends, so a crashed or killed function never leaves it held.
 */

/** Any fixed 64-bit number, the same in every version of the function. */
const DEPLOYMENT_LOCK_KEY = '7366590391746381000';
const pollIntervalMs = 200;

/** Try for up to `waitMs`; true when the lock is now held by `db`'s session. */
export async function acquireDeploymentLock(db: DatabasePort, waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const { rows } = await db.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1::bigint) AS locked',
      [DEPLOYMENT_LOCK_KEY],
    );
    if (rows[0]?.locked) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pollIntervalMs, left)));
  }
}

export async function releaseDeploymentLock(db: DatabasePort): Promise<void> {
  await db.query('SELECT pg_advisory_unlock($1::bigint)', [DEPLOYMENT_LOCK_KEY]);
}
