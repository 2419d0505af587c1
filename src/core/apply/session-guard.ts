import type { DatabasePort, NextQuery } from '../db/database-port.ts';
import { timeSettingMs } from '../db/time-setting.ts';
import {
  STRING_SYNTAX_SETTINGS,
  type StringSyntaxSetting,
} from '../rules/string-syntax-setting/string-syntax.ts';

/**
 * What the engine checks between statements, so a file cannot get out from under it:
 *
 * - **Statement boundaries.** Every statement goes to the server alone, over the extended
 *   protocol (which refuses two commands in one message), so the server runs exactly the
 *   statements the parser split, the linter read and staging traced. That holds only while
 *   the server tokenizes string literals as the parser does: `standard_conforming_strings` on
 *   (and `backslash_quote`, `escape_string_warning` as the run began). A statement that changes
 *   them, however (SET, `set_config` in a DO block, dynamic SQL), ends the unit, rolled back.
 * - **The transaction.** A unit's transaction is known by its transaction id
 *   (`pg_current_xact_id()`, which a `RESET ALL` in the file cannot change, unlike a setting);
 *   after each statement the session must still be in that transaction, or it left the
 *   file's transaction. A statement run alone must not leave a transaction open.
 * - **The limits.** `lock_timeout` and `statement_timeout` are put back to the engine's values
 *   after any statement that disabled or raised them (a file may lower them, never raise them).
 *
 * Every name is schema-qualified: a file may put its own schema before `pg_catalog` in the
 * search path and define a `current_setting` of its own.
 */

