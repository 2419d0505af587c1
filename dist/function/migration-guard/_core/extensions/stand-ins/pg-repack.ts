import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pg_repack rebuilds tables from its client program through C functions in the `repack` schema.
 * Migrations only create the extension; the stand-in creates the schema and the two version
 * functions the client checks, and no repacking machinery.
 */
export const pgRepack: ExtensionStandIn = {
  name: 'pg_repack',
  version: '1.5.2',
  comment: 'Reorganize tables in PostgreSQL databases with minimal locks',
  sql: `
create schema if not exists repack;
create function repack.version() returns text language sql immutable strict as $$
  select 'pg_repack 1.5.2'
$$;
create function repack.version_sql() returns text language sql immutable strict as $$
  select 'pg_repack 1.5.2'
$$;
`,
  examples: [
    `select repack.version(), repack.version_sql()`,
    `select count(*) from pg_catalog.pg_namespace where nspname = 'repack'`,
  ],
};
