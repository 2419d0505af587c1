import { standInByName } from './stand-ins/index.ts';

/**
 * Where extensions live on Supabase: the ones a project has before its first migration, and the
 * ones whose control file fixes a schema. The staging shim installs the first list; the schema
 * model starts from it and places a `CREATE EXTENSION` by the second.
 */

/**
 * The extensions a Supabase project has installed before its first migration, and the schema
 * each lives in. pgjwt and pgsodium are among them on every project created on the PostgreSQL 15
 * image until 2025 (Vault needed pgsodium then), which is where histories pulled with
 * `supabase db pull` come from: their `create extension if not exists "pgsodium" with schema
 * "pgsodium"` names a schema only the preinstalled extension provides, and their functions call
 * `extensions.sign()` without creating pgjwt.
 */
export const preinstalledExtensions: ReadonlyArray<readonly [name: string, schema: string]> = [
  ['uuid-ossp', 'extensions'],
  ['pgcrypto', 'extensions'],
  ['pg_stat_statements', 'extensions'],
  ['pgjwt', 'extensions'],
  ['pg_graphql', 'graphql'],
  ['pgsodium', 'pgsodium'],
  ['supabase_vault', 'vault'],
];

/**
 * Extensions without a stand-in whose control file names the schema they install into (and
 * which cannot be relocated). On Supabase, pg_cron goes to `pg_catalog` whatever `WITH SCHEMA`
 * says (its `cron` schema holds the tables).
 */
const fixedSchemas: ReadonlyMap<string, string> = new Map([
  ['plpgsql', 'pg_catalog'],
  ['pg_cron', 'pg_catalog'],
  ['postgis_topology', 'topology'],
  ['postgis_tiger_geocoder', 'tiger'],
]);

/** The schema `CREATE EXTENSION name` installs into whatever the statement asks, if fixed. */
export function fixedExtensionSchema(name: string): string | undefined {
  return standInByName(name)?.schema ?? fixedSchemas.get(name);
}
