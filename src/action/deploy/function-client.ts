import { proxyFetch } from '../../net/proxy-fetch.ts';
import * as core from '@actions/core';
import {
  FunctionsClient,
  FunctionsFetchError,
  FunctionsHttpError,
  FunctionsRelayError,
} from '@supabase/functions-js';
import type {
  ApplyRequest,
  DeploymentStatus,
  HistoryResponse,
} from '../../core/deploy/protocol.ts';
import { signRequest } from '../../core/deploy/sign-request.ts';
import {
  type BackoffSettings,
  type CallFailure,
  DEFAULT_BACKOFF,
  backoffDelay,
  describeNetworkFailure,
  errorCodes,
  formatDelay,
  retryVerdict,
} from './retry-policy.ts';

/** How the Action proves itself to the edge function. */
export type FunctionCredentials =
  | { kind: 'hmac'; secret: string }
  /** A GitHub Actions OIDC token, fetched fresh for each request (they expire in minutes). */
  | { kind: 'oidc'; token: () => Promise<string> };

/** An answer of the function that is not a success, with its body's words. */
export class FunctionCallError extends Error {
  constructor(
    readonly endpoint: string,
    readonly status: number | undefined,
    readonly body: unknown,
    readonly detail: string,
    /** What the request ended with, for the retry policy; undefined for other errors. */
    readonly failure?: CallFailure,
  ) {
    super(`edge function ${endpoint}: ${detail}`);
    this.name = 'FunctionCallError';
  }

  /** The same failure, its message ending with `note`. */
  withNote(note: string): FunctionCallError {
    return new FunctionCallError(
      this.endpoint,
      this.status,
      this.body,
      `${this.detail}; ${note}`,
      this.failure,
    );
  }
}

export interface FunctionAnswer<T> {
  status: number;
  body: T;
}

/** Time as the retries see it: the real clock, or a test's. */
export interface RetryClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface RetryLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface DeployFunctionClientOptions {
  /** The function's name, `migration-guard` unless deployed under another. */
  name?: string;
  /** For tests: the fetch supabase-js's functions client uses. */
  fetch?: typeof fetch;
  backoff?: BackoffSettings;
  /**
   * The longest one request waits for its answer before it is sent again. Above the platform's
   * wall clock limit for a function (400 s), so a function that is still working is not cut off.
   */
  requestTimeoutMs?: number;
  clock?: RetryClock;
  /** In [0, 1), for the backoff's jitter. */
  random?: () => number;
  log?: RetryLog;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 450_000;
/** A request sent close to the deadline still gets this long to answer. */
const MIN_REQUEST_TIMEOUT_MS = 10_000;

const realClock: RetryClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};

/**
 * The deploy protocol over supabase-js's functions client (`functions.invoke`): every request
 * is a POST whose exact body bytes are signed (HMAC) or carry an OIDC bearer token.
 *
 * Each call is sent again (signed afresh: the function accepts a request id once) while it
 * fails in a way that can heal (retry-policy.ts), with capped exponential backoff and jitter,
 * until the next try would start after the caller's deadline.
 */
export class DeployFunctionClient {
  readonly #client: FunctionsClient;
  readonly #credentials: FunctionCredentials;
  readonly #name: string;
  readonly #backoff: BackoffSettings;
  readonly #requestTimeoutMs: number;
  readonly #clock: RetryClock;
  readonly #random: () => number;
  readonly #log: RetryLog;

  /** @param functionsUrl `https://<ref>.supabase.co/functions/v1`, or a local `deno serve` URL. */
  constructor(
    functionsUrl: string,
    credentials: FunctionCredentials,
    options: DeployFunctionClientOptions = {},
  ) {
    const url = functionsUrl.replace(/\/+$/, '');
    // Through the runner's proxy (HTTPS_PROXY / HTTP_PROXY, NO_PROXY) when it names one.
    this.#client = new FunctionsClient(url, { customFetch: options.fetch ?? proxyFetch(url) });
    this.#credentials = credentials;
    this.#name = options.name ?? 'migration-guard';
    this.#backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.#requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.#clock = options.clock ?? realClock;
    this.#random = options.random ?? Math.random;
    this.#log = options.log ?? { info: (m) => core.info(m), warning: (m) => core.warning(m) };
  }

  /** `deadline` (epoch ms, on the client's clock): no retry starts after it. */
  history(deadline: number): Promise<FunctionAnswer<HistoryResponse>> {
    return this.#call<HistoryResponse>('history', {}, deadline);
  }

  apply(request: ApplyRequest, deadline: number): Promise<FunctionAnswer<DeploymentStatus>> {
    return this.#call<DeploymentStatus>('apply', request, deadline);
  }

  status(deploymentId: string, deadline: number): Promise<FunctionAnswer<DeploymentStatus>> {
    return this.#call<DeploymentStatus>('status', { deploymentId }, deadline);
  }

