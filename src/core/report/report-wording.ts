import type { Report, ReportTarget } from './report.ts';

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
export function targetPhrase(target: ReportTarget): string {
  const version = target.serverVersion;
  const timings =
    target.timings === 'staging'
      ? ", timings from staging's data size"
      : target.timings === 'production-estimate'
        ? ', timings scaled to production sizes'
        : '';
  const rolledBack = target.mode === 'rollback' ? ', rolled back' : '';
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
