import type { MissingObject } from '../../core/apply/apply-failure.ts';

/**
 * What the staging trace saw while a file was applied: data, no behaviour. Relations are
 * `schema.name`; lock modes are spelt as `pg_locks` spells them.
 *
 * "Pre-existing" means the relation existed when the file started; locks, rewrites and scans
 * of relations the file creates are harmless and not traced.
 */

export type RelationKind = 'table' | 'index' | 'view' | 'materialized view' | 'sequence' | 'other';

export interface TracedLock {
  relation: string;
  relationKind: RelationKind;
  mode: string;
  /** Which ordinary traffic the mode stops while held. */
  blocks: { reads: boolean; writes: boolean };
  /**
   * How long it was held: the durations of the statements from the one that took it to the
   * end of its transaction, summed (tracing overhead excluded). Absent until the transaction
   * commits, and for a transaction that was rolled back.
   */
  heldMs?: number;
}

interface TracedScan {
  relation: string;
  /** Sequential scans the statement started on the table (pg_stat_xact_user_tables). */
  count: number;
}

export interface TracedError {
  message: string;
  code: string;
  line: number;
  column?: number;
  missing?: MissingObject;
}

export interface StatementTrace {
  /** 0-based index among the file's top-level statements. */
  index: number;
  line: number;
  sql: string;
  status: 'applied' | 'rolled-back' | 'failed' | 'skipped' | 'not-run';
  durationMs: number | null;
  /**
   * With `--stats`: more timings of the same statement, each run in a savepoint rolled back
   * before the real run (`durationMs`), by the run's estimate clock (CPU time on the embedded
   * database). Absent when it was not repeated.
   */
  repeatMs?: number[];
  /**
   * False for a statement run outside a transaction (CREATE INDEX CONCURRENTLY...): its locks
   * are released before the trace can look, and its scans are not counted, so only rewrites
   * and created objects are seen. False too when `locksHeldEarlier`.
   */
  locksTraced: boolean;
  /**
   * It names a table its transaction had locked (SHARE UPDATE EXCLUSIVE or stronger) before
   * its unit began: in a rolled-back run the history replay or the Supabase shim created or
   * locked it in the same transaction. Postgres lists a lock once per transaction, so what the
   * statement asked for there cannot be seen: no lock of it is claimed, taken or not.
   */
  locksHeldEarlier?: true;
  /** Locks the statement took on pre-existing relations that its transaction did not hold yet. */
  locks: TracedLock[];
  /** Pre-existing tables and materialized views whose files were rewritten. */
  rewrites: string[];
  /** Pre-existing indexes rebuilt without their table being rewritten (REINDEX). */
  rebuiltIndexes: string[];
  /** Pre-existing tables emptied by TRUNCATE (new files, no rows copied). */
  truncated: string[];
  scans: TracedScan[];
  created: { relation: string; kind: RelationKind }[];
  /** 0-based index of the unit (transaction) of the plan the statement ran in. */
  unit: number;
  /** The unit's try that this trace is from (1 unless lock timeouts forced retries). */
  attempt: number;
  error?: TracedError;
  skipReason?: string;
}

export type TraceEvent =
  | { kind: 'lock'; statement: number; lock: TracedLock }
  | { kind: 'rewrite'; statement: number; relation: string }
  | { kind: 'scan'; statement: number; relation: string; count: number }
  | { kind: 'created'; statement: number; relation: string; relationKind: RelationKind }
  | { kind: 'retry'; unit: number; attempt: number }
  | { kind: 'notice'; statement?: number; severity: string; message: string }
  | { kind: 'error'; statement: number; error: TracedError };

export interface FileTrace {
  file: string;
  statements: StatementTrace[];
  /** Everything above in the order it was seen, retries and notices included. */
  events: TraceEvent[];
}
