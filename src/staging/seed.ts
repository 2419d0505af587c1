import type { DatabasePort } from '../core/db/database-port.ts';
import { isDatabaseError } from '../core/db/database-port.ts';
import { SourceText } from '../core/sql/source-text.ts';

/** A seed file that failed to load: where, and Postgres's reason. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  constructor(
    readonly file: string,
    /** 1-based line in the seed file; null when the server gave no position. */
    readonly line: number | null,
    readonly reason: string,
    readonly code: string | null,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: the seed failed: ${reason}`);
  }
}

/**
 * Load a seed file (e.g. `supabase/seed.sql`) into the target after the history, the way the
 * Supabase CLI does: the whole text in one `exec` (simple protocol, one implicit transaction
 * unless the file says BEGIN), so a failure loads nothing. The error names the file and the
 * line, mapped from the server's character position.
 */
export async function loadSeed(
  db: DatabasePort,
  seed: { file: string; sql: string },
): Promise<void> {
  try {
    await db.exec(seed.sql);
  } catch (error) {
    if (!isDatabaseError(error)) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SeedError(seed.file, null, reason, null);
    }
    const line =
      error.position === undefined
        ? null
        : new SourceText(seed.sql).position(Math.max(0, error.position - 1)).line;
    const where = error.where ? ` (${error.where})` : '';
    throw new SeedError(seed.file, line, `${error.message}${where}`, error.code);
  }
}
