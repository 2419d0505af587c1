import type { DatabasePort } from '@core/db/database-port.ts';
import { LEASE_DDL } from './deployment-lease.ts';

/**
 * The function's own records, in schema `migration_guard`: which request ids were accepted,
 * each deployment and each of its files, and the checksum of every version it applied (the
 * Supabase history table has no room for one). Created on first use; every statement is
 * idempotent, so a newer function can add to it the same way.
 */
const AUDIT_SCHEMA_DDL: readonly string[] = [
  'CREATE SCHEMA IF NOT EXISTS migration_guard',
  // Only the service role (which SUPABASE_DB_URL logs in as) reads or writes these.
  'REVOKE ALL ON SCHEMA migration_guard FROM PUBLIC',
  `CREATE TABLE IF NOT EXISTS migration_guard.request_ids (
    request_id text PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE IF NOT EXISTS migration_guard.deployments (
    id text PRIMARY KEY,
    repository text NOT NULL,
    commit text NOT NULL,
    status text NOT NULL,
    reasons jsonb NOT NULL DEFAULT '[]',
    request jsonb NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE IF NOT EXISTS migration_guard.deployment_migrations (
    deployment_id text NOT NULL REFERENCES migration_guard.deployments (id),
    version text NOT NULL,
    name text NOT NULL,
    sha256 text NOT NULL,
    status text NOT NULL,
    retries integer NOT NULL DEFAULT 0,
    duration_ms double precision,
    error jsonb,
    statements jsonb NOT NULL DEFAULT '[]',
    backfill jsonb,
    PRIMARY KEY (deployment_id, version)
  )`,
  `CREATE TABLE IF NOT EXISTS migration_guard.applied_checksums (
    version text PRIMARY KEY,
    sha256 text NOT NULL,
    deployment_id text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`,
  // What the history row held when the checksum was recorded (md5 of its statements, computed
  // by the server). A history row that no longer matches it was rewritten since (`supabase
  // migration repair`, then `migration up` or this function), so the checksum is stale. Rows
  // from before this column have NULL and keep counting as current.
  'ALTER TABLE migration_guard.applied_checksums ADD COLUMN IF NOT EXISTS statements_md5 text',
  // Who may apply now (deployment-lease.ts).
  LEASE_DDL,
  // One cursor per batched backfill, whichever deployment runs it: a batch commits with the
  // cursor's move, so no batch runs twice (backfill-cursors.ts).
  `CREATE TABLE IF NOT EXISTS migration_guard.backfill_cursors (
    version text NOT NULL,
    sha256 text NOT NULL,
    last_key text,
    rows_updated bigint NOT NULL DEFAULT 0,
    batches bigint NOT NULL DEFAULT 0,
    done boolean NOT NULL DEFAULT false,
    deployment_id text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (version, sha256)
  )`,
];

/**
 * True when every later addition above is in place; older installs run the (idempotent) DDL
 * again, which upgrades them.
 */
const AUDIT_SCHEMA_READY = `SELECT EXISTS (
  SELECT 1 FROM pg_attribute
   WHERE attrelid = to_regclass('migration_guard.applied_checksums')
     AND attname = 'statements_md5' AND NOT attisdropped
) AND to_regclass('migration_guard.deployment_lease') IS NOT NULL
  AND to_regclass('migration_guard.backfill_cursors') IS NOT NULL AS ready`;

/**
 * What a history row `h` (`supabase_migrations.schema_migrations`) holds, as
 * `applied_checksums.statements_md5` records it.
 */
export const STATEMENTS_MD5 = "md5(coalesce(h.statements::text, ''))";

/**
 * Any fixed 64-bit number serializes the first-use DDL: concurrent `CREATE TABLE IF NOT EXISTS`
 * of the same table can otherwise fail on the catalog's unique index.
 */
const AUDIT_SCHEMA_LOCK_KEY = '7366590391746381001';

/** Create the audit schema when missing (or upgrade an older one), in one transaction. */
export async function ensureAuditSchema(db: DatabasePort): Promise<void> {
  const { rows } = await db.query<{ ready: boolean }>(AUDIT_SCHEMA_READY);
  if (rows[0]?.ready) return;
  await db.exec('BEGIN');
  try {
    await db.query('SELECT pg_advisory_xact_lock($1::bigint)', [AUDIT_SCHEMA_LOCK_KEY]);
    for (const ddl of AUDIT_SCHEMA_DDL) await db.exec(ddl);
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
