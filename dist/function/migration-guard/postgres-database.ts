import {
  type ConnectionFailureKind,
  DatabaseConnectionError,
  redactDatabaseUrl,
} from '@core/db/connection-error.ts';
import {
  DatabaseError,
  type DatabaseErrorFields,
  type DatabaseNotice,
  type DatabasePort,
  type NoticeHandler,
  type QueryResult,
} from '@core/db/database-port.ts';
import { NoticeListeners } from '@core/db/notice-listeners.ts';
import postgres from 'postgres';
import { absorbClosedSocketWrites } from './closed-socket-write.ts';

/**
 * The `DatabasePort` over postgres.js: one client with one connection, reserved so every call
 * runs on the same server session. postgres.js reconnects silently when a connection drops;
 * here a dropped session is final (the advisory lock, an open transaction and SET LOCALs died
 * with it), so every later call fails with `SessionLostError` instead of running elsewhere.
 */

export interface PostgresConnectOptions {
  /** `postgres://user:password@host:port/database?sslmode=...` */
  url: string;
  /** Shown in `pg_stat_activity.application_name`. */
  applicationName?: string;
  /** Give up opening the session after this long. Default 10 s. */
  connectTimeoutMs?: number;
}

/** The session ended under us (terminated, network, server restart): nothing more runs on it. */
export class SessionLostError extends Error {
  override readonly name = 'SessionLostError';
}

type Client = ReturnType<typeof postgres>;
type ReservedClient = Awaited<ReturnType<Client['reserve']>>;

/**
 * Always the extended protocol: postgres.js sends a query without parameters over the simple
 * one unless told (`simple` is honoured at run time, missing from its types), and only the
 * extended one makes the server refuse a second command in the message.
 */
const extendedProtocol = { prepare: false, simple: false };

export class PostgresDatabase implements DatabasePort {
  readonly #client: Client;
  readonly #session: ReservedClient;
  readonly #notices: NoticeListeners;
  #lostReason: string | undefined;
  #closed = false;

  private constructor(client: Client, session: ReservedClient, notices: NoticeListeners) {
    this.#client = client;
    this.#session = session;
    this.#notices = notices;
  }

  /** Open a session or throw a `DatabaseConnectionError` that names the cause. */
  static async connect(options: PostgresConnectOptions): Promise<PostgresDatabase> {
    absorbClosedSocketWrites();
    const target = redactDatabaseUrl(options.url);
    const notices = new NoticeListeners();
    const state: { database?: PostgresDatabase } = {};
    let client: Client;
    try {
      client = postgres(options.url, {
        max: 1,
        // Unnamed statements only: DDL changes plans, and poolers in transaction mode lose names.
        prepare: false,
        idle_timeout: 0,
        max_lifetime: null,
        connect_timeout: Math.ceil((options.connectTimeoutMs ?? 10_000) / 1000),
        connection: { application_name: options.applicationName ?? 'migration-guard' },
        onnotice: (notice) => notices.emit(noticeOf(notice)),
        onclose: () => state.database?.markLost('the connection to the server was closed'),
      });
    } catch (error) {
      throw new DatabaseConnectionError('invalid-url', target, messageOf(error));
    }
    passTextParametersThrough(client);
    let session: ReservedClient;
    try {
      session = await client.reserve();
    } catch (error) {
      await client.end({ timeout: 0 }).catch(() => undefined);
      throw new DatabaseConnectionError(connectionFailureKind(error), target, messageOf(error));
    }
    const database = new PostgresDatabase(client, session, notices);
    state.database = database;
    return database;
  }

  /** True once the server session is gone. */
  get lost(): boolean {
    return this.#lostReason !== undefined;
  }

  markLost(reason: string): void {
    this.#lostReason ??= reason;
  }

  async query<Row = Record<string, unknown>>(
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<QueryResult<Row>> {
    this.#assertUsable();
    try {
      const result = await this.#session.unsafe(sql, params.map(parameterText), extendedProtocol);
      return { rows: [...result] as Row[], rowCount: result.count ?? result.length };
    } catch (error) {
      return this.#rethrow(error);
    }
  }

  async exec(sql: string): Promise<void> {
    this.#assertUsable();
    try {
      // The simple protocol: several statements in one text, one implicit transaction.
      await this.#session.unsafe(sql).simple();
    } catch (error) {
      this.#rethrow(error);
    }
  }

  onNotice(handler: NoticeHandler): () => void {
    return this.#notices.add(handler);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.markLost('the session was closed');
    this.#session.release();
    await this.#client.end({ timeout: 1 }).catch(() => undefined);
  }

  #assertUsable(): void {
    if (this.#lostReason !== undefined) throw new SessionLostError(this.#lostReason);
  }

  #rethrow(error: unknown): never {
    const databaseError = databaseErrorOf(error);
    if (databaseError && terminatesSession(databaseError.code)) {
      this.markLost(`${databaseError.message} (SQLSTATE ${databaseError.code})`);
    } else if (!databaseError && isConnectionFailure(error)) {
      this.markLost(messageOf(error));
    }
    throw databaseError ?? error;
  }
}

