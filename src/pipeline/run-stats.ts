import { DatabaseConnectionError } from '../core/db/connection-error.ts';
import { PgDatabase } from '../staging/pg-database.ts';
import { collectStats } from '../staging/stats.ts';
import { InputError } from '../workspace/input-error.ts';

/** `migration-guard stats`: production table sizes as the JSON `--stats` reads. */
export async function readProductionStats(url: string): Promise<string> {
  let db: PgDatabase;
  try {
    db = await PgDatabase.connect({ url, applicationName: 'migration-guard stats' });
  } catch (error) {
    if (error instanceof DatabaseConnectionError) {
      throw new InputError(`cannot connect to ${error.target}: ${error.reason}`, error.fix);
    }
    throw error;
  }
  try {
    return `${JSON.stringify(await collectStats(db), null, 2)}\n`;
  } finally {
    await db.close();
  }
}
