import type { TableTrack } from '../../core/checks/check-plan.ts';
import { rowCountSql } from '../../core/checks/check-queries.ts';
import type { DatabasePort } from '../../core/db/database-port.ts';
import type { QualifiedName } from '../../core/sql/names.ts';
import { CheckSession } from './check-session.ts';
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
