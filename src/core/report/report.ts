import type { ChangeStatus } from '../migrations/migration-file.ts';
import type { Finding, Severity } from './finding.ts';

/** Where migrations were run for the trace: nowhere yet (lint only), embedded, or a server. */
export interface ReportTarget {
  kind: 'none' | 'pglite' | 'postgres';
  serverVersion: string | null;
  /**
   * Which database it was in words, and why it was chosen when that is not obvious (e.g. a
   * Supabase preview branch, or the embedded database because the branch had already applied
   * the migrations). Set by the Action.
   */
  name?: string;
  /** `rollback`: nothing was left on the target; `commit`: applied files stay (and are recorded). */
  mode?: 'commit' | 'rollback';
  /**
   * Where the statement durations come from: the staging data as it is, or scaled to the
   * production sizes of a `--stats` file (`productionEstimateMs` on statements).
   */
  timings?: 'staging' | 'production-estimate';
}

export interface LockReport {
  /** `schema.name` */
  relation: string;
  /** As pg_locks spells it, e.g. `AccessExclusiveLock`. */
  mode: string;
}

export interface StatementReport {
  line: number;
  sql: string;
  durationMs: number | null;
  locks: LockReport[];
  rewrites: string[];
  error?: string;
  /** With `--stats`: the staged duration scaled to production's table sizes. */
  productionEstimateMs?: number;
}

export interface MigrationReport {
  /** Path of the file, relative to the repository root when known. */
  file: string;
  version: string | null;
  name: string;
  status: ChangeStatus;
  sha256: string;
  findings: Finding[];
  statements: StatementReport[];
  /**
   * What the staging run did with the file: `applied`/`validated` (rolled back), `failed`,
   * `half-applied`, `refused`, `not-run`, or `already-applied` on a kept target.
   */
  staging?: string;
  /** The statement that would leave the file half applied if it failed (runs on its own). */
  halfApplyRisk?: { line: number; explanation: string };
}

export interface CheckReport {
  id: string;
  status: 'pass' | 'fail' | 'skipped';
  detail: string;
}

/** The one report every renderer draws from. JSON output is this object, as it is. */
export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  target: ReportTarget;
  summary: { errors: number; warnings: number; notices: number };
  migrations: MigrationReport[];
  checks: CheckReport[];
}

export function summarize(migrations: MigrationReport[]): Report['summary'] {
  const summary = { errors: 0, warnings: 0, notices: 0 };
  for (const m of migrations) {
    for (const f of m.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.notices++;
    }
  }
  return summary;
}

/** True when some finding is at or above the threshold. */
export function reachesThreshold(report: Report, threshold: Severity | 'never'): boolean {
  if (threshold === 'never') return false;
  const { errors, warnings, notices } = report.summary;
  if (threshold === 'error') return errors > 0;
  if (threshold === 'warning') return errors + warnings > 0;
  return errors + warnings + notices > 0;
}
