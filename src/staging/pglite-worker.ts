import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { MemoryFS, PGlite } from '@electric-sql/pglite';
import { supabaseSearchPath } from './supabase-shim/roles.ts';
import { pgliteExtensionsFor } from './pglite-extensions.ts';
import type {
  Opened,
  ReplyValues,
  WorkerEnvelope,
  WorkerError,
  WorkerReply,
  WorkerRequest,
} from './pglite-worker-protocol.ts';
import { timeSettingMs } from '../core/db/time-setting.ts';
import { databaseErrorFromProtocol, noticeFromProtocol } from './protocol-error.ts';
import { standInExtension } from './stand-in-files.ts';
import { type DataDirTargetFs, unpackDataDirTar, writeDataDirTar } from './data-dir-tar.ts';

/**
 * The worker thread that owns the embedded database: one PGlite instance, answering the
 * requests of `PgliteDatabase` one at a time, in order (see pglite-worker-protocol.ts). A
 * statement blocks this thread, never the main one, so the main thread can stop it.
 */

const port = parentPort;
if (!port) throw new Error('pglite-worker runs as a worker thread started by PgliteDatabase');

/** int8 and numeric stay strings, as node-postgres returns them (no silent precision loss). */
const int8Oid = 20;
const numericOid = 1700;
const keepText = (value: string): string => value;

/**
 * PGlite's runtime (its WebAssembly module compiled, its file system bundle read), loaded as the
 * thread starts: a thread started ahead of its database (`prestartWorkerThread`) loads it while
 * the main thread reads and lints the files, not once `open` arrives. Beside this file in the
 * bundle; from the sources (or if anything fails) PGlite loads its own.
 */
const runtime = loadRuntime();

let pglite: PGlite | undefined;
/** The session's `statement_timeout` in ms, read before every statement (kept when unreadable). */
let statementTimeoutMs = 0;
let queue: Promise<void> = Promise.resolve();

port.on('message', ({ id, request }: WorkerEnvelope) => {
  // One at a time: a statement's timeout is announced only when it is next to run.
  queue = queue.then(() => answer(id, request));
});

function reply(message: WorkerReply): void {
  port?.postMessage(message);
}

async function answer(id: number, request: WorkerRequest): Promise<void> {
  try {
    const value = await perform(id, request);
    reply({ id, kind: 'done', value });
  } catch (error) {
    reply({ id, kind: 'failed', error: workerError(error) });
  }
}

async function perform(
  id: number,
  request: WorkerRequest,
): Promise<ReplyValues[keyof ReplyValues]> {
  switch (request.kind) {
    case 'open':
      return open(request.extensions, request.snapshotFile);
    case 'exec': {
      const pg = await announce(id);
      await pg.exec(request.sql, { onNotice: forwardNotices(id) });
      return null;
    }
    case 'query': {
      const pg = await announce(id);
      const result = await pg.query(request.sql, request.params, {
        onNotice: forwardNotices(id),
      });
      return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? 0 };
    }
    case 'dump': {
      const pg = instance();
      // Dirty pages to their files, and the WAL before this point removed (wal_recycle off):
      // the snapshot holds the data files and one 1 MB WAL segment, and starts without redo.
      await pg.exec('CHECKPOINT');
      return writeDataDirTar(pg.Module.FS, PGlite.paths.PGDATA, request.fd);
    }
    case 'close':
      await pglite?.close();
      return null;
  }
}

async function open(extensions: string[], snapshotFile: string | undefined): Promise<Opened> {
  const snapshot = snapshotFile ? await readSnapshot(snapshotFile) : undefined;
  if (snapshot) {
    try {
      pglite = await createPglite(extensions, snapshot);
      return { source: 'cache', snapshotRejected: false };
    } catch {
      // A corrupt or incompatible snapshot: start cold; the main thread deletes the file.
    }
  }
  pglite = await createPglite(extensions);
  return { source: 'cold', snapshotRejected: snapshot !== undefined };
}

/**
 * The snapshot's bytes, or undefined when the file is gone (a concurrent run pruned it): read
 * here, not on the main thread, so that thread is free for the lint meanwhile.
 */
async function readSnapshot(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/**
 * PGlite's in-memory file system with the data directory unpacked from a snapshot before Postgres
 * starts (which then finds a database and resumes it). Not `loadDataDir`: that copies every file
 * twice; here a file's contents are a view of the snapshot's bytes.
 */
class SnapshotMemoryFS extends MemoryFS {
  readonly #tar: Uint8Array;
  constructor(tar: Uint8Array) {
    super();
    this.#tar = tar;
  }
  override async init(pg: PGlite, options: Parameters<MemoryFS['init']>[1]) {
    const { emscriptenOpts } = await super.init(pg, options);
    const unpack = (mod: { FS: DataDirTargetFs }) =>
      unpackDataDirTar(mod.FS, PGlite.paths.PGDATA, this.#tar);
    return {
      emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), unpack] },
    };
  }
}

interface Runtime {
  pgliteWasmModule: WebAssembly.Module;
  fsBundle: Blob;
}

function loadRuntime(): Promise<Runtime | undefined> {
  const wasm = new URL('./pglite.wasm', import.meta.url);
  const data = new URL('./pglite.data', import.meta.url);
  if (!existsSync(wasm) || !existsSync(data)) return Promise.resolve(undefined);
  return Promise.all([readFile(wasm).then((bytes) => WebAssembly.compile(bytes)), readFile(data)])
    .then(([pgliteWasmModule, bytes]) => ({ pgliteWasmModule, fsBundle: new HeldBytes(bytes) }))
    .catch(() => undefined);
}

