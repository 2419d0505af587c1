import type { PlannedNotNullColumn } from '../../../core/checks/check-plan.ts';
import { nullCountQuery } from '../../../core/checks/check-queries.ts';
import type { CheckReport } from '../../../core/report/report.ts';
import { type CheckSession, failureText } from '../check-session.ts';
import { rows, where } from '../detail-text.ts';
import { defineCheck } from '../post-migration-check.ts';
import { columnNames } from '../relation-catalog.ts';

export const notNullReadyCheck = defineCheck(
  {
    id: 'check-not-null-ready',
    title: 'NULLs left before a NOT NULL step',
    proves:
      "No row of staging still holds NULL in a column the files make NOT NULL (SET NOT NULL, CHECK (col IS NOT NULL) NOT VALID, NOT NULL ... NOT VALID), after the migration's own backfill.",
    severity: 'error',
    query:
      'SELECT count(*) FROM <table> WHERE <column> IS NULL, built per column by nullCountQuery in src/core/checks/check-queries.ts.',
  },
  async ({ session, plan }) => {
    const reports: CheckReport[] = [];
    const seen = new Set<string>();
    for (const column of plan.notNullColumns) {
      const key = `${column.table}.${column.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push(await notNullReady(session, column));
    }
    return reports;
  },
);

const notNullSteps: Record<PlannedNotNullColumn['reason'], string> = {
  'set-not-null': 'SET NOT NULL',
  'check-is-not-null': 'CHECK (... IS NOT NULL) NOT VALID',
  'not-null-not-valid': 'NOT NULL ... NOT VALID',
};

/** The report for one column a step of the files makes NOT NULL. */
async function notNullReady(session: CheckSession, c: PlannedNotNullColumn): Promise<CheckReport> {
  const id = notNullReadyCheck.meta.id;
  const what = `${c.table}.${c.column} (made NOT NULL by ${notNullSteps[c.reason]} at ${where(c.at)})`;
  try {
    const columns = await columnNames(session, c.table);
    if (!columns.includes(c.column)) {
      return {
        id,
        status: 'skipped',
        detail: `${what}: the column is not in the staging catalog after the migrations.`,
      };
    }
    const q = nullCountQuery(c.table, c.column);
    const n = await session.count(q.count);
    if (n === 0)
      return {
        id,
        status: 'pass',
        detail: `${what}: no NULL left after the migration's backfill.`,
      };
    return {
      id,
      status: 'fail',
      detail: `${what}: ${rows(n)} still NULL after the migration's own backfill; the NOT NULL step fails (or VALIDATE will) until they are filled. Investigate: ${q.investigate}`,
    };
  } catch (error) {
    return {
      id,
      status: 'skipped',
      detail: `${what}: the check query failed: ${failureText(error)}.`,
    };
  }
}
