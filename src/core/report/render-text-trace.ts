import {
  type MigrationReport,
  measureOf,
  type StatementReport,
  standInLines,
  standInNote,
} from './report.ts';
import { unranCounts } from './report-wording.ts';

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
  const measure = measureOf(s);
  if (!measure) return s.error !== undefined;
  return (
    measure.locks.length > 0 || measure.rewrites.length > 0 || s.productionEstimateMs !== undefined
  );
}

/**
 * ` (≈ 12.3 s at production size, 9.8 s–15.1 s over 5 timings)`: the estimate, its range and
 * what it rests on; a catalog-only statement says it was not scaled.
 */
function estimateText(s: StatementReport): string {
  if (s.productionEstimateMs === undefined) return '';
  const range = s.productionEstimateRange;
  const estimate = `${range?.atMost ? '≤' : '≈'} ${duration(s.productionEstimateMs)} at production size`;
  if (!range) return ` (${estimate})`;
  if (range.basis === 'catalog-only') {
    return ` (${estimate}: catalog only, no rows read, so not scaled by table size)`;
  }
  const spread = range.atMost
    ? `, over ${range.timings} timing${range.timings === 1 ? '' : 's'}`
    : range.timings > 1
      ? `, ${duration(range.minMs)}–${duration(range.maxMs)} over ${range.timings} timings`
      : ', from 1 timing';
  const basis =
    range.basis === 'calibrated'
      ? '; production rows at the speed this database did the same work on a sample table'
      : range.basis === 'low-confidence'
        ? '; low confidence: staging table under 1 MiB'
        : '';
  return ` (${estimate}${spread}${basis})`;
}

/**
 * What the staging run saw in a file, for a terminal: the statements that locked an existing
 * table, rewrote one or failed, each on one line; the statements that never ran; and the
 * statement that can leave the file half applied. Nothing when the file was not run on a
 * database. A statement that failed or never ran gets no duration or lock: none was measured.
 */
export function traceLines(migration: MigrationReport): string[] {
  const lines: string[] = [];
  if (migration.staging !== undefined) {
    const runs = migration.statements.filter((s) => measureOf(s)?.durationMs != null).length;
    const unran = unranCounts(migration.statements);
    lines.push(
      `    staging: ${migration.staging}, ${runs} statement(s) traced${unran ? `; ${unran}` : ''}`,
    );
  }
  for (const s of migration.statements.filter(interesting)) {
    const measure = measureOf(s);
    if (!measure) {
      lines.push(`      line ${s.line}: failed: ${s.error ?? 'on staging'}`);
      continue;
    }
    const locks = measure.locks.map((l) => `${shortMode(l.mode)} on ${l.relation}`).join(', ');
    const parts = [
      locks ? `locks ${locks}` : '',
      measure.rewrites.length ? `rewrites ${measure.rewrites.join(', ')}` : '',
      s.status === 'rolled-back' ? 'rolled back when a later statement failed' : '',
    ].filter((p) => p !== '');
    const what = parts.length > 0 ? `; ${parts.join('; ')}` : '';
    lines.push(`      line ${s.line}: ${duration(measure.durationMs)}${estimateText(s)}${what}`);
  }
  for (const [standIn, at] of standInLines(migration.statements)) {
    lines.push(`      ${standInNote(standIn)}: line ${at.join(', ')}`);
  }
  const notRun = migration.statements.filter((s) => s.status === 'not-run');
  if (notRun.length > 0) {
    const at = notRun.map((s) => s.line).join(', ');
    lines.push(`      not run (an earlier statement failed), so not traced: line ${at}`);
  }
  if (migration.halfApplyRisk) {
    lines.push(
      `    half-apply risk at line ${migration.halfApplyRisk.line}: ${migration.halfApplyRisk.explanation}`,
    );
  }
  return lines;
}
