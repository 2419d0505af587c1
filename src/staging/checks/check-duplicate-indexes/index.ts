import type { PlannedIndex } from '../../../core/checks/check-plan.ts';
import { quoteIdent } from '../../../core/sql/quote-identifier.ts';
import type { CheckReport } from '../../../core/report/report.ts';
import { qualify } from '../../../core/sql/names.ts';
import { type CheckSession, failureText } from '../check-session.ts';
import { where } from '../detail-text.ts';
import { defineCheck } from '../post-migration-check.ts';

/**
 * Valid indexes that have another valid index on the same table with the same definition:
 * access method, key columns and expressions in order, operator classes, collations, sort
 * options, INCLUDE columns, uniqueness, NULLS NOT DISTINCT, deferrability, exclusion, and
 * predicate. `pg_get_expr` prints expressions and predicates canonically, so spelling and
 * spacing in the migration do not matter. Left out: indexes of extensions (their owner manages
 * them) and indexes of partitions attached to a parent index (the parent pair is reported).
 * `indnullsnotdistinct` needs PostgreSQL 15 or later.
 */
const duplicateIndexesSql = `
SELECT table_schema, table_name, index_name, constraint_name, is_primary, definition, duplicate_of
  FROM (
    SELECT tn.nspname::text AS table_schema, tc.relname::text AS table_name,
           ic.relname::text AS index_name, con.conname::text AS constraint_name,
           i.indisprimary AS is_primary, pg_get_indexdef(i.indexrelid) AS definition,
           min(i.indexrelid::bigint) OVER same_definition AS duplicate_of,
           count(*) OVER same_definition AS copies
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_class tc ON tc.oid = i.indrelid
      JOIN pg_namespace tn ON tn.oid = tc.relnamespace
      LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                                  AND con.contype IN ('p', 'u', 'x')
     WHERE i.indisvalid AND i.indisready AND i.indislive AND NOT ic.relispartition
       AND tn.nspname NOT IN ('pg_catalog', 'information_schema')
       AND tn.nspname NOT LIKE 'pg\\_toast%' AND tn.nspname NOT LIKE 'pg\\_temp%'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                        WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
                          AND d.objid IN (i.indexrelid, i.indrelid))
    WINDOW same_definition AS (
      PARTITION BY i.indrelid, ic.relam, i.indkey::text, i.indnkeyatts, i.indclass::text,
                   i.indcollation::text, i.indoption::text, i.indisunique,
                   i.indnullsnotdistinct, i.indimmediate, i.indisexclusion,
                   pg_get_expr(i.indexprs, i.indrelid), pg_get_expr(i.indpred, i.indrelid))
  ) indexes
 WHERE copies > 1
 ORDER BY table_schema, table_name, duplicate_of, index_name`;

/**
 * Duplicate indexes the files build: the check fails for a set of identical indexes when one
 * of them is new (named by a CREATE INDEX or constraint of the files, or on a table the files
 * create, or on a table where they build an index without naming it). Sets the files did not
 * build are named, but do not fail this change.
 */
export const duplicateIndexesCheck = defineCheck(
  {
    id: 'check-duplicate-indexes',
    title: 'Indexes that duplicate another',
    proves:
      'No index the files build has a twin: another valid index on the same table with the same definition (method, columns or expressions, operator classes, collations, order, INCLUDE, uniqueness, predicate), which would cost every write and its storage and serve no query the first does not.',
    severity: 'warning',
    query: duplicateIndexesSql.trim(),
  },
  async ({ session, plan }) => [await duplicateIndexes(session, plan.createdIndexes)],
);

interface IndexRow {
  table_schema: string;
  table_name: string;
  index_name: string;
  constraint_name: string | null;
  is_primary: boolean;
  definition: string;
  duplicate_of: string | number;
}

/** The indexes of one table that share a definition, the one to keep first. */
interface DuplicateSet {
  table: string;
  indexes: IndexRow[];
  /** The statement of the files that built one of them, when they did. */
  builtAt: PlannedIndex | undefined;
}

type BuiltSet = DuplicateSet & { builtAt: PlannedIndex };

