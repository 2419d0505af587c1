import type { DatabasePort } from '../core/db/database-port.ts';
import { quoteIdent, quoteRelation } from '../core/sql/quote-identifier.ts';

/** Rows `fix` puts in each touched table before the migration runs on staging. */
export const PROOF_ROWS = 5000;

/**
 * Fill each table with PROOF_ROWS rows, the same on both targets: columns with a default or
 * identity take it (unless a foreign key references the column), the others a value made from
 * the row number by type category (so numbers
 * run 1..PROOF_ROWS, and a foreign key into another seeded table finds its row). Tables other
 * tables reference are filled first. Returns why a table could not be filled, or undefined.
 */
export async function seedTables(
  db: DatabasePort,
  tables: readonly string[],
): Promise<string | undefined> {
  // A name the change itself creates (the new name of a rename) has no rows before it.
  const existing: string[] = [];
  for (const table of tables) {
    const { rows } = await db.query<{ found: boolean }>(
      'select to_regclass($1) is not null as found',
      [quoteRelation(table)],
    );
    if (rows[0]?.found) existing.push(table);
  }
  const ordered = await referencedFirst(db, existing);
  for (const table of ordered) {
    const relation = quoteRelation(table);
    const { rows } = await db.query<{
      name: string;
      type: string;
      category: string;
      typname: string;
      notnull: boolean;
    }>(
      `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
              t.typcategory as category, t.typname, a.attnotnull as notnull
         from pg_attribute a join pg_type t on t.oid = a.atttypid
        where a.attrelid = to_regclass($1) and a.attnum > 0 and not a.attisdropped
          and a.attidentity = '' and a.attgenerated = ''
          -- A default (gen_random_uuid()) would give keys no foreign key of another seeded
          -- table could name: a column a foreign key references takes the row-number value.
          and (not a.atthasdef or exists (
                select from pg_constraint f
                 where f.contype = 'f' and f.confrelid = a.attrelid and a.attnum = any (f.confkey)))
        order by a.attnum`,
      [relation],
    );
    const columns: string[] = [];
    const values: string[] = [];
    for (const column of rows) {
      const value = valueFor(column.category, column.typname, column.type);
      if (value === undefined) {
        if (column.notnull)
          return `${table}.${column.name} (${column.type}): no value to seed it with`;
        continue;
      }
      columns.push(quoteIdent(column.name));
      values.push(value);
    }
    try {
      await db.query(
        `insert into ${relation} ${columns.length > 0 ? `(${columns.join(', ')})` : ''}
         select ${values.join(', ')} from generate_series(1, ${PROOF_ROWS}) as g`,
      );
    } catch (error) {
      return `${table}: ${(error as Error).message}`;
    }
  }
  return undefined;
}

function valueFor(category: string, typname: string, type: string): string | undefined {
  switch (category) {
    case 'N':
      return `g::${type}`;
    case 'S':
      return `('r' || g)::${type}`;
    case 'B':
      return 'g % 2 = 0';
    case 'D':
      return `(timestamp '2024-01-01' + g * interval '1 minute')::${type}`;
    case 'A':
      return `'{}'::${type}`;
    case 'E':
      return `(enum_range(null::${type}))[1]`;
    default:
      if (typname === 'uuid') return `md5(g::text)::uuid`;
      if (typname === 'jsonb' || typname === 'json') return `'{}'::${type}`;
      return undefined;
  }
}

/** The tables in an order where one referenced by another's foreign key comes first. */
async function referencedFirst(db: DatabasePort, tables: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ child: string; parent: string }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
       from pg_constraint c where c.contype = 'f'
        and c.conrelid = any ($1::regclass[]) and c.confrelid = any ($1::regclass[])`,
    [tables.map(quoteRelation)],
  );
  const byText = new Map<string, string>();
  for (const t of tables) {
    const { rows: r } = await db.query<{ text: string }>('select $1::regclass::text as text', [
      quoteRelation(t),
    ]);
    byText.set(r[0]?.text ?? t, t);
  }
  const ordered: string[] = [];
  const visit = (t: string, seen: Set<string>) => {
    if (ordered.includes(t) || seen.has(t)) return;
    seen.add(t);
    for (const edge of rows) {
      const parent = byText.get(edge.parent);
      if (byText.get(edge.child) === t && parent) visit(parent, seen);
    }
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}
