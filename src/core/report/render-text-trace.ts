import type { MigrationReport, StatementReport } from './report.ts';

/** Mode names shortened for a terminal line: `AccessExclusiveLock` -> `AccessExclusive`. */
function shortMode(mode: string): string {
  return mode.endsWith('Lock') ? mode.slice(0, -4) : mode;
}

function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return ms >= 1000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

function interesting(s: StatementReport): boolean {
  return s.locks.length > 0 || s.rewrites.length > 0 || s.error !== undefined;
}

/**
 * What the staging run saw in a file, for a terminal: the statements that locked an existing
 * table, rewrote one or failed, each on one line; and the statement that can leave the file
 * half applied. Nothing when the file was not run on a database.
 */
export function traceLines(migration: MigrationReport): string[] {
  const lines: string[] = [];
  const shown = migration.statements.filter(interesting);
  if (migration.staging !== undefined) {
    const runs = migration.statements.filter((s) => s.durationMs !== null).length;
    lines.push(`    staging: ${migration.staging}, ${runs} statement(s) traced`);
  }
  for (const s of shown) {
    const locks = s.locks.map((l) => `${shortMode(l.mode)} on ${l.relation}`).join(', ');
    const parts = [
      locks ? `locks ${locks}` : '',
      s.rewrites.length ? `rewrites ${s.rewrites.join(', ')}` : '',
      s.error ? `failed: ${s.error}` : '',
    ].filter((p) => p !== '');
    const estimate =
      s.productionEstimateMs !== undefined
        ? ` (≈ ${duration(s.productionEstimateMs)} at production size)`
        : '';
    lines.push(`      line ${s.line}: ${duration(s.durationMs)}${estimate}; ${parts.join('; ')}`);
  }
  if (migration.halfApplyRisk) {
    lines.push(
      `    half-apply risk at line ${migration.halfApplyRisk.line}: ${migration.halfApplyRisk.explanation}`,
    );
  }
  return lines;
}
