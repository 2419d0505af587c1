import { type DatabasePort, isDatabaseError } from '../../core/db/database-port.ts';

/** SQLSTATE for SAVEPOINT outside a transaction block. */
const noActiveSqlTransaction = '25P01';
const savepoint = 'migration_guard_check';

/**
 * Runs the checks' read-only queries on the staging session the migrations ran in. When that
 * session is inside a transaction (a throwaway target rolled back afterwards), each query runs
 * under a savepoint, so one failing check query (a type mismatch, a dropped column) does not
 * abort the transaction for the checks after it.
 */
export class CheckSession {
  private constructor(
    private readonly db: DatabasePort,
    private readonly inTransaction: boolean,
  ) {}

  static async open(db: DatabasePort): Promise<CheckSession> {
    try {
      await db.exec(`SAVEPOINT ${savepoint}`);
      await db.exec(`RELEASE SAVEPOINT ${savepoint}`);
      return new CheckSession(db, true);
    } catch (error) {
      if (isDatabaseError(error) && error.code === noActiveSqlTransaction) {
        return new CheckSession(db, false);
      }
      throw error;
    }
  }

  async rows<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    if (!this.inTransaction) return (await this.db.query<Row>(sql, params)).rows;
    await this.db.exec(`SAVEPOINT ${savepoint}`);
    try {
      const { rows } = await this.db.query<Row>(sql, params);
      await this.db.exec(`RELEASE SAVEPOINT ${savepoint}`);
      return rows;
    } catch (error) {
      await this.db.exec(`ROLLBACK TO SAVEPOINT ${savepoint}`).catch(() => undefined);
      await this.db.exec(`RELEASE SAVEPOINT ${savepoint}`).catch(() => undefined);
      throw error;
    }
  }

  /** A `SELECT count(*) ...` query's count. */
  async count(sql: string, params: readonly unknown[] = []): Promise<number> {
    const rows = await this.rows<Record<string, unknown>>(sql, params);
    const value = rows[0] === undefined ? undefined : Object.values(rows[0])[0];
    return Number(value ?? 0);
  }
}

/** A failed check query, as the `skipped` detail says it. */
export function failureText(error: unknown): string {
  if (isDatabaseError(error)) return `${error.message} (SQLSTATE ${error.code})`;
  return error instanceof Error ? error.message : String(error);
}
