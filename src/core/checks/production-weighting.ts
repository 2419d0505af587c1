import type { ProductionStats, TableStats } from './production-stats.ts';

/**
 * Scales a duration measured on staging to an estimate for production, from the table's size
 * in both places. The formula (documented for users in the README's staging section):
 *
 *   estimateMs = stagedMs * max(1, productionBytes / max(stagedBytes, 8192))
 *
 * Why bytes, linearly: what a blocking lock waits on in a migration is a pass over the table
 * (a rewrite copies every page, a validation or SET NOT NULL scans every page, an index build
 * reads every page and sorts). Their cost grows with pages far more than with anything else;
 * sorting is n log n, which linear scaling slightly underestimates for index builds.
 * Why the floors: 8192 bytes (one page) keeps an empty staging table from dividing by zero or
 * exploding the ratio, and the factor never drops below 1, so production is never predicted
 * faster than staging. Why it can overshoot: on a staging table of a few pages most of the
 * measured time is fixed cost (planning, catalog updates, lock acquisition) that does not grow
 * with size; such estimates are marked `low-confidence`, and `check` uses them only when it
 * could not measure the cost per byte of the work (src/pipeline/production-estimates.ts).
 */
export interface WeightingInput {
  /** How long the statement took on staging. */
  stagedMs: number;
  /** The table's size on staging (pg_total_relation_size), measured before the statement. */
  stagedBytes: number;
  /** The production table, or undefined when the stats file does not list it. */
  production: TableStats | undefined;
}

export interface WeightedDuration {
  estimateMs: number;
  /** productionBytes / max(stagedBytes, 8192), before the floor of 1. */
  ratio: number;
  /**
   * `scaled`: from a staging table of at least 1 MiB; `low-confidence`: the staging table is
   * smaller, so fixed costs dominate the measurement and the estimate may be high;
   * `unscaled`: no production size for the table, the staged duration as is.
   */
  basis: 'scaled' | 'low-confidence' | 'unscaled';
}

const pageBytes = 8192;
const confidentStagedBytes = 1024 * 1024;

export function weightDuration(input: WeightingInput): WeightedDuration {
  const { stagedMs, stagedBytes, production } = input;
  const { factor, ratio, basis } = sizeFactor(stagedBytes, production);
  return { estimateMs: stagedMs * factor, ratio, basis };
}

/** The factor `weightDuration` multiplies a staged duration by, with its ratio and basis. */
export function sizeFactor(
  stagedBytes: number,
  production: TableStats | undefined,
): { factor: number; ratio: number; basis: WeightedDuration['basis'] } {
  if (!production) return { factor: 1, ratio: 1, basis: 'unscaled' };
  const ratio = production.bytes / Math.max(stagedBytes, pageBytes);
  return {
    factor: Math.max(1, ratio),
    ratio,
    basis: stagedBytes >= confidentStagedBytes ? 'scaled' : 'low-confidence',
  };
}

/** The production entry for a relation (`schema.name`), if the stats list it. */
export function productionTable(stats: ProductionStats, relation: string): TableStats | undefined {
  return stats.tables.find((t) => t.relation === relation);
}
