// Deno tests of the function's authentication and body reading. Run from the repository root:
//   npx deno test -A --node-modules-dir=manual --config supabase/functions/migration-guard/deno.json \
//     supabase/functions/migration-guard/auth/
// No JSR, deno.land or node: imports: the few asserts needed are below.

import { signRequest } from '@core/deploy/sign-request.ts';
import { createHandler } from '../handler.ts';
import {
  type AuthConfig,
  type AuthResult,
  authConfigFromEnv,
  authenticate,
} from './authenticate.ts';
import { JwksCache } from './jwks-cache.ts';
import type { OidcConfig } from './oidc-auth.ts';
import { readBody } from './read-body.ts';
import type { RequestIdStore } from './request-id-store.ts';

function fail(message: string): never {
  throw new Error(message);
}

function isEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => isEqual(left[key], right[key]));
}

const assert = {
  ok(condition: unknown, message = 'expected a truthy value'): void {
    if (!condition) fail(message);
  },
  equal(actual: unknown, expected: unknown, message?: string): void {
    if (!Object.is(actual, expected)) {
      fail(message ?? `expected ${String(expected)}, got ${String(actual)}`);
    }
  },
  deepEqual(actual: unknown, expected: unknown, message?: string): void {
    if (!isEqual(actual, expected)) {
      fail(message ?? `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  },
  match(actual: string, pattern: RegExp, label?: string): void {
    if (!pattern.test(actual)) {
      fail(`${label ? `${label}: ` : ''}${JSON.stringify(actual)} does not match ${pattern}`);
    }
  },
};

class MemoryRequestIdStore implements RequestIdStore {
  readonly accepted = new Set<string>();

  acceptOnce(id: string): Promise<boolean> {
    if (this.accepted.has(id)) return Promise.resolve(false);
    this.accepted.add(id);
    return Promise.resolve(true);
  }
}

const SECRET = 'deploy-secret-5b0e9a7c3d21';
const BODY = '{"deploymentId":"gh-9876543-1"}';
const URL_APPLY = 'http://localhost/migration-guard/apply';
const encoder = new TextEncoder();

function refusalReason(result: AuthResult): string {
  assert.equal(result.ok, false, 'expected a refusal');
  return result.ok ? '' : result.reason;
}

// ---- HMAC ----

async function signedRequest(
  options: { body?: string; timestamp?: number; requestId?: string; secret?: string } = {},
): Promise<Request> {
  const headers = await signRequest({
    secret: options.secret ?? SECRET,
    body: options.body ?? BODY,
    ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
  });
  // supabase-js always adds the project's anon key as a bearer token; it must not matter.
  return new Request(URL_APPLY, {
    method: 'POST',
    headers: { ...headers, authorization: 'Bearer anon.key.value' },
    body: options.body ?? BODY,
  });
}

const hmacConfig: AuthConfig = { hmacSecret: SECRET, problems: [] };

Deno.test('HMAC: a correctly signed request is accepted once', async () => {
  const store = new MemoryRequestIdStore();
  const request = await signedRequest({ requestId: 'req-accept-1' });
  const result = await authenticate(request, encoder.encode(BODY), hmacConfig, store);
  assert.deepEqual(result, {
    ok: true,
    principal: { method: 'hmac', subject: 'shared-secret', credentialId: 'req-accept-1' },
  });

  const replay = await signedRequest({ requestId: 'req-accept-1' });
  const again = await authenticate(replay, encoder.encode(BODY), hmacConfig, store);
  assert.match(refusalReason(again), /already used \(replay\)/);
});

Deno.test('HMAC: bad signature, other body, expired and unsigned requests are refused', async () => {
  const store = new MemoryRequestIdStore();
  const wrongSecret = await signedRequest({ secret: 'another-secret-value' });
  assert.match(
    refusalReason(await authenticate(wrongSecret, encoder.encode(BODY), hmacConfig, store)),
    /signature does not match/,
  );
  const otherBody = await signedRequest();
  const changed = encoder.encode('{"deploymentId":"gh-9876543-2"}');
  assert.match(
    refusalReason(await authenticate(otherBody, changed, hmacConfig, store)),
    /signature does not match/,
  );
  const expired = await signedRequest({ timestamp: Math.floor(Date.now() / 1000) - 301 });
  assert.match(
    refusalReason(await authenticate(expired, encoder.encode(BODY), hmacConfig, store)),
    /timestamp is 30[12] s old/,
  );
  const unsigned = new Request(URL_APPLY, { method: 'POST', body: BODY });
  assert.match(
    refusalReason(await authenticate(unsigned, encoder.encode(BODY), hmacConfig, store)),
    /no credentials/,
  );
  // Refused requests must not consume request ids.
  assert.equal(store.accepted.size, 0);
});

Deno.test('an unconfigured function refuses everything and says why', async () => {
  const request = await signedRequest();
  const result = await authenticate(
    request,
    encoder.encode(BODY),
    authConfigFromEnv(() => undefined),
    new MemoryRequestIdStore(),
  );
  assert.match(refusalReason(result), /migration-guard is not configured/);
});

// ---- OIDC ----

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JsonWebKey;
}

async function generateSigningKey(kid: string): Promise<SigningKey> {
  const pair = await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  return {
    kid,
    privateKey: pair.privateKey,
    publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey),
  };
}

function base64Url(data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

async function signToken(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  key: CryptoKey,
): Promise<string> {
  const signingInput = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}`;
  const signature = await crypto.subtle.sign(
    'RSASSA-PKCS1-v1_5',
    key,
    encoder.encode(signingInput),
  );
  return `${signingInput}.${base64Url(new Uint8Array(signature))}`;
}

/** A local issuer: serves the JWKS of `published` keys and counts fetches. */
class LocalIssuer {
  published: SigningKey[];
  fetches = 0;
  private readonly server: Deno.HttpServer<Deno.NetAddr>;

  constructor(published: SigningKey[]) {
    this.published = published;
    this.server = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen: () => {} }, (request) => {
      if (new URL(request.url).pathname !== '/.well-known/jwks') {
        return new Response('not found', { status: 404 });
      }
      this.fetches++;
      const keys = this.published.map((k) => ({
        ...k.publicJwk,
        kid: k.kid,
        use: 'sig',
        alg: 'RS256',
      }));
      return Response.json({ keys });
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.server.addr.port}`;
  }

  close(): Promise<void> {
    return this.server.shutdown();
  }
}

const REPOSITORY_ID = '712345678';

function oidcConfig(issuer: LocalIssuer): AuthConfig {
  const oidc: OidcConfig = {
    issuer: issuer.url,
    audience: 'migration-guard',
    repositoryId: REPOSITORY_ID,
    ref: 'refs/heads/main',
    eventNames: ['push', 'workflow_dispatch'],
    environment: 'production',
  };
  return { oidc, problems: [] };
}

let jtiCounter = 0;

function githubClaims(issuer: LocalIssuer, overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  jtiCounter++;
  return {
    iss: issuer.url,
    aud: 'migration-guard',
    sub: 'repo:acme/saas-app:environment:production',
    repository: 'acme/saas-app',
    repository_id: REPOSITORY_ID,
    ref: 'refs/heads/main',
    event_name: 'push',
    environment: 'production',
    jti: `8f3c2a1e-0000-4000-8000-${String(jtiCounter).padStart(12, '0')}`,
    iat: now - 5,
    nbf: now - 5,
    exp: now + 300,
    ...overrides,
  };
}

function bearerRequest(token: string): Request {
  return new Request(URL_APPLY, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: BODY,
  });
}

interface OidcFixture {
  issuer: LocalIssuer;
  key: SigningKey;
  config: AuthConfig;
  store: MemoryRequestIdStore;
  cache: JwksCache;
  check(token: string): Promise<AuthResult>;
}

async function withIssuer(run: (fixture: OidcFixture) => Promise<void>): Promise<void> {
  const key = await generateSigningKey('gh-key-1');
  const issuer = new LocalIssuer([key]);
  const config = oidcConfig(issuer);
  const store = new MemoryRequestIdStore();
  const cache = new JwksCache();
  const check = (token: string) =>
    authenticate(bearerRequest(token), encoder.encode(BODY), config, store, fetch, {
      jwksCache: cache,
    });
  try {
    await run({ issuer, key, config, store, cache, check });
  } finally {
    await issuer.close();
  }
}

Deno.test('OIDC: a valid token is accepted once; the JWKS is fetched once and cached', async () => {
  await withIssuer(async ({ issuer, key, check }) => {
    const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
    const claims = githubClaims(issuer);
    const token = await signToken(header, claims, key.privateKey);
    assert.deepEqual(await check(token), {
      ok: true,
      principal: {
        method: 'oidc',
        subject: 'repo:acme/saas-app:environment:production',
        credentialId: `oidc:${claims.jti}`,
      },
    });
    assert.match(refusalReason(await check(token)), /already used \(replay\)/);

    const second = await signToken(header, githubClaims(issuer), key.privateKey);
    assert.equal((await check(second)).ok, true);
    assert.equal(issuer.fetches, 1);
  });
});

Deno.test('OIDC: tokens with the wrong claims are refused', async () => {
  await withIssuer(async ({ issuer, key, store, check }) => {
    const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['wrong audience', { aud: 'someone-else' }, /aud "someone-else" does not include/],
      ['wrong repository id', { repository_id: '999' }, /repository_id "999" is not "712345678"/],
      ['repository id as number', { repository_id: 712345678 }, /repository_id 712345678 is not/],
      ['wrong ref', { ref: 'refs/heads/feature' }, /ref "refs\/heads\/feature"/],
      ['wrong environment', { environment: 'staging' }, /environment "staging"/],
      ['no environment', { environment: undefined }, /environment undefined is not "production"/],
      ['wrong event', { event_name: 'schedule' }, /event_name "schedule" is not one of/],
      ['no event', { event_name: undefined }, /event_name undefined is not one of/],
      ['no ref', { ref: undefined }, /ref undefined is not "refs\/heads\/main"/],
      ['expired', { exp: now - 61, iat: now - 400, nbf: now - 400 }, /token expired at/],
      ['not yet valid', { nbf: now + 120 }, /not valid before/],
      ['issued in the future', { iat: now + 120 }, /issued in the future/],
      ['no exp', { exp: undefined }, /no numeric exp/],
      ['other issuer', { iss: 'https://token.example.com' }, /iss "https:\/\/token.example.com"/],
      ['no jti', { jti: undefined }, /no usable jti/],
    ];
    for (const [label, overrides, reason] of cases) {
      const token = await signToken(header, githubClaims(issuer, overrides), key.privateKey);
      assert.match(refusalReason(await check(token)), reason, label);
    }
    assert.equal(store.accepted.size, 0, 'refused tokens must not consume jtis');
  });
});

Deno.test('OIDC: a workflow_dispatch run on the pinned ref is accepted', async () => {
  await withIssuer(async ({ issuer, key, check }) => {
    const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
    const claims = githubClaims(issuer, { event_name: 'workflow_dispatch' });
    assert.equal((await check(await signToken(header, claims, key.privateKey))).ok, true);
  });
});

// The attacks of issue 13: a function configured with audience and repository only must still
// refuse tokens minted by a pull request's run, by its ref (`refs/pull/42/merge`) and by its
// event (`pull_request_target` runs on the base branch's ref, so only the event pin stops it).
// Through the handler, as deployed: 401 with nothing more, the reason in the function's log.
Deno.test('OIDC: a pull request run is refused by default, the reason in the log only', async () => {
  const key = await generateSigningKey('gh-key-pr');
  const issuer = new LocalIssuer([key]);
  const logged: string[] = [];
  try {
    const handler = createHandler({
      env: (name) =>
        ({
          MIGRATION_GUARD_OIDC_ISSUER: issuer.url,
          MIGRATION_GUARD_OIDC_AUDIENCE: 'migration-guard',
          MIGRATION_GUARD_OIDC_REPOSITORY_ID: REPOSITORY_ID,
        })[name],
      fetchImpl: fetch,
      log: (message) => logged.push(message),
    });
    const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
    const attacks: [string, Record<string, unknown>, RegExp][] = [
      [
        'pull_request on refs/pull/42/merge',
        {
          sub: 'repo:acme/saas-app:pull_request',
          ref: 'refs/pull/42/merge',
          event_name: 'pull_request',
          environment: undefined,
        },
        /^401 \/migration-guard\/apply: OIDC: token ref "refs\/pull\/42\/merge" \(a pull request ref\) is not "refs\/heads\/main"$/,
      ],
      [
        'pull_request_target on the default branch',
        {
          sub: 'repo:acme/saas-app:pull_request',
          ref: 'refs/heads/main',
          event_name: 'pull_request_target',
          environment: undefined,
        },
        /^401 \/migration-guard\/apply: OIDC: token event_name "pull_request_target" \(a pull request run\) is not one of "push", "workflow_dispatch"$/,
      ],
    ];
    for (const [label, overrides, reason] of attacks) {
      const token = await signToken(header, githubClaims(issuer, overrides), key.privateKey);
      logged.length = 0;
      const response = await handler(bearerRequest(token));
      assert.equal(response.status, 401, label);
      assert.equal(await response.text(), '{"error":"unauthenticated"}', label);
      assert.equal(logged.length, 1, label);
      assert.match(logged[0] ?? '', reason, label);
    }
  } finally {
    await issuer.close();
  }
});

Deno.test('OIDC: forged and malformed tokens are refused', async () => {
  await withIssuer(async ({ issuer, key, check }) => {
    const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
    const claims = githubClaims(issuer);
    const valid = await signToken(header, claims, key.privateKey);
    const [headerPart, , signaturePart] = valid.split('.');

    const otherRepo = base64Url(JSON.stringify({ ...claims, repository_id: '1' }));
    assert.match(
      refusalReason(await check(`${headerPart}.${otherRepo}.${signaturePart}`)),
      /signature does not verify/,
      'tampered payload',
    );

    const noneHeader = base64Url(JSON.stringify({ alg: 'none', typ: 'JWT', kid: key.kid }));
    const payload = base64Url(JSON.stringify(claims));
    assert.match(refusalReason(await check(`${noneHeader}.${payload}.`)), /not a well-formed JWT/);
    assert.match(
      refusalReason(await check(`${noneHeader}.${payload}.${signaturePart}`)),
      /alg "none"/,
    );

    const hs256 = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: key.kid }));
    assert.match(refusalReason(await check(`${hs256}.${payload}.${signaturePart}`)), /alg "HS256"/);

    const impostor = await generateSigningKey(key.kid);
    const forged = await signToken(header, githubClaims(issuer), impostor.privateKey);
    assert.match(
      refusalReason(await check(forged)),
      /signature does not verify/,
      'same kid, other key',
    );

    assert.match(refusalReason(await check('not-a-jwt')), /not a JWT/);
  });
});

Deno.test('OIDC: an unknown kid refetches the JWKS once, which picks up rotated keys', async () => {
  await withIssuer(async ({ issuer, key, check }) => {
    const token = await signToken(
      { alg: 'RS256', kid: key.kid },
      githubClaims(issuer),
      key.privateKey,
    );
    assert.equal((await check(token)).ok, true);
    assert.equal(issuer.fetches, 1);

    const rotated = await generateSigningKey('gh-key-2');
    issuer.published = [key, rotated];
    const rotatedToken = await signToken(
      { alg: 'RS256', kid: rotated.kid },
      githubClaims(issuer),
      rotated.privateKey,
    );
    assert.equal((await check(rotatedToken)).ok, true);
    assert.equal(issuer.fetches, 2);

    const unknown = await generateSigningKey('gh-key-unknown');
    const unknownToken = await signToken(
      { alg: 'RS256', kid: unknown.kid },
      githubClaims(issuer),
      unknown.privateKey,
    );
    assert.match(
      refusalReason(await check(unknownToken)),
      /no RS256 key with kid "gh-key-unknown"/,
    );
    // The refetch just happened: unknown kids must not make every request hit the issuer.
    assert.equal(issuer.fetches, 2);
  });
});

Deno.test('OIDC: a kid unknown on first fetch is refused without a second fetch', async () => {
  await withIssuer(async ({ issuer, check }) => {
    const stranger = await generateSigningKey('gh-key-9');
    const token = await signToken(
      { alg: 'RS256', kid: stranger.kid },
      githubClaims(issuer),
      stranger.privateKey,
    );
    assert.match(refusalReason(await check(token)), /no RS256 key with kid "gh-key-9"/);
    assert.equal(issuer.fetches, 1);
  });
});

Deno.test('OIDC: a bearer token is refused when OIDC is not configured', async () => {
  const result = await authenticate(
    bearerRequest('a.b.c'),
    encoder.encode(BODY),
    hmacConfig,
    new MemoryRequestIdStore(),
  );
  assert.match(refusalReason(result), /OIDC is not configured/);
});

// ---- Configuration ----

Deno.test('authConfigFromEnv reads the contract names and refuses half configurations', () => {
  const env = (values: Record<string, string>) => (name: string) => values[name];
  const full = authConfigFromEnv(
    env({
      MIGRATION_GUARD_SECRET: SECRET,
      MIGRATION_GUARD_OIDC_AUDIENCE: 'migration-guard',
      MIGRATION_GUARD_OIDC_REPOSITORY_ID: REPOSITORY_ID,
      MIGRATION_GUARD_OIDC_REF: 'refs/heads/release',
      MIGRATION_GUARD_OIDC_EVENT_NAME: ' push , release,',
      MIGRATION_GUARD_OIDC_ENVIRONMENT: 'production',
    }),
  );
  assert.deepEqual(full, {
    hmacSecret: SECRET,
    oidc: {
      issuer: 'https://token.actions.githubusercontent.com',
      audience: 'migration-guard',
      repositoryId: REPOSITORY_ID,
      ref: 'refs/heads/release',
      eventNames: ['push', 'release'],
      environment: 'production',
    },
    problems: [],
  });

  // Audience and repository only: the ref and event pins still hold, at their defaults.
  const defaults = authConfigFromEnv(
    env({
      MIGRATION_GUARD_OIDC_AUDIENCE: 'migration-guard',
      MIGRATION_GUARD_OIDC_REPOSITORY_ID: REPOSITORY_ID,
    }),
  );
  assert.deepEqual(defaults.oidc, {
    issuer: 'https://token.actions.githubusercontent.com',
    audience: 'migration-guard',
    repositoryId: REPOSITORY_ID,
    ref: 'refs/heads/main',
    eventNames: ['push', 'workflow_dispatch'],
  });

  const noEvents = authConfigFromEnv(
    env({
      MIGRATION_GUARD_OIDC_AUDIENCE: 'mg',
      MIGRATION_GUARD_OIDC_REPOSITORY_ID: '1',
      MIGRATION_GUARD_OIDC_EVENT_NAME: ' , ',
    }),
  );
  assert.equal(noEvents.oidc, undefined);
  assert.match(noEvents.problems[0] ?? '', /MIGRATION_GUARD_OIDC_EVENT_NAME names no event/);

  const noRepository = authConfigFromEnv(env({ MIGRATION_GUARD_OIDC_AUDIENCE: 'migration-guard' }));
  assert.equal(noRepository.oidc, undefined);
  assert.match(noRepository.problems[0] ?? '', /without MIGRATION_GUARD_OIDC_REPOSITORY_ID/);

  const slugAsId = authConfigFromEnv(
    env({ MIGRATION_GUARD_OIDC_AUDIENCE: 'mg', MIGRATION_GUARD_OIDC_REPOSITORY_ID: 'acme/app' }),
  );
  assert.equal(slugAsId.oidc, undefined);
  assert.match(slugAsId.problems[0] ?? '', /numeric repository id/);

  const plainHttp = authConfigFromEnv(
    env({
      MIGRATION_GUARD_OIDC_AUDIENCE: 'mg',
      MIGRATION_GUARD_OIDC_REPOSITORY_ID: '1',
      MIGRATION_GUARD_OIDC_ISSUER: 'http://issuer.example.com',
    }),
  );
  assert.equal(plainHttp.oidc, undefined);
  assert.match(plainHttp.problems[0] ?? '', /must be an https URL/);

  assert.deepEqual(authConfigFromEnv(env({ MIGRATION_GUARD_SECRET: '  ' })), { problems: [] });
});

// ---- Body reading ----

Deno.test('readBody returns bodies within the limit', async () => {
  const request = new Request(URL_APPLY, { method: 'POST', body: BODY });
  const read = await readBody(request, 1024);
  assert.equal(read.ok, true);
  assert.equal(read.ok && new TextDecoder().decode(read.bytes), BODY);
  const empty = await readBody(new Request(URL_APPLY, { method: 'POST' }), 1024);
  assert.deepEqual(empty, { ok: true, bytes: new Uint8Array(0) });
  const exact = await readBody(
    new Request(URL_APPLY, { method: 'POST', body: 'x'.repeat(1024) }),
    1024,
  );
  assert.equal(exact.ok, true);
});

Deno.test('readBody refuses a declared oversized body without reading it', async () => {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(1024));
    },
  });
  const request = new Request(URL_APPLY, {
    method: 'POST',
    headers: { 'content-length': String(10 * 1024 * 1024) },
    body: stream,
  });
  assert.deepEqual(await readBody(request, 5 * 1024 * 1024), { ok: false, tooLarge: true });
  assert.ok(pulled <= 1, `pulled ${pulled} chunks`);
});

Deno.test('readBody stops an endless stream just past the limit', async () => {
  let enqueued = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      enqueued += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024));
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request(URL_APPLY, { method: 'POST', body: stream });
  assert.deepEqual(await readBody(request, 1024 * 1024), { ok: false, tooLarge: true });
  assert.ok(cancelled, 'the stream was cancelled');
  assert.ok(enqueued <= 1024 * 1024 + 2 * 64 * 1024, `read ${enqueued} bytes`);
});
