import type { DatabasePort } from '../db/database-port.ts';
import type { MigrationFile } from '../migrations/migration-file.ts';

/** How far a batched backfill got. Saved after every batch; a resumed run starts after `lastKey`. */
export interface BackfillCursor {
  /** The key of the last row of the last committed batch, as text; null before the first. */
  lastKey: string | null;
  /** Rows the batches changed so far (the UPDATE's row counts, summed). */
  rowsUpdated: number;
  /** Batches committed so far. */
  batches: number;
  /** The last batch ran: every row up to the end of the key range was visited. */
  done: boolean;
}

/**
 * Where the cursor of each file's backfill is kept between runs (the edge function keeps it in
 * its audit tables). Keyed by the file's version.
 *
 * `save` is called INSIDE the batch's transaction, after the batch's UPDATE and before its
 * COMMIT, with the engine's session as `db`. A store that writes through that `db` commits the
 * cursor atomically with the batch: a crash or a killed connection can then neither lose a batch
 * nor run one twice. A store that writes elsewhere (memory, another connection) sees the cursor
 * just before the batch commits; if that COMMIT fails, the engine calls `save` again with the
 * previous cursor. A `save` that throws rolls the batch back and fails the file.
 *
 * `load` is called once per file before its first batch, outside any transaction.
 */
export interface BackfillStore {
  load(version: string, db: DatabasePort): Promise<BackfillCursor | undefined>;
  save(version: string, cursor: BackfillCursor, db: DatabasePort): Promise<void>;
}

/** What `ApplyHooks.onBackfillBatch` receives after each committed batch. */
export interface BackfillBatchProgress {
  file: MigrationFile;
  /** `schema.table`. */
  table: string;
  key: string;
  /** The cursor after this batch (the one saved). */
  cursor: BackfillCursor;
  /** Rows this batch changed. */
  batchRows: number;
  /** Rows this batch covered by key (its size). */
  batchSize: number;
  /** Time of the batch's UPDATE. */
  durationMs: number;
  /** Size of the next batch, adapted toward the target duration. */
  nextSize: number;
}

/** The backfill's state in an apply result (mirrors the deploy status's `backfill`). */
export interface BackfillSummary extends BackfillCursor {
  table: string;
  key: string;
}

export const EMPTY_CURSOR: BackfillCursor = {
  lastKey: null,
  rowsUpdated: 0,
  batches: 0,
  done: false,
};
