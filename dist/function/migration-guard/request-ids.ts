import type { DatabasePort } from '@core/db/database-port.ts';
import type { RequestIdStore } from './auth/request-id-store.ts';

/**
 * The accepted request ids (and OIDC `oidc:<jti>`s) in `migration_guard.request_ids`. An id
 * older than a day can no longer pass the 5-minute timestamp window or a token's expiry, so old
 * rows are deleted as new ones arrive.
 */
export class AuditRequestIdStore implements RequestIdStore {
  readonly #session: () => Promise<DatabasePort>;

  /** `session` opens (or returns) the request's audit session, with the audit schema ready. */
  constructor(session: () => Promise<DatabasePort>) {
    this.#session = session;
  }

  async acceptOnce(id: string): Promise<boolean> {
    const db = await this.#session();
    const { rowCount } = await db.query(
      `INSERT INTO migration_guard.request_ids (request_id) VALUES ($1)
       ON CONFLICT (request_id) DO NOTHING`,
      [id],
    );
    await db.query(
      "DELETE FROM migration_guard.request_ids WHERE received_at < now() - interval '1 day'",
    );
    return rowCount === 1;
  }
}
