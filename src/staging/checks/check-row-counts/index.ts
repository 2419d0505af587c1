import type { WrittenTable } from '../../../core/checks/check-plan.ts';
import type { CheckReport } from '../../../core/report/report.ts';
import { type CheckSession, failureText } from '../check-session.ts';
import { where } from '../detail-text.ts';
import { defineCheck } from '../post-migration-check.ts';
import { countRows, type RowCountSnapshot, rowsBefore } from '../row-counts.ts';
import { copyCoverage, type Verdict } from './copy-coverage.ts';

/**
 * Two kinds of report under one id: the rows before and after of every table the files write
 * (always a pass: it is for the reader), then, for every INSERT ... SELECT copy or split, the
 * source rows that reached no target.
 */
export const rowCountsCheck = defineCheck(
  {
    id: 'check-row-counts',
    title: 'Rows before and after; rows a copy or split lost',
    proves:
      'Every source row of an INSERT ... SELECT copy or split reached a target (by an anti-join on the primary key when it is carried, else by row counts); and shows the rows before and after of every table the files write.',
    severity: 'error',
    query:
      'Counts: SELECT count(*) FROM <table>, before the files and after. Copies: SELECT count(*) FROM <source> AS s WHERE NOT EXISTS (SELECT 1 FROM <target> AS t0 WHERE t0.<key> = s.<key>) AND ... for every target, built by uncopiedRowsQuery in src/core/checks/check-queries.ts.',
  },
  async ({ session, plan, rowCountsBefore }) => {
    const id = rowCountsCheck.meta.id;
    const reports: CheckReport[] = [];
    for (const written of plan.writtenTables) {
      reports.push({ id, ...(await writtenTableCounts(session, written, rowCountsBefore)) });
    }
    for (const group of plan.copyGroups) {
      reports.push({ id, ...(await copyCoverage(session, group, rowCountsBefore)) });
    }
    return reports;
  },
);

/** One table the files write: before and after, for the reader. */
async function writtenTableCounts(
  session: CheckSession,
  written: WrittenTable,
  before: RowCountSnapshot | undefined,
): Promise<Verdict> {
  const { track, at } = written;
  const name = track.after ?? track.before ?? '?';
  const was = rowsBefore(track, before);
  const beforeText =
    track.before === null
      ? 'created by the files'
      : was === undefined
        ? 'not counted'
        : was === null
          ? 'absent'
          : `${was} before`;
  try {
    const now = track.after === null ? null : await countRows(session, track.after);
    const afterText =
      track.after === null
        ? 'dropped by the files'
        : now === null
          ? 'absent after'
          : `${now} after`;
    const delta =
      typeof was === 'number' && typeof now === 'number' ? ` (${signed(now - was)})` : '';
    const renamed =
      track.before && track.after && track.before !== track.after ? ` (was ${track.before})` : '';
    return {
      status: 'pass',
      detail: `${name}${renamed}, written at ${where(at)}: ${beforeText}, ${afterText}${delta}.`,
    };
  } catch (error) {
    return {
      status: 'skipped',
      detail: `${name}: could not count rows: ${failureText(error)}.`,
    };
  }
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
