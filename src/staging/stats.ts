import { quoteRelation } from '../core/sql/quote-identifier.ts';
import type { ProductionStats, TableStats } from '../core/checks/production-stats.ts';
import type { DatabasePort } from '../core/db/database-port.ts';
import { qualify } from '../core/sql/names.ts';

/**
 * `migration-guard stats --db URL`: the row and byte size of every table in the user schemas
 * (everything but pg_catalog, information_schema and pg_*), for `--stats FILE` to weight staged
 * lock and rewrite durations. Read-only: it runs in a READ ONLY transaction and rolls back.
 *
 * Rows are the planner's estimate (`reltuples`, free to read) for tables of 10,000 rows or more,
 * and an exact count(*) for smaller ones and for tables never analyzed (`reltuples` = -1), whose
 * estimate would be meaningless. Bytes are pg_total_relation_size (heap, indexes, TOAST).
 */

/** Below this estimate, count exactly: cheap, and small tables' estimates are often stale. */
const exactBelowRows = 10_000;

const tablesSql = `
SELECT n.nspname::text AS schema_name, c.relname::text AS table_name,
       c.reltuples::float8 AS reltuples, pg_total_relation_size(c.oid)::int8 AS bytes
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'm')
   AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
 ORDER BY 1, 2`;

interface TableRow {
  schema_name: string;
  table_name: string;
  reltuples: number | string;
  bytes: number | string;
}

export async function collectStats(
  db: DatabasePort,
  now: Date = new Date(),
): Promise<ProductionStats> {
  await db.exec('BEGIN TRANSACTION READ ONLY');
  try {
    const version = await db.query<{ server_version: string }>('SHOW server_version');
    const { rows } = await db.query<TableRow>(tablesSql);
    const tables: TableStats[] = [];
    for (const row of rows) {
      const relation = qualify(row.schema_name, row.table_name);
      const estimate = Number(row.reltuples);
      const rowCount =
        estimate >= exactBelowRows
          ? Math.round(estimate)
          : await exactCount(db, relation, Math.max(0, Math.round(estimate)));
      tables.push({ relation, rows: rowCount, bytes: Number(row.bytes) });
    }
    return {
      schemaVersion: 1,
      collectedAt: now.toISOString(),
      serverVersion: version.rows[0]?.server_version ?? 'unknown',
      tables,
    };
  } finally {
    // Nothing was written; rolling back ends the read-only transaction either way.
    await db.exec('ROLLBACK').catch(() => undefined);
  }
}

/**
 * count(*) under a savepoint: a table the role may not read (Supabase keeps some, such as
 * vault's, from `postgres`) falls back to the estimate instead of aborting the collection.
 */
async function exactCount(db: DatabasePort, relation: string, estimate: number): Promise<number> {
  await db.exec('SAVEPOINT migration_guard_stats');
  try {
    const { rows } = await db.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM ${quoteRelation(relation)}`,
    );
    await db.exec('RELEASE SAVEPOINT migration_guard_stats');
    return Number(rows[0]?.n ?? 0);
  } catch {
    await db.exec('ROLLBACK TO SAVEPOINT migration_guard_stats');
    return estimate;
  }
}
