/**
 * What an advisor finding's object is in the database: its oid (so an object renamed by a file
 * is recognised as the one the advisor already reported under its old name) and, for a
 * function, whether it is SECURITY DEFINER and returns `trigger` (which explains most of what
 * the function rules leave to the advisor).
 */
import type { PgDatabase } from '../src/staging/pg-database.ts';
import type { ObjectKey } from './advisor-objects.ts';

export interface ObjectIdentity {
  /** pg_class, pg_constraint or pg_proc oids (a function name may have several overloads). */
  oids: string[];
  securityDefiner?: boolean;
  returnsTrigger?: boolean;
}

/** Lints whose objects are functions (`schema.name`, every overload). */
const FUNCTION_LINTS: ReadonlySet<string> = new Set([
  '0011_function_search_path_mutable',
  '0028_anon_security_definer_function_executable',
  '0029_authenticated_security_definer_function_executable',
]);

function split(key: ObjectKey): { schema: string; name: string; constraint?: string } | undefined {
  const [qualified = '', constraint] = key.split('#');
  const dot = qualified.indexOf('.');
  if (dot <= 0 || key.startsWith('cache_key:')) return undefined;
  return {
    schema: qualified.slice(0, dot),
    name: qualified.slice(dot + 1),
    ...(constraint !== undefined ? { constraint } : {}),
  };
}

/** The object behind an advisor finding now, or undefined when it cannot be told. */
export async function resolveIdentity(
  db: PgDatabase,
  lint: string,
  key: ObjectKey,
): Promise<ObjectIdentity | undefined> {
  const parts = split(key);
  if (!parts) return undefined;
  if (FUNCTION_LINTS.has(lint)) {
    const { rows } = await db.query<{ oid: string; definer: boolean; trigger: boolean }>(
      `select p.oid::text as oid, p.prosecdef as definer,
              p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype as trigger
         from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        where n.nspname = $1 and p.proname = $2`,
      [parts.schema, parts.name],
    );
    if (rows.length === 0) return undefined;
    return {
      oids: rows.map((r) => r.oid),
      securityDefiner: rows.some((r) => r.definer),
      returnsTrigger: rows.every((r) => r.trigger),
    };
  }
  const { rows } = await db.query<{ oid: string }>(
    parts.constraint !== undefined
      ? `select ct.oid::text as oid
           from pg_catalog.pg_constraint ct
           join pg_catalog.pg_class c on c.oid = ct.conrelid
           join pg_catalog.pg_namespace n on n.oid = c.relnamespace
          where n.nspname = $1 and c.relname = $2 and ct.conname = $3`
      : `select c.oid::text as oid
           from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
          where n.nspname = $1 and c.relname = $2`,
    parts.constraint !== undefined
      ? [parts.schema, parts.name, parts.constraint]
      : [parts.schema, parts.name],
  );
  return rows.length > 0 ? { oids: rows.map((r) => r.oid) } : undefined;
}
