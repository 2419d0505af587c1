import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import { migrationFile } from '../src/core/migrations/migration-file.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';

/**
 * A migration that writes the CLI's history or the edge function's audit schema is refused by
 * the engine before anything of it runs, in production (commit mode) and on staging (rollback).
 */
describe('the engine refuses a migration that writes the history or the audit schema (PostgreSQL 15)', () => {
  let cluster: PgCluster | undefined;
  let db: PgDatabase | undefined;
  const database = () => {
    if (!db) throw new Error('no database');
    return db;
  };
  const history = async () =>
    (
      await database().query<{ version: string; name: string }>(
        'select version, name from supabase_migrations.schema_migrations order by version',
      )
    ).rows;

  beforeAll(async () => {
    await loadParser();
    cluster = await startPgCluster();
    db = await PgDatabase.connect({ url: cluster.url });
    // What the edge function keeps: the request ids it has seen.
    await database().exec(
      "create schema migration_guard; create table migration_guard.request_ids (id text primary key); insert into migration_guard.request_ids values ('used-request-1')",
    );
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await cluster?.stop();
  });

  it('a forged history row: refused, nothing of the file applied, the history unchanged, the next real migration applied', async () => {
    const first = await migrationFile(
      'supabase/migrations/20250101000000_members.sql',
      'create table public.members (id bigint primary key);',
    );
    const forged = await migrationFile(
      'supabase/migrations/20250102000000_forge.sql',
      [
        'create table public.forged (id int);',
        "insert into supabase_migrations.schema_migrations (version, name) values ('20250103000000', 'invoices');",
      ].join('\n'),
    );
    const real = await migrationFile(
      'supabase/migrations/20250103000000_invoices.sql',
      'create table public.invoices (id bigint primary key);',
    );
    const results = await applyMigrations(
      database(),
      [{ file: first }, { file: forged }, { file: real }],
      { record: true, onFailure: 'continue' },
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'refused', 'applied']);
    const refused = results[1]!;
    expect(refused.failure?.message).toContain('supabase/migrations/20250102000000_forge.sql:2:');
    expect(refused.failure?.message).toContain('writes-migration-history');
    expect(refused.failure?.message).toContain('INSERT INTO supabase_migrations.schema_migrations');
    expect(refused.statements.map((s) => s.status)).toEqual(['not-run', 'not-run']);
    expect(refused.recorded).toBe(false);
    const { rows } = await database().query<{ present: boolean }>(
      "select to_regclass('public.forged') is not null as present",
    );
    expect(rows[0]?.present).toBe(false);
    expect(await history()).toEqual([
      { version: '20250101000000', name: 'members' },
      { version: '20250103000000', name: 'invoices' },
    ]);
  });

  it('a DO block deleting used request ids: refused on staging (rollback) and in production alike', async () => {
    const sql = [
      'create table public.audit_notes (id int);',
      'do $$',
      'begin',
      '  delete from migration_guard.request_ids;',
      'end $$;',
    ].join('\n');
    const file = await migrationFile('supabase/migrations/20250104000000_forget.sql', sql);
    for (const mode of ['rollback', 'commit'] as const) {
      const [result] = await applyMigrations(database(), [{ file }], { record: true, mode });
      expect(result?.status).toBe('refused');
      expect(result?.failure?.message).toContain(
        'supabase/migrations/20250104000000_forget.sql:4:',
      );
      expect(result?.failure?.message).toContain('DELETE FROM migration_guard.request_ids');
    }
    const ids = await database().query<{ id: string }>(
      'select id from migration_guard.request_ids',
    );
    expect(ids.rows).toEqual([{ id: 'used-request-1' }]);
    const { rows } = await database().query<{ present: boolean }>(
      "select to_regclass('public.audit_notes') is not null as present",
    );
    expect(rows[0]?.present).toBe(false);
    expect((await history()).map((r) => r.version)).not.toContain('20250104000000');
  });
});
