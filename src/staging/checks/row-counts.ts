import type { TableTrack, WrittenTable } from '../../core/checks/check-plan.ts';
import { rowCountSql } from '../../core/checks/check-queries.ts';
import type { DatabasePort } from '../../core/db/database-port.ts';
import type { CheckReport } from '../../core/report/report.ts';
import type { QualifiedName } from '../../core/sql/names.ts';
import { CheckSession, failureText } from './check-session.ts';
import { checkIds, where } from './constraint-checks.ts';
import { relationExists } from './relation-catalog.ts';

/** Exact row counts by `schema.name`; null when the table does not exist (or cannot be read). */
export type RowCountSnapshot = ReadonlyMap<QualifiedName, number | null>;

/**
 * Count the rows of `tables` exactly (staging data is small). Call it with
 * `plan.countBefore` on the staging session before applying the files under check, and pass
 * the result to `runChecks`.
 */
export async function snapshotRowCounts(
  db: DatabasePort,
  tables: readonly QualifiedName[],
): Promise<RowCountSnapshot> {
  const session = await CheckSession.open(db);
  const counts = new Map<QualifiedName, number | null>();
  for (const table of tables) counts.set(table, await countRows(session, table));
  return counts;
}

export async function countRows(
  session: CheckSession,
  table: QualifiedName,
): Promise<number | null> {
  try {
    if (!(await relationExists(session, table))) return null;
    return await session.count(rowCountSql(table));
  } catch {
    return null;
  }
}

/** Rows a track held before the files: 0 when they create it, undefined when not counted. */
export function rowsBefore(
  track: TableTrack,
  before: RowCountSnapshot | undefined,
): number | null | undefined {
  if (track.before === null) return 0;
  return before?.has(track.before) ? before.get(track.before) : undefined;
}

/** `check-row-counts` for one table the files write: before and after, for the reader. */
export async function writtenTableCounts(
  session: CheckSession,
  written: WrittenTable,
  before: RowCountSnapshot | undefined,
): Promise<CheckReport> {
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
      id: checkIds.rowCounts,
      status: 'pass',
      detail: `${name}${renamed}, written at ${where(at)}: ${beforeText}, ${afterText}${delta}.`,
    };
  } catch (error) {
    return {
      id: checkIds.rowCounts,
      status: 'skipped',
      detail: `${name}: could not count rows: ${failureText(error)}.`,
    };
  }
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
