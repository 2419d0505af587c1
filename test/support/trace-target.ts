import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config/config.ts';
import type { DatabasePort } from '../../src/core/db/database-port.ts';
import { lintMigrations } from '../../src/core/lint/lint-migrations.ts';
import { type MigrationFile, migrationFile } from '../../src/core/migrations/migration-file.ts';
import type { Finding } from '../../src/core/report/finding.ts';
import { RULES } from '../../src/core/rules/catalogue.ts';
import { PgDatabase } from '../../src/staging/pg-database.ts';
import { PgliteDatabase } from '../../src/staging/pglite-database.ts';
import { startPgCluster } from './pg-cluster.ts';

/** A staging target for engine and trace tests; `url` is set when more sessions can connect. */
export interface TraceTarget {
  db: DatabasePort;
  url?: string;
  close(): Promise<void>;
}

const pgliteCacheDir = join(process.cwd(), 'node_modules', '.cache', 'migration-guard');

export const traceTargets: Array<[string, () => Promise<TraceTarget>]> = [
  [
    'PostgreSQL 15',
    async () => {
      const cluster = await startPgCluster();
      try {
        const db = await PgDatabase.connect({ url: cluster.url });
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

/** Numbered migration files under supabase/migrations, in order. */
export async function migrationFiles(...sqls: string[]): Promise<MigrationFile[]> {
  return Promise.all(
    sqls.map((sql, i) => migrationFile(`supabase/migrations/2024060100000${i}_step_${i}.sql`, sql)),
  );
}

/** Lint findings of the last file, with the earlier files as history. */
export function lintLast(files: MigrationFile[]): Finding[] {
  const last = files.at(-1);
  if (!last) return [];
  const [result] = lintMigrations({
    files,
    checked: new Set([last.path]),
    config: DEFAULT_CONFIG,
    rules: RULES,
  }).filter((r) => r.file.path === last.path);
  return result?.findings ?? [];
}
