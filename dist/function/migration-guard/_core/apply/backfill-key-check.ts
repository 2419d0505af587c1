import type { DatabasePort } from '../db/database-port.ts';
import type { BackfillPlan } from './backfill-plan.ts';

/**
 * Why the table cannot be walked on the header's key, or undefined when it can. Asked of the
 * target before the first batch, so a bad key is refused before any row changes:
 * - the table and the column must exist;
 * - the column must be NOT NULL: rows with a NULL key sort after every cursor and would never
 *   be visited;
 * - a valid btree index must lead with the column: without one every batch sorts the rest of
 *   the table to find its next `size` keys, and the job becomes quadratic.
 *
 * `to_regclass` keeps a missing table from raising an error, which in rollback mode would
 * abort the outer transaction.
 */
export async function checkBackfillKey(
  db: DatabasePort,
  plan: BackfillPlan,
): Promise<string | undefined> {
  const table = plan.relation;
  const { rows } = await db.query<{
    found: boolean;
    column: boolean;
    notnull: boolean;
    indexed: boolean;
  }>(
    `SELECT to_regclass($1) IS NOT NULL AS found,
            a.attnum IS NOT NULL AS column,
            coalesce(a.attnotnull, false) AS notnull,
            EXISTS (
              SELECT 1 FROM pg_index i
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_am am ON am.oid = ic.relam
               WHERE i.indrelid = to_regclass($1) AND i.indkey[0] = a.attnum
                 AND am.amname = 'btree' AND i.indisvalid AND i.indpred IS NULL
            ) AS indexed
       FROM (SELECT 1) AS one
       LEFT JOIN pg_attribute a
         ON a.attrelid = to_regclass($1) AND a.attname = $2 AND a.attnum > 0 AND NOT a.attisdropped`,
    [table, plan.header.key],
  );
  const row = rows[0];
  const key = plan.header.key;
  if (!row?.found) return `table ${plan.tableName} does not exist on the target`;
  if (!row.column) return `table ${plan.tableName} has no column ${key}`;
  if (!row.notnull)
    return `the key column ${plan.tableName}.${key} is nullable, and rows with a NULL key would never be visited; walk a NOT NULL column (the primary key)`;
  if (!row.indexed)
    return `no btree index on ${plan.tableName} starts with ${key}, so every batch would sort the rest of the table to find its keys; walk the primary key or index ${key} first`;
  return undefined;
}
