import type { MigrationApplyResult } from '../../core/apply/apply-result.ts';
import type { StatementReport } from '../../core/report/report.ts';
import type { Statement } from '../../core/sql/statement.ts';
import type { FileTrace } from './trace-model.ts';

/**
 * The report's per-statement rows for one file: every top-level statement the engine planned,
 * in order, with its status and what the trace saw. Locks are those on existing tables and
 * materialized views (index and sequence locks go with their table). A statement that failed,
 * was never reached or was skipped has no duration, locks or rewrites: nothing was measured.
 * `standInOf` says what a statement that ran stood in for (`pg_net`...), if anything.
 */
export function statementReports(
  result: MigrationApplyResult,
  trace: FileTrace | undefined,
  standInOf?: (statement: Statement) => string | undefined,
): StatementReport[] {
  const texts = new Map<number, Statement>();
  for (const unit of result.plan.units) for (const s of unit.statements) texts.set(s.index, s);
  const traced = new Map((trace?.statements ?? []).map((s) => [s.index, s]));
  return result.statements.flatMap((outcome) => {
    const statement = texts.get(outcome.index);
    if (!statement) return [];
    const seen = traced.get(outcome.index);
    const report: StatementReport = {
      line: outcome.line,
      sql: statement.text,
      status: outcome.status,
    };
    if (outcome.status === 'applied' || outcome.status === 'rolled-back') {
      report.durationMs = seen?.durationMs ?? outcome.durationMs ?? null;
      // Locks hidden by the transaction's earlier ones are unknown, and so are those of a
      // statement run outside a transaction block (CONCURRENTLY...), released before the tracer
      // could read them: none is listed, nor denied.
      if (seen?.locksTraced === true && !seen.locksHeldEarlier) {
        report.locks = (seen?.locks ?? [])
          .filter((l) => l.relationKind === 'table' || l.relationKind === 'materialized view')
          .map((l) => ({ relation: l.relation, mode: l.mode }));
      }
      report.rewrites = [...(seen?.rewrites ?? [])];
      const standIn = standInOf?.(statement);
      if (standIn !== undefined) report.standIn = standIn;
    }
    if (seen?.error) report.error = `${seen.error.message} (SQLSTATE ${seen.error.code})`;
    else if (outcome.status === 'failed' && result.failure?.postgresMessage) {
      report.error = `${result.failure.postgresMessage} (SQLSTATE ${result.failure.sqlState ?? '?'})`;
    } else if (outcome.status === 'failed') {
      report.error = result.failure?.message ?? 'failed on staging';
    }
    return [report];
  });
}
