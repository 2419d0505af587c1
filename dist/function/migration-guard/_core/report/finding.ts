export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** One thing migration-guard has to say about a migration. */
export interface Finding {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine?: number;
  message: string;
  source: 'lint' | 'trace' | 'check';
  /** The safe alternative, usually as SQL. */
  fix?: string;
  /** Link to the rule's documentation page. */
  docs?: string;
  /** 0-based index of the top-level statement the finding is about. */
  statement?: number;
  /**
   * For a lint finding whose rule predicts a lock, rewrite or scan: whether the staging trace
   * saw it at that statement. Absent when the statement was not traced.
   */
  trace?: 'confirmed' | 'not-seen';
  /**
   * Staging could not check the statement for a reason outside the SQL: the target lacks
   * something Supabase provides, or an earlier failure of the run left out what it needs.
   * Never an error, and never counted for the exit status (`fail-on`).
   */
  environmentGap?: true;
  /**
   * Rules whose findings on this statement were the same problem as this one (a less specific
   * rule, or a staging probe that confirmed it): reported here instead of on their own. Their ids
   * still count for the config and SARIF.
   */
  also?: string[];
  /** Staging probes that saw this problem happen, with what each saw. */
  confirmedBy?: ProbeEvidence[];
  /**
   * Keys of the problems the finding is about (`RuleReport.problems`), for merging within a run.
   * Not part of the JSON report.
   */
  problems?: string[];
}

interface ProbeEvidence {
  rule: string;
  /** The probe's own finding message. */
  evidence: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareIds(a.rule, b.rule);
}

const PLAIN_ID = /^[a-z0-9-]*$/;

/**
 * Ids of lowercase letters, digits and hyphens sort the same by code unit as by
 * `localeCompare`; comparing them directly keeps ICU's collator (its load is a cost of every
 * run) out. Any other id keeps `localeCompare`, so no report's order changes.
 */
function compareIds(a: string, b: string): number {
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
