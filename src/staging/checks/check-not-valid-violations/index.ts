import type { PlannedConstraint } from '../../../core/checks/check-plan.ts';
import type { CheckReport } from '../../../core/report/report.ts';
import { type CheckSession, failureText } from '../check-session.ts';
import type { CatalogConstraint } from '../constraint-catalog.ts';
import { constraintMissing, rows, where } from '../detail-text.ts';
import { constraintLabel, constraintQuery } from '../planned-constraints.ts';
import { defineCheck } from '../post-migration-check.ts';

export const notValidViolationsCheck = defineCheck(
  {
    id: 'check-not-valid-violations',
    title: 'Rows a later VALIDATE CONSTRAINT will hit',
    proves:
      'Every CHECK or FOREIGN KEY the files add NOT VALID (and do not validate) accepts every row staging holds, so a later VALIDATE CONSTRAINT passes on this data.',
    severity: 'error',
    query:
      'CHECK: SELECT count(*) FROM <table> WHERE (<expression as pg_get_expr prints it>) IS FALSE. FOREIGN KEY: SELECT count(*) FROM <child> AS c WHERE <key columns> IS NOT NULL AND NOT EXISTS (SELECT 1 FROM <parent> AS p WHERE p.<key> = c.<key>) (MATCH FULL also counts partly NULL keys). Built by checkViolationQuery and foreignKeyOrphanQuery in src/core/checks/check-queries.ts.',
  },
  async ({ session, constraints }) => {
    const reports: CheckReport[] = [];
    for (const { planned, found } of await constraints()) {
      if (planned.notValid) reports.push(await notValidViolations(session, planned, found));
    }
    return reports;
  },
);

/** The report for one constraint the files added NOT VALID. */
async function notValidViolations(
  session: CheckSession,
  p: PlannedConstraint,
  found: CatalogConstraint | undefined,
): Promise<CheckReport> {
  const id = notValidViolationsCheck.meta.id;
  const what = `${constraintLabel(p, found)} (${p.kind === 'check' ? 'CHECK' : 'FOREIGN KEY'} added NOT VALID at ${where(p.at)})`;
  if (!found) return constraintMissing(id, what);
  const q = constraintQuery(p, found);
  if (!q)
    return {
      id,
      status: 'skipped',
      detail: `${what}: the catalog gives no expression or key to test.`,
    };
  try {
    const n = await session.count(q.count);
    if (n === 0) {
      return {
        id,
        status: 'pass',
        detail: `${what}: no row violates it; VALIDATE CONSTRAINT will pass on staging's data.`,
      };
    }
    return {
      id,
      status: 'fail',
      detail: `${what}: ${rows(n)} ${n === 1 ? 'violates' : 'violate'} it, so VALIDATE CONSTRAINT will fail until fixed. Investigate: ${q.investigate}`,
    };
  } catch (error) {
    return {
      id,
      status: 'skipped',
      detail: `${what}: the check query failed: ${failureText(error)}. Query: ${q.count}`,
    };
  }
}
