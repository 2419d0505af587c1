import type { CopyGroup, PlannedCopy } from '../../../core/checks/check-plan.ts';
import {
  type CopyTarget,
  rowCountSql,
  uncopiedRowsQuery,
} from '../../../core/checks/check-queries.ts';
import type { CheckReport } from '../../../core/report/report.ts';
import type { QualifiedName } from '../../../core/sql/names.ts';
import { type CheckSession, failureText } from '../check-session.ts';
import { rows, where } from '../detail-text.ts';
import { primaryKeyColumns, relationExists } from '../relation-catalog.ts';
import { countRows, type RowCountSnapshot, rowsBefore } from '../row-counts.ts';

/** A report without its id: the check's `run` adds it. */
export type Verdict = Omit<CheckReport, 'id'>;

/**
 * What `check-row-counts` says of one INSERT ... SELECT copy or split: source rows that reached no
 * target. Two ways to tell, best first:
 * - key: the source still exists, has a primary key, and every copy carries all its columns
 *   into its target. Anti-join: source rows whose key is in no target. Exact, and immune to
 *   targets that held rows before or were written by other statements.
 * - counts: source rows (after, or before when the files drop the source) against the rows
 *   the targets gained. Exact when the targets started empty and only the copies wrote them;
 *   when a target held rows and a copy filters or uses ON CONFLICT, skipped rows cannot be
 *   told from lost ones, so the check is skipped rather than guessed.
 */
export async function copyCoverage(
  session: CheckSession,
  group: CopyGroup,
  before: RowCountSnapshot | undefined,
): Promise<Verdict> {
  const sourceName = group.source.after ?? group.source.before ?? '?';
  const lines = group.copies.map((c) => where(c.at)).join(', ');
  const what = `${group.copies.length > 1 ? 'split' : 'copy'} of ${sourceName} into ${targetList(group.copies)} (at ${lines})`;
  try {
    const keyed = await keyedTargets(session, group);
    if (keyed && group.source.after) {
      const q = uncopiedRowsQuery(group.source.after, keyed.targets);
      const lost = await session.count(q.count);
      const total = await session.count(rowCountSql(group.source.after));
      const how = `anti-join on the primary key (${keyed.key.join(', ')})`;
      if (!group.expectsFullCoverage) {
        return {
          status: 'pass',
          detail: `${what}: filtered copy; ${total - lost} of ${total} source rows are in the target, the other ${lost} are left out by its WHERE as written (${how}).`,
        };
      }
      if (lost === 0)
        return {
          status: 'pass',
          detail: `${what}: all ${total} source rows reached a target (${how}).`,
        };
      return {
        status: 'fail',
        detail: `${what}: ${rows(lost)} of ${total} in ${sourceName} reached no target (${how}); the WHERE clauses do not cover them (NULLs and values no branch names are the usual cause). Investigate: ${q.investigate}`,
      };
    }
    return await countedCoverage(session, group, before, what);
  } catch (error) {
    return {
      status: 'skipped',
      detail: `${what}: the check query failed: ${failureText(error)}.`,
    };
  }
}

function targetList(copies: PlannedCopy[]): string {
  return [...new Set(copies.map((c) => c.target.after ?? `${c.target.before} (dropped)`))].join(
    ', ',
  );
}

async function keyedTargets(
  session: CheckSession,
  group: CopyGroup,
): Promise<{ key: string[]; targets: CopyTarget[] } | undefined> {
  const source = group.source.after;
  if (!source || !(await relationExists(session, source))) return undefined;
  const key = await primaryKeyColumns(session, source);
  if (key.length === 0) return undefined;
  const targets: CopyTarget[] = [];
  for (const copy of group.copies) {
    const table = copy.target.after;
    if (!table || !(await relationExists(session, table))) return undefined;
    const mapped = key.map((k) => copy.columnMap.find((m) => m.source === k));
    if (mapped.some((m) => m === undefined)) return undefined;
    targets.push({ table, key: mapped.flatMap((m) => (m ? [m] : [])) });
  }
  return { key, targets };
}

async function countedCoverage(
  session: CheckSession,
  group: CopyGroup,
  before: RowCountSnapshot | undefined,
  what: string,
): Promise<Verdict> {
  const skipped = (why: string): Verdict => ({
    status: 'skipped',
    detail: `${what}: ${why}`,
  });
  const sourceRows = group.source.after
    ? await countRows(session, group.source.after)
    : rowsBefore(group.source, before);
  if (typeof sourceRows !== 'number') {
    return skipped(
      'the source rows were not counted (no before snapshot of a source the files drop).',
    );
  }
  let gained = 0;
  let targetsHeldRows = false;
  const seen = new Set<QualifiedName>();
  for (const copy of group.copies) {
    const key = copy.target.after ?? copy.target.before ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    const was = rowsBefore(copy.target, before);
    const now = copy.target.after ? await countRows(session, copy.target.after) : null;
    if (typeof was !== 'number' || typeof now !== 'number') {
      return skipped(
        `the rows of ${key} before and after are not both known (no key to anti-join on, and no before snapshot or the target is gone).`,
      );
    }
    if (was > 0) targetsHeldRows = true;
    gained += now - was;
  }
  const how = 'row counts: no primary key of the source is carried into every target';
  if (!group.expectsFullCoverage) {
    return {
      status: 'pass',
      detail: `${what}: filtered copy; the target gained ${gained} of the source's ${sourceRows} rows, the WHERE leaving out the rest as written (${how}).`,
    };
  }
  if (targetsHeldRows && group.copies.some((c) => c.filtered || c.onConflict)) {
    return skipped(
      `a target held rows before and a copy filters or uses ON CONFLICT, so rows skipped on purpose cannot be told from rows lost (${how}). Carry the source's primary key into the targets to get an exact check.`,
    );
  }
  const lost = sourceRows - gained;
  if (lost <= 0)
    return {
      status: 'pass',
      detail: `${what}: the targets gained ${gained} rows for ${sourceRows} source rows (${how}).`,
    };
  return {
    status: 'fail',
    detail: `${what}: the targets gained ${gained} rows for ${sourceRows} source rows, so at least ${rows(lost)} reached no target (${how}).`,
  };
}
