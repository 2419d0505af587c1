import type { ApplyHooks, UnitHookContext } from '@core/apply/apply-hooks.ts';
import type { DatabasePort } from '@core/db/database-port.ts';

/**
 * One deployment at a time per database, held where the work is done.
 *
 * A lease row (`migration_guard.deployment_lease`) names the invocation that may apply, until it
 * expires. It is claimed in a transaction of its own, and every unit the engine runs (each
 * file's transaction, each batch of a backfill) checks and renews it inside that unit's own
 * transaction, under `pg_advisory_xact_lock`: the transaction that applies is the one that holds
 * the lock, and the lock ends with it. So:
 *
 * - a claim waits for a unit in progress (the transaction lock) and never overlaps one;
 * - an invocation whose lease was taken over (it expired while the invocation was stuck, or a
 *   resend of the same deployment claimed it) fails its next check and rolls that unit back
 *   before anything of it commits;
 * - nothing is held by a session: a lost audit connection, a pooler recycling connections, or a
 *   transaction-mode pooler handing each transaction to another server session leave nothing
 *   behind (no session advisory lock to leak).
 *
 * A statement that cannot run in a transaction (CREATE INDEX CONCURRENTLY) has its check in a
 * transaction just before it, not around it.
 */

/** Any fixed 64-bit number, the same in every version of the function. */
const LEASE_LOCK_KEY = '7366590391746381002';
const pollIntervalMs = 200;

export const LEASE_DDL = `CREATE TABLE IF NOT EXISTS migration_guard.deployment_lease (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    holder text NOT NULL,
    deployment_id text NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`;

/** The lease of this invocation was taken over: stop before anything more commits. */
class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
}

export type ClaimResult = { claimed: true } | { claimed: false; heldBy: string | undefined };

export class DeploymentLease {
  /** This invocation's token. */
  readonly holder = crypto.randomUUID();
  readonly #deploymentId: string;
  readonly #ttlMs: number;
  /** Set once a check found the lease taken over. */
  lost: string | undefined;

  constructor(deploymentId: string, ttlMs: number) {
    this.#deploymentId = deploymentId;
    this.#ttlMs = ttlMs;
  }

  /**
   * Claim the lease for up to `waitMs`: free, expired, or held by another invocation of this
   * same deployment (a resend takes over; the earlier invocation stops at its next check).
   */
  async claim(db: DatabasePort, waitMs: number): Promise<ClaimResult> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const result = await this.#tryClaim(db);
      if (result.claimed) return result;
      const left = deadline - Date.now();
      if (left <= 0) return result;
      await new Promise((resolve) => setTimeout(resolve, Math.min(pollIntervalMs, left)));
    }
  }

  async #tryClaim(db: DatabasePort): Promise<ClaimResult> {
    await db.query('BEGIN');
    try {
      const { rows: locked } = await db.query<{ locked: boolean }>(
        'SELECT pg_catalog.pg_try_advisory_xact_lock($1::bigint) AS locked',
        [LEASE_LOCK_KEY],
      );
      if (!locked[0]?.locked) {
        // A unit of another invocation is running right now.
        const heldBy = await currentHolder(db);
        await db.query('ROLLBACK');
        return { claimed: false, heldBy };
      }
      const { rows } = await db.query<{ holder: string }>(
        `INSERT INTO migration_guard.deployment_lease AS l (id, holder, deployment_id, expires_at)
         VALUES (true, $1, $2, pg_catalog.clock_timestamp() + $3::interval)
         ON CONFLICT (id) DO UPDATE
            SET holder = EXCLUDED.holder, deployment_id = EXCLUDED.deployment_id,
                claimed_at = pg_catalog.now(), expires_at = EXCLUDED.expires_at
          WHERE l.expires_at < pg_catalog.clock_timestamp() OR l.deployment_id = EXCLUDED.deployment_id
         RETURNING l.holder`,
        [this.holder, this.#deploymentId, `${this.#ttlMs} milliseconds`],
      );
      if (rows[0]?.holder === this.holder) {
        await db.query('COMMIT');
        return { claimed: true };
      }
      const heldBy = await currentHolder(db);
      await db.query('ROLLBACK');
      return { claimed: false, heldBy };
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /**
   * Inside a transaction of the applying session: wait for the lease's transaction lock, then
   * renew the lease if it is still this invocation's; throw `LeaseLostError` if not.
   */
  async check(db: DatabasePort): Promise<void> {
    await db.query('SELECT pg_catalog.pg_advisory_xact_lock($1::bigint)', [LEASE_LOCK_KEY]);
    const { rows } = await db.query<{ holder: string }>(
      `UPDATE migration_guard.deployment_lease
          SET expires_at = pg_catalog.clock_timestamp() + $2::interval
        WHERE holder = $1
        RETURNING holder`,
      [this.holder, `${this.#ttlMs} milliseconds`],
    );
    if (rows.length === 0) {
      this.lost ??=
        'the deployment lease was taken over (by a resend of this deployment, or after it expired); this invocation stopped before the unit committed';
      throw new LeaseLostError(this.lost);
    }
  }

  /** Check in a transaction of its own (before a statement that cannot run in one). */
  async checkAlone(db: DatabasePort): Promise<void> {
    await db.query('BEGIN');
    try {
      await this.check(db);
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /** Give the lease up (best effort: it expires anyway). */
  async release(db: DatabasePort): Promise<void> {
    await db.query('DELETE FROM migration_guard.deployment_lease WHERE holder = $1', [this.holder]);
  }

  /** The engine's hooks with the lease checked at the start and end of every unit. */
  guard(hooks: ApplyHooks): ApplyHooks {
    const check = async (context: UnitHookContext) => {
      if (context.inTransaction) await this.check(context.db);
      else await this.checkAlone(context.db);
    };
    return {
      ...hooks,
      beforeUnit: async (context) => {
        await check(context);
        await hooks.beforeUnit?.(context);
      },
      beforeCommit: async (context) => {
        await hooks.beforeCommit?.(context);
        if (context.inTransaction) await this.check(context.db);
      },
    };
  }
}

async function currentHolder(db: DatabasePort): Promise<string | undefined> {
  const { rows } = await db.query<{ deployment_id: string }>(
    `SELECT deployment_id FROM migration_guard.deployment_lease
      WHERE expires_at >= pg_catalog.clock_timestamp()`,
  );
  return rows[0]?.deployment_id;
}
