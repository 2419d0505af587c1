import type { StatementRef } from '../../core/checks/check-plan.ts';

/** How check details name a statement of the files under check: `file:line`. */
export function where(at: StatementRef): string {
  return `${at.file}:${at.line}`;
}

/** `1 row`, `3 rows`. */
export function rows(n: number): string {
  return n === 1 ? '1 row' : `${n} rows`;
}
