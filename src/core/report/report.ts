import type { ChangeStatus } from '../migrations/migration-file.ts';
import type { Finding, Severity } from './finding.ts';

/** Where migrations were run for the trace: nowhere yet (lint only), embedded, or a server. */
export interface ReportTarget {
  kind: 'none' | 'pglite' | 'postgres';
  serverVersion: string | null;
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
