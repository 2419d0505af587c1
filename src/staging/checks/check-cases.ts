import type { CheckReport } from '../../core/report/report.ts';

/**
 * A post-migration check's cases, read like rule cases: SQL in, what the check reports out.
 * `test/check-cases.test.ts` runs every check's `cases.ts` on PostgreSQL 15 and PGlite: the
 * history, then the file under check (planned, applied, checked) in a transaction rolled back
 * afterwards, so a case cannot use CREATE INDEX CONCURRENTLY.
 */
export interface CheckCase {
  name: string;
  /** Run before the file under check: the tables and rows it finds. */
  history: string;
  /** The file under check. */
  sql: string;
  /** This check's reports, in order. */
  expect: ExpectedReport[];
}

export interface ExpectedReport {
  status: CheckReport['status'];
  /** Fragments the detail must contain: names, counts, the fix. */
  includes?: string[];
  /** Fragments it must not: the near-miss that must not be reported. */
  excludes?: string[];
}

export interface CheckCases {
  /** Nothing to fix: every report passes. */
  valid: CheckCase[];
  /** At least one report fails. */
  invalid: CheckCase[];
}
