/**
 * The function's settings, read once from its environment (`Deno.env.get` in production, a map
 * in tests). Authentication settings are read by auth/authenticate.ts.
 */
export interface FunctionConfig {
  /** `SUPABASE_DB_URL`, set by Supabase in every edge function. */
  databaseUrl: string | undefined;
  lockTimeoutMs: number;
  statementTimeoutMs: number;
  /** Tries of a transaction that hit lock_timeout, the first included. */
  maxAttempts: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /**
   * How long one invocation may apply before it stops after the current file (or backfill
   * batch) and leaves the rest to the next call. Below the platform's wall clock limit
   * (150 s free, 400 s paid), with room for the file in progress.
   */
  timeBudgetMs: number;
  /**
   * Where the runtime can keep working after the response (`EdgeRuntime.waitUntil`): answer
   * 202 after this long and continue in the background until the time budget is spent.
   */
  respondAfterMs: number;
  /** How long a deployment waits for another one to finish before answering busy. */
  lockWaitMs: number;
  /**
   * How long the deployment lease lasts without a renewal (every unit renews it). An invocation
   * that dies between units blocks others for at most this long; one that dies inside a unit
   * releases it with the unit's transaction.
   */
  leaseTtlMs: number;
  /**
   * The platform's wall-clock limit of one invocation (150 s on the free plan, 400 s on paid
   * plans). No statement runs past it: each one's statement_timeout is capped to what is left
   * (less a margin to record the outcome), so nothing goes on after the function is stopped.
   */
  wallClockMs: number;
}

/** The contract fixes the wait for a running deployment at 10 s. */
const DEPLOYMENT_LOCK_WAIT_MS = 10_000;

const settings = {
  lockTimeoutMs: { name: 'MIGRATION_GUARD_LOCK_TIMEOUT_MS', fallback: 500 },
  statementTimeoutMs: { name: 'MIGRATION_GUARD_STATEMENT_TIMEOUT_MS', fallback: 10 * 60_000 },
  maxAttempts: { name: 'MIGRATION_GUARD_MAX_ATTEMPTS', fallback: 5 },
  retryBaseDelayMs: { name: 'MIGRATION_GUARD_RETRY_BASE_DELAY_MS', fallback: 250 },
  retryMaxDelayMs: { name: 'MIGRATION_GUARD_RETRY_MAX_DELAY_MS', fallback: 10_000 },
  timeBudgetMs: { name: 'MIGRATION_GUARD_TIME_BUDGET_MS', fallback: 120_000 },
  respondAfterMs: { name: 'MIGRATION_GUARD_RESPOND_AFTER_MS', fallback: 20_000 },
  leaseTtlMs: { name: 'MIGRATION_GUARD_LEASE_TTL_MS', fallback: 30_000 },
  wallClockMs: { name: 'MIGRATION_GUARD_WALL_CLOCK_MS', fallback: 150_000 },
} as const;

type NumericSetting = keyof typeof settings;

/** Throws on a value that is not a whole number >= 0, naming the variable. */
export function functionConfigFromEnv(get: (name: string) => string | undefined): FunctionConfig {
  const numberOf = (key: NumericSetting): number => {
    const { name, fallback } = settings[key];
    const raw = get(name)?.trim();
    if (raw === undefined || raw === '') return fallback;
    if (!/^[0-9]+$/.test(raw)) {
      throw new Error(`${name} must be a whole number >= 0, got ${JSON.stringify(raw)}`);
    }
    return Number(raw);
  };
  const databaseUrl = get('SUPABASE_DB_URL')?.trim();
  return {
    databaseUrl: databaseUrl === '' ? undefined : databaseUrl,
    lockTimeoutMs: numberOf('lockTimeoutMs'),
    statementTimeoutMs: numberOf('statementTimeoutMs'),
    maxAttempts: Math.max(1, numberOf('maxAttempts')),
    retryBaseDelayMs: numberOf('retryBaseDelayMs'),
    retryMaxDelayMs: numberOf('retryMaxDelayMs'),
    timeBudgetMs: numberOf('timeBudgetMs'),
    respondAfterMs: numberOf('respondAfterMs'),
    lockWaitMs: DEPLOYMENT_LOCK_WAIT_MS,
    leaseTtlMs: numberOf('leaseTtlMs'),
    wallClockMs: numberOf('wallClockMs'),
  };
}
