import type { QualifiedName } from '../sql/names.ts';

/**
 * What the post-migration checks will look at, planned from the statements of the files under
 * check (pure: no database). `runChecks` (src/staging/checks) runs the plan's queries after the
 * files were applied on the staging target.
 */

/** Where in the files under check something was written. */
export interface StatementRef {
  file: string;
  line: number;
}

/**
 * One table followed through the files under check: its name before them (null when the files
 * create it) and after them (null when the files drop it). Renames and SET SCHEMA are followed,
 * so `create table invoices_new ...; drop table invoices; alter table invoices_new rename to
 * invoices` gives two tracks: {invoices -> null} and {null -> invoices}.
 */
export interface TableTrack {
  before: QualifiedName | null;
  after: QualifiedName | null;
}

export interface PlannedConstraint {
  /** The constrained (child) table, as named after the files. */
  table: QualifiedName;
  /** The name as written; null when Postgres chose it (matched by kind and columns then). */
  name: string | null;
  kind: 'check' | 'foreign-key';
  /** FK: the child key columns. CHECK: empty. */
  columns: string[];
  /** Added NOT VALID by the files and not validated by them afterwards. */
  notValid: boolean;
  /** How the files touched it: added (valid or NOT VALID) or validated. */
  action: 'added' | 'validated';
  at: StatementRef;
}

export interface PlannedNotNullColumn {
  table: QualifiedName;
  column: string;
  /** What makes the column NOT NULL. */
  reason: 'set-not-null' | 'check-is-not-null' | 'not-null-not-valid';
  at: StatementRef;
}

/** One INSERT ... SELECT ... FROM source. */
export interface PlannedCopy {
  target: TableTrack;
  /** The copy keeps only some rows (it has a WHERE). */
  filtered: boolean;
  /** ON CONFLICT DO NOTHING / DO UPDATE: conflicting rows are merged, not added. */
  onConflict: boolean;
  /** Source column -> target column, for plain column references in the select list. */
  columnMap: Array<{ source: string; target: string }>;
  at: StatementRef;
}

/** All the copies made from one source table: one (a copy) or several (a split). */
export interface CopyGroup {
  source: TableTrack;
  copies: PlannedCopy[];
  /**
   * Every source row is meant to reach some target: a copy without WHERE, a split into several
   * statements, or a source the files drop afterwards. A single filtered copy of a table that
   * stays is a deliberate subset, reported without judging.
   */
  expectsFullCoverage: boolean;
}

/**
 * Where the files may have built an index: CREATE INDEX, a PRIMARY KEY, UNIQUE or EXCLUDE
 * constraint (inline or added), or a table they create (every index it has is new).
 */
export interface PlannedIndex {
  table: QualifiedName;
  /**
   * The index's name as written (a constraint's index takes the constraint's name), followed
   * through ALTER INDEX ... RENAME; null when Postgres chose it, or for a created table: then
   * any index of the table may be new.
   */
  name: string | null;
  at: StatementRef;
}

export interface WrittenTable {
  track: TableTrack;
  /** The first statement that writes it. */
  at: StatementRef;
}

export interface CheckPlan {
  constraints: PlannedConstraint[];
  notNullColumns: PlannedNotNullColumn[];
  writtenTables: WrittenTable[];
  copyGroups: CopyGroup[];
  /** The indexes the files build, for the checks that judge only what the files added. */
  createdIndexes: PlannedIndex[];
  /** Tables (named as after the files) that the files alter, write or create. */
  touchedTables: QualifiedName[];
  /**
   * The tables to count before applying the files (names as they are before):
   * `snapshotRowCounts(db, plan.countBefore)`.
   */
  countBefore: QualifiedName[];
}
