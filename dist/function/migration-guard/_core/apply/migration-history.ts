import { scanSync } from '../sql/pg-query.ts';
import type { DatabasePort } from '../db/database-port.ts';
import type { MigrationFile } from '../migrations/migration-file.ts';
import type { ParsedSql } from '../sql/parse-sql.ts';

/**
 * Supabase's migration history, kept exactly as the Supabase CLI keeps it
 * (supabase/cli, pkg/migration/history.go and file.go), so `supabase migration list` and
 * `supabase db push` agree with what migration-guard applied.
 */

/** The CLI's statements, in its order. It runs them in one implicit transaction. */
export const HISTORY_TABLE_DDL: readonly string[] = [
  'CREATE SCHEMA IF NOT EXISTS supabase_migrations',
  'CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text NOT NULL PRIMARY KEY)',
  'ALTER TABLE supabase_migrations.schema_migrations ADD COLUMN IF NOT EXISTS statements text[]',
  'ALTER TABLE supabase_migrations.schema_migrations ADD COLUMN IF NOT EXISTS name text',
];

/**
 * The CLI's insert. The CLI binds `statements` as a text[]; the port sends parameters as text,
 * so the array goes as JSON and is unpacked in order.
 */
const INSERT_HISTORY_ROW = `INSERT INTO supabase_migrations.schema_migrations(version, name, statements)
VALUES ($1, $2, ARRAY(SELECT s FROM pg_catalog.jsonb_array_elements_text($3::pg_catalog.jsonb) WITH ORDINALITY AS t(s, n) ORDER BY n))`;

/** Create the history schema and table when missing, as the CLI does (lock_timeout 4 s). */
export async function ensureHistoryTable(db: DatabasePort): Promise<void> {
  await db.exec('BEGIN');
  try {
    await db.exec("SET LOCAL lock_timeout = '4s'");
    for (const ddl of HISTORY_TABLE_DDL) await db.exec(ddl);
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Versions already recorded on the target; empty when it has no history table yet. */
export async function readRecordedVersions(db: DatabasePort): Promise<Set<string>> {
  const { rows: exists } = await db.query<{ present: boolean }>(
    "SELECT to_regclass('supabase_migrations.schema_migrations') IS NOT NULL AS present",
  );
  if (!exists[0]?.present) return new Set();
  const { rows } = await db.query<{ version: string }>(
    'SELECT version FROM supabase_migrations.schema_migrations ORDER BY version',
  );
  return new Set(rows.map((r) => r.version));
}

/** Insert the file's row. Run inside the transaction of the file's last unit. */
export async function recordMigration(
  db: DatabasePort,
  file: MigrationFile,
  parsed: ParsedSql,
): Promise<void> {
  if (file.version === null)
    throw new Error(`${file.path}: not named <version>_<name>.sql; cannot record it`);
  // The row is the engine's, written as the session's own user whatever role or search path
  // the file set for itself (a file's `SET ROLE app_owner` must not make the write fail, nor
  // its search path change what the insert calls). Local to the transaction.
  await db.exec('SET LOCAL SESSION AUTHORIZATION DEFAULT');
  await db.query(
    "SELECT pg_catalog.set_config('role', 'none', true), pg_catalog.set_config('search_path', 'pg_catalog', true)",
  );
  await db.query(INSERT_HISTORY_ROW, [
    file.version,
    file.name,
    JSON.stringify(cliStatements(parsed)),
  ]);
}

/**
 * The file's statements as the CLI stores them (supabase/cli, pkg/parser): the text between
 * top-level semicolons, with the comments before a statement kept, the semicolon dropped,
 * whitespace trimmed and empty pieces (`;;`, a file of nothing but semicolons) left out. A
 * comment after the last semicolon is a piece of its own; an empty or comment-only file gives
 * `[]` or its comment, and is recorded all the same. Semicolons inside a statement (a
 * `BEGIN ATOMIC` body) do not split it. Proven against the CLI by
 * test/supabase-cli-parity.test.ts.
 */
export function cliStatements(parsed: ParsedSql): string[] {
  const text = parsed.source.text;
  const { statements } = parsed;
  const pieces: string[] = [];
  let from = 0;
  let next = 0;
  for (const semicolon of topLevelSemicolons(parsed)) {
    while (next < statements.length && (statements[next]?.end ?? 0) <= semicolon) next++;
    const statement = statements[next];
    if (statement && statement.start <= semicolon) continue;
    pieces.push(text.slice(from, semicolon));
    from = semicolon + 1;
  }
  pieces.push(text.slice(from));
  return pieces.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Character offsets of the semicolons Postgres's scanner sees outside quotes and comments. */
function topLevelSemicolons(parsed: ParsedSql): number[] {
  const text = parsed.source.text;
  // The scanner refuses empty input; whitespace alone has no semicolon either.
  if (text.trim().length === 0) return [];
  return scanSync(text)
    .tokens.filter((t) => t.text === ';')
    .map((t) => parsed.source.charOffset(t.start));
}
