/**
 * `npm run bench:staging`: what tracing costs, and how fast the embedded database starts.
 *
 * - Embedded start: a cold start (empty cache dir: initdb, the Supabase shim, the snapshot
 *   written) against a warm one (from the snapshot), in this process.
 * - Traced over plain: the same generated history applied by the same engine twice on fresh
 *   targets, once with the statement tracer's hooks and once without; on PGlite, and on a
 *   throwaway PostgreSQL 15 cluster when its binaries are on the machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import type { DatabasePort } from '../src/core/db/database-port.ts';
import { type MigrationFile, migrationFile } from '../src/core/migrations/migration-file.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { PgliteDatabase } from '../src/staging/pglite-database.ts';
import { StatementTracer } from '../src/staging/trace/statement-tracer.ts';
import { startPgCluster } from '../test/support/pg-cluster.ts';

const FILES = Number(process.env['BENCH_STAGING_FILES'] ?? 40);
const ROWS = Number(process.env['BENCH_STAGING_ROWS'] ?? 2000);

/** A history that creates tenant tables with rows, then alters, indexes and backfills them. */
async function history(): Promise<MigrationFile[]> {
  const files: MigrationFile[] = [];
  for (let i = 0; i < FILES; i++) {
    const t = `public.bench_${i % 10}`;
    const sql =
      i < 10
        ? `create table ${t} (id bigint generated always as identity primary key, workspace_id uuid not null, title text not null, amount integer not null default 0);
insert into ${t} (workspace_id, title, amount) select gen_random_uuid(), 'row ' || g, g from generate_series(1, ${ROWS}) g;`
        : [
            `alter table ${t} add column note_${i} text;`,
            `create index ${`bench_${i}_idx`} on ${t} (title);`,
            `alter table ${t} add constraint bench_${i}_check check (amount >= 0) not valid;`,
            `update ${t} set note_${i} = 'x' where id <= 100;`,
            `alter table ${t} alter column amount type bigint;`,
          ].join('\n');
    files.push(
      await migrationFile(`supabase/migrations/2024${String(100000 + i)}00000_bench_${i}.sql`, sql),
    );
  }
  return files;
}

async function timeApply(
  db: DatabasePort,
  files: MigrationFile[],
  traced: boolean,
): Promise<number> {
  const migrations = files.map((file) => ({ file, parsed: parseSql(file.sql) }));
  const tracer = new StatementTracer();
  const start = performance.now();
  const results = await applyMigrations(db, migrations, traced ? { hooks: tracer.hooks } : {});
  const ms = performance.now() - start;
  const failed = results.filter((r) => r.failure);
  if (failed.length > 0) throw new Error(`bench migration failed: ${failed[0]?.failure?.message}`);
  return ms;
}

async function onPglite(
  files: MigrationFile[],
  cacheDir: string,
  traced: boolean,
): Promise<number> {
  const db = await PgliteDatabase.start({ cacheDir });
  try {
    return await timeApply(db, files, traced);
  } finally {
    await db.close();
  }
}

async function onPostgres(files: MigrationFile[], traced: boolean): Promise<number> {
  const cluster = await startPgCluster();
  try {
    const db = await PgDatabase.connect({ url: cluster.url });
    try {
      return await timeApply(db, files, traced);
    } finally {
      await db.close();
    }
  } finally {
    await cluster.stop();
  }
}

async function main(): Promise<void> {
  await loadParser();
  const cacheDir = mkdtempSync(join(tmpdir(), 'mg-bench-cache-'));
  try {
    const cold = await PgliteDatabase.start({ cacheDir });
    const coldMs = cold.startup.durationMs;
    await cold.close();
    const warmRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const warm = await PgliteDatabase.start({ cacheDir });
      warmRuns.push(warm.startup.durationMs);
      await warm.close();
    }
    console.log(
      `embedded start: cold ${coldMs.toFixed(0)} ms; warm ${warmRuns.map((m) => m.toFixed(0)).join(', ')} ms`,
    );

    const files = await history();
    const statements = files.reduce((n, f) => n + parseSql(f.sql).statements.length, 0);
    console.log(`history: ${files.length} files, ${statements} statements, ${ROWS} rows per table`);
    const plain = await onPglite(files, cacheDir, false);
    const traced = await onPglite(files, cacheDir, true);
    console.log(
      `PGlite: plain ${plain.toFixed(0)} ms, traced ${traced.toFixed(0)} ms, ratio ${(traced / plain).toFixed(2)}`,
    );
    if (existsSync('/usr/lib/postgresql/15/bin/pg_ctl')) {
      const pgPlain = await onPostgres(files, false);
      const pgTraced = await onPostgres(files, true);
      console.log(
        `PostgreSQL 15: plain ${pgPlain.toFixed(0)} ms, traced ${pgTraced.toFixed(0)} ms, ratio ${(pgTraced / pgPlain).toFixed(2)}`,
      );
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

await main();
