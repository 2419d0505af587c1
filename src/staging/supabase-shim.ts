import type { DatabasePort } from '../core/db/database-port.ts';
import { preinstalledExtensions } from '../core/extensions/extension-schemas.ts';
import { SupabaseReplicaDatabase } from './replica-database.ts';
import { standInByName } from '../core/extensions/stand-ins/index.ts';
import { authSql } from './supabase-shim/auth.ts';
import { platformSql } from './supabase-shim/platform.ts';
import { realtimeSql } from './supabase-shim/realtime.ts';
import { rolesSql, serverRolesSql, supabaseSearchPath } from './supabase-shim/roles.ts';
import { storageSql } from './supabase-shim/storage.ts';

/**
 * What a new Supabase project has before its first migration, recreated on a plain Postgres
 * (PGlite, or a server given with `--db` that is not a Supabase database) so that real
 * migration histories apply there as they do on Supabase: the roles and their search path,
 * the platform's schemas with the services' tables and functions (Auth, Storage, Realtime,
 * webhooks, the pooler), the realtime publication, the default grants, and the extensions
 * every project starts with.
 *
 * Every step checks before it creates, so the shim is safe to run again and only fills gaps on
 * a database that already has some of this. Extensions Supabase leaves to migrations (pgvector,
 * pg_cron, pg_net, ...) are not created: a migration's own `CREATE EXTENSION` must behave as it
 * will in production. `bootstrapSupabaseShim` reports which extensions the target has.
 */

/** The whole shim without its extensions, as one text: run it with `DatabasePort.exec`. */
export const supabaseShimSql = [rolesSql, platformSql, authSql, storageSql, realtimeSql].join('\n');

/** The shim for a server given with `--db`: roles that existed before are left as they were. */
const serverShimSql = [serverRolesSql, platformSql, authSql, storageSql, realtimeSql].join('\n');

// The list lives in core: the schema model starts from the same extensions.
export { preinstalledExtensions };

export { supabaseSearchPath };

export interface SupabaseShimReport {
  /** Extensions installed after the shim ran (name -> version). */
  installedExtensions: Record<string, string>;
  /** Every extension the server could install (`pg_available_extensions`). */
  availableExtensions: string[];
}

/**
 * Create what is missing of the Supabase surface on `db`, give the session Supabase's search
 * path, and report its extensions. A preinstalled extension the server neither has nor can
 * stand in for (the target is not a `SupabaseReplicaDatabase`) is skipped. `keepExistingRoles`
 * (a server's cluster-wide roles): no membership or setting is given to a role that existed.
 */
export async function bootstrapSupabaseShim(
  db: DatabasePort,
  options: { keepExistingRoles?: boolean } = {},
): Promise<SupabaseShimReport> {
  // The shim's own script goes to the session underneath a replica: it is many statements, so
  // the replica would only parse all of it (about 0.1 s) to find it is not one it refuses or
  // intercepts. Its preinstalled extensions below still go through the replica.
  const own = db instanceof SupabaseReplicaDatabase ? db.inner : db;
  await own.exec(options.keepExistingRoles ? serverShimSql : supabaseShimSql);
  for (const [name, schema] of preinstalledExtensions) {
    const { rows } = await db.query('select 1 from pg_available_extensions where name = $1', [
      name,
    ]);
    if (rows.length === 0 && !(standInByName(name) && installsStandIns(db))) continue;
    await db.exec(`create schema if not exists "${schema}"`);
    await db.exec(`create extension if not exists "${name}" with schema "${schema}"`);
  }
  await db.exec(`set search_path to ${supabaseSearchPath}`);
  return describeExtensions(db);
}

/** True when `db` installs stand-ins in place of extensions the server lacks. */
function installsStandIns(db: DatabasePort): boolean {
  return 'installsStandIns' in db && db.installsStandIns === true;
}

export async function describeExtensions(db: DatabasePort): Promise<SupabaseShimReport> {
  const { rows } = await db.query<{ name: string; installed_version: string | null }>(
    'select name, installed_version from pg_available_extensions order by name',
  );
  const installedExtensions: Record<string, string> = {};
  for (const row of rows) {
    if (row.installed_version !== null) installedExtensions[row.name] = row.installed_version;
  }
  return { installedExtensions, availableExtensions: rows.map((row) => row.name) };
}
