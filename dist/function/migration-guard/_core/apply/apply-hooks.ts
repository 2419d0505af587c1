import type { DatabaseError, DatabaseNotice, DatabasePort } from '../db/database-port.ts';
import type { MigrationFile } from '../migrations/migration-file.ts';
import type { Statement } from '../sql/statement.ts';
import type { ApplyUnit } from './apply-plan.ts';
import type { BackfillBatchProgress } from './backfill-cursor.ts';

/**
 * Points where an observer (the staging tracer) can look at the session while the engine
 * applies a file. The engine does not know what they do; it awaits them in order. A hook that
 * throws stops the file like a failed statement would, so observers should not throw.
 *
 * Every hook runs on the engine's own session: inside the unit's transaction when there is one,
 * so it sees the transaction's locks and uncommitted catalog. Time spent in hooks is not part
 * of any statement's `durationMs`.
 */
export interface ApplyHooks {
  /** Before the file's first unit, outside any transaction of the file. */
  beforeFile?(context: FileHookContext): Promise<void>;
  /** After BEGIN and the timeouts, before the unit's first statement; again on every retry. */
  beforeUnit?(context: UnitHookContext): Promise<void>;
  beforeStatement?(context: StatementHookContext): Promise<void>;
  /** After the statement returned or failed (before any rollback). */
  afterStatement?(context: StatementResultContext): Promise<void>;
  /** Every statement of the unit succeeded; COMMIT (or RELEASE SAVEPOINT) comes next. */
  beforeCommit?(context: UnitHookContext): Promise<void>;
  /** The unit ended: committed, rolled back, or (rollback mode) skipped. */
  afterUnit?(context: UnitEndContext): Promise<void>;
  /** After the file's last unit, whatever its outcome. */
  afterFile?(context: FileHookContext & { status: FileApplyStatus }): Promise<void>;
  /** A notice the server sent while a statement of the file ran. */
  onNotice?(notice: DatabaseNotice, context: { file: MigrationFile; statement?: Statement }): void;
  /**
   * A batch of a batched backfill committed (in rollback mode: was released into the outer
   * transaction). For progress logs; it runs outside the batch's transaction.
   */
  onBackfillBatch?(progress: BackfillBatchProgress): void | Promise<void>;
}

export type FileApplyStatus =
  | 'applied'
  /** Rollback mode: ran, then rolled back with everything else. */
  | 'validated'
  | 'failed'
  /** Something of the file was committed before it failed. */
  | 'half-applied'
  | 'refused'
  | 'not-run'
  /** A batched backfill stopped between batches (`shouldStop`); its cursor is saved. */
  | 'paused';

export interface FileHookContext {
  db: DatabasePort;
  file: MigrationFile;
}

export interface UnitHookContext extends FileHookContext {
  unit: ApplyUnit;
  /** 0-based index of the unit in the plan. */
  unitIndex: number;
  /** 1-based try of this unit. */
  attempt: number;
  /** True when the unit runs inside a transaction (always, except statements run alone). */
  inTransaction: boolean;
}

export interface UnitEndContext extends UnitHookContext {
  outcome: 'committed' | 'rolled-back' | 'skipped';
}

export interface StatementHookContext extends UnitHookContext {
  statement: Statement;
  /** `clock.now()` just before the statement was sent. */
  startedAt: number;
}

export interface StatementResultContext extends StatementHookContext {
  durationMs: number;
  error?: DatabaseError;
}
