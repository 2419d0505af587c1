import type { DatabaseErrorFields, DatabaseNotice } from '../core/db/database-port.ts';

/**
 * What passes between `PgliteDatabase` on the main thread and the worker thread that owns the
 * PGlite instance (pglite-worker.ts). Only structured-cloneable data crosses: extension names,
 * not modules; an error's fields, not the error; a snapshot's file name, which the worker reads.
 *
 * PGlite runs Postgres synchronously in the thread that calls it and cannot honour
 * `statement_timeout` (WebAssembly has no signals). So as a statement starts, the worker reads
 * the session's `statement_timeout` and, when it is set, says `running`; if no answer follows
 * within that time and a grace, the main thread terminates the worker.
 */

export type WorkerRequest =
  | { kind: 'open'; extensions: string[]; snapshotFiles: string[] }
  | { kind: 'exec'; sql: string }
  | {
      kind: 'query';
      sql: string;
      params: unknown[];
      next?: { sql: string; params: unknown[]; state?: { settings: string[]; marker: boolean } };
    }
  | { kind: 'dump'; fd: number }
  | { kind: 'close' };

export interface WorkerEnvelope {
  id: number;
  request: WorkerRequest;
}

/**
 * How the instance started: `cache` when one of the snapshot files, tried in order, loaded
 * (`loaded`, its index), `cold` when none did. `rejected`: the indexes of the files that were
 * read and refused (corrupt or incompatible); a file that is gone is skipped, not rejected.
 * `cpuFile`: where the main thread can read the worker thread's CPU time (`thread-cpu.ts`), on
 * a system that has one.
 */
export interface Opened {
  source: 'cold' | 'cache';
  loaded?: number;
  rejected: number[];
  cpuFile?: string;
}

/** What a successful request answers, by request kind. */
export interface ReplyValues {
  open: Opened;
  exec: null;
  /** `next`: the outcome of the request's `next` query, run when the first one succeeded. */
  query: {
    rows: unknown[];
    rowCount: number;
    next?: { ok: true; rows: unknown[]; rowCount: number } | { ok: false; error: WorkerError };
  };
  /** The data directory, written as an uncompressed tar to the file descriptor: its bytes. */
  dump: number;
  close: null;
}

export type WorkerError =
  | { kind: 'database'; fields: DatabaseErrorFields }
  | { kind: 'other'; name: string; message: string; stack?: string };

export type WorkerReply =
  | { id: number; kind: 'notice'; notice: DatabaseNotice }
  | { id: number; kind: 'running'; statementTimeoutMs: number }
  | { id: number; kind: 'done'; value: ReplyValues[keyof ReplyValues] }
  | { id: number; kind: 'failed'; error: WorkerError };

/**
 * How long past `statement_timeout` a statement may run before the worker is stopped: room for
 * one that finishes just at the limit, and for a busy main thread to notice.
 */
export const statementTimeoutGraceMs = 500;

/** SQLSTATE admin_shutdown: what every call gets once the worker was stopped. */
export const stoppedDatabaseCode = '57P01';

export const stoppedDatabaseMessage =
  'the embedded database was stopped after a statement ran past statement_timeout; nothing after it ran';
