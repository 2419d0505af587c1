import type { StatementRef } from '../../core/checks/check-plan.ts';
import type { CheckReport } from '../../core/report/report.ts';

/** How check details name a statement of the files under check: `file:line`. */
export function where(at: StatementRef): string {
  return `${at.file}:${at.line}`;
}

/** `1 row`, `3 rows`. */
export function rows(n: number): string {
  return n === 1 ? '1 row' : `${n} rows`;
}

/** A constraint the files add that the staging catalog no longer has: skipped, saying why. */
export function constraintMissing(id: string, what: string): CheckReport {
  return {
    id,
    status: 'skipped',
    detail: `${what}: not in the staging catalog after the migrations (its statement failed, or a later one dropped it).`,
  };
}
