/**
 * The one database interface the apply engine and the tracer speak to. Adapters (`pg` on Node,
 * PGlite embedded, a Deno driver in the edge function) implement it; no driver type crosses it.
 *
 * A port is ONE session, never a pool: session state (SET, SET LOCAL, an open transaction,
 * advisory locks, the role) must carry from one call to the next.
 *
 * Transactions are plain statements sent through the port (`BEGIN`, `SAVEPOINT`, `COMMIT`,
 * `ROLLBACK`) rather than a driver's own transaction API. The engine decides per file what runs
 * inside a transaction and what must run alone (CREATE INDEX CONCURRENTLY), sets
 * `SET LOCAL lock_timeout` / `statement_timeout` inside it, and retries the whole transaction
 * on a lock timeout; driver helpers would hide or fight that. `withTransaction` below is the
 * small driver-independent helper for callers that just need "all or nothing".
 *
 * Runtime-agnostic: no Node-only imports (this file is loaded by the Deno edge function too).
 */

/** What a query returns. `rowCount` is the command's row count (rows returned or changed). */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** A query's result, or the error it failed with. */
export type QueryOutcome<Row> =
  | { ok: true; result: QueryResult<Row> }
  | { ok: false; error: unknown };

/** A NOTICE, WARNING, INFO, LOG or DEBUG message the server sent while running a statement. */
export interface DatabaseNotice {
  severity: string;
  message: string;
  code?: string;
  detail?: string;
  hint?: string;
  where?: string;
}

export type NoticeHandler = (notice: DatabaseNotice) => void;

/**
 * The query `queryThen` runs second. When it only reads the session's state (`state`: the
 * session guard's query after each statement), a session that can read the same values without
 * a query may answer with them instead: one row, a column per setting (as `current_setting`
 * shows it, or in its base unit: `4000` for `4s`) and `marker`, the top-level transaction's id
 * as text when `state.marker` and a transaction block is open, else null. The embedded database
 * reads them from the server's memory, where a query after DDL costs more than most statements.
 */
export interface NextQuery {
  sql: string;
  params: readonly unknown[];
  state?: { settings: readonly string[]; marker: boolean };
}

export interface DatabasePort {
  /**
   * Run one statement with the extended protocol. `params` bind to `$1..$n`; values are sent
   * as text (strings, numbers, booleans, null; objects as JSON), results come back as the
   * driver parses them (int8 and numeric stay strings on every adapter).
   */
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
  /**
   * Run text that may hold several statements, with the simple protocol (as psql and the
   * Supabase CLI send a migration file). Unless the text itself says BEGIN, Postgres runs it
   * as one implicit transaction. An error's `position` counts characters from the start of
   * `sql`, so it maps straight back to a line of the file.
   */
  exec(sql: string): Promise<void>;
  /**
   * Optional, for a session where each call has a fixed cost (the embedded database's thread
   * hop): `query(sql)` and then, only if it succeeded, `query(next.sql, next.params)`, as one
   * call. Rejects as `query(sql)` would when `sql` fails; the outcome of `next` is returned,
   * failed or not, so the caller can tell the two apart.
   */
  queryThen?<Row = Record<string, unknown>>(
    sql: string,
    next: NextQuery,
  ): Promise<QueryOutcome<Row>>;
  /** Receive the server's notices for this session. Returns a function that unsubscribes. */
  onNotice(handler: NoticeHandler): () => void;
  /** Close the session. Safe to call twice. */
  close(): Promise<void>;
}

/** Optional fields of an error the server reported, as the protocol names them. */
export interface DatabaseErrorFields {
  code: string;
  message: string;
  severity?: string;
  /** 1-based character offset into the text that was sent. */
  position?: number;
  /** 1-based character offset into `internalQuery` (errors inside functions and DO blocks). */
  internalPosition?: number;
  internalQuery?: string;
  detail?: string;
  hint?: string;
  /** Call stack inside PL/pgSQL, e.g. `PL/pgSQL function inline_code_block line 3 at SQL statement`. */
  where?: string;
  schema?: string;
  table?: string;
  column?: string;
  constraint?: string;
}

/** An error the server reported for a statement (it has a SQLSTATE); not a connection failure. */
export class DatabaseError extends Error implements DatabaseErrorFields {
  override readonly name = 'DatabaseError';
  readonly code: string;
  readonly severity?: string;
  readonly position?: number;
  readonly internalPosition?: number;
  readonly internalQuery?: string;
  readonly detail?: string;
  readonly hint?: string;
  readonly where?: string;
  readonly schema?: string;
  readonly table?: string;
  readonly column?: string;
  readonly constraint?: string;

  constructor(fields: DatabaseErrorFields) {
    super(fields.message);
    this.code = fields.code;
    this.severity = fields.severity;
    this.position = fields.position;
    this.internalPosition = fields.internalPosition;
    this.internalQuery = fields.internalQuery;
    this.detail = fields.detail;
    this.hint = fields.hint;
    this.where = fields.where;
    this.schema = fields.schema;
    this.table = fields.table;
    this.column = fields.column;
    this.constraint = fields.constraint;
  }
}

export function isDatabaseError(error: unknown): error is DatabaseError {
  return error instanceof DatabaseError;
}

/** SQLSTATEs the engine reacts to by name. */
export const SqlState = {
  lockNotAvailable: '55P03',
  queryCanceled: '57014',
  undefinedTable: '42P01',
  undefinedObject: '42704',
  undefinedFunction: '42883',
  featureNotSupported: '0A000',
  activeSqlTransaction: '25001',
  undefinedFile: '58P01',
} as const;

/**
 * Run `work` inside BEGIN ... COMMIT on `db`, rolling back if it throws. Not for the engine's
 * retrying file transactions (it issues its own statements), but for setup work such as
 * bootstrapping a shim or seeding.
 */
export async function withTransaction<T>(
  db: DatabasePort,
  work: (db: DatabasePort) => Promise<T>,
): Promise<T> {
  await db.exec('BEGIN');
  let result: T;
  try {
    result = await work(db);
  } catch (error) {
    // The original failure matters more than a failed rollback (e.g. on a dropped connection).
    await db.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
  await db.exec('COMMIT');
  return result;
}
