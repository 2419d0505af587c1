import type { DatabasePort } from '../core/db/database-port.ts';
import { quoteRelation } from '../core/sql/quote-identifier.ts';

/**
 * What `fix` compares between the original and the rewrite: the final catalog of the tables the
 * rewrite touches, as lines a person can read side by side (columns by name with type, default
 * and nullability; constraints with their definition and whether validated; indexes with their
 * definition and validity; triggers; row level security and policies). A name that is no table
 * says what it is (a compatibility view left behind shows), or that nothing has it.
 *
 * Columns are compared by name, not position: an expand/contract rewrite of a rename or a type
 * change adds the new column at the end of the table, where no single statement could put it.
 */
export async function tableCatalog(db: DatabasePort, tables: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const table of [...tables].sort()) {
    const relation = quoteRelation(table);
    const { rows: found } = await db.query<
      { rls: boolean; forced: boolean; kind: string } | undefined
    >(
      `select relrowsecurity as rls, relforcerowsecurity as forced, relkind::text as kind
         from pg_class where oid = to_regclass($1)`,
      [relation],
    );
    const head = found[0];
    if (!head) {
      lines.push(`${table}: does not exist`);
      continue;
    }
    if (head.kind !== 'r' && head.kind !== 'p') {
      lines.push(`${table}: ${RELATION_KINDS[head.kind] ?? `relkind ${head.kind}`}, not a table`);
    }
    lines.push(`${table}: rls ${head.rls ? 'on' : 'off'}${head.forced ? ', forced' : ''}`);
    const columns = await db.query<{ line: string }>(
      `select format('column %s %s%s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                     case when a.attnotnull then ' not null' else '' end,
                     coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), ''),
                     case a.attidentity when '' then '' else ' identity ' || a.attidentity::text end) as line
         from pg_attribute a
         left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        where a.attrelid = to_regclass($1) and a.attnum > 0 and not a.attisdropped
        order by a.attname`,
      [relation],
    );
    const constraints = await db.query<{ line: string }>(
      `select format('constraint %s %s%s', conname, pg_get_constraintdef(oid),
                     case when convalidated then '' else ' (not validated)' end) as line
         from pg_constraint where conrelid = to_regclass($1) and contype <> 'n'
        order by conname`,
      [relation],
    );
    const indexes = await db.query<{ line: string }>(
      `select format('index %s%s', pg_get_indexdef(i.indexrelid),
                     case when i.indisvalid then '' else ' (invalid)' end) as line
         from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indrelid = to_regclass($1)
        order by c.relname`,
      [relation],
    );
    const policies = await db.query<{ line: string }>(
      `select format('policy %s %s %s to %s using (%s) with check (%s)', polname,
                     case when polpermissive then 'permissive' else 'restrictive' end, polcmd,
                     (select string_agg(coalesce(r.rolname, 'public'), ',' order by r.rolname)
                        from unnest(polroles) as u(oid) left join pg_roles r on r.oid = u.oid),
                     pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid)) as line
         from pg_policy where polrelid = to_regclass($1)
        order by polname`,
      [relation],
    );
    const triggers = await db.query<{ line: string }>(
      `select format('trigger %s', pg_get_triggerdef(oid)) as line
         from pg_trigger where tgrelid = to_regclass($1) and not tgisinternal
        order by tgname`,
      [relation],
    );
    for (const part of [columns, constraints, indexes, triggers, policies]) {
      for (const row of part.rows) lines.push(`  ${row.line}`);
    }
  }
  return lines;
}

const RELATION_KINDS: Record<string, string> = {
  v: 'a view',
  m: 'a materialized view',
  f: 'a foreign table',
  S: 'a sequence',
  i: 'an index',
  c: 'a composite type',
};
