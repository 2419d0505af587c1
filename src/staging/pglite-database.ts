import { rm } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { vector } from '@electric-sql/pglite-pgvector';
import type { DatabasePort, NoticeHandler, QueryResult } from '../core/db/database-port.ts';
import { NoticeListeners } from '../core/db/notice-listeners.ts';
import { cacheFileFor, defaultCacheDir, readCache, writeCache } from './embedded-cache.ts';
import { noticeFromProtocol, rethrowAsDatabaseError } from './protocol-error.ts';
import {
  bootstrapSupabaseShim,
  describeExtensions,
  type SupabaseShimReport,
  supabaseShimSql,
} from './supabase-shim.ts';

/**
 * The embedded staging target: PGlite (Postgres compiled to WebAssembly, in this process) with
 * pgvector and the Supabase shim. Always `close()` it: a live instance keeps Node running.
 *
 * Starting from nothing runs initdb inside WebAssembly, which is slow. So after the first
 * bootstrap the data directory is dumped to a cache file keyed by everything that shapes it
 * (PGlite and pgvector versions, loaded extensions, shim text); later starts load that file.
 */

/** Extensions PGlite can create. Each is unpacked at every start, so the list stays short. */
const extensions = { vector, pgcrypto, uuid_ossp };

/** int8 and numeric stay strings, as node-postgres returns them (no silent precision loss). */
const int8Oid = 20;
const numericOid = 1700;
const keepText = (value: string): string => value;

export interface PgliteStartOptions {
  /** Where to keep the bootstrapped data directory; `null` disables the cache. */
  cacheDir?: string | null;
}

export interface EmbeddedStartup {
  /** `cold`: initdb and shim ran now; `cache`: loaded from the cache file. */
  source: 'cold' | 'cache';
  durationMs: number;
  cacheFile?: string;
}

function createPglite(loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({
    extensions,
    parsers: { [int8Oid]: keepText, [numericOid]: keepText },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}

/** The `DatabasePort` over one PGlite instance. */
export class PgliteDatabase implements DatabasePort {
  readonly #pglite: PGlite;
  readonly #notices = new NoticeListeners();
  readonly #forwardNotice = (message: object): void =>
    this.#notices.emit(noticeFromProtocol(message));
  #startup: EmbeddedStartup = { source: 'cold', durationMs: 0 };
  #extensions: SupabaseShimReport = { installedExtensions: {}, availableExtensions: [] };

  private constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  /** How this instance started and how long it took (shim and cache write included). */
  get startup(): EmbeddedStartup {
    return this.#startup;
  }

  /** The extensions this instance has installed and could install. */
  get extensions(): SupabaseShimReport {
    return this.#extensions;
  }

  /** Start PGlite with the Supabase shim, from the cache when it holds a matching snapshot. */
  static async start(options: PgliteStartOptions = {}): Promise<PgliteDatabase> {
    const started = performance.now();
    const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
    const cacheFile =
      cacheDir === null
        ? undefined
        : cacheFileFor(cacheDir, { extensions: Object.keys(extensions), shim: supabaseShimSql });
    const snapshot = cacheFile ? await readCache(cacheFile) : undefined;

    let warm: PGlite | undefined;
    if (cacheFile && snapshot) {
      warm = await createPglite(snapshot).catch(async () => {
        // A corrupt or incompatible snapshot: drop it and start cold.
        await rm(cacheFile, { force: true });
        return undefined;
      });
    }
    const database = new PgliteDatabase(warm ?? (await createPglite()));
    try {
      if (warm) {
        database.#extensions = await describeExtensions(database);
      } else {
        database.#extensions = await bootstrapSupabaseShim(database);
        if (cacheFile) await writeCache(cacheFile, await database.#pglite.dumpDataDir('none'));
      }
    } catch (error) {
      await database.close();
      throw error;
    }
    database.#startup = {
      source: warm ? 'cache' : 'cold',
      durationMs: performance.now() - started,
      ...(cacheFile ? { cacheFile } : {}),
    };
    return database;
  }

  async query<Row = Record<string, unknown>>(
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<QueryResult<Row>> {
    try {
      const result = await this.#pglite.query<Row>(sql, [...params], {
        onNotice: this.#forwardNotice,
      });
      return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? 0 };
    } catch (error) {
      return rethrowAsDatabaseError(error);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.#pglite.exec(sql, { onNotice: this.#forwardNotice });
    } catch (error) {
      rethrowAsDatabaseError(error);
    }
  }

  onNotice(handler: NoticeHandler): () => void {
    return this.#notices.add(handler);
  }

  async close(): Promise<void> {
    if (this.#pglite.closed) return;
    await this.#pglite.close();
  }
}
