import type { Config } from '../config/config.ts';

/**
 * Table-driven cases for one rule: SQL in, the lines the rule must report out. `history` holds
 * the SQL of earlier migration files (the prior schema); `sql` is the file under check.
 */
export interface RuleCase {
  name: string;
  /** Earlier migration files: SQL, or SQL with the version the file is named with. */
  history?: (string | { version: string; sql: string })[];
  sql: string;
  /** Version of the file under check (default 20250101000000). */
  version?: string;
  options?: Partial<Config>;
}

export interface InvalidRuleCase extends RuleCase {
  /** Lines of the file under check the rule must report, in order; nothing else. */
  lines: number[];
}

export interface RuleCases {
  valid: RuleCase[];
  invalid: InvalidRuleCase[];
}

/**
 * A case for a rule about the directory as a whole (history rules): the files on the base ref
 * and now, by file name, and the findings expected as file name and line.
 */
export interface HistoryCase {
  name: string;
  /** Files on the base ref (`--base`); omit to run without a base. */
  base?: Record<string, string>;
  /** Files in the migrations directory now. */
  files: Record<string, string>;
  options?: Partial<Config>;
  expect: { file: string; line: number }[];
}

export interface HistoryRuleCases {
  history: HistoryCase[];
}
