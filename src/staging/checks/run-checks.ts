import type { CheckPlan } from '../../core/checks/check-plan.ts';
import { type DatabasePort, isDatabaseError } from '../../core/db/database-port.ts';
import type { CheckReport } from '../../core/report/report.ts';
import { CheckSession } from './check-session.ts';
import { type ResolvedConstraint, resolveConstraints } from './planned-constraints.ts';
import type { CheckContext } from './post-migration-check.ts';
import { POST_MIGRATION_CHECKS } from './registry.ts';
import type { RowCountSnapshot } from './row-counts.ts';

const inFailedSqlTransaction = '25P02';

/**
 * Run the post-migration checks of the registry on the staging session, after the files under
 * check were applied (before any rollback). Read-only; inside a transaction each query runs
 * under a savepoint so a failing one is reported as skipped and the rest still run.
 * `rowCountsBefore` is `snapshotRowCounts(db, plan.countBefore)` taken before applying; without
 * it, row counts show only the after side and a copy check without a key may be skipped.
 * Each report carries its check's docs link.
 */
export async function runChecks(
  db: DatabasePort,
  plan: CheckPlan,
  rowCountsBefore?: RowCountSnapshot,
): Promise<CheckReport[]> {
  let session: CheckSession;
  try {
    session = await CheckSession.open(db);
  } catch (error) {
    if (!isDatabaseError(error) || error.code !== inFailedSqlTransaction) throw error;
    // A statement failed and the transaction awaits its rollback: nothing can be read.
    return skippedChecks(
      'not run: a statement failed and aborted the transaction, so the migrations are not applied.',
    );
  }
  let constraints: Promise<ResolvedConstraint[]> | undefined;
  const context: CheckContext = {
    session,
    plan,
    rowCountsBefore,
    constraints: () => {
      constraints ??= resolveConstraints(session, plan.constraints);
      return constraints;
    },
  };
  const reports: CheckReport[] = [];
  for (const check of POST_MIGRATION_CHECKS) {
    for (const report of await check.run(context)) {
      reports.push({ ...report, docs: check.meta.docs });
    }
  }
  return reports;
}

/** One `skipped` report per check, saying why none could run. */
export function skippedChecks(detail: string): CheckReport[] {
  return POST_MIGRATION_CHECKS.map((c) => ({
    id: c.meta.id,
    status: 'skipped',
    detail,
    docs: c.meta.docs,
  }));
}
