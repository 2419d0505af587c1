import { quoteRelation } from '../../core/sql/quote-identifier.ts';
import type { QualifiedName } from '../../core/sql/names.ts';
import type { CheckSession } from './check-session.ts';

/** Whether a table exists now (by its `schema.name`). */
export async function relationExists(
  session: CheckSession,
  relation: QualifiedName,
): Promise<boolean> {
  const rows = await session.rows<{ oid: unknown }>('SELECT to_regclass($1) AS oid', [
    quoteRelation(relation),
  ]);
  return rows[0]?.oid !== null && rows[0]?.oid !== undefined;
}

/** The primary key columns of a table, in key order; empty when it has none. */
export async function primaryKeyColumns(
  session: CheckSession,
  relation: QualifiedName,
): Promise<string[]> {
  const rows = await session.rows<{ attname: string }>(
    `SELECT a.attname::text AS attname
       FROM pg_index i
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
      WHERE i.indrelid = to_regclass($1) AND i.indisprimary
      ORDER BY k.position`,
    [quoteRelation(relation)],
  );
  return rows.map((r) => r.attname);
}

/** The column names of a table. */
export async function columnNames(
  session: CheckSession,
  relation: QualifiedName,
): Promise<string[]> {
  const rows = await session.rows<{ attname: string }>(
    `SELECT attname::text AS attname FROM pg_attribute
      WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [quoteRelation(relation)],
  );
  return rows.map((r) => r.attname);
}
