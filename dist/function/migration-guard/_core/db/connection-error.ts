/**
 * A failure to open a database session, classified so the CLI can print one line with the
 * cause and the fix (and exit 2) instead of a driver's stack trace. Runtime-agnostic: each
 * adapter classifies its own driver's errors into these kinds.
 */

export type ConnectionFailureKind =
  | 'host-not-found'
  | 'host-unreachable'
  | 'connection-refused'
  | 'timeout'
  | 'auth-failed'
  | 'database-missing'
  | 'ssl-required'
  | 'ssl-unsupported'
  | 'ssl-certificate'
  | 'too-many-connections'
  | 'server-starting'
  | 'invalid-url'
  | 'unknown';

const fixes: Record<ConnectionFailureKind, string> = {
  'host-not-found': 'check the host name in the URL',
  'host-unreachable': 'check the host and that this machine can reach its network',
  'connection-refused': 'check the port and that the server is running and listening there',
  timeout: 'check the host, port and firewall; the server did not answer in time',
  'auth-failed': 'check the user name and password in the URL',
  'database-missing': 'check the database name at the end of the URL',
  'ssl-required': 'the server requires SSL: add ?sslmode=require to the URL',
  'ssl-unsupported':
    'the server does not accept SSL: remove sslmode from the URL or use sslmode=disable',
  'ssl-certificate':
    "the server's certificate could not be verified: use sslmode=require (encrypt without verifying) or give its CA with sslrootcert",
  'too-many-connections':
    'the server has no free connection slots; use its pooler URL or retry later',
  'server-starting': 'the server is starting up or shutting down; retry in a moment',
  'invalid-url': 'write the URL as postgres://user:password@host:port/database',
  unknown: 'check the URL and that the server is reachable',
};

export class DatabaseConnectionError extends Error {
  override readonly name = 'DatabaseConnectionError';

  constructor(
    readonly kind: ConnectionFailureKind,
    /** Where we tried to connect, with any password removed. */
    readonly target: string,
    /** The driver's or server's own words, one line. */
    readonly reason: string,
  ) {
    super(`cannot connect to ${target}: ${reason} (${kind}); ${fixes[kind]}`);
  }

  /** What to do about it, one sentence. */
  get fix(): string {
    return fixes[this.kind];
  }
}

/** `postgres://user:secret@host/db?...` -> `postgres://user@host/db`, for messages and logs. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    parsed.search = '';
    return parsed.toString();
  } catch {
    return '(unparsable database URL)';
  }
}
