import { gunzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { type PGlite, parse, protocol } from '@electric-sql/pglite';
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
import { isLaterWalSegment, writeDataDirTar } from './data-dir-tar.ts';
import { createPglite, pgdataDir } from './pglite-instance.ts';
import { currentThreadCpuFile } from './thread-cpu.ts';

/**
 * The worker thread that owns the embedded database: one PGlite instance, answering the
 * requests of `PgliteDatabase` one at a time, in order (see pglite-worker-protocol.ts). A
 * statement blocks this thread, never the main one, so the main thread can stop it.
 */

const port = parentPort;
if (!port) throw new Error('pglite-worker runs as a worker thread started by PgliteDatabase');

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
      return open(request.extensions, request.snapshotFiles);
    case 'exec': {
      const pg = await announce(id);
      await pg.exec(request.sql, { onNotice: forwardNotices(id) });
      return null;
    }
    case 'query': {
      const first = await runQuery(id, request.sql, request.params);
      const { next } = request;
      if (!next) return first;
      try {
        const state = next.state && readState(instance(), next.state);
        return {
          ...first,
          next: {
            ok: true,
            ...(state ? { rows: [state], rowCount: 1 } : await runQuery(id, next.sql, next.params)),
          },
        };
      } catch (error) {
        return { ...first, next: { ok: false, error: workerError(error) } };
      }
    }
    case 'dump': {
      const pg = instance();
      // Dirty pages to their files, and the WAL before this point removed (wal_recycle off):
      // the snapshot holds the data files and one 1 MB WAL segment, and starts without redo.
      await pg.exec('CHECKPOINT');
      // Segments after the one in use were made ahead of need (initdb leaves three): empty, and
      // made again by Postgres when the WAL reaches them.
      const { rows } = await pg.query<{ segment: string }>(
        'select pg_walfile_name(pg_current_wal_insert_lsn()) as segment',
      );
      const inUse = rows[0]?.segment;
      return writeDataDirTar(
        pg.Module.FS,
        pgdataDir,
        request.fd,
        (entryName) => inUse !== undefined && isLaterWalSegment(entryName, inUse),
      );
    }
    case 'close': {
      // The thread may serve another database next (pglite-worker-thread.ts): nothing of this
      // one is kept.
      const closing = pglite;
      pglite = undefined;
      statementTimeoutMs = 0;
      await closing?.close();
      return null;
    }
  }
}

async function runQuery(
  id: number,
  sql: string,
  params: unknown[],
): Promise<{ rows: unknown[]; rowCount: number }> {
  const pg = await announce(id);
  if (params.length > 0) {
    const result = await pg.query(sql, params, { onNotice: forwardNotices(id) });
    return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? 0 };
  }
  return oneMessage(pg, sql, forwardNotices(id));
}

/**
 * A query without parameters (a migration's statement, the session guard's query) as one
 * buffer of the extended protocol, Parse, Bind, Describe, Execute and Sync, handed to the server
 * in one call: PGlite's `query` makes a call of its own for each message, and each costs as much
 * as a small statement. Still the extended protocol, so the server still refuses two commands
 * in the text; an error skips the rest up to the Sync, as on a server.
 */
async function oneMessage(
  pg: PGlite,
  sql: string,
  onNotice: (message: object) => void,
): Promise<{ rows: unknown[]; rowCount: number }> {
  const { serialize } = protocol;
  const parts = [
    serialize.parse({ text: sql }),
    serialize.bind({}),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  ];
  const message = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    message.set(part, offset);
    offset += part.length;
  }
  // The stream form, as PGlite's `query` uses: the messages parsed as they come, no copy of
  // the raw reply kept beside them.
  const messages = await pg.runExclusive(() =>
    pg.execProtocolStream(message, { syncToFs: false, onNotice }),
  );
  const [result] = parse.parseResults(messages, pg.parsers);
  return { rows: result?.rows ?? [], rowCount: result?.rowCount ?? result?.affectedRows ?? 0 };
}

async function open(extensions: string[], snapshotFiles: string[]): Promise<Opened> {
  if (pglite) throw new Error('the embedded database is open already on this thread');
  const cpuFile = currentThreadCpuFile();
  const thread = cpuFile ? { cpuFile } : {};
  const rejected: number[] = [];
  for (const [index, file] of snapshotFiles.entries()) {
    const snapshot = await readSnapshot(file);
    if (!snapshot) continue;
    try {
      pglite = await createPglite(extensions, snapshot);
      return { source: 'cache', loaded: index, rejected, ...thread };
    } catch {
      // A corrupt or incompatible snapshot: the next one, else a cold start; the main thread
      // deletes the file.
      rejected.push(index);
    }
  }
  pglite = await createPglite(extensions);
  return { source: 'cold', rejected, ...thread };
}

/**
 * The snapshot's bytes, or undefined when the file is gone (a concurrent run pruned it): read
 * here, not on the main thread, so that thread is free for the lint meanwhile.
 */
async function readSnapshot(file: string): Promise<Uint8Array | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  // The base snapshot shipped with the tool is gzipped (4 MB instead of 29 MB in dist/); a
  // damaged one gives bytes the start refuses, as a damaged cache file does.
  if (!file.endsWith('.gz')) return bytes;
  try {
    return gunzipSync(bytes, { chunkSize: gunzippedSize(bytes) });
  } catch {
    return new Uint8Array(0);
  }
}

/**
 * The output size a gzip member states in its last four bytes (modulo 4 GiB), bounded, as the
 * inflater's chunk size: the snapshot comes out in one piece, not in 16 KiB chunks that are then
 * copied together (a quarter of the inflate's CPU for the 29 MB base snapshot).
 */
function gunzippedSize(bytes: Uint8Array): number {
  if (bytes.length < 4) return 16 * 1024;
  const stated = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readUInt32LE(
    bytes.length - 4,
  );
  return Math.min(Math.max(stated + 1, 16 * 1024), 256 * 1024 * 1024);
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

/**
 * The session's state as the guard's query would read it (`NextQuery` in database-port.ts), from
 * the server's memory: the settings through `GetConfigOption`, the transaction's id through
 * `GetTopFullTransactionId`, asked only inside a transaction block (outside one it would give an
 * id to no transaction). Undefined when a build lacks an export or a setting: then the query.
 */
function readState(
  pg: PGlite,
  state: { settings: string[]; marker: boolean },
): Record<string, string | null> | undefined {
  const row: Record<string, string | null> = { marker: null };
  if (state.marker) {
    const inBlock: unknown = Reflect.get(pg.Module, '_IsTransactionBlock');
    const topId: unknown = Reflect.get(pg.Module, '_GetTopFullTransactionId');
    if (typeof inBlock !== 'function' || typeof topId !== 'function') return undefined;
    if (inBlock() !== 0) {
      const id: unknown = topId();
      if (typeof id !== 'bigint') return undefined;
      row['marker'] = id.toString();
    }
  }
  for (const name of state.settings) {
    const value = readSetting(pg, name);
    if (value === undefined) return undefined;
    row[name] = value;
  }
  return row;
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
