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
  switch (target.kind) {
    case 'none':
      return 'lint only (no database)';
    case 'pglite':
      return `${version ? `embedded PGlite (Postgres ${version})` : 'embedded PGlite'}${timings}`;
    case 'postgres':
      return `${version ? `Postgres ${version}` : 'Postgres'}${rolledBack}${timings}`;
  }
}
