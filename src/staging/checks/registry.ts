import { duplicateIndexesCheck } from './check-duplicate-indexes/index.ts';
import { fkOrphansCheck } from './check-fk-orphans/index.ts';
import { invalidIndexesCheck } from './check-invalid-indexes/index.ts';
import { notNullReadyCheck } from './check-not-null-ready/index.ts';
import { notValidViolationsCheck } from './check-not-valid-violations/index.ts';
import { rowCountsCheck } from './check-row-counts/index.ts';
import type { PostMigrationCheck } from './post-migration-check.ts';

/**
 * Every post-migration check, in the order their reports appear. Adding a check: a folder
 * `check-<what>/` (index.ts with its `defineCheck`, README.md, cases.ts) and one line here.
 */
export const POST_MIGRATION_CHECKS: readonly PostMigrationCheck[] = [
  notValidViolationsCheck,
  fkOrphansCheck,
  invalidIndexesCheck,
  rowCountsCheck,
  notNullReadyCheck,
  duplicateIndexesCheck,
];

/** The descriptor of a check id, if it is a post-migration check. */
export function postMigrationCheck(id: string): PostMigrationCheck | undefined {
  return POST_MIGRATION_CHECKS.find((c) => c.meta.id === id);
}
