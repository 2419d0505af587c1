import { parentPort } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensionsFor } from './pglite-extensions.ts';
import {
  type Opened,
  type ReplyValues,
  timeoutFromSetting,
  type WorkerEnvelope,
  type WorkerError,
  type WorkerReply,
  type WorkerRequest,
} from './pglite-worker-protocol.ts';
import { databaseErrorFromProtocol, noticeFromProtocol } from './protocol-error.ts';
import { standInExtension } from './stand-in-files.ts';

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

let pglite: PGlite | undefined;
/** The session's `statement_timeout` in ms, read after every statement (kept when unreadable). */
let statementTimeoutMs = 0;
let queue: Promise<void> = Promise.resolve();

port.on('message', ({ id, request }: WorkerEnvelope) => {
  // One at a time: a statement's timeout is announced only when it is next to run.
  queue = queue.then(() => answer(id, request));
});

function reply(message: WorkerReply, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

async function answer(id: number, request: WorkerRequest): Promise<void> {
  try {
    const value = await perform(id, request);
    reply({ id, kind: 'done', value }, value instanceof ArrayBuffer ? [value] : []);
  } catch (error) {
    reply({ id, kind: 'failed', error: workerError(error) });
  }
  // Read the limit of the next statement now, while the main thread handles the answer: only
  // this session's statements change it, and none runs in between.
  if (request.kind === 'open' || request.kind === 'exec' || request.kind === 'query') {
    await readStatementTimeout();
  }
}

async function perform(
  id: number,
  request: WorkerRequest,
): Promise<ReplyValues[keyof ReplyValues]> {
  switch (request.kind) {
    case 'open':
      return open(request.extensions, request.snapshot);
    case 'exec': {
      const pg = announce(id);
      await pg.exec(request.sql, { onNotice: forwardNotices(id) });
      return null;
    }
    case 'query': {
      const pg = announce(id);
      const result = await pg.query(request.sql, request.params, {
        onNotice: forwardNotices(id),
      });
      return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? 0 };
    }
    case 'dump': {
      const dump = await instance().dumpDataDir('none');
      return dump.arrayBuffer();
    }
    case 'close':
      await pglite?.close();
      return null;
  }
}

async function open(extensions: string[], snapshot: ArrayBuffer | undefined): Promise<Opened> {
  if (snapshot) {
    try {
      pglite = await createPglite(extensions, new Blob([snapshot]));
      return { source: 'cache', snapshotRejected: false };
    } catch {
      // A corrupt or incompatible snapshot: start cold; the main thread deletes the file.
    }
  }
  pglite = await createPglite(extensions);
  return { source: 'cold', snapshotRejected: snapshot !== undefined };
}

function createPglite(extensionNames: string[], loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({
    extensions: { ...pgliteExtensionsFor(extensionNames), standIns: standInExtension },
    parsers: { [int8Oid]: keepText, [numericOid]: keepText },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}

function instance(): PGlite {
  if (!pglite) throw new Error('the embedded database was not opened');
  return pglite;
}

/** Tell the main thread the statement's time limit, just before it runs. */
function announce(id: number): PGlite {
  const pg = instance();
  if (statementTimeoutMs > 0) reply({ id, kind: 'running', statementTimeoutMs });
  return pg;
}

async function readStatementTimeout(): Promise<void> {
  if (!pglite || pglite.closed) return;
  try {
    // The simple protocol: about half the cost of a prepared query in PGlite.
    const [result] = await pglite.exec("select current_setting('statement_timeout') as timeout");
    const shown: unknown = result?.rows[0]?.['timeout'];
    statementTimeoutMs =
      timeoutFromSetting(typeof shown === 'string' ? shown : undefined) ?? statementTimeoutMs;
  } catch {
    // An aborted transaction answers nothing until ROLLBACK; keep the last value read.
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
