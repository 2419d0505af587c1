import { type DatabasePort, isDatabaseError } from '../../core/db/database-port.ts';
import { PROBE_ROLE } from '../../core/probes/probe-catalog.ts';
import type { StepOutcome } from '../../core/probes/probe-observation.ts';

const noActiveSqlTransaction = '25P01';
const inFailedSqlTransaction = '25P02';
const insufficientPrivilege = '42501';
const outerSavepoint = 'migration_guard_probes';
const stepSavepoint = 'migration_guard_probe_step';

/** A signed-in user of the probe: the id is the JWT's `sub`. */
export interface ProbeUser {
  id: string;
  email: string;
}

/**
 * The probes' hold on the staging session: everything they do happens inside a transaction
 * (their own, or a savepoint of the staging run's rollback transaction) that `close` rolls
 * back, so no user, tenant or row is left behind whatever the mode of the run.
 */
export class ProbeSession {
  private constructor(
    readonly db: DatabasePort,
    private readonly ownTransaction: boolean,
  ) {}

  /** Open, or say why not: a failed statement left the run's transaction aborted. */
  static async open(db: DatabasePort): Promise<ProbeSession | { unusable: string }> {
    try {
      await db.exec(`SAVEPOINT ${outerSavepoint}`);
      await limitWaits(db);
      return new ProbeSession(db, false);
    } catch (error) {
      if (!isDatabaseError(error)) throw error;
      if (error.code === inFailedSqlTransaction) {
        return {
          unusable:
            'a statement failed and aborted the transaction, so the migrations are not applied',
        };
      }
      if (error.code !== noActiveSqlTransaction) throw error;
    }
    await db.exec('BEGIN');
    await limitWaits(db);
    return new ProbeSession(db, true);
  }

  /** Undo everything the probes did. */
  async close(): Promise<void> {
    if (this.ownTransaction) {
      await this.db.exec('ROLLBACK');
      return;
    }
    await this.db.exec(`ROLLBACK TO SAVEPOINT ${outerSavepoint}`);
    await this.db.exec(`RELEASE SAVEPOINT ${outerSavepoint}`);
  }

  /**
   * Run `work` under a savepoint. Kept when it succeeds and `keep` is set; otherwise undone,
   * together with any role or setting it changed, so the next step starts clean.
   */
  async step<T>(
    name: string,
    work: () => Promise<T>,
    keep: boolean,
  ): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
    const savepoint = `${stepSavepoint}_${name}`;
    await this.db.exec(`SAVEPOINT ${savepoint}`);
    try {
      const value = await work();
      if (keep) await this.db.exec(`RELEASE SAVEPOINT ${savepoint}`);
      else await this.undo(savepoint);
      return { ok: true, value };
    } catch (error) {
      await this.undo(savepoint);
      return { ok: false, error };
    }
  }

  /** Set the JWT claims of `user` for the rest of the current (sub)transaction. */
  async claimsOf(user: ProbeUser): Promise<void> {
    const claims = JSON.stringify({
      sub: user.id,
      role: PROBE_ROLE,
      aud: PROBE_ROLE,
      email: user.email,
    });
    await this.db.query("select set_config('request.jwt.claims', $1, true)", [claims]);
  }

  /**
   * Do `work` as `user` would through the Data API (role authenticated, the user's claims),
   * then undo it. Row level security refusals and missing privileges become outcomes.
   */
  async asMember(user: ProbeUser, work: () => Promise<number>, name: string): Promise<StepOutcome> {
    const result = await this.step(
      name,
      async () => {
        await this.db.exec(`SET LOCAL ROLE ${PROBE_ROLE}`);
        await this.claimsOf(user);
        return work();
      },
      false,
    );
    if (result.ok) return { kind: 'rows', rows: result.value };
    const { error } = result;
    if (isDatabaseError(error) && error.code === insufficientPrivilege) {
      if (/row[- ]level security/i.test(error.message)) return { kind: 'refused' };
    }
    return { kind: 'failed', error: failureText(error) };
  }

  private async undo(savepoint: string): Promise<void> {
    await this.db.exec(`ROLLBACK TO SAVEPOINT ${savepoint}`);
    await this.db.exec(`RELEASE SAVEPOINT ${savepoint}`);
  }
}

/**
 * A probe writes into tables a kept staging target may be using: it must not queue behind (or
 * in front of) other sessions. Undone with the probes' transaction or savepoint.
 */
async function limitWaits(db: DatabasePort): Promise<void> {
  await db.exec("SET LOCAL lock_timeout = '2s'");
  await db.exec("SET LOCAL statement_timeout = '30s'");
}

export function failureText(error: unknown): string {
  if (isDatabaseError(error)) return `${error.message} (SQLSTATE ${error.code})`;
  return error instanceof Error ? error.message : String(error);
}