/**
 * postgres.js serializes a parameter by the type the server inferred for it: a JSON text bound
 * to `$1::jsonb` would be encoded again as a JSON string, an array literal bound to `text[]`
 * taken apart as an array. The port sends text (as `pg` does), so text goes through untouched.
 */
function passTextParametersThrough(client: Client): void {
  const serializers = client.options.serializers;
  client.options.serializers = new Proxy(serializers, {
    get(target, key) {
      const serialize: unknown = Reflect.get(target, key);
      if (typeof serialize !== 'function') return serialize;
      return (value: unknown) => (typeof value === 'string' ? value : serialize(value));
    },
  });
}

/** Parameters go as text, as the port promises; objects as JSON. */
function parameterText(value: unknown): string | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/**
 * Class 57P (operator intervention: terminated, shutdown) and class 08 (connection exception)
 * end the session; anything else leaves it usable.
 */
function terminatesSession(code: string): boolean {
  return code.startsWith('57P') || code.startsWith('08');
}

/** postgres.js's own connection errors (`CONNECTION_CLOSED`...) and socket errors (`ECONNRESET`). */
function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = textField(error, 'code');
  return code !== undefined && (code.startsWith('CONNECT') || /^E[A-Z]+$/.test(code));
}

function textField(source: object, key: string): string | undefined {
  const value: unknown = Reflect.get(source, key);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberField(source: object, key: string): number | undefined {
  const text = textField(source, key);
  const value = text === undefined ? Number.NaN : Number.parseInt(text, 10);
  return Number.isFinite(value) ? value : undefined;
}

/** postgres.js names the protocol's error fields in snake_case (`schema_name`, `internal_query`). */
function databaseErrorOf(error: unknown): DatabaseError | undefined {
  if (!(error instanceof postgres.PostgresError)) return undefined;
  const code = textField(error, 'code');
  if (code === undefined || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  const fields: DatabaseErrorFields = {
    code,
    message: error.message || `database error ${code}`,
    severity: textField(error, 'severity'),
    position: numberField(error, 'position'),
    internalPosition: numberField(error, 'internal_position'),
    internalQuery: textField(error, 'internal_query'),
    detail: textField(error, 'detail'),
    hint: textField(error, 'hint'),
    where: textField(error, 'where'),
    schema: textField(error, 'schema_name'),
    table: textField(error, 'table_name'),
    column: textField(error, 'column_name'),
    constraint: textField(error, 'constraint_name'),
  };
  return new DatabaseError(fields);
}

function noticeOf(notice: object): DatabaseNotice {
  return {
    severity: textField(notice, 'severity') ?? 'NOTICE',
    message: textField(notice, 'message') ?? '',
    code: textField(notice, 'code'),
    detail: textField(notice, 'detail'),
    hint: textField(notice, 'hint'),
    where: textField(notice, 'where'),
  };
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

const bySocketCode: Record<string, ConnectionFailureKind> = {
  ENOTFOUND: 'host-not-found',
  EAI_AGAIN: 'host-not-found',
  ECONNREFUSED: 'connection-refused',
  EHOSTUNREACH: 'host-unreachable',
  ENETUNREACH: 'host-unreachable',
  ETIMEDOUT: 'timeout',
  CONNECT_TIMEOUT: 'timeout',
};

const bySqlState: Record<string, ConnectionFailureKind> = {
  '28P01': 'auth-failed',
  '28000': 'auth-failed',
  '3D000': 'database-missing',
  '53300': 'too-many-connections',
  '57P03': 'server-starting',
};

function connectionFailureKind(error: unknown): ConnectionFailureKind {
  if (typeof error !== 'object' || error === null) return 'unknown';
  const code = textField(error, 'code') ?? textField(error, 'errno');
  if (code === undefined)
    return /refused/i.test(messageOf(error)) ? 'connection-refused' : 'unknown';
  return bySocketCode[code] ?? bySqlState[code] ?? 'unknown';
}
