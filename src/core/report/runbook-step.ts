import type { QualifiedName } from '../sql/names.ts';
import type { ProductionEstimateRange, StatementStatus } from './report.ts';
import type { CreatedIndex } from './runbook-facts.ts';

/** One step of a runbook: what the apply engine runs as one unit, and what it holds. */
export interface RunbookStep {
  number: number;
  /** `transaction`: all or nothing. `alone`: a statement Postgres runs outside a transaction. */
  kind: 'transaction' | 'alone';
  /** For `alone`: the command, e.g. `CREATE INDEX CONCURRENTLY`. */
  command?: string;
  statements: RunbookStatement[];
  /** Locks held until the step commits, strongest per relation; empty when none was seen. */
  locks: HeldLock[];
  /** False when the trace cannot see the step's locks (not run, or run outside a transaction). */
  locksTraced: boolean;
  /**
   * Every statement of the step ran and its transaction committed: only then is an empty
   * `locks` a fact rather than what was seen before a failure.
   */
  complete: boolean;
  /** Sum of the traced durations; null when no statement of the step was traced. */
  durationMs: number | null;
  /** True when every statement of the step has a duration. */
  fullyTraced: boolean;
  /** Line of the statement of the step that failed on staging. */
  failedAt?: number;
  productionEstimateMs?: number;
  /** The sums of the statements' lowest and highest estimates. */
  productionEstimateRangeMs?: [number, number];
  /** Every statement's estimate is an "at most" (under the timings' resolution). */
  productionEstimateAtMost?: true;
  rewrites: QualifiedName[];
  /** The index a failure of this step leaves behind INVALID (CREATE INDEX CONCURRENTLY). */
  leavesInvalidIndex?: CreatedIndex;
  /** REINDEX CONCURRENTLY: a failure leaves `<index>_ccnew` indexes behind. */
  leavesReindexCopies: boolean;
}

export interface RunbookStatement {
  line: number;
  sql: string;
  /** What staging did with it; absent when the report has no statuses (lint only). */
  status?: StatementStatus;
  /** Null when nothing was measured: not traced, failed, or never run. */
  durationMs: number | null;
  productionEstimateMs?: number;
  productionEstimateRange?: ProductionEstimateRange;
  error?: string;
}

export interface HeldLock {
  relation: QualifiedName;
  /** As pg_locks spells it. */
  mode: string;
  /** As LOCK TABLE spells it (`ACCESS EXCLUSIVE`), when the mode is a table lock mode. */
  label?: string;
  /** Line of the statement that took this mode. */
  fromLine: number;
  /** From that statement to the end of the step, summed; null when part of it was not traced. */
  heldMs: number | null;
}
