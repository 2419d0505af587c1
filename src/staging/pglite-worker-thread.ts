import { Worker } from 'node:worker_threads';
import { DatabaseError, type DatabaseNotice } from '../core/db/database-port.ts';
import {
  type ReplyValues,
  statementTimeoutGraceMs,
  stoppedDatabaseCode,
  stoppedDatabaseMessage,
  type WorkerEnvelope,
  type WorkerError,
  type WorkerReply,
  type WorkerRequest,
} from './pglite-worker-protocol.ts';

/**
 * The main thread's end of the worker that owns the embedded database (pglite-worker.ts):
 * sends requests, matches answers, and stops the worker when a statement outlives its
 * `statement_timeout` plus a grace. After that stop every request fails at once with
 * SQLSTATE 57P01: the database and everything the migrations did to it are gone.
 *
 * The limit is the one in force when a call starts: a `SET statement_timeout` sent in the same
 * `exec` text as a long statement does not bound it (the apply engine sends one statement per
 * call, and its `SET LOCAL` in a call of its own).
 */

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer?: ReturnType<typeof setTimeout>;
}

type State = 'running' | 'stopped-after-timeout' | 'closed' | 'failed';

export class PgliteWorkerThread {
  readonly #worker: Worker;
  readonly #exited: Promise<void>;
  readonly #pending = new Map<number, Pending>();
  readonly #onNotice: (notice: DatabaseNotice) => void;
  #nextId = 1;
  #state: State = 'running';
  #failure: Error | undefined;

  readonly #onMessage = (reply: WorkerReply) => this.#receive(reply);
  readonly #onError = (error: Error) => this.#fail(error);
  readonly #onExit = (code: number) => this.#fail(new Error(`its thread exited with code ${code}`));
  #resolveExited: () => void = () => undefined;
  #released = false;

  constructor(onNotice: (notice: DatabaseNotice) => void) {
    this.#onNotice = onNotice;
    this.#worker = takeReadyWorker() ?? startWorker();
    this.#exited = new Promise((resolve) => {
      this.#resolveExited = resolve;
    });
    this.#worker.on('exit', this.#resolveExited);
    this.#worker.on('message', this.#onMessage);
    this.#worker.on('error', this.#onError);
    this.#worker.on('exit', this.#onExit);
  }

  /** The worker thread's id: a later database of this process may run on the same thread. */
  get threadId(): number {
    return this.#worker.threadId;
  }

  /** True once a statement ran past `statement_timeout` and the database was stopped. */
  get stoppedAfterTimeout(): boolean {
    return this.#state === 'stopped-after-timeout';
  }

  request<R extends WorkerRequest>(request: R): Promise<ReplyValues[R['kind']]> {
    if (this.#state !== 'running') return Promise.reject(this.#unavailable());
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      // The worker answers a request of kind K with ReplyValues[K] (pglite-worker.ts).
      this.#pending.set(id, {
        resolve: (value) => resolve(value as ReplyValues[R['kind']]),
        reject,
      });
      const envelope: WorkerEnvelope = { id, request };
      try {
        this.#worker.postMessage(envelope);
      } catch (error) {
        // Parameters that cannot be cloned (a function, a symbol) never reach the worker.
        this.#pending.delete(id);
        reject(error);
      }
    });
  }

  /**
   * Shut Postgres down and end the thread. A statement still running (no timeout set, or one
   * not yet reached) is not waited for: the data directory lives in memory, so ending the
   * thread loses nothing a later run could use.
   */
  async close(): Promise<void> {
    // Closed before and its thread handed on: that thread is another database's now.
    if (this.#released) return;
    let closedCleanly = false;
    if (this.#state === 'running' && this.#pending.size === 0) {
      closedCleanly = await this.request({ kind: 'close' }).then(
        () => true,
        () => false,
      );
    }
    if (this.#state === 'running') this.#state = 'closed';
    this.#rejectAll(() => this.#unavailable());
    // A thread whose database shut down cleanly serves this process's next embedded database:
    // its code, its compiled WebAssembly and its optimised JavaScript are already there. Any
    // other (a timeout, a failure, a database still busy) is ended.
    if (closedCleanly && this.#state === 'closed' && keepReady(this.#worker)) {
      this.#released = true;
      this.#worker.off('exit', this.#resolveExited);
      this.#worker.off('message', this.#onMessage);
      this.#worker.off('error', this.#onError);
      this.#worker.off('exit', this.#onExit);
      return;
    }
    await this.#worker.terminate();
    await this.#exited;
  }

  #receive(reply: WorkerReply): void {
    if (this.#state !== 'running') return;
    if (reply.kind === 'notice') {
      this.#onNotice(reply.notice);
      return;
    }
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'running') {
      // A request of two queries announces each as it starts: the second one's time runs anew.
      clearTimeout(pending.timer);
      pending.timer = setTimeout(
        () => this.#stopAfterTimeout(reply.id, reply.statementTimeoutMs),
        reply.statementTimeoutMs + statementTimeoutGraceMs,
      );
      return;
    }
    clearTimeout(pending.timer);
    this.#pending.delete(reply.id);
    if (reply.kind === 'done') pending.resolve(reply.value);
    else pending.reject(errorFrom(reply.error));
  }

  #stopAfterTimeout(id: number, statementTimeoutMs: number): void {
    if (this.#state !== 'running') return;
    this.#state = 'stopped-after-timeout';
    // Postgres inside WebAssembly cannot be interrupted; ending its thread is the only stop.
    this.#worker.terminate().catch(() => undefined);
    this.#rejectAll((pendingId) =>
      pendingId === id ? statementTimeoutError(statementTimeoutMs) : this.#unavailable(),
    );
  }

  #fail(error: Error): void {
    if (this.#state !== 'running') return;
    this.#state = 'failed';
    const message = `the embedded database (PGlite worker thread) failed: ${error.message}`;
    this.#failure = new Error(message, { cause: error });
    this.#rejectAll(() => this.#unavailable());
  }

  #rejectAll(errorFor: (id: number) => Error): void {
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(errorFor(id));
    }
    this.#pending.clear();
  }

  #unavailable(): Error {
    switch (this.#state) {
      case 'stopped-after-timeout':
        return new DatabaseError({
          code: stoppedDatabaseCode,
          severity: 'FATAL',
          message: stoppedDatabaseMessage,
        });
      case 'failed':
        return this.#failure ?? new Error('the embedded database failed');
      default:
        return new Error('the embedded database is closed');
    }
  }
}

