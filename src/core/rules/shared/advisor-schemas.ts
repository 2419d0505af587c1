/**
 * Schemas the Supabase database advisor leaves out of its table and index lints: those Supabase
 * itself manages (`auth`, `storage`, `realtime`, ...) and those extensions create. Their objects
 * are not the project's to change, so rules that mirror those lints skip them too.
 */
export const ADVISOR_EXCLUDED_SCHEMAS: ReadonlySet<string> = new Set([
  '_timescaledb_cache',
  '_timescaledb_catalog',
  '_timescaledb_config',
  '_timescaledb_internal',
  'auth',
  'cron',
  'extensions',
  'graphql',
  'graphql_public',
  'information_schema',
  'net',
  'pg_catalog',
  'pgbouncer',
  'pgmq',
  'pgroonga',
  'pgsodium',
  'pgsodium_masks',
  'pgtle',
  'realtime',
  'repack',
  'storage',
  'supabase_functions',
  'supabase_migrations',
  'tiger',
  'topology',
  'vault',
]);
