import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type ProductionStats,
  parseProductionStats,
  StatsFileError,
} from '../core/checks/production-stats.ts';
import { InputError } from '../workspace/input-error.ts';

// The files a staging run reads besides the migrations: --stats and --seed. The CLI reads the
// stats file before anything else runs, so a wrong path or a wrong file ends the run at once.

/** The --stats file, parsed. Hints never suggest writing over the file given. */
export async function readStats(cwd: string, path: string): Promise<ProductionStats> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    throw new InputError(
      `cannot read --stats file ${path}`,
      "create it with 'migration-guard stats --db <production URL> --output FILE'",
    );
  }
  try {
    return parseProductionStats(text, path);
  } catch (error) {
    if (error instanceof StatsFileError) {
      throw new InputError(
        error.message,
        `write a stats file with 'migration-guard stats --db <production URL> --output FILE' and pass that FILE${/\.sql$/i.test(path) ? ` (${path} looks like SQL: --seed takes a seed file)` : ''}`,
      );
    }
    throw error;
  }
}

/** The --seed file's SQL. */
export async function readSeed(cwd: string, path: string): Promise<{ file: string; sql: string }> {
  try {
    return { file: path, sql: await readFile(resolve(cwd, path), 'utf8') };
  } catch {
    throw new InputError(
      `cannot read --seed file ${path}`,
      'check the path (e.g. supabase/seed.sql)',
    );
  }
}
