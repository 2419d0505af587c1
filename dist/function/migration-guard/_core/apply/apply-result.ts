import type { MigrationFile } from '../migrations/migration-file.ts';
import type { ParsedSql } from '../sql/parse-sql.ts';
import type { ApplyFailure } from './apply-failure.ts';
import type { FileApplyStatus } from './apply-hooks.ts';
import type { ApplyPlan } from './apply-plan.ts';
import type { BackfillSummary } from './backfill-cursor.ts';

/** A file to apply; `parsed` saves a second parse when the caller has one. */
export interface MigrationToApply {
  file: MigrationFile;
  parsed?: ParsedSql;
}

export interface StatementOutcome {
  /** 0-based index among the file's top-level statements. */
  index: number;
  line: number;
  /**
   * `applied`: ran and committed (or, in rollback mode, ran and was released into the outer
   * transaction). `rolled-back`: ran, then its transaction was rolled back because a later
   * statement failed. `failed`: the statement that failed. `skipped`: not validated (rollback
   * mode cannot run it). `not-run`: never reached.
   */
  status: 'applied' | 'rolled-back' | 'failed' | 'skipped' | 'not-run';
  /** Of the last try; absent when it never ran. */
  durationMs?: number;
  /** Why a `skipped` statement was not run. */
  skipReason?: string;
}

export interface MigrationApplyResult {
  file: MigrationFile;
  status: FileApplyStatus;
  plan: ApplyPlan;
  statements: StatementOutcome[];
  failure?: ApplyFailure;
  /** True when the file's row was written to `supabase_migrations.schema_migrations`. */
  recorded: boolean;
  /** Tries of units that hit lock_timeout and were retried, over the whole file. */
  lockRetries: number;
  /** For a batched backfill: where it stands after this run. */
  backfill?: BackfillSummary;
}
