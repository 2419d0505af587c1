import type { DatabasePort } from '../../core/db/database-port.ts';
import type { RelationKind } from './trace-model.ts';

/** A relation as the trace knows it; oids are kept as text (no driver-dependent number parsing). */
export interface RelationEntry {
  oid: string;
  name: string;
  relkind: string;
  filenode: string;
}

/** Relations outside the system schemas (pg_catalog, information_schema, toast and temp). */
export async function readRelations(db: DatabasePort): Promise<Map<string, RelationEntry>> {
  const { rows } = await db.query<RelationEntry>(
    `SELECT c.oid::text AS oid, format('%I.%I', n.nspname, c.relname) AS name,
            c.relkind::text AS relkind, c.relfilenode::text AS filenode
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`,
  );
  return new Map(rows.map((r) => [r.oid, r]));
}

/**
 * Relation locks this session holds now: oid -> modes, in oid order (the order the relations
 * were created). `pg_locks` itself lists them in the lock table's hash order, which moves with
 * the server's shared memory size: a report must not.
 */
export async function readOwnLocks(db: DatabasePort): Promise<Map<string, Set<string>>> {
  const { rows } = await db.query<{ oid: string; mode: string }>(
    `SELECT relation::text AS oid, mode FROM pg_locks
      WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND relation IS NOT NULL
      ORDER BY relation, mode`,
  );
  const held = new Map<string, Set<string>>();
  for (const { oid, mode } of rows) {
    const modes = held.get(oid) ?? new Set<string>();
    modes.add(mode);
    held.set(oid, modes);
  }
  return held;
}

/** Sequential scans started in the current transaction, per table: oid -> count. */
export async function readTransactionSeqScans(db: DatabasePort): Promise<Map<string, number>> {
  const { rows } = await db.query<{ oid: string; scans: string }>(
    'SELECT relid::text AS oid, seq_scan::text AS scans FROM pg_stat_xact_user_tables WHERE seq_scan > 0',
  );
  return new Map(rows.map((r) => [r.oid, Number(r.scans)]));
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
