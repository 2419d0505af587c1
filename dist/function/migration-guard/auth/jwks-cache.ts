/**
 * The signing keys of an OIDC issuer, fetched from its JWKS document and kept for 10 minutes.
 * A token signed with a key the cache does not know triggers one refetch (the issuer may have
 * rotated keys), at most once a minute so that tokens with made-up key ids cannot make the
 * function hammer the issuer.
 */

export type FetchImpl = (input: string, init?: RequestInit) => Promise<Response>;

export type KeyLookup = { ok: true; key: CryptoKey } | { ok: false; reason: string };

export interface JwksCacheOptions {
  ttlMs?: number;
  refetchCooldownMs?: number;
  fetchTimeoutMs?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  clock?: () => number;
}

interface IssuerKeys {
  fetchedAt: number;
  keys: Map<string, JsonWebKey>;
  imported: Map<string, Promise<CryptoKey>>;
}

const RS256_IMPORT: RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const MIN_MODULUS_BITS = 2048;

export class JwksCache {
  private readonly entries = new Map<string, IssuerKeys>();
  private readonly lastForcedRefetch = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly refetchCooldownMs: number;
  private readonly fetchTimeoutMs: number;
  private readonly clock: () => number;

  constructor(options: JwksCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.refetchCooldownMs = options.refetchCooldownMs ?? 60_000;
    this.fetchTimeoutMs = options.fetchTimeoutMs ?? 5_000;
    this.clock = options.clock ?? Date.now;
  }

  /** The RS256 verification key `kid` of the JWKS at `jwksUrl`. */
  async key(jwksUrl: string, kid: string, fetchImpl: FetchImpl): Promise<KeyLookup> {
    let entry = this.entries.get(jwksUrl);
    let fetchedNow = false;
    if (!entry || this.clock() - entry.fetchedAt > this.ttlMs) {
      const fetched = await this.fetchKeys(jwksUrl, fetchImpl);
      if (!fetched.ok) return fetched;
      entry = fetched.entry;
      fetchedNow = true;
    }
    if (!entry.keys.has(kid) && !fetchedNow) {
      const last = this.lastForcedRefetch.get(jwksUrl);
      if (last === undefined || this.clock() - last >= this.refetchCooldownMs) {
        this.lastForcedRefetch.set(jwksUrl, this.clock());
        const fetched = await this.fetchKeys(jwksUrl, fetchImpl);
        if (!fetched.ok) return fetched;
        entry = fetched.entry;
      }
    }
    const jwk = entry.keys.get(kid);
    if (!jwk)
      return { ok: false, reason: `no RS256 key with kid ${JSON.stringify(kid)} in ${jwksUrl}` };
    let imported = entry.imported.get(kid);
    if (!imported) {
      imported = crypto.subtle.importKey('jwk', jwk, RS256_IMPORT, false, ['verify']);
      entry.imported.set(kid, imported);
    }
    let key: CryptoKey;
    try {
      key = await imported;
    } catch (error) {
      entry.imported.delete(kid);
      return {
        ok: false,
        reason: `key ${kid} of ${jwksUrl} cannot be imported: ${message(error)}`,
      };
    }
    const { modulusLength } = key.algorithm as RsaHashedKeyAlgorithm;
    if (modulusLength < MIN_MODULUS_BITS) {
      return { ok: false, reason: `key ${kid} of ${jwksUrl} is only ${modulusLength} bits` };
    }
    return { ok: true, key };
  }

  private async fetchKeys(
    jwksUrl: string,
    fetchImpl: FetchImpl,
  ): Promise<{ ok: true; entry: IssuerKeys } | { ok: false; reason: string }> {
    let document: unknown;
    try {
      const response = await fetchImpl(jwksUrl, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.fetchTimeoutMs),
      });
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, reason: `JWKS ${jwksUrl} answered HTTP ${response.status}` };
      }
      document = await response.json();
    } catch (error) {
      return { ok: false, reason: `JWKS ${jwksUrl} could not be fetched: ${message(error)}` };
    }
    const keys = rs256Keys(document);
    if (!keys)
      return { ok: false, reason: `JWKS ${jwksUrl} is not a JSON object with a keys array` };
    const entry: IssuerKeys = { fetchedAt: this.clock(), keys, imported: new Map() };
    this.entries.set(jwksUrl, entry);
    return { ok: true, entry };
  }
}

/** Shared by all requests an edge function instance serves. */
export const defaultJwksCache = new JwksCache();

/** The document's RSA signing keys by kid; keys for other algorithms or uses are ignored. */
function rs256Keys(document: unknown): Map<string, JsonWebKey> | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const list: unknown = (document as { keys?: unknown }).keys;
  if (!Array.isArray(list)) return undefined;
  const keys = new Map<string, JsonWebKey>();
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { kty, kid, n, e, use, alg } = item as Record<string, unknown>;
    if (
      kty !== 'RSA' ||
      typeof kid !== 'string' ||
      typeof n !== 'string' ||
      typeof e !== 'string'
    ) {
      continue;
    }
    if (use !== undefined && use !== 'sig') continue;
    if (alg !== undefined && alg !== 'RS256') continue;
    keys.set(kid, { kty: 'RSA', n, e, alg: 'RS256', ext: true });
  }
  return keys;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