/** A statement changed what the engine relies on; the unit is rolled back and not retried. */
export class SessionGuardError extends Error {
  override readonly name = 'SessionGuardError';
  constructor(
    readonly kind: 'string-syntax' | 'left-transaction' | 'open-transaction',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Settings that decide how the server splits a text into tokens, as the run began (the list
 * the string-syntax-setting rule guards; in some client encodings, SJIS, BIG5, GBK..., a
 * character's second byte is a backslash).
 */
export type StringSyntax = Record<StringSyntaxSetting, string>;

export interface EngineLimits {
  lockTimeoutMs: number;
  statementTimeoutMs: number;
}

/**
 * Put the session's string syntax in the state the parser assumes (a database or role default
 * of `standard_conforming_strings = off` must not apply to migrations) and read it back.
 */
export async function settleStringSyntax(db: DatabasePort): Promise<StringSyntax> {
  const { rows } = await db.query<StringSyntax>(
    `SELECT pg_catalog.set_config('standard_conforming_strings', 'on', false) AS standard_conforming_strings,
            pg_catalog.current_setting('backslash_quote') AS backslash_quote,
            pg_catalog.current_setting('escape_string_warning') AS escape_string_warning,
            pg_catalog.current_setting('client_encoding') AS client_encoding`,
  );
  const row = rows[0];
  if (!row) throw new Error('the session did not report its string settings');
  return row;
}

/**
 * Inside a unit's transaction (or savepoint): the engine's limits, local to it, and the
 * transaction's id (the marker checked after each statement).
 * Returns the session's server process id (read in the transaction: behind a transaction
 * pooler, the one that runs it).
 */
export async function enterUnit(
  db: DatabasePort,
  limits: EngineLimits,
): Promise<{ pid: number | undefined; marker: string }> {
  const { rows } = await db.query<{ pid: number; marker: string }>(
    `SELECT pg_catalog.set_config('lock_timeout', $1, true),
            pg_catalog.set_config('statement_timeout', $2, true),
            pg_catalog.pg_current_xact_id()::text AS marker,
            pg_catalog.pg_backend_pid() AS pid`,
    [`${limits.lockTimeoutMs}ms`, `${limits.statementTimeoutMs}ms`],
  );
  const row = rows[0];
  if (!row) throw new Error('the session did not report its transaction');
  return { pid: row.pid, marker: row.marker };
}

interface SessionRow {
  marker: string | null;
  standard_conforming_strings: string;
  backslash_quote: string;
  escape_string_warning: string;
  client_encoding: string;
  lock_timeout: string;
  statement_timeout: string;
}

export interface GuardExpectation {
  syntax: StringSyntax;
  limits: EngineLimits;
  /** The unit's marker, or undefined for a statement run alone. */
  marker: string | undefined;
}

/** The settings the guard reads after each statement. */
const guardedSettings = [...STRING_SYNTAX_SETTINGS, 'lock_timeout', 'statement_timeout'] as const;

/**
 * The query that reads, after a statement, what `checkAfterStatement` checks; `state` says the
 * same for a session that reads it without a query (`NextQuery`).
 */
export function sessionStateQuery(expected: GuardExpectation): NextQuery {
  const marker = expected.marker !== undefined;
  const columns = guardedSettings.map((name) => `pg_catalog.current_setting('${name}') AS ${name}`);
  return {
    sql: `SELECT CASE WHEN $1 THEN pg_catalog.pg_current_xact_id()::text END AS marker, ${columns.join(', ')}`,
    params: [marker],
    state: { settings: guardedSettings, marker },
  };
}

/**
 * After a statement that succeeded: check the string syntax and the transaction, and restore
 * the limits if the statement disabled or raised them. `marker` is the unit's marker, or
 * undefined for a statement run alone (then no transaction may be open). Throws
 * `SessionGuardError` when the statement changed what the engine relies on. `state`: the rows
 * of `sessionStateQuery`, when the caller already read them (with the statement, in one call).
 */
export async function checkAfterStatement(
  db: DatabasePort,
  expected: GuardExpectation,
  line: number,
  state?: readonly unknown[],
): Promise<void> {
  const query = sessionStateQuery(expected);
  const rows = (state ??
    (await db.query<SessionRow>(query.sql, query.params)).rows) as SessionRow[];
  const row = rows[0];
  if (!row) throw new Error('the session did not report its state');
  const changed = STRING_SYNTAX_SETTINGS.filter((name) => row[name] !== expected.syntax[name]);
  if (changed.length > 0) {
    const what = changed
      .map((name) => `${name} from ${expected.syntax[name]} to ${row[name]}`)
      .join(', ');
    throw new SessionGuardError(
      'string-syntax',
      `the statement at line ${line} changed ${what}: with it the server would split the rest of the file into other statements than the ones checked (string-syntax-setting). migration-guard refuses to go on`,
    );
  }
  if (expected.marker !== undefined && row.marker !== expected.marker) {
    throw new SessionGuardError(
      'left-transaction',
      `after the statement at line ${line} the session was no longer inside the file's transaction (it was ended from within the file): what ran before it may have been committed`,
    );
  }
  if (expected.marker === undefined && (await transactionOpen(db))) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw new SessionGuardError(
      'open-transaction',
      `the statement at line ${line}, which runs outside a transaction, left one open; it was rolled back`,
    );
  }
  const { limits } = expected;
  // As shown (`4s`), read here: pg_settings gives the base unit, but building that view of
  // every setting after each statement was most of an embedded replay's time.
  const lockMs = timeSettingMs(row.lock_timeout) ?? Number.NaN;
  const statementMs = timeSettingMs(row.statement_timeout) ?? Number.NaN;
  const lockKept = lockMs > 0 && lockMs <= limits.lockTimeoutMs;
  const statementKept = statementMs > 0 && statementMs <= limits.statementTimeoutMs;
  if (lockKept && statementKept) return;
  await db.query(
    `SELECT pg_catalog.set_config('lock_timeout', $1, $3),
            pg_catalog.set_config('statement_timeout', $2, $3)`,
    [
      `${lockKept ? lockMs : limits.lockTimeoutMs}ms`,
      `${statementKept ? statementMs : limits.statementTimeoutMs}ms`,
      expected.marker !== undefined,
    ],
  );
}

/** True when a transaction block is open: a transaction-local setting outlives one statement. */
async function transactionOpen(db: DatabasePort): Promise<boolean> {
  await db.query("SELECT pg_catalog.set_config('migration_guard.probe', 'open', true)");
  const { rows } = await db.query<{ probe: string | null }>(
    "SELECT pg_catalog.current_setting('migration_guard.probe', true) AS probe",
  );
  return rows[0]?.probe === 'open';
}
