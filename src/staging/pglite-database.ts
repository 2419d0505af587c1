import { standInByName } from '../core/extensions/stand-ins/index.ts';
import type {
  DatabasePort,
  NextQuery,
  NoticeHandler,
  QueryOutcome,
  QueryResult,
} from '../core/db/database-port.ts';
import { NoticeListeners } from '../core/db/notice-listeners.ts';
import {
  cacheFileFor,
  defaultCacheDir,
  dropCache,
  dropHistorySnapshot,
  type HistorySnapshotFiles,
  historySnapshotFiles,
  hasCache,
  readHistorySnapshot,
  shippedSnapshotFor,
  writeCache,
  writeHistorySnapshot,
} from './embedded-cache.ts';
import { errorFrom, PgliteWorkerThread } from './pglite-worker-thread.ts';
import {
  bootstrapSupabaseShim,
  describeExtensions,
  type SupabaseShimReport,
  preinstalledExtensions,
  supabaseSearchPath,
  supabaseShimSql,
} from './supabase-shim.ts';
import { threadCpuClock } from './thread-cpu.ts';

/**
 * The embedded staging target: PGlite (Postgres compiled to WebAssembly) with the Supabase
 * shim, the contrib extensions and pgvector its migrations create, and a stand-in for every
 * Supabase extension that cannot run here. Always `close()` it: a live instance keeps Node
 * running.
 *
 * PGlite runs in a worker thread (pglite-worker.ts), because it runs Postgres synchronously in
 * the thread that calls it and cannot enforce `statement_timeout`. A statement that outlives
 * its timeout (plus a grace) gets SQLSTATE 57014 as from a server, and the worker is stopped:
 * every later call fails with 57P01 and `stoppedAfterTimeout` is true.
 *
 * Starting from nothing runs initdb inside WebAssembly, which is slow. So after the first
 * bootstrap the data directory is dumped to a cache file keyed by everything that shapes it
 * (PGlite and pgvector versions, shim text, the extensions it created); later starts load that
 * file. Which other extensions are loaded does not change the data directory.
 */

export interface PgliteStartOptions {
  /** Where to keep the bootstrapped data directory; `null` disables the cache. */
  cacheDir?: string | null;
  /**
   * Extensions the migrations create (`CREATE EXTENSION` names): the contrib modules and
   * pgvector among them are loaded; each is an archive unpacked at start, so only these are.
   */
  extensions?: Iterable<string>;
  /**
   * Names the history a check replays before its files under check (the files' checksums and
   * what else shapes their replay): the start loads the post-history snapshot of that history
   * when the cache holds one (`startup.replayed`), and `saveHistory` writes one.
   */
  historyKey?: unknown;
  /**
   * The paths of that history's files, in order: a saved replay that names other files (a
   * damaged or foreign cache entry) is dropped, and the start falls back to the base snapshot.
   */
  historyPaths?: readonly string[];
  /**
   * Start from the base snapshot shipped with the tool when the cache holds none or a damaged
   * one (default true); false starts such a run cold, as tests of the cold path and `npm run
   * bundle` (which makes that snapshot) need.
   */
  shipped?: boolean;
  /**
   * The SQL names `template0` or `template1` (`embeddedNeeds`): create them (as copies of the
   * database) when the snapshot the start loaded has none. Snapshots leave them out
   * (`dropTemplateDatabases`).
   */
  templateDatabases?: boolean;
}

export interface EmbeddedStartup {
  /**
   * `cold`: initdb and shim ran now; `cache`: loaded from the cache file; `shipped`: loaded from
   * the base snapshot shipped with the tool; `history`: loaded from the post-history snapshot,
   * the history already replayed.
   */
  source: 'cold' | 'cache' | 'shipped' | 'history';
  /** With `history`: what the replay reported, as `saveHistory` was given it. */
  replayed?: unknown;
  durationMs: number;
  cacheFile?: string;
  /** Why the snapshot could not be written (the next start is cold again), in one line. */
  cacheNotice?: string;
}

/** What of the stand-ins can shape the snapshot: the ones the shim creates. */
function standInsKey(): unknown {
  return preinstalledExtensions.map(([name]) => {
    const standIn = standInByName(name);
    return standIn ? [standIn.name, standIn.version, standIn.sql] : name;
  });
}

/** Everything besides PGlite's build that shapes the base snapshot (its cache key). */
export function baseSnapshotShape(): unknown {
  return {
    shim: supabaseShimSql,
    preinstalledExtensions,
    standIns: standInsKey(),
    databases: ONLY_POSTGRES,
    wal: 'the segment in use',
  };
}

/** The databases a snapshot holds (its cache key says so): `postgres`, no template databases. */
const ONLY_POSTGRES = ['postgres'];

