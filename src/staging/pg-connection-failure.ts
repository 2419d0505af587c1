import type { ConnectionFailureKind } from '../core/db/connection-error.ts';

/**
 * Classify why `pg` could not open a session: Node socket errors (by `code`), the server's
 * refusal (by SQLSTATE), and pg's own messages for SSL negotiation and its connect timeout.
 */

interface ErrorFacts {
  code: string | undefined;
  message: string;
}

function factsOf(error: unknown): ErrorFacts {
  if (typeof error !== 'object' || error === null) {
    return { code: undefined, message: String(error) };
  }
  const code: unknown = Reflect.get(error, 'code');
  const message: unknown = Reflect.get(error, 'message');
  const nested: unknown = Reflect.get(error, 'errors');
  // Node's happy-eyeballs connect reports an AggregateError whose own message may be empty.
  if (Array.isArray(nested) && nested.length > 0 && (typeof message !== 'string' || !message)) {
    return factsOf(nested[0]);
  }
  return {
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' && message ? message : String(error),
  };
}

const bySocketCode: Record<string, ConnectionFailureKind> = {
  ENOTFOUND: 'host-not-found',
  EAI_AGAIN: 'host-not-found',
  EAI_NONAME: 'host-not-found',
  ECONNREFUSED: 'connection-refused',
  EHOSTUNREACH: 'host-unreachable',
  ENETUNREACH: 'host-unreachable',
  EHOSTDOWN: 'host-unreachable',
  ETIMEDOUT: 'timeout',
  ENOENT: 'connection-refused', // a unix socket path that does not exist
  ERR_INVALID_URL: 'invalid-url',
  SELF_SIGNED_CERT_IN_CHAIN: 'ssl-certificate',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'ssl-certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'ssl-certificate',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'ssl-certificate',
  CERT_HAS_EXPIRED: 'ssl-certificate',
  ERR_TLS_CERT_ALTNAME_INVALID: 'ssl-certificate',
};

function bySqlState(code: string, message: string): ConnectionFailureKind | undefined {
  switch (code) {
    case '28P01':
      return 'auth-failed';
    case '28000':
      // pg_hba rejects a plain connection when only `hostssl` lines match.
      return /no encryption|SSL off/i.test(message) ? 'ssl-required' : 'auth-failed';
    case '3D000':
      return 'database-missing';
    case '53300':
      return 'too-many-connections';
    case '57P03':
      return 'server-starting';
    default:
      return undefined;
  }
}

export function classifyPgConnectionFailure(error: unknown): {
  kind: ConnectionFailureKind;
  reason: string;
} {
  const { code, message } = factsOf(error);
  const reason = message.split('\n')[0] ?? message;
  const fromCode =
    code === undefined ? undefined : (bySocketCode[code] ?? bySqlState(code, message));
  if (fromCode) return { kind: fromCode, reason };
  if (/does not support SSL/i.test(message)) return { kind: 'ssl-unsupported', reason };
  if (/connection timeout|timeout expired/i.test(message)) return { kind: 'timeout', reason };
  // pg's SCRAM code complains this way when the URL has no password but the server wants one.
  if (/password must be a string|password authentication/i.test(message)) {
    return { kind: 'auth-failed', reason };
  }
  if (/certificate/i.test(message)) return { kind: 'ssl-certificate', reason };
  if (/Invalid URL/i.test(message)) return { kind: 'invalid-url', reason };
  return { kind: 'unknown', reason };
}
