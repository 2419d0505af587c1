import type { ProductionStats } from '../core/checks/production-stats.ts';
import { productionTable, sizeFactor } from '../core/checks/production-weighting.ts';
import type { ProductionEstimateBasis, StatementReport } from '../core/report/report.ts';
import { fastestRate, type RowWorkRates, rowWorkOf, tablesRead } from '../staging/row-work.ts';
import type { FileTrace } from '../staging/trace/trace-model.ts';

/**
 * Estimate how long each statement that blocked traffic (a lock that blocks reads or writes)
 * or read a pre-existing table's rows would take at production's size, and write it on the
 * statement: `productionEstimateMs`, the median of the statement's staged timings (its repeats,
 * else the real run) each scaled alike, and `productionEstimateRange`, the range of those.
 *
 * Only the work that grows with the table is scaled. A statement that did not rewrite or scan
 * a table (RENAME COLUMN, ADD COLUMN without a volatile default, DROP ...) changed the catalog
 * only: its time does not depend on the rows, so its estimate is its staged time as is. One
 * that did is scaled by the size ratio of the largest such table when that table held at least
 * 1 MiB on staging; on a smaller one its timing is mostly fixed cost, so the estimate is its
 * staged time (the median of its timings) plus production's bytes at the cost per byte `rates`
 * measured for the same kind of work, its fastest timing (`fastestRate`); falling back to the
 * ratio, `low-confidence`, without them.
 */
export function productionEstimates(
  statements: StatementReport[],
  trace: FileTrace,
  stagedBytes: ReadonlyMap<string, number>,
  stats: ProductionStats,
  rates: RowWorkRates | undefined,
): void {
  const byLine = new Map(trace.statements.map((s) => [s.line, s]));
  for (const statement of statements) {
    const seen = byLine.get(statement.line);
    if (!seen || typeof statement.durationMs !== 'number') continue;
    const blocks = seen.locks.some((l) => l.blocks.reads || l.blocks.writes);
    const read = tablesRead(seen);
    if (!blocks && read.length === 0) continue;
    // The repeats when there are some: they share one clock (CPU time on the embedded database),
    // which the real run's wall time does not.
    const staged = [...(seen.repeatMs ?? [statement.durationMs])].sort((a, b) => a - b);
    if (read.length === 0) {
      setEstimate(statement, staged, staged, 'catalog-only');
      continue;
    }
    let scale: { factor: number; basis: 'scaled' | 'low-confidence' } | undefined;
    let productionBytes = 0;
    for (const relation of read) {
      const production = productionTable(stats, relation);
      const sized = sizeFactor(stagedBytes.get(relation) ?? 0, production);
      if (sized.basis === 'unscaled') continue;
      productionBytes += production?.bytes ?? 0;
      if (!scale || sized.factor > scale.factor)
        scale = { factor: sized.factor, basis: sized.basis };
    }
    // No table production lists: no size to scale by, so no estimate.
    if (!scale) continue;
    const work = rowWorkOf(seen);
    const perByte = work ? rates?.get(work) : undefined;
    const rate = perByte && fastestRate(perByte);
    if (scale.basis === 'low-confidence' && perByte && rate !== undefined) {
      // The statement's median plus production's rows at the sample's fastest timing; the range
      // from its fastest with the fastest to its slowest with the slowest.
      setEstimate(
        statement,
        staged,
        [
          (staged[0] ?? 0) + rate * productionBytes,
          median(staged) + rate * productionBytes,
          (staged[staged.length - 1] ?? 0) + Math.max(...perByte) * productionBytes,
        ],
        'calibrated',
      );
      continue;
    }
    const factor = scale.factor;
    setEstimate(
      statement,
      staged,
      staged.map((ms) => ms * factor),
      scale.basis,
    );
  }
}

/** The median of the estimates, their range, and how many staged timings they rest on. */
function setEstimate(
  statement: StatementReport,
  staged: readonly number[],
  estimates: readonly number[],
  basis: ProductionEstimateBasis,
): void {
  const sorted = [...estimates].sort((a, b) => a - b);
  const middle = median(sorted);
  const maxMs = rounded(sorted[sorted.length - 1] ?? 0);
  const under = middle < ESTIMATE_RESOLUTION_MS;
  statement.productionEstimateMs = under ? ESTIMATE_RESOLUTION_MS : rounded(middle);
  statement.productionEstimateRange = {
    minMs: rounded(sorted[0] ?? 0),
    maxMs: under ? Math.max(maxMs, ESTIMATE_RESOLUTION_MS) : maxMs,
    timings: staged.length,
    basis,
    ...(under ? { atMost: true as const } : {}),
  };
}

/**
 * Below this an estimate is stated as "at most" this: timings of a few milliseconds on the
 * embedded database move by 2-4x between identical runs (a scheduler tick is 4 ms), so a
 * median there would not be the same answer twice.
 */
const ESTIMATE_RESOLUTION_MS = 10;

/** The middle of sorted values (the mean of the two middle ones for an even count). */
function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] ?? 0;
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Whole milliseconds, or tenths below 10 ms (a catalog-only estimate is often under one). */
function rounded(ms: number): number {
  return ms >= 10 ? Math.round(ms) : Math.round(ms * 10) / 10;
}