/**
 * Drop initdb's template databases before the first snapshot is written: they are half of its
 * bytes (7 MB each), unpacked at every start and written with every post-history snapshot, and a
 * migration cannot use them. CREATE DATABASE, the one command that copies a template, cannot run
 * in a transaction block, and every migration statement runs in one (staging gives 25001, as
 * Supabase's CLI would). SQL that names either database by name gets them back at start
 * (`templateDatabases`).
 */
async function dropTemplateDatabases(db: PgliteDatabase): Promise<void> {
  for (const name of TEMPLATE_DATABASES) {
    await db.exec(`alter database ${name} is_template false`);
    await db.exec(`drop database ${name}`);
  }
}

const TEMPLATE_DATABASES = ['template0', 'template1'];

/**
 * Put back the template databases a snapshot left out, as copies of the database: what a
 * migration can do with them by name (ALTER or COMMENT ON DATABASE, GRANT ... ON DATABASE, a
 * query on pg_database) needs them to exist, not to be empty.
 */
async function restoreTemplateDatabases(db: PgliteDatabase): Promise<void> {
  const { rows } = await db.query<{ datname: string }>(
    'select datname from pg_database where datname = any($1)',
    [TEMPLATE_DATABASES],
  );
  const present = new Set(rows.map((r) => r.datname));
  for (const name of TEMPLATE_DATABASES) {
    if (present.has(name)) continue;
    const connections = name === 'template0' ? ' allow_connections false' : '';
    await db.exec(`create database ${name} template postgres is_template true${connections}`);
  }
}

/** The `DatabasePort` over one PGlite instance in a worker thread. */
export class PgliteDatabase implements DatabasePort {
  readonly #notices = new NoticeListeners();
  readonly #thread = new PgliteWorkerThread((notice) => this.#notices.emit(notice));
  #startup: EmbeddedStartup = { source: 'cold', durationMs: 0 };
  #extensions: SupabaseShimReport = { installedExtensions: {}, availableExtensions: [] };
  #historyFiles: HistorySnapshotFiles | undefined;
  #cpuClock: (() => number) | undefined;

  private constructor() {}

  /**
   * The CPU time in ms of the thread the database runs on (`thread-cpu.ts`), read between
   * requests; undefined on a system that does not show a thread's CPU time (then time the
   * process's). With `--stats`, the clock of the repeated timings and of the calibration.
   */
  get cpuClock(): (() => number) | undefined {
    return this.#cpuClock;
  }

  /** How this instance started and how long it took (shim and cache write included). */
  get startup(): EmbeddedStartup {
    return this.#startup;
  }

  /** The extensions this instance has installed and could install. */
  get extensions(): SupabaseShimReport {
    return this.#extensions;
  }

  /**
   * True once a statement ran past `statement_timeout`: the database was stopped, every later
   * call fails with SQLSTATE 57P01 and nothing more can be read from it.
   */
  get stoppedAfterTimeout(): boolean {
    return this.#thread.stoppedAfterTimeout;
  }

  /**
   * The id of the worker thread the database runs on. A database closed cleanly leaves its
   * thread to the next one this process starts (its code and compiled WebAssembly loaded
   * already); one stopped or failed takes its thread with it.
   */
  get threadId(): number {
    return this.#thread.threadId;
  }

