import type { DatabasePort } from '../../core/db/database-port.ts';
import type { RelationKind } from './trace-model.ts';

/** A relation as the trace knows it; oids are kept as text (no driver-dependent number parsing). */
export interface RelationEntry {
  oid: string;
  name: string;
  relkind: string;
  filenode: string;
}

const RELATIONS = `SELECT c.oid::text AS oid, pg_catalog.format('%I.%I', n.nspname, c.relname) AS name,
            c.relkind::text AS relkind, c.relfilenode::text AS filenode
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;

/**
 * Relation locks this session holds, in oid order (the order the relations were created).
 * `pg_locks` itself lists them in the lock table's hash order, which moves with the server's
 * shared memory size: a report must not.
 */
const OWN_LOCKS = `SELECT relation::text AS oid, mode FROM pg_locks
      WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND relation IS NOT NULL
      ORDER BY relation, mode`;

/** Sequential scans started in the current transaction, per table. */
const SEQ_SCANS =
  'SELECT relid::text AS oid, seq_scan::text AS scans FROM pg_stat_xact_user_tables WHERE seq_scan > 0';

/** Relations outside the system schemas (pg_catalog, information_schema, toast and temp). */
export async function readRelations(db: DatabasePort): Promise<Map<string, RelationEntry>> {
  const { rows } = await db.query<RelationEntry>(RELATIONS);
  return new Map(rows.map((r) => [r.oid, r]));
}

/** What the tracer reads of the catalog at one point of a transaction. */
export interface CatalogState {
  /** Relation locks this session holds: oid -> modes, in oid order. */
  locks: Map<string, Set<string>>;
  /** Relations outside the system schemas, by oid, in the order the catalog lists them. */
  relations: Map<string, RelationEntry>;
  /** Sequential scans started in the current transaction, per table: oid -> count. */
  scans: Map<string, number>;
}

/**
 * Locks, relations and scan counters in one round trip (the three queries, each in its order,
 * as the branches of one UNION ALL): a traced statement pays one query, not three. Outside a
 * transaction block a statement's locks are gone and its scans are not counted for it, so only
 * the relations are read (`relations` only).
 */
export async function readCatalogState(
  db: DatabasePort,
  read: { relations: boolean; inTransaction: boolean },
): Promise<CatalogState> {
  const branches: string[] = [];
  if (read.inTransaction) {
    branches.push(`(SELECT 'l' AS k, oid, mode AS a, NULL AS b, NULL AS c FROM (${OWN_LOCKS}) l)`);
    branches.push(`(SELECT 's' AS k, oid, scans AS a, NULL AS b, NULL AS c FROM (${SEQ_SCANS}) s)`);
  }
  if (read.relations) {
    branches.push(
      `(SELECT 'r' AS k, oid, name AS a, relkind AS b, filenode AS c FROM (${RELATIONS}) r)`,
    );
  }
  const state: CatalogState = { locks: new Map(), relations: new Map(), scans: new Map() };
  if (branches.length === 0) return state;
  const { rows } = await db.query<{ k: string; oid: string; a: string; b: string; c: string }>(
    branches.join('\nUNION ALL\n'),
  );
  for (const { k, oid, a, b, c } of rows) {
    if (k === 'l') {
      const modes = state.locks.get(oid) ?? new Set<string>();
      modes.add(a);
      state.locks.set(oid, modes);
    } else if (k === 's') {
      state.scans.set(oid, Number(a));
    } else {
      state.relations.set(oid, { oid, name: a, relkind: b, filenode: c });
    }
  }
  return state;
}

export function relationKind(relkind: string): RelationKind {
  switch (relkind) {
    case 'r':
    case 'p':
    case 'f':
      return 'table';
    case 'i':
    case 'I':
      return 'index';
    case 'v':
      return 'view';
    case 'm':
      return 'materialized view';
    case 'S':
      return 'sequence';
    default:
      return 'other';
  }
}
