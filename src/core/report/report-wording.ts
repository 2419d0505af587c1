import {
  environmentGapCount,
  type Report,
  type ReportTarget,
  type StatementReport,
} from './report.ts';

/** `1 error`, `2 errors`. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning, 0 notices`, or without the zero counts when `skipZero` is set. */
export function severityCounts(summary: Report['summary'], skipZero: boolean): string {
  const parts: [number, string][] = [
    [summary.errors, 'error'],
    [summary.warnings, 'warning'],
    [summary.notices, 'notice'],
  ];
  return parts
    .filter(([n]) => !skipZero || n > 0)
    .map(([n, noun]) => countOf(n, noun))
    .join(', ');
}

export function findingCount(summary: Report['summary']): number {
  return summary.errors + summary.warnings + summary.notices;
}

export function failedChecks(report: Report): number {
  return report.checks.filter((c) => c.status === 'fail').length;
}

/** Where the statements ran, as one phrase: `lint only (no database)`, `PGlite (Postgres 17.4)`. */
function targetPhrase(target: ReportTarget): string {
  const version = target.serverVersion;
  const timings =
    target.timings === 'staging'
      ? ", timings from staging's data size"
      : target.timings === 'production-estimate'
        ? ', timings scaled to production sizes'
        : '';
  const rolledBack =
    target.mode === 'rollback'
      ? `, rolled back${target.shim ? ' (the Supabase shim too)' : ''}`
      : target.recorded !== undefined
        ? `, applied: ${recordedPhrase(target.recorded)}${target.shim ? ', the Supabase shim kept' : ''}`
        : '';
  // The Action names the target it chose (a preview branch, or why not one).
  const named = target.name !== undefined ? ` · ran on ${target.name}` : '';
  switch (target.kind) {
    case 'none':
      return 'lint only (no database)';
    case 'pglite':
      return `${version ? `embedded PGlite (Postgres ${version})` : 'embedded PGlite'}${timings}${named}`;
    case 'postgres':
      return `${version ? `Postgres ${version}` : 'Postgres'}${rolledBack}${timings}${named}`;
  }
}

/** `nothing recorded`, `recorded 20240101000000, 20240201000000`, `recorded 12 versions (first …, last …)`. */
function recordedPhrase(versions: readonly string[]): string {
  if (versions.length === 0) return 'nothing recorded';
  if (versions.length <= 3) return `recorded ${versions.join(', ')}`;
  return `recorded ${versions.length} versions (first ${versions[0]}, last ${versions.at(-1)})`;
}

/** The report's header: the tool, where the statements ran, the config file it used. */
export function headerLine(report: Report): string {
  const head = `${report.tool.name} ${report.tool.version} · ${targetPhrase(report.target)}`;
  if (report.config === undefined) return head;
  return `${head} · ${report.config.file === null ? 'no config file (defaults)' : `config ${report.config.file}`}`;
}

/** `<1 ms`, `42 ms`, `1.2 s`; `—` for no measurement. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The first line of a statement, whitespace collapsed, cut at `max` characters with ` …`. */
export function sqlPreview(sql: string, max: number): string {
  const first = sql.split('\n').find((l) => l.trim() !== '') ?? '';
  const line = first.trim().replace(/\s+/g, ' ');
  const more = line.length > max || sql.trim().includes('\n');
  return more ? `${line.slice(0, max).trimEnd()} …` : line;
}

/**
 * `1 rolled back, 1 failed, 2 not run`: the statements of a file that did not run to
 * completion on staging; empty when all did (or the file was not run).
 */
export function unranCounts(statements: readonly StatementReport[]): string {
  const count = (status: StatementReport['status']) =>
    statements.filter((s) => s.status === status).length;
  const parts: [number, string][] = [
    [count('rolled-back'), 'rolled back'],
    [count('failed'), 'failed'],
    [count('not-run'), 'not run'],
    [count('skipped'), 'skipped'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ');
}

/**
 * `27 of 30 earlier files failed on staging: the trace of your files is incomplete`, when the
 * replay of the files before those under check did not go through; undefined otherwise.
 */
export function historyWarning(report: Report): string | undefined {
  const history = report.history;
  if (!history || history.failures.length === 0) return undefined;
  const files = history.files === 1 ? 'earlier file' : 'earlier files';
  return `${history.failures.length} of ${history.files} ${files} failed on staging: the trace of your files is incomplete`;
}

/**
 * `2 not validated on staging (environment gaps: they do not fail the check)`, when some
 * findings are environment gaps; undefined otherwise.
 */
export function environmentGapNote(report: Report): string | undefined {
  const gaps = environmentGapCount(report);
  if (gaps === 0) return undefined;
  const what = gaps === 1 ? 'an environment gap: it does' : 'environment gaps: they do';
  return `${gaps} not validated on staging (${what} not fail the check)`;
}