  /**
   * Start PGlite with the Supabase shim, from the cache when it holds a matching snapshot.
   * Everything up to the worker's `open` runs before this yields, and the worker reads and
   * unpacks the snapshot itself: a caller that goes on with CPU work (the lint) has the
   * database starting meanwhile.
   */
  static async start(options: PgliteStartOptions = {}): Promise<PgliteDatabase> {
    const started = performance.now();
    const database = new PgliteDatabase();
    try {
      const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
      const shape = baseSnapshotShape();
      const cacheFile = cacheDir === null ? undefined : cacheFileFor(cacheDir, shape);
      const extensions = [...(options.extensions ?? [])].sort();
      // The extensions loaded shape a replay: one that is not loaded cannot be created.
      const historyFiles =
        cacheFile && options.historyKey !== undefined
          ? historySnapshotFiles(cacheFile, { history: options.historyKey, extensions })
          : undefined;
      let afterHistory = historyFiles ? readHistorySnapshot(historyFiles) : undefined;
      if (historyFiles && afterHistory && !describes(afterHistory.replayed, options.historyPaths)) {
        await dropHistorySnapshot(historyFiles);
        afterHistory = undefined;
      }
      const cached = cacheFile && hasCache(cacheFile) ? cacheFile : undefined;
      const shipped = options.shipped === false ? undefined : shippedSnapshotFor(shape);
      // Tried in this order: a damaged file gives way to the next, so a damaged cache file
      // costs a start from the shipped snapshot, not a cold start, where one is shipped.
      const candidates: { file: string; source: 'history' | 'cache' | 'shipped' }[] = [];
      if (afterHistory && historyFiles)
        candidates.push({ file: historyFiles.tar, source: 'history' });
      if (cached) candidates.push({ file: cached, source: 'cache' });
      if (shipped) candidates.push({ file: shipped, source: 'shipped' });
      let cacheNotice: string | undefined;
      const opened = await database.#thread.request({
        kind: 'open',
        extensions,
        snapshotFiles: candidates.map((c) => c.file),
      });
      if (opened.cpuFile) database.#cpuClock = threadCpuClock(opened.cpuFile);
      // A corrupt or incompatible snapshot: drop the file (a shipped one is not ours to drop:
      // the next run tries it again).
      for (const index of opened.rejected) {
        const rejected = candidates[index];
        if (rejected?.source === 'history' && historyFiles) await dropHistorySnapshot(historyFiles);
        else if (rejected?.source === 'cache') await dropCache(rejected.file);
      }
      const source =
        (opened.loaded === undefined ? undefined : candidates[opened.loaded]?.source) ?? 'cold';
      if (opened.source === 'cache') {
        // The role's search path applies to new sessions; this one started before it was read.
        await database.exec(`set search_path to ${supabaseSearchPath}`);
        database.#extensions = await describeExtensions(database);
      } else {
        database.#extensions = await bootstrapSupabaseShim(database);
        await dropTemplateDatabases(database);
        if (cacheFile) {
          const written = await writeCache(cacheFile, (fd) =>
            database.#thread.request({ kind: 'dump', fd }),
          );
          if (!written.ok) cacheNotice = written.notice;
        }
      }
      if (options.templateDatabases) await restoreTemplateDatabases(database);
      if (source !== 'history') database.#historyFiles = historyFiles;
      database.#startup = {
        source,
        ...(source === 'history' ? { replayed: afterHistory?.replayed } : {}),
        durationMs: performance.now() - started,
        ...(cacheFile ? { cacheFile } : {}),
        ...(cacheNotice !== undefined ? { cacheNotice } : {}),
      };
    } catch (error) {
      await database.close();
      throw error;
    }
    return database;
  }

  /**
   * Write the post-history snapshot for the start's `historyKey`, with what the replay reported
   * (`replayed`, JSON), once the history is replayed and before anything else changes the
   * database. Nothing when the start loaded one or has no key; never throws.
   */
  async saveHistory(replayed: unknown): Promise<void> {
    const files = this.#historyFiles;
    if (!files || this.stoppedAfterTimeout) return;
    this.#historyFiles = undefined;
    try {
      await writeHistorySnapshot(
        files,
        (fd) => this.#thread.request({ kind: 'dump', fd }),
        replayed,
      );
    } catch {
      // The snapshot only saves a later check its replay; this check goes on.
    }
  }

  async query<Row = Record<string, unknown>>(
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<QueryResult<Row>> {
    const { rows, rowCount } = await this.#thread.request({
      kind: 'query',
      sql,
      params: [...params],
    });
    // Rows are what PGlite parsed in the worker; the caller names their shape, as with PGlite.
    return { rows: rows as Row[], rowCount };
  }

  async queryThen<Row = Record<string, unknown>>(
    sql: string,
    next: NextQuery,
  ): Promise<QueryOutcome<Row>> {
    const { state } = next;
    const reply = await this.#thread.request({
      kind: 'query',
      sql,
      params: [],
      next: {
        sql: next.sql,
        params: [...next.params],
        ...(state ? { state: { settings: [...state.settings], marker: state.marker } } : {}),
      },
    });
    const outcome = reply.next;
    if (!outcome) throw new Error('the embedded database did not run the second query');
    return outcome.ok
      ? { ok: true, result: { rows: outcome.rows as Row[], rowCount: outcome.rowCount } }
      : { ok: false, error: errorFrom(outcome.error) };
  }

  async exec(sql: string): Promise<void> {
    await this.#thread.request({ kind: 'exec', sql });
  }

  onNotice(handler: NoticeHandler): () => void {
    return this.#notices.add(handler);
  }

  async close(): Promise<void> {
    await this.#thread.close();
  }
}

/** Whether a saved replay (`[{ path, status, ... }]`) is of exactly these files, in order. */
function describes(replayed: unknown, paths: readonly string[] | undefined): boolean {
  if (paths === undefined) return true;
  return (
    Array.isArray(replayed) &&
    replayed.length === paths.length &&
    replayed.every(
      (entry, i) =>
        typeof entry === 'object' &&
        entry !== null &&
        (entry as { path?: unknown }).path === paths[i] &&
        typeof (entry as { status?: unknown }).status === 'string',
    )
  );
}
