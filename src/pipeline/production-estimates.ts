import type { ProductionStats } from '../core/checks/production-stats.ts';
import { productionTable, weightDuration } from '../core/checks/production-weighting.ts';
import type { StatementReport } from '../core/report/report.ts';
import type { FileTrace } from '../staging/trace/trace-model.ts';

/**
 * Scale the staged duration of each statement that blocked traffic (a lock that blocks reads
 * or writes) or rewrote a table to production's size of that table, and write it on the
 * statement as `productionEstimateMs`. The largest table involved decides. Statements that
 * blocked nothing keep their staged duration only.
 */
export function productionEstimates(
  statements: StatementReport[],
  trace: FileTrace,
  stagedBytes: ReadonlyMap<string, number>,
  stats: ProductionStats,
): void {
  const byLine = new Map(trace.statements.map((s) => [s.line, s]));
  for (const statement of statements) {
    const seen = byLine.get(statement.line);
    if (!seen || typeof statement.durationMs !== 'number') continue;
    const relations = new Set([
      ...seen.locks.filter((l) => l.blocks.reads || l.blocks.writes).map((l) => l.relation),
      ...seen.rewrites,
    ]);
    let estimate: number | undefined;
    for (const relation of relations) {
      const weighted = weightDuration({
        stagedMs: statement.durationMs,
        stagedBytes: stagedBytes.get(relation) ?? 0,
        production: productionTable(stats, relation),
      });
      if (weighted.basis !== 'unscaled') estimate = Math.max(estimate ?? 0, weighted.estimateMs);
    }
    if (estimate !== undefined) statement.productionEstimateMs = Math.round(estimate);
  }
}
