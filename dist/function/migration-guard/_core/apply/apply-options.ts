import type { DatabasePort } from '../db/database-port.ts';
import type { ApplyHooks } from './apply-hooks.ts';
import type { BackfillStore } from './backfill-cursor.ts';

/** Time and chance, injectable so tests of retries are deterministic. */
export interface ApplyClock {
  /** Milliseconds from an arbitrary origin (monotonic). */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Uniform in [0, 1). */
  random(): number;
}

const systemClock: ApplyClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** Retry of a transaction whose statement hit `lock_timeout` (SQLSTATE 55P03). */
interface LockRetryOptions {
  /** Tries in all, the first included. Default 5. */
  maxAttempts?: number;
  /** Backoff before the 2nd try; doubles each try. Default 250 ms. */
  baseDelayMs?: number;
  /** Cap on one backoff. Default 10 000 ms. */
  maxDelayMs?: number;
}

export interface ApplyOptions {
  /**
   * `SET LOCAL lock_timeout` of every transaction (and the session setting around a statement
   * that runs alone). A statement waiting longer for a lock is cancelled and its transaction
   * retried, so a migration queued behind a long query never stalls the traffic queued behind
   * it. Default 500 ms.
   */
  lockTimeoutMs?: number;
  /** `SET LOCAL statement_timeout`: the longest one statement may run. Default 10 minutes. */
  statementTimeoutMs?: number;
  retry?: LockRetryOptions;
  /**
   * Record each applied file in `supabase_migrations.schema_migrations`, as the Supabase CLI
   * does, in the same transaction as the file's last unit. Default false.
   */
  record?: boolean;
  /**
   * `commit`: each file commits (a kept target, production). `rollback`: everything runs in one
   * outer transaction, a savepoint per file, rolled back at the end (a throwaway `--db URL
   * --rollback` target); statements that cannot run in a transaction are skipped, not run.
   * Default `commit`.
   */
  mode?: 'commit' | 'rollback';
  /** After a file fails: `stop` (later files are not run) or `continue`. Default `stop`. */
  onFailure?: 'stop' | 'continue';
  hooks?: ApplyHooks;
  clock?: ApplyClock;
  /**
   * Called once after the last file, on the same session, before the outer ROLLBACK of
   * `rollback` mode: where a staging run reads what the migrations left (post-migration checks,
   * table sizes) before it is undone.
   */
  beforeEnd?: (db: DatabasePort) => Promise<void>;
  /**
   * Called once before the first file, on the same session: in `rollback` mode inside the outer
   * transaction, so what it creates (a staging target's Supabase shim) is undone with the run.
   * The session's settings as it leaves them are those every file starts from.
   */
  prepare?: (db: DatabasePort) => Promise<void>;
  /**
   * Asked before each file and between the batches of a batched backfill. When it returns true
   * the engine stops cleanly: a backfill in progress ends `paused` with its cursor saved, later
   * files are `not-run`, and the results so far are returned.
   */
  shouldStop?: () => boolean;
  /**
   * Keeps the cursor of batched backfills (`-- migration-guard:batch` files) between runs, so
   * an interrupted backfill resumes after its last committed batch. Without it a backfill
   * always starts from the first key. Not used in `rollback` mode, where nothing is kept.
   */
  backfill?: BackfillStore;
  /**
   * A second session on the same database (same role). While a statement runs, the engine
   * watches from it whether the statement waits for a lock or runs longer than the limits
   * allow, and cancels it: the only defence against a statement that switches the limits off
   * inside itself (a DO block running `set_config('lock_timeout', '0', true)` and an ALTER).
   * Without it (the embedded database has one session) only the checks between statements hold.
   */
  watchdog?: DatabasePort;
  /**
   * The wall-clock time the caller has left (the edge function's invocation limit). Each
   * statement's `statement_timeout` is capped to it, and a statement is not started with less
   * than `MIN_TIME_LEFT_MS` left: the unit is rolled back and the file ends `failed` with kind
   * `out-of-time` (nothing of that transaction applied; the caller runs it again later).
   */
  timeLeftMs?: () => number;
  /**
   * Session settings the engine sets when the run starts and again after every file's session
   * reset, e.g. `client_connection_check_interval` so the server stops a statement whose client
   * is gone.
   */
  sessionSettings?: Readonly<Record<string, string>>;
}

/** A statement is not started with less wall-clock time than this left. */
export const MIN_TIME_LEFT_MS = 1_000;

export interface ResolvedApplyOptions {
  lockTimeoutMs: number;
  statementTimeoutMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  record: boolean;
  mode: 'commit' | 'rollback';
  onFailure: 'stop' | 'continue';
  hooks: ApplyHooks;
  clock: ApplyClock;
  beforeEnd: ((db: DatabasePort) => Promise<void>) | undefined;
  prepare: ((db: DatabasePort) => Promise<void>) | undefined;
  shouldStop: () => boolean;
  backfill: BackfillStore | undefined;
  watchdog: DatabasePort | undefined;
  timeLeftMs: (() => number) | undefined;
  sessionSettings: Readonly<Record<string, string>>;
}

const DEFAULT_LOCK_TIMEOUT_MS = 500;
const DEFAULT_STATEMENT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_BASE_DELAY_MS = 250;
const DEFAULT_MAX_DELAY_MS = 10_000;

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${name} must be a number >= 0, got ${value}`);
  return Math.floor(value);
}

export function resolveApplyOptions(options: ApplyOptions = {}): ResolvedApplyOptions {
  const resolved: ResolvedApplyOptions = {
    lockTimeoutMs: positiveInteger(options.lockTimeoutMs, DEFAULT_LOCK_TIMEOUT_MS, 'lockTimeoutMs'),
    statementTimeoutMs: positiveInteger(
      options.statementTimeoutMs,
      DEFAULT_STATEMENT_TIMEOUT_MS,
      'statementTimeoutMs',
    ),
    maxAttempts: Math.max(
      1,
      positiveInteger(options.retry?.maxAttempts, DEFAULT_MAX_ATTEMPTS, 'retry.maxAttempts'),
    ),
    baseDelayMs: positiveInteger(
      options.retry?.baseDelayMs,
      DEFAULT_BASE_DELAY_MS,
      'retry.baseDelayMs',
    ),
    maxDelayMs: positiveInteger(
      options.retry?.maxDelayMs,
      DEFAULT_MAX_DELAY_MS,
      'retry.maxDelayMs',
    ),
    record: options.record ?? false,
    mode: options.mode ?? 'commit',
    onFailure: options.onFailure ?? 'stop',
    hooks: options.hooks ?? {},
    clock: options.clock ?? systemClock,
    beforeEnd: options.beforeEnd,
    prepare: options.prepare,
    shouldStop: options.shouldStop ?? (() => false),
    backfill: options.backfill,
    watchdog: options.watchdog,
    timeLeftMs: options.timeLeftMs,
    sessionSettings: options.sessionSettings ?? {},
  };
  return resolved;
}

/**
 * "Full jitter" backoff before try `attempt + 1` (attempt is 1-based): uniform in
 * [0, min(maxDelay, base * 2^(attempt-1))). Spreading retries at random keeps several
 * appliers (or one applier and a busy table) from colliding again at the same moment.
 */
export function backoffDelayMs(attempt: number, options: ResolvedApplyOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(options.clock.random() * ceiling);
}
