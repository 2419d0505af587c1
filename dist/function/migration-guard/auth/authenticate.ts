/**
 * Decides who sent a request, before its body is parsed. Two ways in:
 * - a request signed with the shared secret (the `x-migration-guard-*` headers), or
 * - a GitHub Actions OIDC token in `Authorization: Bearer`.
 * Signature headers take precedence: supabase-js puts the project's anon key in `Authorization`
 * on every call, so a bearer token alone does not mean the caller meant OIDC.
 *
 * A refusal's reason is for the function's log; the client only ever sees 401 "unauthenticated".
 */

import { REQUEST_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@core/deploy/protocol.ts';
import { authenticateHmac } from './hmac-auth.ts';
import type { FetchImpl, JwksCache } from './jwks-cache.ts';
import { authenticateOidc, GITHUB_ACTIONS_ISSUER, type OidcConfig } from './oidc-auth.ts';
import type { RequestIdStore } from './request-id-store.ts';

export interface AuthConfig {
  /** `MIGRATION_GUARD_SECRET`; HMAC authentication is off without it. */
  hmacSecret?: string;
  /** OIDC authentication is off unless audience and repository id are both configured. */
  oidc?: OidcConfig;
  /** Settings present but unusable; repeated in every refusal so the log explains them. */
  problems: string[];
}

type AuthMethod = 'hmac' | 'oidc';

interface Principal {
  method: AuthMethod;
  /** `shared-secret` for HMAC; the token's `sub` for OIDC (`repo:owner/name:ref:...`). */
  subject: string;
  /** The request id or `oidc:<jti>` that was accepted, for the audit log. */
  credentialId: string;
}

export type AuthResult = { ok: true; principal: Principal } | { ok: false; reason: string };

export interface AuthenticateOptions {
  now?: Date;
  jwksCache?: JwksCache;
}

/** Throws only when the request id store fails (a server error, not a refusal). */
export async function authenticate(
  req: Request,
  rawBody: Uint8Array,
  config: AuthConfig,
  store: RequestIdStore,
  fetchImpl: FetchImpl = fetch,
  options: AuthenticateOptions = {},
): Promise<AuthResult> {
  const refuse = (reason: string): AuthResult => ({
    ok: false,
    reason: config.problems.length > 0 ? `${reason} (${config.problems.join('; ')})` : reason,
  });
  if (config.hmacSecret === undefined && config.oidc === undefined) {
    return refuse(
      'migration-guard is not configured: set MIGRATION_GUARD_SECRET, or ' +
        'MIGRATION_GUARD_OIDC_AUDIENCE and MIGRATION_GUARD_OIDC_REPOSITORY_ID',
    );
  }

  const signed = [TIMESTAMP_HEADER, REQUEST_ID_HEADER, SIGNATURE_HEADER].some((name) =>
    req.headers.has(name),
  );
  if (signed) {
    if (config.hmacSecret === undefined) {
      return refuse('signed request, but MIGRATION_GUARD_SECRET is not set');
    }
    const result = await authenticateHmac({
      secret: config.hmacSecret,
      headers: req.headers,
      rawBody,
      store,
      ...(options.now ? { now: options.now } : {}),
    });
    if (!result.ok) return refuse(`HMAC: ${result.reason}`);
    return {
      ok: true,
      principal: { method: 'hmac', subject: 'shared-secret', credentialId: result.requestId },
    };
  }

  const bearer = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  if (bearer === undefined) {
    return refuse('no credentials: neither signature headers nor a bearer token');
  }
  if (config.oidc === undefined) {
    return refuse('bearer token sent, but OIDC is not configured');
  }
  const result = await authenticateOidc(bearer, config.oidc, store, {
    fetchImpl,
    ...(options.jwksCache ? { cache: options.jwksCache } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (!result.ok) return refuse(`OIDC: ${result.reason}`);
  return {
    ok: true,
    principal: { method: 'oidc', subject: result.subject, credentialId: result.tokenId },
  };
}

/**
 * The ref an OIDC token must carry when MIGRATION_GUARD_OIDC_REF is not set. The function cannot
 * ask GitHub for the repository's default branch, so it assumes GitHub's default, `main`.
 */
const DEFAULT_OIDC_REF = 'refs/heads/main';

/** The events an OIDC token may come from when MIGRATION_GUARD_OIDC_EVENT_NAME is not set. */
const DEFAULT_OIDC_EVENT_NAMES: readonly string[] = ['push', 'workflow_dispatch'];

/** Read the authentication settings from the environment (`Deno.env.get` in the function). */
export function authConfigFromEnv(get: (name: string) => string | undefined): AuthConfig {
  const value = (name: string): string | undefined => {
    const raw = get(name)?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const problems: string[] = [];
  const config: AuthConfig = { problems };
  const secret = value('MIGRATION_GUARD_SECRET');
  if (secret !== undefined) config.hmacSecret = secret;

  const audience = value('MIGRATION_GUARD_OIDC_AUDIENCE');
  const repositoryId = value('MIGRATION_GUARD_OIDC_REPOSITORY_ID');
  const issuer = (value('MIGRATION_GUARD_OIDC_ISSUER') ?? GITHUB_ACTIONS_ISSUER).replace(
    /\/+$/,
    '',
  );
  if (audience === undefined) {
    if (repositoryId !== undefined) {
      problems.push(
        'OIDC is off: MIGRATION_GUARD_OIDC_REPOSITORY_ID is set without MIGRATION_GUARD_OIDC_AUDIENCE',
      );
    }
    return config;
  }
  if (repositoryId === undefined) {
    problems.push(
      'OIDC is off: MIGRATION_GUARD_OIDC_AUDIENCE is set without MIGRATION_GUARD_OIDC_REPOSITORY_ID',
    );
    return config;
  }
  if (!/^[0-9]+$/.test(repositoryId)) {
    problems.push(
      `OIDC is off: MIGRATION_GUARD_OIDC_REPOSITORY_ID must be the numeric repository id, not ${JSON.stringify(repositoryId)}`,
    );
    return config;
  }
  const issuerProblem = checkIssuer(issuer);
  if (issuerProblem) {
    problems.push(`OIDC is off: ${issuerProblem}`);
    return config;
  }
  const eventNames = (
    value('MIGRATION_GUARD_OIDC_EVENT_NAME') ?? DEFAULT_OIDC_EVENT_NAMES.join(',')
  )
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (eventNames.length === 0) {
    problems.push('OIDC is off: MIGRATION_GUARD_OIDC_EVENT_NAME names no event');
    return config;
  }
  const oidc: OidcConfig = {
    issuer,
    audience,
    repositoryId,
    ref: value('MIGRATION_GUARD_OIDC_REF') ?? DEFAULT_OIDC_REF,
    eventNames,
  };
  const environment = value('MIGRATION_GUARD_OIDC_ENVIRONMENT');
  if (environment !== undefined) oidc.environment = environment;
  config.oidc = oidc;
  return config;
}

/** Keys must come over https; plain http only to this machine (local tests). */
function checkIssuer(issuer: string): string | undefined {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return `MIGRATION_GUARD_OIDC_ISSUER ${JSON.stringify(issuer)} is not a URL`;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return undefined;
  return `MIGRATION_GUARD_OIDC_ISSUER ${JSON.stringify(issuer)} must be an https URL`;
}
