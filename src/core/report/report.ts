import type { ChangeStatus } from '../migrations/migration-file.ts';
import { type Finding, SEVERITY_RANK, type Severity } from './finding.ts';

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
   * A server's `commit` run: the versions this run wrote to
   * `supabase_migrations.schema_migrations`, in order (empty: none).
   */
  recorded?: string[];
  /**
   * The server lacked Supabase's auth schema, so the run added the Supabase shim: the roles
   * and schemas it created (with the tables and functions in them, `auth.users`, ...), rolled
   * back with the run, or kept with a `commit` run.
   */
  shim?: { roles: string[]; schemas: string[] };
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

/**
 * What the staging run did with a statement. `applied`: ran to completion. `rolled-back`: ran,
 * then its transaction was undone because a later statement failed. `failed`: the statement
 * Postgres rejected. `not-run`: never reached. `skipped`: not run on purpose (a rollback-only
 * run cannot run it).
 */
export type StatementStatus = 'applied' | 'rolled-back' | 'failed' | 'not-run' | 'skipped';

export interface StatementReport {
  line: number;
  sql: string;
  /** Set when a database ran the file; absent in a lint-only report. */
  status?: StatementStatus;
  /**
   * What the trace measured. Absent when the statement did not run (`failed`, `not-run`,
   * `skipped`): nothing was measured, so nothing is claimed. `null`/`[]` in a lint-only report.
   */
  durationMs?: number | null;
  locks?: LockReport[];
  rewrites?: string[];
  error?: string;
  /**
   * With `--stats`: the statement's time at production's table sizes, the median of its staged
   * timings each scaled alike (`productionEstimateRange` says how).
   */
  productionEstimateMs?: number;
  productionEstimateRange?: ProductionEstimateRange;
  /**
   * It ran on a stand-in for this extension or service (`pg_net`, `Supabase Realtime`): it
   * applied, but its effect (a request, a job, a broadcast) was not executed on staging.
   */
  standIn?: string;
}

/**
 * How a production estimate was reached: `scaled`, the statement's timings times the size ratio
 * of the largest table it rewrote or scanned (at least 1 MiB on staging); `calibrated`, the
 * table was smaller, so its timings (mostly fixed cost) plus production's bytes at the cost per
 * byte the staging database showed for the same kind of work on a sample table of a few MiB (the
 * fastest of its timings; the range runs to the slowest);
 * `low-confidence`, the ratio from a table under 1 MiB when no such cost could be measured (the
 * estimate runs high); `catalog-only`, not scaled: the statement read no rows, so its time does
 * not grow with the table.
 */
export type ProductionEstimateBasis = 'scaled' | 'calibrated' | 'low-confidence' | 'catalog-only';

/** The range of a production estimate (lowest and highest), and how many staged timings. */
export interface ProductionEstimateRange {
  minMs: number;
  maxMs: number;
  timings: number;
  basis: ProductionEstimateBasis;
  /**
   * True when the estimate is under the resolution the timings have (10 ms): then
   * `productionEstimateMs` is that resolution and means "at most", not a measured median (the
   * timings of a catalog-only statement, a fraction of a millisecond, vary by several times
   * between identical runs; what they say is that the statement's own work is negligible).
   */
  atMost?: true;
}

/** The sentence every renderer uses for statements that ran on a stand-in. */
export function standInNote(standIn: string): string {
  return `ran on a stand-in for ${standIn}: its effect was not executed`;
}

/** Lines of the statements that ran on a stand-in, grouped by what they stood in for. */
export function standInLines(statements: readonly StatementReport[]): Map<string, number[]> {
  const byStandIn = new Map<string, number[]>();
  for (const s of statements) {
    if (s.standIn === undefined || measureOf(s) === undefined) continue;
    byStandIn.set(s.standIn, [...(byStandIn.get(s.standIn) ?? []), s.line]);
  }
  return byStandIn;
}

/** What the trace measured of a statement that ran (its effects may have been rolled back). */
export interface StatementMeasure {
  durationMs: number | null;
  locks: LockReport[];
  rewrites: string[];
}

/**
 * The measurements of a statement that ran on staging; undefined for one that failed, never
 * ran, or was not traced (lint only), whose locks and duration are unknown.
 */
export function measureOf(statement: StatementReport): StatementMeasure | undefined {
  if (!ran(statement)) return undefined;
  return {
    durationMs: statement.durationMs ?? null,
    locks: statement.locks ?? [],
    rewrites: statement.rewrites ?? [],
  };
}

/**
 * The statement ran on staging (to completion, or until a later failure rolled it back). A
 * report without statuses (read back from an older JSON) counts a statement that has a duration
 * and no error.
 */
export function ran(statement: StatementReport): boolean {
  if (statement.status === undefined) return durationWithoutError(statement);
  return statement.status === 'applied' || statement.status === 'rolled-back';
}

/**
 * The statement ran and its transaction committed (or, in a rollback-only run, was kept to the
 * end): the only kind of statement whose absence of locks is a fact.
 */
export function ranToCompletion(statement: StatementReport): boolean {
  if (statement.status === undefined) return durationWithoutError(statement);
  return statement.status === 'applied';
}

function durationWithoutError(statement: StatementReport): boolean {
  return statement.error === undefined && typeof statement.durationMs === 'number';
}

/** How the files before those under check went on staging (only when there were some). */
export interface HistoryReplay {
  /** Earlier files the run applied, untraced, to build the starting schema. */
  files: number;
  /** Those that failed, in order; the trace of the files under check is incomplete then. */
  failures: { file: string; line: number; message: string }[];
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
  /** The check's documentation page; set for the post-migration checks of the registry. */
  docs?: string;
}

/** The one report every renderer draws from. JSON output is this object, as it is. */
export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  target: ReportTarget;
  summary: { errors: number; warnings: number; notices: number };
  migrations: MigrationReport[];
  checks: CheckReport[];
  /** Set by a staging run that replayed earlier files first. */
  history?: HistoryReplay;
  /** The config file the check used (its path from the repository root), null for none. */
  config?: { file: string | null };
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

/**
 * True when some finding is at or above the threshold. Environment gaps (`environmentGap`:
 * staging could not check a statement) never count: they say nothing about the SQL.
 */
export function reachesThreshold(report: Report, threshold: Severity | 'never'): boolean {
  if (threshold === 'never') return false;
  return report.migrations.some((m) =>
    m.findings.some(
      (f) => !f.environmentGap && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold],
    ),
  );
}

/** Findings that are environment gaps (counted in the summary, never in the exit status). */
export function environmentGapCount(report: Report): number {
  return report.migrations.reduce(
    (n, m) => n + m.findings.filter((f) => f.environmentGap).length,
    0,
  );
}
