/**
 * Authentication by a GitHub Actions OIDC token (`Authorization: Bearer <jwt>`): an RS256 JWT
 * signed by a key from the issuer's JWKS, whose claims are pinned by configuration (audience,
 * repository id, ref, event name, and optionally environment). Each token's `jti` is accepted
 * once, so a leaked token cannot be replayed within its lifetime.
 *
 * The ref and event-name pins are never off: without them any workflow run of the repository
 * (a pull request's `refs/pull/42/merge`, a feature branch) could mint an accepted token and
 * apply SQL nobody reviewed. The function cannot ask GitHub for the default branch, so the
 * configuration defaults to `refs/heads/main` and to the events `push` and `workflow_dispatch`.
 */

import { defaultJwksCache, type FetchImpl, type JwksCache } from './jwks-cache.ts';
import type { RequestIdStore } from './request-id-store.ts';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Tolerated clock difference for exp, nbf and iat. */
const CLOCK_LEEWAY_SECONDS = 60;

/** GitHub's tokens are about 1 KiB; anything far larger is not one. */
const MAX_TOKEN_LENGTH = 16 * 1024;

export interface OidcConfig {
  /** Without a trailing slash; the JWKS is at `${issuer}/.well-known/jwks`. */
  issuer: string;
  audience: string;
  /** GitHub's numeric repository id (survives renames and transfers, unlike owner/name). */
  repositoryId: string;
  /** The one ref a token must carry, e.g. `refs/heads/main`. */
  ref: string;
  /** The events a token may come from (`event_name`), e.g. `push`, `workflow_dispatch`. */
  eventNames: readonly string[];
  /** The deployment environment a token must carry (recommended: a protected `production`). */
  environment?: string;
}

export interface OidcAuthOptions {
  fetchImpl?: FetchImpl;
  cache?: JwksCache;
  now?: Date;
}

export type OidcAuthResult =
  | { ok: true; subject: string; tokenId: string }
  | { ok: false; reason: string };

export async function authenticateOidc(
  token: string,
  config: OidcConfig,
  store: RequestIdStore,
  options: OidcAuthOptions = {},
): Promise<OidcAuthResult> {
  const jwt = parseJwt(token);
  if (!jwt.ok) return jwt;
  const { header, claims } = jwt;
  if (header['alg'] !== 'RS256') {
    return { ok: false, reason: `token alg ${JSON.stringify(header['alg'])} is not RS256` };
  }
  const kid = header['kid'];
  if (typeof kid !== 'string') return { ok: false, reason: 'token header has no kid' };

  // Check the issuer before fetching keys: a token from elsewhere must not trigger a fetch.
  if (claims['iss'] !== config.issuer) {
    return {
      ok: false,
      reason: `token iss ${JSON.stringify(claims['iss'])} is not ${config.issuer}`,
    };
  }
  const cache = options.cache ?? defaultJwksCache;
  const lookup = await cache.key(
    `${config.issuer}/.well-known/jwks`,
    kid,
    options.fetchImpl ?? fetch,
  );
  if (!lookup.ok) return lookup;
  const valid = await crypto.subtle.verify(
    'RSASSA-PKCS1-v1_5',
    lookup.key,
    jwt.signature,
    new TextEncoder().encode(jwt.signingInput),
  );
  if (!valid) return { ok: false, reason: 'token signature does not verify' };

  const claimProblem = checkClaims(claims, config, options.now ?? new Date());
  if (claimProblem) return { ok: false, reason: claimProblem };

  const jti = claims['jti'];
  const sub = claims['sub'];
  if (typeof jti !== 'string' || jti === '' || jti.length > 200) {
    return { ok: false, reason: 'token has no usable jti' };
  }
  if (typeof sub !== 'string') return { ok: false, reason: 'token has no sub' };
  const tokenId = `oidc:${jti}`;
  if (!(await store.acceptOnce(tokenId))) {
    return { ok: false, reason: `token jti ${jti} was already used (replay)` };
  }
  return { ok: true, subject: sub, tokenId };
}

/** Why the verified claims are not acceptable, or undefined when they are. */
function checkClaims(claims: JsonObject, config: OidcConfig, now: Date): string | undefined {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const { exp, nbf, iat, aud } = claims;
  if (typeof exp !== 'number') return 'token has no numeric exp';
  if (nowSeconds >= exp + CLOCK_LEEWAY_SECONDS) return `token expired at ${isoTime(exp)}`;
  if (nbf !== undefined) {
    if (typeof nbf !== 'number') return 'token nbf is not a number';
    if (nowSeconds + CLOCK_LEEWAY_SECONDS < nbf) return `token not valid before ${isoTime(nbf)}`;
  }
  if (typeof iat !== 'number') return 'token has no numeric iat';
  if (nowSeconds + CLOCK_LEEWAY_SECONDS < iat)
    return `token issued in the future (${isoTime(iat)})`;

  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(config.audience)) {
    return `token aud ${JSON.stringify(aud)} does not include ${config.audience}`;
  }
  if (claims['repository_id'] !== config.repositoryId) {
    return `token repository_id ${JSON.stringify(claims['repository_id'])} is not ${JSON.stringify(config.repositoryId)}`;
  }
  const ref = claims['ref'];
  if (ref !== config.ref) {
    const pullRequest =
      typeof ref === 'string' && ref.startsWith('refs/pull/') ? ' (a pull request ref)' : '';
    return `token ref ${JSON.stringify(ref)}${pullRequest} is not ${JSON.stringify(config.ref)}`;
  }
  const eventName = claims['event_name'];
  if (typeof eventName !== 'string' || !config.eventNames.includes(eventName)) {
    const pullRequest =
      typeof eventName === 'string' && eventName.startsWith('pull_request')
        ? ' (a pull request run)'
        : '';
    return `token event_name ${JSON.stringify(eventName)}${pullRequest} is not one of ${config.eventNames.map((name) => JSON.stringify(name)).join(', ')}`;
  }
  if (config.environment !== undefined && claims['environment'] !== config.environment) {
    return `token environment ${JSON.stringify(claims['environment'])} is not ${JSON.stringify(config.environment)}`;
  }
  return undefined;
}

type JsonObject = Record<string, unknown>;

type ParsedJwt =
  | {
      ok: true;
      header: JsonObject;
      claims: JsonObject;
      signingInput: string;
      signature: BufferSource;
    }
  | { ok: false; reason: string };

function parseJwt(token: string): ParsedJwt {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'bearer token is too long' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'bearer token is not a JWT (3 parts)' };
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = jsonPart(headerPart);
  const claims = jsonPart(payloadPart);
  const signature = base64UrlDecode(signaturePart);
  if (!header || !claims || !signature || signature.length === 0) {
    return { ok: false, reason: 'bearer token is not a well-formed JWT' };
  }
  return { ok: true, header, claims, signingInput: `${headerPart}.${payloadPart}`, signature };
}

function jsonPart(part: string): JsonObject | undefined {
  const bytes = base64UrlDecode(part);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return value as JsonObject;
  } catch {
    return undefined;
  }
}

function base64UrlDecode(text: string) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const base64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function isoTime(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString();
}
