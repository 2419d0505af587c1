/**
 * The backfill methods `bench/rollout-bench.ts` compares: each fills a new, all-NULL column of
 * public.orders from amount_cents and says how long each pass (transaction) took.
 */
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import type { DatabasePort } from '../src/core/db/database-port.ts';
import { migrationFile } from '../src/core/migrations/migration-file.ts';

export interface BackfillPass {
  rows: number;
  /** Wall time of the pass, from the end of the one before. */
  ms: number;
}

export interface BackfillRun {
  rows: number;
  passes: BackfillPass[];
  /** The run stopped at its time limit before every row was filled. */
  stopped: boolean;
}

let nextVersion = 20260101000000;

/** Keyset batches on the primary key through the engine's `-- migration-guard:batch` header. */
export async function keysetBackfill(
  db: DatabasePort,
  column: string,
  size: number,
): Promise<BackfillRun> {
  const sql = `-- migration-guard:batch table=public.orders key=id size=${size}
UPDATE public.orders SET ${column} = amount_cents WHERE ${column} IS NULL;`;
  const file = await migrationFile(`supabase/migrations/${nextVersion++}_backfill.sql`, sql);
  const passes: BackfillPass[] = [];
  let last = performance.now();
  const [result] = await applyMigrations(db, [{ file }], {
    hooks: {
      onBackfillBatch: (progress) => {
        const now = performance.now();
        passes.push({ rows: progress.batchRows, ms: now - last });
        last = now;
      },
    },
  });
  if (result?.status !== 'applied')
    throw new Error(`keyset backfill ${result?.status}: ${result?.failure?.message}`);
  return { rows: result.backfill?.rowsUpdated ?? 0, passes, stopped: false };
}

/** The whole table in one UPDATE, one transaction. */
export async function oneUpdate(db: DatabasePort, column: string): Promise<BackfillRun> {
  const began = performance.now();
  const { rowCount } = await db.query(`UPDATE public.orders SET ${column} = amount_cents`);
  return {
    rows: rowCount,
    passes: [{ rows: rowCount, ms: performance.now() - began }],
    stopped: false,
  };
}

/**
 * The loop the linter reports as `rescanning-batch`: each pass is its own transaction and finds
 * its rows with `WHERE col IS NULL LIMIT n`, a sequential scan from wherever the scan starts.
 * `synchronizeSeqscans` off makes every pass start at the first block, as it does on any table
 * smaller than a quarter of shared_buffers.
 */
export async function isNullLoop(
  db: DatabasePort,
  column: string,
  size: number,
  synchronizeSeqscans: boolean,
  maxMs: number,
): Promise<BackfillRun> {
  await db.exec(`SET synchronize_seqscans = ${synchronizeSeqscans ? 'on' : 'off'}`);
  const passes: BackfillPass[] = [];
  const began = performance.now();
  let rows = 0;
  let stopped = false;
  try {
    for (;;) {
      if (performance.now() - began > maxMs) {
        stopped = true;
        break;
      }
      const start = performance.now();
      const { rowCount } = await db.query(
        `UPDATE public.orders SET ${column} = amount_cents
          WHERE id IN (SELECT id FROM public.orders WHERE ${column} IS NULL LIMIT $1)`,
        [size],
      );
      if (rowCount === 0) break;
      passes.push({ rows: rowCount, ms: performance.now() - start });
      rows += rowCount;
    }
  } finally {
    await db.exec('RESET synchronize_seqscans');
  }
  return { rows, passes, stopped };
}

/** Rows per second over some passes. */
export function passRate(passes: readonly BackfillPass[]): number {
  const rows = passes.reduce((n, p) => n + p.rows, 0);
  const ms = passes.reduce((n, p) => n + p.ms, 0);
  return ms > 0 ? (rows / ms) * 1000 : 0;
}