function statementTimeoutError(statementTimeoutMs: number): DatabaseError {
  return new DatabaseError({
    code: '57014',
    severity: 'ERROR',
    message: 'canceling statement due to statement timeout',
    detail: `The embedded database (PGlite) cannot cancel a running statement, so migration-guard stopped it ${statementTimeoutGraceMs} ms after statement_timeout (${statementTimeoutMs} ms); nothing ran on it after this statement.`,
    hint: 'Make the statement faster, raise apply.statementTimeoutMs in migration-guard.config.json, or stage on PostgreSQL with --db.',
  });
}

export function errorFrom(error: WorkerError): Error {
  if (error.kind === 'database') return new DatabaseError(error.fields);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/**
 * The thread ready for this process's next embedded database, at most one: one started ahead of
 * its database (`prestartWorkerThread`), or one whose database was closed cleanly (its code and
 * compiled WebAssembly loaded already). Unreferenced while it waits, so it does not hold the
 * process open; one that failed or exited is not handed out.
 */
let ready: { worker: Worker; alive: boolean; dead: () => void } | undefined;

/** Keep `worker` as the ready thread; false when one is ready already. */
function keepReady(worker: Worker): boolean {
  if (ready?.alive) return false;
  const kept = {
    worker,
    alive: true,
    dead: () => {
      kept.alive = false;
    },
  };
  worker.on('error', kept.dead);
  worker.on('exit', kept.dead);
  worker.unref();
  ready = kept;
  return true;
}

function takeReadyWorker(): Worker | undefined {
  const taken = ready;
  ready = undefined;
  if (!taken) return undefined;
  taken.worker.off('error', taken.dead);
  taken.worker.off('exit', taken.dead);
  if (!taken.alive) return undefined;
  taken.worker.ref();
  return taken.worker;
}

/**
 * Start the worker thread of the next embedded database now, so that it loads its code (PGlite
 * and the extensions' modules) while the caller reads and lints the files; nothing when a thread
 * is ready already. Until a database takes it, it keeps nothing running: a run that never stages
 * ends as if it had not started.
 */
export function prestartWorkerThread(): void {
  if (ready?.alive) return;
  keepReady(startWorker());
}

/** Stop the ready thread no database took (a run that ends without staging). */
export async function discardReadyWorkerThread(): Promise<void> {
  await takeReadyWorker()?.terminate();
}

/**
 * The worker runs the same code as this file: from sources (vitest, tsx) that is TypeScript,
 * which a new thread can load only once tsx's loader is registered in it; in the bundle it is
 * `pglite-worker.js` beside `cli-main.cjs` and `index.js`.
 */
function startWorker(): Worker {
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./pglite-worker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(boot, { eval: true, execArgv: [] });
  }
  return new Worker(new URL('./pglite-worker.js', import.meta.url));
}
