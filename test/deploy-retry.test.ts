import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { REQUEST_ID_HEADER } from '../src/core/deploy/protocol.ts';
import {
  DeployFunctionClient,
  FunctionCallError,
  type RetryClock,
} from '../src/action/deploy/function-client.ts';
import {
  backoffDelay,
  type CallFailure,
  DEFAULT_BACKOFF,
  parseRetryAfter,
  retryVerdict,
} from '../src/action/deploy/retry-policy.ts';

// The Action's retries of edge function calls, on a test clock: sleeps advance it at once, so
// every wait is asserted exactly and nothing here waits for real (but one 20 ms timeout).

const T0 = Date.parse('2026-01-01T00:00:00Z');

function testClock(): RetryClock & { sleeps: number[] } {
  let now = T0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const refused = () =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
  });

type Step = Response | Error | ((signal: AbortSignal | undefined) => Promise<Response>);

/** A fetch that plays `steps` in order and keeps what each request carried. */
function scriptedFetch(steps: Step[]) {
  const requests: { url: string; body: string; requestId: string | null }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    requests.push({
      url: String(input),
      body: String(init?.body),
      requestId: headers.get(REQUEST_ID_HEADER),
    });
    const step = steps.shift();
    if (step === undefined) throw new Error('no more scripted answers');
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(init?.signal ?? undefined);
    return step;
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

function clientFor(
  steps: Step[],
  options: { random?: number; requestTimeoutMs?: number; url?: string; realFetch?: boolean } = {},
) {
  const clock = testClock();
  const scripted = scriptedFetch(steps);
  const lines: { level: 'info' | 'warning'; message: string }[] = [];
  const client = new DeployFunctionClient(
    options.url ?? 'http://function.test/functions/v1',
    { kind: 'hmac', secret: 'test-secret' },
    {
      ...(options.realFetch ? {} : { fetch: scripted.fetch }),
      clock,
      random: () => options.random ?? 0.5,
      log: {
        info: (message) => lines.push({ level: 'info', message }),
        warning: (message) => lines.push({ level: 'warning', message }),
      },
      ...(options.requestTimeoutMs !== undefined
        ? { requestTimeoutMs: options.requestTimeoutMs }
        : {}),
    },
  );
  return { client, clock, requests: scripted.requests, lines };
}

const running = {
  deploymentId: 'gh-1-1',
  status: 'running',
  repository: 'acme/app',
  commit: 'c'.repeat(40),
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: null,
  reasons: [],
  migrations: [],
};
const request = {
  deploymentId: 'gh-1-1',
  repository: 'acme/app',
  commit: 'c'.repeat(40),
  allowOutOfOrder: false,
  migrations: [{ version: '20240101000000', name: 'a', sha256: 'a'.repeat(64), sql: 'select 1;' }],
};
const HOUR = 3_600_000;

describe('backoff', () => {
  it('doubles from the base, caps at the maximum, and jitters within the upper half', () => {
    const settings = { baseDelayMs: 1_000, maxDelayMs: 30_000 };
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, settings, () => 0))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000,
    ]);
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, settings, () => 0.999999))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(3, settings, () => 0.5)).toBe(3_000);
    // A huge retry count neither overflows nor exceeds the cap.
    expect(backoffDelay(5_000, settings, () => 1)).toBe(30_000);
    expect(DEFAULT_BACKOFF).toEqual(settings);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7', T0)).toBe(7_000);
    expect(parseRetryAfter(' 0 ', T0)).toBe(0);
    expect(parseRetryAfter(new Date(T0 + 12_000).toUTCString(), T0)).toBe(12_000);
    expect(parseRetryAfter(new Date(T0 - 5_000).toUTCString(), T0)).toBe(0);
    expect(parseRetryAfter('soon', T0)).toBeUndefined();
    expect(parseRetryAfter(null, T0)).toBeUndefined();
  });
});

