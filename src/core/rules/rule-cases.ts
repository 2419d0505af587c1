import type { Config } from '../config/config.ts';
import type { Severity } from '../report/finding.ts';

/**
 * Table-driven cases for one rule: SQL in, what the rule must report out. `history` holds
 * the SQL of earlier migration files (the prior schema); `sql` is the file under check.
 */
export interface RuleCase {
  name: string;
  /** Earlier migration files: SQL, or SQL with the version the file is named with. */
  history?: (string | { version: string; sql: string })[];
  sql: string;
  /** Version of the file under check (default 20250101000000). */
  version?: string;
  /**
   * Config for the run. Without `options.rules[<rule id>]` the rule runs at its default severity
   * (a rule that is off by default runs as `notice`), so a severity the rule chooses per finding
   * shows; setting it pins every finding to the configured severity, as for a user.
   */
  options?: Partial<Config>;
}

/**
 * One finding a case expects, as the user sees it. `line` is always checked; every other field
 * is checked only when given.
 */
export interface ExpectedFinding {
  /** 1-based line in the file under check. */
  line: number;
  /**
   * 1-based column. Few rules name one, and a finding always has one, so where the rule names
   * none the column says little: it is where the statement starts (after indentation and comments), even
   * when the rule reports another line of it, and 1 for a statement a DO block runs (its body
   * gives lines only) or for a finding about a whole file. Pin it where the rule names a column
   * or where several statements share a line.
   */
  column?: number;
  /** The finding's severity after the config (`options.rules`) and the rule's own verdict. */
  severity?: Severity;
  /** A fragment the message contains, or a pattern it matches. */
  message?: string | RegExp;
  /** A fragment of the fix shown with the finding (the rule's own, or its generic fix), or a pattern. */
  fix?: string | RegExp;
}

/**
 * An invalid case states the findings of the rule in order, and nothing else may be reported:
 * as `lines` (line numbers only), as `errors` (line plus any of column, severity, message, fix),
 * or both, which must then agree on the lines.
 */
export type InvalidRuleCase = RuleCase &
  (
    | { lines: number[]; errors?: ExpectedFinding[] }
    | { lines?: number[]; errors: ExpectedFinding[] }
  );

export interface RuleCases {
  valid: RuleCase[];
  invalid: InvalidRuleCase[];
  /** For a rule that subsumes others (`RuleMeta.subsumes`): what is one finding, and what is not. */
  sameProblem?: SameProblemCase[];
}

/**
 * A case run with the rule and the rules it subsumes: every finding of these rules, in order,
 * each with its rule id and the ids folded into it (`also`, none when omitted).
 */
interface SameProblemCase extends RuleCase {
  findings: { rule: string; line: number; also?: string[] }[];
}

/**
 * One finding a history case expects. A history rule reports against a whole file, so unless it
 * names a column the finding's column is 1, and its line is 1 unless the rule names one.
 */
export interface ExpectedHistoryFinding extends Omit<ExpectedFinding, 'line'> {
  /** File name in the migrations directory (or on the base ref, for a deleted file). */
  file: string;
  line: number;
}

/**
 * A case for a rule about the directory as a whole (history rules): the files on the base ref
 * and now, by file name, and the findings expected, in order.
 */
export interface HistoryCase {
  name: string;
  /** Files on the base ref (`--base`); omit to run without a base. */
  base?: Record<string, string>;
  /** Files in the migrations directory now. */
  files: Record<string, string>;
  options?: Partial<Config>;
  expect: ExpectedHistoryFinding[];
}

export interface HistoryRuleCases {
  history: HistoryCase[];
}
