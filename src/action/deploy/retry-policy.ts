/**
 * When the Action sends a request to the edge function again, and after how long. Pure: the
 * clock and the randomness are the caller's, so tests decide both.
 *
 * Retried: 5xx answers (the function lost its database, the platform's gateway timed out, a
 * worker limit), relay errors, 429 (after its Retry-After), and failures to get an answer at
 * all (connection refused or reset, a request that timed out, any other fetch failure but the
 * few that cannot heal by waiting: an unknown host name, a bad certificate). Not retried: every
 * other 4xx, which a resend would only repeat. A resend of the same request is safe because the
 * deployment id makes the function resume the deployment or report it.
 */

/** What one request to the function ended with, when it was not an answer the caller reads. */
export type CallFailure =
  | {
      kind: 'http';
      status: number;
      /** The answer's `Retry-After` header, as sent. */
      retryAfter: string | null;
      /** The platform's relay could not reach the function (`x-relay-error: true`). */
      relay: boolean;
      /** The error words of the body, for the log. */
      words: string;
    }
  | {
      kind: 'network';
      /** No answer within the request's time limit (the Action aborted it). */
      timedOut: boolean;
      /** The limit that passed, when timed out. */
      timeoutMs?: number;
      /** The failure as thrown by fetch (its `cause` chain holds the system error codes). */
      error: unknown;
    };

export type RetryVerdict =
  | { retry: false }
  | {
      retry: true;
      /** Why, for the log: `HTTP 503 database unavailable`, `connection refused (ECONNREFUSED)`. */
      reason: string;
      /** The wait the function asked for (429's Retry-After), instead of the backoff. */
      retryAfterMs?: number;
    };

export interface BackoffSettings {
  /** The first retry waits between half of this and all of it. */
  baseDelayMs: number;
  /** No backoff wait is longer. */
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffSettings = { baseDelayMs: 1_000, maxDelayMs: 30_000 };

/**
 * The wait before retry number `retry` (1 for the first): capped exponential backoff with
 * "equal jitter", a fixed half of min(max, base * 2^(retry - 1)) plus a random part of the
 * other half, so that retries spread out but never come back at once.
 */
export function backoffDelay(
  retry: number,
  settings: BackoffSettings,
  random: () => number,
): number {
  const exponent = Math.min(Math.max(retry - 1, 0), 30);
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** exponent);
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * jitter);
}

/** `Retry-After` as milliseconds from `nowMs`: delay-seconds or an HTTP date; undefined if neither. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Errors fetch reports that no amount of waiting mends: fail at once, with their words. */
const PERMANENT_CODES = new Set([
  'ENOTFOUND',
  'ERR_INVALID_URL',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const CODE_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  ETIMEDOUT: 'connection timed out',
  EAI_AGAIN: 'name lookup failed for now',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  UND_ERR_SOCKET: 'connection closed by the other side',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
  UND_ERR_BODY_TIMEOUT: 'answer stalled',
};

export function retryVerdict(failure: CallFailure, nowMs: number): RetryVerdict {
  if (failure.kind === 'http') {
    const reason = `HTTP ${failure.status}${failure.words ? ` ${failure.words}` : ''}${
      failure.relay ? ' (relay error)' : ''
    }`;
    if (failure.status === 429) {
      const retryAfterMs = parseRetryAfter(failure.retryAfter, nowMs);
      return retryAfterMs === undefined
        ? { retry: true, reason }
        : { retry: true, reason, retryAfterMs };
    }
    if (failure.status >= 500 || failure.relay) return { retry: true, reason };
    return { retry: false };
  }
  if (failure.timedOut) {
    const limit =
      failure.timeoutMs === undefined ? '' : ` within ${formatDelay(failure.timeoutMs)}`;
    return { retry: true, reason: `no answer${limit} (request timed out)` };
  }
  const codes = errorCodes(failure.error);
  if (codes.some((code) => PERMANENT_CODES.has(code) || code.startsWith('ERR_TLS_'))) {
    return { retry: false };
  }
  return { retry: true, reason: describeNetworkFailure(failure.error) };
}

/** `connection refused (ECONNREFUSED)`, else the innermost message of the failure. */
export function describeNetworkFailure(error: unknown): string {
  const codes = errorCodes(error);
  const known = codes.find((code) => CODE_WORDS[code] !== undefined);
  if (known !== undefined) return `${CODE_WORDS[known]} (${known})`;
  const messages = chain(error)
    .map((e) => (e instanceof Error ? e.message : typeof e === 'string' ? e : ''))
    .filter((m) => m !== '');
  const innermost = messages.at(-1) ?? 'fetch failed';
  return codes.length > 0 ? `${innermost} (${codes.join(', ')})` : innermost;
}

/** The `code`s along the failure's `cause` chain (and inside an AggregateError), outermost first. */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (const e of chain(error)) {
    const code = typeof e === 'object' && e !== null ? Reflect.get(e, 'code') : undefined;
    if (typeof code === 'string' && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

function chain(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const visit = (e: unknown): void => {
    if (e === undefined || e === null || seen.includes(e) || seen.length > 20) return;
    seen.push(e);
    if (typeof e !== 'object') return;
    visit(Reflect.get(e, 'cause'));
    const inner = Reflect.get(e, 'errors');
    if (Array.isArray(inner)) for (const item of inner) visit(item);
  };
  visit(error);
  return seen;
}

/** `1.4 s`, `2 min 5 s`. */
export function formatDelay(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