describe('which failures are retried', () => {
  const http = (status: number, retryAfter: string | null = null, relay = false): CallFailure => ({
    kind: 'http',
    status,
    retryAfter,
    relay,
    words: 'x',
  });
  const network = (error: unknown, timedOut = false): CallFailure => ({
    kind: 'network',
    timedOut,
    error,
  });

  it('retries 5xx, relay errors and 429; not any other 4xx', () => {
    for (const status of [500, 502, 503, 504, 546]) {
      expect(retryVerdict(http(status), T0), String(status)).toEqual({
        retry: true,
        reason: `HTTP ${status} x`,
      });
    }
    for (const status of [400, 401, 403, 404, 405, 408, 409, 413, 422]) {
      expect(retryVerdict(http(status), T0), String(status)).toEqual({ retry: false });
    }
    expect(retryVerdict(http(429, '3'), T0)).toEqual({
      retry: true,
      reason: 'HTTP 429 x',
      retryAfterMs: 3_000,
    });
    expect(retryVerdict(http(429), T0)).toEqual({ retry: true, reason: 'HTTP 429 x' });
    expect(retryVerdict(http(404, null, true), T0).retry).toBe(true);
  });

  it('retries connection errors, fetch failures and timeouts; not a wrong host or certificate', () => {
    expect(retryVerdict(network(refused()), T0)).toEqual({
      retry: true,
      reason: 'connection refused (ECONNREFUSED)',
    });
    const reset = new TypeError('fetch failed', {
      cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
    });
    expect(retryVerdict(network(reset), T0)).toEqual({
      retry: true,
      reason: 'connection reset (ECONNRESET)',
    });
    // Node reports a refused localhost (IPv4 and IPv6) as an AggregateError.
    const both = new TypeError('fetch failed', {
      cause: new AggregateError([
        Object.assign(new Error('connect ECONNREFUSED ::1:9'), { code: 'ECONNREFUSED' }),
      ]),
    });
    expect(retryVerdict(network(both), T0)).toMatchObject({ retry: true });
    expect(retryVerdict(network(new TypeError('fetch failed')), T0)).toEqual({
      retry: true,
      reason: 'fetch failed',
    });
    expect(
      retryVerdict({ kind: 'network', timedOut: true, timeoutMs: 450_000, error: null }, T0),
    ).toEqual({ retry: true, reason: 'no answer within 7 min 30 s (request timed out)' });
    const unknownHost = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND nope.supabase.co'), {
        code: 'ENOTFOUND',
      }),
    });
    expect(retryVerdict(network(unknownHost), T0)).toEqual({ retry: false });
    const badCertificate = new TypeError('fetch failed', {
      cause: Object.assign(new Error('self-signed certificate'), {
        code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      }),
    });
    expect(retryVerdict(network(badCertificate), T0)).toEqual({ retry: false });
  });
});

