import { quoteIdent } from '../../../core/sql/quote-identifier.ts';
import type { CheckReport } from '../../../core/report/report.ts';
import { type QualifiedName, qualify } from '../../../core/sql/names.ts';
import { type CheckSession, failureText } from '../check-session.ts';
import { defineCheck } from '../post-migration-check.ts';

const invalidIndexesSql = `
SELECT n.nspname::text AS index_schema, ic.relname::text AS index_name,
       tn.nspname::text AS table_schema, tc.relname::text AS table_name
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = ic.relnamespace
  JOIN pg_class tc ON tc.oid = i.indrelid
  JOIN pg_namespace tn ON tn.oid = tc.relnamespace
 WHERE NOT i.indisvalid
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
 ORDER BY 1, 2`;

/**
 * Indexes with `pg_index.indisvalid = false` in any non-system schema. One on a table the files
 * touched fails (a failed or interrupted CREATE INDEX CONCURRENTLY leaves it: it costs writes
 * and serves no query). One elsewhere predates the migration: it is named, but does not fail
 * this change.
 */
export const invalidIndexesCheck = defineCheck(
  {
    id: 'check-invalid-indexes',
    title: 'Indexes left invalid',
    proves:
      'No table the files touch carries an invalid index (pg_index.indisvalid = false), the leftover of a failed or interrupted CREATE INDEX CONCURRENTLY.',
    severity: 'warning',
    query: invalidIndexesSql.trim(),
  },
  async ({ session, plan }) => [await invalidIndexes(session, plan.touchedTables)],
);

interface InvalidIndexRow {
  index_schema: string;
  index_name: string;
  table_schema: string;
  table_name: string;
}

async function invalidIndexes(
  session: CheckSession,
  touchedTables: readonly QualifiedName[],
): Promise<CheckReport> {
  const id = invalidIndexesCheck.meta.id;
  let found: InvalidIndexRow[];
  try {
    found = await session.rows<InvalidIndexRow>(invalidIndexesSql);
  } catch (error) {
    return { id, status: 'skipped', detail: `could not read pg_index: ${failureText(error)}.` };
  }
  const touched = new Set(touchedTables);
  const describe = (r: InvalidIndexRow) =>
    `${qualify(r.index_schema, r.index_name)} on ${qualify(r.table_schema, r.table_name)}`;
  const mine = found.filter((r) => touched.has(qualify(r.table_schema, r.table_name)));
  const others = found.filter((r) => !mine.includes(r));
  const elsewhere = others.length
    ? ` Invalid already, on tables the migrations do not touch: ${others.map(describe).join(', ')}.`
    : '';
  const scope = 'indexes with indisvalid = false in non-system schemas';
  if (mine.length === 0) {
    return {
      id,
      status: 'pass',
      detail: `No invalid index on the ${touched.size} tables the migrations touch (${scope}).${elsewhere}`,
    };
  }
  const drops = mine
    .map(
      (r) => `DROP INDEX CONCURRENTLY ${quoteIdent(r.index_schema)}.${quoteIdent(r.index_name)};`,
    )
    .join(' ');
  return {
    id,
    status: 'fail',
    detail: `${mine.length} invalid index(es) on tables the migrations touch: ${mine.map(describe).join(', ')}. A failed CREATE INDEX CONCURRENTLY leaves them; they slow every write and serve no query. Drop and recreate: ${drops}${elsewhere}`,
  };
}