async function duplicateIndexes(
  session: CheckSession,
  built: readonly PlannedIndex[],
): Promise<CheckReport> {
  const id = duplicateIndexesCheck.meta.id;
  let rows: IndexRow[];
  try {
    rows = await session.rows<IndexRow>(duplicateIndexesSql);
  } catch (error) {
    return { id, status: 'skipped', detail: `could not read pg_index: ${failureText(error)}.` };
  }
  const sets = duplicateSets(rows, built);
  const mine = sets.filter((s): s is BuiltSet => s.builtAt !== undefined);
  const others = sets.filter((s) => s.builtAt === undefined);
  const elsewhere = others.length
    ? ` Duplicates already there, among indexes the migrations do not build: ${others.map(describe).join('; ')}.`
    : '';
  const tables = new Set(built.map((b) => b.table)).size;
  const scope =
    'same table, method, columns or expressions, operator classes, collations, order, INCLUDE, uniqueness and predicate';
  if (mine.length === 0) {
    return {
      id,
      status: 'pass',
      detail: `No index the migrations build on ${tables} table(s) duplicates another (${scope}).${elsewhere}`,
    };
  }
  const fixes = mine.flatMap((s) => s.indexes.slice(1).map(dropStatement)).join(' ');
  return {
    id,
    status: 'fail',
    detail: `${mine.length} set(s) of identical indexes built by the migrations: ${mine.map((s) => `${describe(s)}, built at ${where(s.builtAt.at)}`).join('; ')}. Every write maintains each copy and none serves a query the first does not. Keep the first, and leave the others out of the migration or drop them: ${fixes}${elsewhere}`,
  };
}

function duplicateSets(rows: IndexRow[], built: readonly PlannedIndex[]): DuplicateSet[] {
  const sets = new Map<string, DuplicateSet>();
  for (const row of rows) {
    const table = qualify(row.table_schema, row.table_name);
    const key = String(row.duplicate_of);
    const set = sets.get(key) ?? { table, indexes: [], builtAt: undefined };
    set.indexes.push(row);
    sets.set(key, set);
  }
  for (const set of sets.values()) {
    const names = new Set(set.indexes.map((i) => i.index_name));
    // The statement that names one of them, else one that built an index it did not name.
    const onTable = built.filter((b) => b.table === set.table);
    set.builtAt =
      onTable.find((b) => b.name !== null && names.has(b.name)) ??
      onTable.find((b) => b.name === null);
    // The one to keep comes first: what constraints and older code rely on before a new twin.
    const builtNames = new Set(onTable.map((b) => b.name));
    const rank = (i: IndexRow) =>
      i.is_primary ? 0 : i.constraint_name !== null ? 1 : builtNames.has(i.index_name) ? 3 : 2;
    set.indexes.sort((a, b) => rank(a) - rank(b) || (a.index_name < b.index_name ? -1 : 1));
  }
  return [...sets.values()];
}

/** `public.profile: profile_pkey (PRIMARY KEY) = profile_id_key (constraint ...) (UNIQUE USING btree (id))`. */
function describe(set: DuplicateSet): string {
  const names = set.indexes.map((i) => `${i.index_name}${role(i)}`).join(' = ');
  const definition = set.indexes[0]?.definition ?? '';
  const using = definition.slice(definition.indexOf(' USING ') + 1);
  const unique = definition.startsWith('CREATE UNIQUE ') ? 'UNIQUE ' : '';
  return `${set.table}: ${names} (${unique}${using})`;
}

function role(index: IndexRow): string {
  if (index.is_primary) return ' (PRIMARY KEY)';
  return index.constraint_name === null ? '' : ` (constraint ${index.constraint_name})`;
}

/** A plain index goes with DROP INDEX; one that backs a constraint, with its constraint. */
function dropStatement(index: IndexRow): string {
  const table = `${quoteIdent(index.table_schema)}.${quoteIdent(index.table_name)}`;
  if (index.constraint_name !== null) {
    return `ALTER TABLE ${table} DROP CONSTRAINT ${quoteIdent(index.constraint_name)};`;
  }
  return `DROP INDEX CONCURRENTLY ${quoteIdent(index.table_schema)}.${quoteIdent(index.index_name)};`;
}
