import type { DatabasePort } from '../../core/db/database-port.ts';
import type {
  Catalog,
  CatalogColumn,
  CatalogPolicy,
  CatalogTable,
  PolicyCommandName,
} from '../../core/probes/probe-catalog.ts';
import { qualify } from '../../core/sql/names.ts';

/** Schemas of the server itself: never tenant data. */
const systemSchemas = "('pg_catalog', 'information_schema')";

/**
 * Read the tables of the staging target (columns, foreign keys, row level security, policies)
 * into the probes' catalog. Lists come back as JSON text so every driver parses them alike.
 */
export async function readCatalog(db: DatabasePort): Promise<Catalog> {
  const tables = new Map<string, CatalogTable>();
  const { rows: relations } = await db.query<{ schema: string; name: string; rls: boolean }>(
    `select n.nspname as schema, c.relname as name, c.relrowsecurity as rls
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not in ${systemSchemas}
        and n.nspname not like 'pg\\_%'`,
  );
  for (const r of relations) {
    const name = qualify(r.schema, r.name);
    tables.set(name, { name, columns: [], foreignKeys: [], rlsEnabled: r.rls, policies: [] });
  }

  const { rows: columns } = await db.query<ColumnRow>(
    `select n.nspname as schema, c.relname as table, a.attname as name,
            format_type(a.atttypid, a.atttypmod) as type,
            coalesce(b.typname, t.typname) as base_type,
            (select json_agg(e.enumlabel order by e.enumsortorder) from pg_enum e
              where e.enumtypid = coalesce(b.oid, t.oid))::text as enum_labels,
            a.attnotnull as not_null, a.atthasdef as has_default,
            (a.attidentity <> '' or a.attgenerated <> '') as filled_by_server
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
       join pg_type t on t.oid = a.atttypid
       left join pg_type b on t.typtype = 'd' and b.oid = t.typbasetype
      where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p')
        and n.nspname not in ${systemSchemas} and n.nspname not like 'pg\\_%'
      order by n.nspname, c.relname, a.attnum`,
  );
  for (const c of columns) {
    const column: CatalogColumn = {
      name: c.name,
      type: c.type,
      baseType: c.base_type,
      notNull: c.not_null,
      hasDefault: c.has_default,
      filledByServer: c.filled_by_server,
    };
    if (c.enum_labels) column.enumLabels = JSON.parse(c.enum_labels) as string[];
    tables.get(qualify(c.schema, c.table))?.columns.push(column);
  }

  const { rows: keys } = await db.query<ForeignKeyRow>(
    `select n.nspname as schema, c.relname as table, con.conname as name,
            fn.nspname as ref_schema, fc.relname as ref_table,
            (select json_agg(a.attname order by k.ord) from unnest(con.conkey) with ordinality k(num, ord)
               join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num)::text as columns,
            (select json_agg(a.attname order by k.ord) from unnest(con.confkey) with ordinality k(num, ord)
               join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num)::text as ref_columns
       from pg_constraint con
       join pg_class c on c.oid = con.conrelid
       join pg_namespace n on n.oid = c.relnamespace
       join pg_class fc on fc.oid = con.confrelid
       join pg_namespace fn on fn.oid = fc.relnamespace
      where con.contype = 'f'`,
  );
  for (const k of keys) {
    tables.get(qualify(k.schema, k.table))?.foreignKeys.push({
      name: k.name,
      columns: JSON.parse(k.columns) as string[],
      references: qualify(k.ref_schema, k.ref_table),
      referencedColumns: JSON.parse(k.ref_columns) as string[],
    });
  }

  const { rows: policies } = await db.query<PolicyRow>(
    `select schemaname as schema, tablename as table, policyname as name, permissive, cmd,
            array_to_json(roles)::text as roles, qual, with_check
       from pg_policies`,
  );
  for (const p of policies) {
    const policy: CatalogPolicy = {
      name: p.name,
      command: p.cmd,
      permissive: p.permissive === 'PERMISSIVE',
      roles: JSON.parse(p.roles) as string[],
      using: p.qual,
      withCheck: p.with_check,
    };
    tables.get(qualify(p.schema, p.table))?.policies.push(policy);
  }
  return tables;
}

interface ColumnRow {
  schema: string;
  table: string;
  name: string;
  type: string;
  base_type: string;
  enum_labels: string | null;
  not_null: boolean;
  has_default: boolean;
  filled_by_server: boolean;
}

interface ForeignKeyRow {
  schema: string;
  table: string;
  name: string;
  ref_schema: string;
  ref_table: string;
  columns: string;
  ref_columns: string;
}

interface PolicyRow {
  schema: string;
  table: string;
  name: string;
  permissive: string;
  cmd: PolicyCommandName;
  roles: string;
  qual: string | null;
  with_check: string | null;
}