describe('the client resends the same request', () => {
  it('after 5xx answers, with backoff, signing each try afresh, and logs each retry', async () => {
    const { client, clock, requests, lines } = clientFor([
      json(503, { error: 'database unavailable' }),
      json(500, { error: 'internal error' }),
      new Response('bad gateway', { status: 502, headers: { 'content-type': 'text/html' } }),
      json(200, running),
    ]);
    const answer = await client.apply(request, T0 + HOUR);
    expect(answer).toEqual({ status: 200, body: running });
    expect(clock.sleeps).toEqual([750, 1_500, 3_000]);
    expect(requests).toHaveLength(4);
    expect(
      requests.every((r) => r.url === 'http://function.test/functions/v1/migration-guard/apply'),
    );
    // The same bytes each time; a new request id each time (the function accepts an id once).
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual(request);
    expect(new Set(requests.map((r) => r.requestId)).size).toBe(4);
    expect(lines).toEqual([
      {
        level: 'warning',
        message:
          'edge function apply: HTTP 503 database unavailable; sending the same request again in 0.8 s (retry 1)',
      },
      {
        level: 'info',
        message:
          'edge function apply: HTTP 500 internal error; sending the same request again in 1.5 s (retry 2)',
      },
      {
        level: 'info',
        message:
          'edge function apply: HTTP 502 bad gateway; sending the same request again in 3.0 s (retry 3)',
      },
      {
        level: 'info',
        message: 'edge function apply: answered (HTTP 200) after 3 retries in 5.3 s',
      },
    ]);
  });

  it('after connection errors and a body cut off mid-answer', async () => {
    const cutOff = () =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"deploymentId":'));
              controller.error(
                new TypeError('terminated', {
                  cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
                }),
              );
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
      );
    const { client, clock, lines } = clientFor([refused(), cutOff, json(202, running)], {
      random: 0,
    });
    const answer = await client.status('gh-1-1', T0 + HOUR);
    expect(answer.status).toBe(202);
    expect(clock.sleeps).toEqual([500, 1_000]);
    expect(lines.map((l) => l.message)).toEqual([
      'edge function status: connection refused (ECONNREFUSED); sending the same request again in 0.5 s (retry 1)',
      'edge function status: connection closed by the other side (UND_ERR_SOCKET); sending the same request again in 1.0 s (retry 2)',
      'edge function status: answered (HTTP 202) after 2 retries in 1.5 s',
    ]);
  });

  it('after 429, waiting what Retry-After asks instead of the backoff', async () => {
    const { client, clock, lines } = clientFor([
      json(429, { error: 'too many requests' }, { 'retry-after': '7' }),
      json(429, { error: 'too many requests' }),
      json(200, { migrations: [] }),
    ]);
    await client.history(T0 + HOUR);
    expect(clock.sleeps).toEqual([7_000, 1_500]);
    expect(lines[0]?.message).toBe(
      'edge function history: HTTP 429 too many requests; sending the same request again in 7.0 s (as its Retry-After asks)',
    );
  });

  it('when a request gets no answer in time', async () => {
    const hang = (signal: AbortSignal | undefined) =>
      new Promise<Response>((_, fail) =>
        signal?.addEventListener('abort', () =>
          fail(new DOMException('This operation was aborted', 'AbortError')),
        ),
      );
    const { client, clock, lines } = clientFor([hang, json(200, running)], {
      requestTimeoutMs: 20,
    });
    expect((await client.apply(request, T0 + HOUR)).status).toBe(200);
    expect(clock.sleeps).toEqual([750]);
    expect(lines[0]?.message).toBe(
      'edge function apply: no answer within 0.0 s (request timed out); sending the same request again in 0.8 s (retry 1)',
    );
  });

  it('never after 4xx, nor when the host name is unknown; 409 is an answer', async () => {
    for (const status of [400, 401, 404, 413]) {
      const { client, clock, requests } = clientFor([json(status, { error: 'no' })]);
      const error = await client.apply(request, T0 + HOUR).catch((e: unknown) => e);
      expect(error, String(status)).toBeInstanceOf(FunctionCallError);
      expect((error as FunctionCallError).status).toBe(status);
      expect(requests).toHaveLength(1);
      expect(clock.sleeps).toEqual([]);
    }
    const unknownHost = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND nope.supabase.co'), {
        code: 'ENOTFOUND',
      }),
    });
    const dns = clientFor([unknownHost]);
    await expect(dns.client.history(T0 + HOUR)).rejects.toThrow(
      'edge function history: request failed: getaddrinfo ENOTFOUND nope.supabase.co (ENOTFOUND) (check function-url or supabase-project-ref)',
    );
    expect(dns.clock.sleeps).toEqual([]);
    const busy = clientFor([json(409, { error: 'busy', runningDeploymentId: 'gh-0-1' })]);
    expect(await busy.client.apply(request, T0 + HOUR)).toEqual({
      status: 409,
      body: { error: 'busy', runningDeploymentId: 'gh-0-1' },
    });
    expect(busy.clock.sleeps).toEqual([]);
  });

  it('until the next try would start after the deadline, then fails naming the last error', async () => {
    const { client, clock, requests } = clientFor(
      Array.from({ length: 10 }, () => json(503, { error: 'database unavailable' })),
      { random: 1 },
    );
    const error = await client.apply(request, T0 + 10_000).catch((e: unknown) => e);
    // 1 + 2 + 4 s of waiting fit in 10 s; the fourth retry's 8 s would not.
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000]);
    expect(requests).toHaveLength(4);
    expect(error).toBeInstanceOf(FunctionCallError);
    expect((error as FunctionCallError).message).toBe(
      'edge function apply: HTTP 503 database unavailable; gave up after 4 tries in 7.0 s: the next (in 8.0 s) would start after the deploy-timeout-minutes deadline',
    );
    expect((error as FunctionCallError).status).toBe(503);
  });

  it('not at all when Retry-After asks for more time than is left', async () => {
    const { client, clock } = clientFor([
      json(429, { error: 'slow down' }, { 'retry-after': '120' }),
    ]);
    await expect(client.history(T0 + 60_000)).rejects.toThrow(
      'HTTP 429 slow down; gave up after 1 try in 0.0 s: the next (in 2 min 0 s) would start after the deploy-timeout-minutes deadline',
    );
    expect(clock.sleeps).toEqual([]);
  });
});

describe('the client on real sockets (the errors Node fetch really throws)', () => {
  it('retries a refused connection until the deadline', async () => {
    const port = await new Promise<number>((done) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => done(port));
      });
    });
    const { client, clock, lines } = clientFor([], {
      url: `http://127.0.0.1:${port}`,
      realFetch: true,
      random: 1,
    });
    await expect(client.history(T0 + 2_500)).rejects.toThrow(
      'edge function history: request failed: connection refused (ECONNREFUSED); gave up after 2 tries in 1.0 s: the next (in 2.0 s) would start after the deploy-timeout-minutes deadline',
    );
    expect(clock.sleeps).toEqual([1_000]);
    expect(lines).toHaveLength(1);
  });

  it('retries a connection the server drops before answering', async () => {
    let calls = 0;
    const server = createServer((request, response) => {
      calls++;
      if (calls === 1) {
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ migrations: [] }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const { client, clock, lines } = clientFor([], {
        url: `http://127.0.0.1:${port}`,
        realFetch: true,
      });
      expect(await client.history(T0 + HOUR)).toEqual({ status: 200, body: { migrations: [] } });
      expect(calls).toBe(2);
      expect(clock.sleeps).toEqual([750]);
      expect(lines[0]?.message).toMatch(
        /^edge function history: connection (reset \(ECONNRESET\)|closed by the other side \(UND_ERR_SOCKET\)); sending the same request again in 0\.8 s \(retry 1\)$/,
      );
    } finally {
      server.close();
    }
  });
});
