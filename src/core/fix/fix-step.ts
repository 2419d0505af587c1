import type { QualifiedName } from '../sql/names.ts';

/**
 * How the apply engine runs a step's file: in one transaction, alone outside any transaction
 * (`CONCURRENTLY`), or as a batched backfill under the batch header.
 */
type StepKind = 'transaction' | 'alone' | 'batch';

/** One migration file of a rewrite. */
export interface FixStep {
  kind: StepKind;
  /** Statements, each ending with its semicolon (comments kept in front of it). */
  statements: string[];
  /** What the step does, as words for its file name (`create_index_orders_status`). */
  label: string;
  /** One line for the file's header comment. */
  why: string;
  /**
   * A contract step: it removes what code running before the change still uses, so its file
   * carries the contract header and deploy holds it back until the date.
   */
  contract?: boolean;
  /**
   * Columns the step gives a value in every row that had none (an UPDATE with no WHERE, or
   * `WHERE col IS NULL`): a later step may make them NOT NULL.
   */
  fills?: { table: QualifiedName; column: string }[];
}

/** The safe form of one statement: what stays in its place, and the steps that must follow it. */
export interface StatementRewrite {
  /** Statements that take the original's place in its transaction. */
  now: string[];
  /** Files that follow, in order, before the statements after the original. */
  later: FixStep[];
  /** Existing tables the statement changes: their rows and final catalog are compared. */
  tables: QualifiedName[];
  /** Label for a transaction step that holds `now` alone. */
  label: string;
  /** Existing tables the rewrite reads but does not change: the proof seeds them with rows. */
  reads?: QualifiedName[];
}

export type RewriteOutcome =
  | { ok: true; rewrite: StatementRewrite }
  | { ok: false; reason: string };

/** Words of a name for a file name: lower case, `_` between words. */
export function labelOf(...parts: string[]): string {
  return parts
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80);
}