/**
 * A Blob over bytes already read, for PGlite, which reads its file system bundle only through
 * `arrayBuffer()` (a Node 20 Blob would copy the 6 MB in and stream them back out). The first
 * call gets the bytes read, later ones (initdb's instance of a cold start) a copy of their own.
 */
class HeldBytes extends Blob {
  readonly #bytes: Uint8Array;
  #handedOut = false;
  constructor(bytes: Uint8Array) {
    super([]);
    this.#bytes = bytes;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    const whole =
      this.#bytes.byteOffset === 0 && this.#bytes.byteLength === this.#bytes.buffer.byteLength;
    const own = whole && !this.#handedOut;
    this.#handedOut = true;
    return Promise.resolve(
      own ? (this.#bytes.buffer as ArrayBuffer) : (this.#bytes.slice().buffer as ArrayBuffer),
    );
  }
}

async function createPglite(extensionNames: string[], snapshot?: Uint8Array): Promise<PGlite> {
  const loaded = await runtime;
  return PGlite.create({
    ...(loaded ?? {}),
    extensions: { ...pgliteExtensionsFor(extensionNames), standIns: standInExtension },
    parsers: { [int8Oid]: keepText, [numericOid]: keepText },
    // Supabase's search path as the session's own default, so a migration's RESET ALL (pulled
    // dumps have one) and the engine's reset between files come back to it.
    // 32 MB of shared buffers, not Postgres's 128 MB: the embedded database holds a history and a
    // seed, and PGlite zeroes the whole buffer pool at every start (about 0.4 CPU-s at 128 MB,
    // 0.1 s at 32 MB; `npm run bench:embedded-start`). Locks, rewrites and plans do not depend on it.
    startParams: [
      ...PGlite.defaultStartParams,
      '-c',
      `search_path=${supabaseSearchPath}`,
      '-c',
      'shared_buffers=32MB',
      // A checkpoint removes the WAL segments before it instead of keeping them renamed for
      // reuse: a snapshot carries only the segment in use (see `dump`).
      '-c',
      'wal_recycle=off',
    ],
    // 1 MB WAL segments, not 16 MB: the segment in use is written whole into every snapshot
    // and unpacked at every start. The segment size shapes no lock, rewrite or plan.
    initDbStartParams: ['--wal-segsize=1'],
    ...(snapshot ? { fs: new SnapshotMemoryFS(snapshot) } : {}),
  });
}

function instance(): PGlite {
  if (!pglite) throw new Error('the embedded database was not opened');
  return pglite;
}

/** Tell the main thread the statement's time limit, just before it runs. */
async function announce(id: number): Promise<PGlite> {
  const pg = instance();
  const shown =
    readSetting(pg, 'statement_timeout') ?? (await querySetting(pg, 'statement_timeout'));
  statementTimeoutMs = timeSettingMs(shown) ?? statementTimeoutMs;
  if (statementTimeoutMs > 0) reply({ id, kind: 'running', statementTimeoutMs });
  return pg;
}

/**
 * A setting read straight from the server's memory, as Postgres's `GetConfigOption` gives it
 * (an integer setting in its base unit), in well under a microsecond. PGlite exports that
 * function for its extensions; undefined when a build does not.
 */
function readSetting(pg: PGlite, name: string): string | undefined {
  const mod = pg.Module;
  const getConfigOption: unknown = Reflect.get(mod, '_GetConfigOption');
  if (typeof getConfigOption !== 'function') return undefined;
  const stack = mod.stackSave();
  try {
    // GetConfigOption(name, missing_ok, restrict_privileged): a static buffer, or NULL.
    const value: unknown = getConfigOption(mod.stringToUTF8OnStack(name), 1, 0);
    return typeof value === 'number' && value !== 0 ? mod.UTF8ToString(value) : undefined;
  } finally {
    mod.stackRestore(stack);
  }
}

/** The same through SQL: a query of its own (about 0.1 ms), for builds without the export. */
async function querySetting(pg: PGlite, name: string): Promise<string | undefined> {
  try {
    const [result] = await pg.exec(`select current_setting('${name}') as value`);
    const value: unknown = result?.rows[0]?.['value'];
    return typeof value === 'string' ? value : undefined;
  } catch {
    // An aborted transaction answers nothing until ROLLBACK; the caller keeps the last value.
    return undefined;
  }
}

function forwardNotices(id: number): (message: object) => void {
  return (message) => reply({ id, kind: 'notice', notice: noticeFromProtocol(message) });
}

function workerError(error: unknown): WorkerError {
  const database = databaseErrorFromProtocol(error);
  if (database) {
    const { code, message, severity, position, internalPosition, internalQuery } = database;
    const { detail, hint, where, schema, table, column, constraint } = database;
    return {
      kind: 'database',
      fields: {
        code,
        message,
        severity,
        position,
        internalPosition,
        internalQuery,
        detail,
        hint,
        where,
        schema,
        table,
        column,
        constraint,
      },
    };
  }
  if (error instanceof Error) {
    return { kind: 'other', name: error.name, message: error.message, stack: error.stack };
  }
  return { kind: 'other', name: 'Error', message: String(error) };
}