  async #call<T>(endpoint: string, payload: unknown, deadline: number): Promise<FunctionAnswer<T>> {
    const body = JSON.stringify(payload);
    const started = this.#clock.now();
    for (let tries = 1; ; tries++) {
      const timeoutMs = Math.min(
        this.#requestTimeoutMs,
        Math.max(deadline - this.#clock.now(), MIN_REQUEST_TIMEOUT_MS),
      );
      let error: FunctionCallError;
      try {
        const answer = await this.#send<T>(endpoint, body, timeoutMs);
        if (tries > 1) {
          this.#log.info(
            `edge function ${endpoint}: answered (HTTP ${answer.status}) after ${tries - 1} ${
              tries === 2 ? 'retry' : 'retries'
            } in ${formatDelay(this.#clock.now() - started)}`,
          );
        }
        return answer;
      } catch (thrown) {
        if (!(thrown instanceof FunctionCallError) || thrown.failure === undefined) throw thrown;
        error = thrown;
      }
      const failure = error.failure as CallFailure;
      const now = this.#clock.now();
      const verdict = retryVerdict(failure, now);
      if (!verdict.retry) throw error;
      const delay = verdict.retryAfterMs ?? backoffDelay(tries, this.#backoff, this.#random);
      if (now + delay > deadline) {
        throw error.withNote(
          `gave up after ${tries} ${tries === 1 ? 'try' : 'tries'} in ${formatDelay(now - started)}: ` +
            `the next (in ${formatDelay(delay)}) would start after the deploy-timeout-minutes deadline`,
        );
      }
      const wait =
        verdict.retryAfterMs !== undefined ? 'as its Retry-After asks' : `retry ${tries}`;
      const line = `edge function ${endpoint}: ${verdict.reason}; sending the same request again in ${formatDelay(delay)} (${wait})`;
      // The first retry of a call is a warning (an annotation on the run); the rest are log lines.
      if (tries === 1) this.#log.warning(line);
      else this.#log.info(line);
      await this.#clock.sleep(delay);
    }
  }

  /** One try: the answer, or a `FunctionCallError` that says what the request ended with. */
  async #send<T>(endpoint: string, body: string, timeoutMs: number): Promise<FunctionAnswer<T>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (this.#credentials.kind === 'hmac') {
      Object.assign(headers, await signRequest({ secret: this.#credentials.secret, body }));
    } else {
      headers['Authorization'] = `Bearer ${await this.#credentials.token()}`;
    }
    // A string body with our own Content-Type is sent as is: the bytes signed are the bytes sent.
    const { data, error, response } = await this.#client.invoke(`${this.#name}/${endpoint}`, {
      body,
      headers,
      timeout: timeoutMs,
    });
    if (error === null) return { status: response?.status ?? 200, body: data as T };
    if (error instanceof FunctionsHttpError || error instanceof FunctionsRelayError) {
      const answer = error.context as Response;
      const text = await answer.text().catch(() => '');
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON: keep the text for the message.
      }
      const relay = error instanceof FunctionsRelayError;
      // A refusal or a busy function answers with a body the caller reads (409).
      if (answer.status === 409 && !relay) return { status: 409, body: parsed as T };
      throw new FunctionCallError(
        endpoint,
        answer.status,
        parsed,
        describe(answer.status, parsed, this.#credentials.kind),
        {
          kind: 'http',
          status: answer.status,
          retryAfter: answer.headers.get('retry-after'),
          relay,
          words: errorWords(parsed),
        },
      );
    }
    // No answer: fetch failed (its error is the FunctionsFetchError's context), or reading the
    // answer's body did.
    const cause = error instanceof FunctionsFetchError ? error.context : error;
    const timedOut = isAbort(cause);
    const failure: CallFailure = timedOut
      ? { kind: 'network', timedOut, timeoutMs, error: cause }
      : { kind: 'network', timedOut, error: cause };
    const reason = timedOut
      ? `no answer within ${formatDelay(timeoutMs)} (request timed out)`
      : describeNetworkFailure(cause);
    const hint = errorCodes(cause).includes('ENOTFOUND')
      ? ' (check function-url or supabase-project-ref)'
      : '';
    throw new FunctionCallError(
      endpoint,
      undefined,
      undefined,
      `request failed: ${reason}${hint}`,
      failure,
    );
  }
}

function isAbort(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? Reflect.get(error, 'name') : undefined;
  return name === 'AbortError' || name === 'TimeoutError';
}

function errorWords(body: unknown): string {
  if (typeof body === 'object' && body !== null && 'error' in body) return String(body.error);
  return typeof body === 'string' ? body.slice(0, 200) : '';
}

function describe(status: number, body: unknown, kind: FunctionCredentials['kind']): string {
  const words =
    typeof body === 'object' && body !== null && 'error' in body
      ? String(body.error)
      : String(body);
  const details =
    typeof body === 'object' && body !== null && 'details' in body && Array.isArray(body.details)
      ? `: ${body.details.join('; ')}`
      : '';
  const hint =
    status === 401
      ? kind === 'hmac'
        ? " (check that deploy-secret matches the function's MIGRATION_GUARD_SECRET; the function's log says why)"
        : " (check oidc-audience against the function's MIGRATION_GUARD_OIDC_* settings; the function's log says why)"
      : status === 404
        ? ' (check function-url and that the function is deployed)'
        : '';
  return `HTTP ${status} ${words}${details}${hint}`;
}
