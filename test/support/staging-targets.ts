import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { join } from 'node:path';
import type { DatabasePort } from '../../src/core/db/database-port.ts';
import { PgDatabase } from '../../src/staging/pg-database.ts';
import { PgliteDatabase } from '../../src/staging/pglite-database.ts';
import { bootstrapSupabaseShim } from '../../src/staging/supabase-shim.ts';
import { startPgCluster } from './pg-cluster.ts';

/** A staging database for tests; `url` is set when more sessions can connect (not PGlite). */
export interface StagingTarget {
  db: DatabasePort;
  url?: string;
  close(): Promise<void>;
}

const pgliteCacheDir = join(process.cwd(), 'node_modules', '.cache', 'migration-guard');

/**
 * The two kinds of staging target, for `describe.each`: a throwaway PostgreSQL 15 cluster
 * (with the Supabase shim unless `shim: false`) and embedded PGlite (which always has it).
 */
export function stagingTargets(
  options: { shim?: boolean } = {},
): Array<[string, () => Promise<StagingTarget>]> {
  return [
    [
      'PostgreSQL 15',
      async () => {
        const cluster = await startPgCluster();
        try {
          const db = await PgDatabase.connect({ url: cluster.url });
          if (options.shim !== false) await bootstrapSupabaseShim(db);
          return {
            db,
            url: cluster.url,
            close: async () => {
              await db.close();
              await cluster.stop();
            },
          };
        } catch (error) {
          await cluster.stop();
          throw error;
        }
      },
    ],
    [
      'PGlite',
      async () => {
        const db = await PgliteDatabase.start({ cacheDir: pgliteCacheDir });
        return { db, close: () => db.close() };
      },
    ],
  ];
}

/**
 * Inside a `describe`: open the target once, run `setupSql` at the start of each case in a
 * transaction that is rolled back after it, as on a throwaway target. Returns the session.
 */
export function rolledBackTarget(
  open: () => Promise<StagingTarget>,
  setupSql: string,
): () => DatabasePort {
  let target: StagingTarget | undefined;
  beforeAll(async () => {
    target = await open();
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  });
  const db = (): DatabasePort => {
    if (!target) throw new Error('the staging target did not open');
    return target.db;
  };
  beforeEach(async () => {
    await db().exec('BEGIN');
    await db().exec(setupSql);
  });
  afterEach(async () => {
    await db().exec('ROLLBACK');
  });
  return db;
}
