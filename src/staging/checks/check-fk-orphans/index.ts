import type { PlannedConstraint } from '../../../core/checks/check-plan.ts';
import type { CheckReport } from '../../../core/report/report.ts';
import { type CheckSession, failureText } from '../check-session.ts';
import type { CatalogConstraint } from '../constraint-catalog.ts';
import { constraintMissing, rows, where } from '../detail-text.ts';
import { constraintLabel, constraintQuery } from '../planned-constraints.ts';
import { defineCheck } from '../post-migration-check.ts';

export const fkOrphansCheck = defineCheck(
  {
    id: 'check-fk-orphans',
    title: 'Child rows without a parent',
    proves:
      'Every foreign key the files add or validate has a parent row for each child row on staging (MATCH SIMPLE skips keys with a NULL column; MATCH FULL rejects partly NULL keys).',
    severity: 'error',
    query:
      'SELECT count(*) FROM <child> AS c WHERE c.<key> IS NOT NULL AND NOT EXISTS (SELECT 1 FROM <parent> AS p WHERE p.<parent key> = c.<key>), built per foreign key by foreignKeyOrphanQuery in src/core/checks/check-queries.ts from the catalog (pg_constraint).',
  },
  async ({ session, constraints }) => {
    const reports: CheckReport[] = [];
    for (const { planned, found } of await constraints()) {
      if (planned.kind !== 'foreign-key') continue;
      const report = await foreignKeyOrphans(session, planned, found);
      if (report) reports.push(report);
    }
    return reports;
  },
);

/** The report for one foreign key the files added or validated. */
async function foreignKeyOrphans(
  session: CheckSession,
  p: PlannedConstraint,
  found: CatalogConstraint | undefined,
): Promise<CheckReport | undefined> {
  const id = fkOrphansCheck.meta.id;
  // A name validated by the files may turn out to be a CHECK the model did not know.
  if (found && found.kind !== 'foreign-key') return undefined;
  const what = `${constraintLabel(p, found)} (FOREIGN KEY ${p.action}${p.notValid ? ' NOT VALID' : ''} at ${where(p.at)})`;
  if (!found) return constraintMissing(id, what);
  const q = constraintQuery(p, found);
  if (!q)
    return { id, status: 'skipped', detail: `${what}: the catalog gives no parent table for it.` };
  try {
    const n = await session.count(q.count);
    if (n === 0)
      return {
        id,
        status: 'pass',
        detail: `${what}: every child row has its parent in ${found.parent}.`,
      };
    return {
      id,
      status: 'fail',
      detail: `${what}: ${rows(n)} of ${p.table} ${n === 1 ? 'references' : 'reference'} no row of ${found.parent}. Investigate: ${q.investigate}`,
    };
  } catch (error) {
    return {
      id,
      status: 'skipped',
      detail: `${what}: the check query failed: ${failureText(error)}. Query: ${q.count}`,
    };
  }
}
