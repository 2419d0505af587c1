import type { DatabasePort } from '../db/database-port.ts';
import { quoteIdentIfNeeded } from '../sql/quote-identifier.ts';
import type { Statement } from '../sql/statement.ts';
import { rangeVarsIn } from '../sql/walk.ts';
import type { LockWait } from './apply-failure.ts';

interface HolderRow {
  relation: string;
  mode: string;
  pid: number;
  state: string | null;
  query: string | null;
}

/**
 * After a lock timeout (and the rollback), find which of the relations the statement names
 * another session holds a lock on, so the error can say what it waited for. The server's
 * message ("canceling statement due to lock timeout") names nothing. Best effort: the holder
 * may be gone already, and the lock waited for may be on a relation the statement does not name.
 */
export async function describeLockWait(db: DatabasePort, statement: Statement): Promise<LockWait> {
  const names = [
    ...new Set(
      rangeVarsIn(statement.node).map((rv) =>
        rv.schemaname
          ? `${quoteIdentIfNeeded(rv.schemaname)}.${quoteIdentIfNeeded(rv.relname)}`
          : quoteIdentIfNeeded(rv.relname),
      ),
    ),
  ];
  if (names.length === 0) return { relations: [], holders: [] };
  try {
    const { rows } = await db.query<HolderRow>(
      `SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) AS relation, l.mode, l.pid,
              a.state, pg_catalog.left(a.query, 120) AS query
         FROM unnest($1::text[]) AS wanted(name)
         JOIN pg_class c ON c.oid = to_regclass(wanted.name)
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_locks l ON l.locktype = 'relation' AND l.relation = c.oid AND l.granted
         LEFT JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.pid <> pg_backend_pid()
        ORDER BY 1, 3`,
      [arrayLiteral(names)],
    );
    return {
      relations: [...new Set(rows.map((r) => r.relation))],
      holders: rows.map(
        (r) =>
          `${r.mode} on ${r.relation} by pid ${r.pid}${r.state ? ` (${r.state}${r.query ? `: ${r.query}` : ''})` : ''}`,
      ),
    };
  } catch {
    return { relations: [], holders: [] };
  }
}

/** A Postgres text[] literal: the port sends parameters as text on every adapter. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
