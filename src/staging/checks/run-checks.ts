import type { CheckPlan } from '../../core/checks/check-plan.ts';
import { type DatabasePort, isDatabaseError } from '../../core/db/database-port.ts';
import type { CheckReport } from '../../core/report/report.ts';
import { CheckSession } from './check-session.ts';
import {
  checkIds,
  foreignKeyOrphans,
  notNullReady,
  notValidViolations,
  resolveConstraints,
} from './constraint-checks.ts';
import { copyCoverage } from './copy-coverage.ts';
import { invalidIndexes } from './invalid-indexes.ts';
import { type RowCountSnapshot, writtenTableCounts } from './row-counts.ts';

const inFailedSqlTransaction = '25P02';

/**
 * Run the planned post-migration checks on the staging session, after the files under check
 * were applied (before any rollback). Read-only; inside a transaction each query runs under a
 * savepoint so a failing one is reported as skipped and the rest still run.
 * `rowCountsBefore` is `snapshotRowCounts(db, plan.countBefore)` taken before applying; without
 * it, row counts show only the after side and a copy check without a key may be skipped.
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
    const why =
      'not run: a statement failed and aborted the transaction, so the migrations are not applied';
    return Object.values(checkIds).map((id) => ({ id, status: 'skipped', detail: `${why}.` }));
  }
  const reports: CheckReport[] = [];
  const constraints = await resolveConstraints(session, plan.constraints);
  for (const { planned, found } of constraints) {
    if (planned.notValid) reports.push(await notValidViolations(session, planned, found));
  }
  for (const { planned, found } of constraints) {
    if (planned.kind !== 'foreign-key') continue;
    const report = await foreignKeyOrphans(session, planned, found);
    if (report) reports.push(report);
  }
  reports.push(await invalidIndexes(session, plan.touchedTables));
  for (const written of plan.writtenTables) {
    reports.push(await writtenTableCounts(session, written, rowCountsBefore));
  }
  for (const group of plan.copyGroups)
    reports.push(await copyCoverage(session, group, rowCountsBefore));
  const seen = new Set<string>();
  for (const column of plan.notNullColumns) {
    const key = `${column.table}.${column.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reports.push(await notNullReady(session, column));
  }
  return reports;
}
