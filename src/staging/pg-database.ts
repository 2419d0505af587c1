import pg from 'pg';
import { DatabaseConnectionError, redactDatabaseUrl } from '../core/db/connection-error.ts';
import type { DatabasePort, NoticeHandler, QueryResult } from '../core/db/database-port.ts';
import { NoticeListeners } from '../core/db/notice-listeners.ts';
import { classifyPgConnectionFailure } from './pg-connection-failure.ts';
import { noticeFromProtocol, rethrowAsDatabaseError } from './protocol-error.ts';

export interface PgConnectOptions {
  /** `postgres://user:password@host:port/database?sslmode=...` */
  url: string;
  /** Give up opening the session after this long. Default 10 s. */
  connectTimeoutMs?: number;
  /** Shown in `pg_stat_activity.application_name`. */
  applicationName?: string;
}

const defaultConnectTimeoutMs = 10_000;

/**
 * Give `sslmode` the meaning it has in psql and the Supabase CLI (`require` = encrypt without
 * verifying the certificate). node-postgres otherwise treats `require` as `verify-full`, which
 * rejects Supabase's own CA chain.
 */
function withLibpqSslSemantics(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!parsed.searchParams.has('sslmode') || parsed.searchParams.has('uselibpqcompat')) return url;
  parsed.searchParams.set('uselibpqcompat', 'true');
  return parsed.toString();
}

/** The `DatabasePort` over one node-postgres `Client` (one session). */
export class PgDatabase implements DatabasePort {
  readonly #client: pg.Client;
  readonly #notices = new NoticeListeners();
  #closed = false;

  private constructor(client: pg.Client) {
    this.#client = client;
    client.on('notice', (message) => this.#notices.emit(noticeFromProtocol(message)));
    // Without a listener, a dropped connection would crash the process; the next query
    // reports the failure instead.
    client.on('error', () => undefined);
  }

  /** Open a session or throw a `DatabaseConnectionError` that names the cause. */
  static async connect(options: PgConnectOptions): Promise<PgDatabase> {
    const target = redactDatabaseUrl(options.url);
    let client: pg.Client;
    try {
      client = new pg.Client({
        connectionString: withLibpqSslSemantics(options.url),
        connectionTimeoutMillis: options.connectTimeoutMs ?? defaultConnectTimeoutMs,
        application_name: options.applicationName ?? 'migration-guard',
      });
    } catch (error) {
      const { reason } = classifyPgConnectionFailure(error);
      throw new DatabaseConnectionError('invalid-url', target, reason);
    }
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      const { kind, reason } = classifyPgConnectionFailure(error);
      throw new DatabaseConnectionError(kind, target, reason);
    }
    return new PgDatabase(client);
  }

  async query<Row = Record<string, unknown>>(
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<QueryResult<Row>> {
    try {
      // Always the extended protocol, so one statement only, as on PGlite. `queryMode` is
      // honoured by pg >= 8.11 but missing from @types/pg.
      const config: pg.QueryConfig & { queryMode: 'extended' } = {
        text: sql,
        values: [...params],
        queryMode: 'extended',
      };
      const result = await this.#client.query(config);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    } catch (error) {
      return rethrowAsDatabaseError(error);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      // A query without parameters goes over the simple protocol: many statements allowed.
      await this.#client.query(sql);
    } catch (error) {
      rethrowAsDatabaseError(error);
    }
  }

  onNotice(handler: NoticeHandler): () => void {
    return this.#notices.add(handler);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#client.end().catch(() => undefined);
  }
}
