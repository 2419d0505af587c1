/**
 * The wire protocol between the Action's deploy mode and the `migration-guard` edge function:
 * paths, headers, limits, request bodies and responses. Both sides import these types, so a
 * change here is a change to the contract (see docs on deployment).
 *
 * Runtime-agnostic: no imports, loaded by Node (the Action) and Deno (the edge function).
 */

/** The largest request body the function reads; anything longer is answered 413. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Paths after the function's base URL; the function also accepts them without the prefix. */
const DEPLOY_PATHS = {
  apply: '/migration-guard/apply',
  status: '/migration-guard/status',
  history: '/migration-guard/history',
} as const;

export type DeployEndpoint = keyof typeof DEPLOY_PATHS;

// HMAC authentication headers (lowercase: `Headers` lookups are case-insensitive anyway).
export const TIMESTAMP_HEADER = 'x-migration-guard-timestamp';
export const REQUEST_ID_HEADER = 'x-migration-guard-request-id';
export const SIGNATURE_HEADER = 'x-migration-guard-signature';

/** Prefix of the signature header value and of the signed message. */
export const SIGNATURE_SCHEME = 'v1';

/** How far a signed request's timestamp may be from the function's clock, either way. */
export const SIGNATURE_WINDOW_SECONDS = 300;

export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,100}$/;
export const DEPLOYMENT_ID_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
export const COMMIT_PATTERN = /^[0-9a-f]{40}$/;
/** GitHub's rules: owner of letters, digits and inner hyphens (max 39); repo of [A-Za-z0-9._-]. */
export const REPOSITORY_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
// Migration versions and names: `../migrations/migration-identity.ts`.

/** The most migrations one apply request may carry. */
export const MAX_MIGRATIONS_PER_REQUEST = 1000;

// ---- Requests ----

export interface ApplyMigration {
  version: string;
  name: string;
  /** Lowercase hex SHA-256 of `sql` (UTF-8); the function recomputes and compares it. */
  sha256: string;
  /** The migration file's full text, exactly as in the repository. */
  sql: string;
}

export interface ApplyRequest {
  /** Chosen by the Action; re-sending the same id with the same migrations continues it. */
  deploymentId: string;
  /** `owner/name`. */
  repository: string;
  /** 40 lowercase hex digits. */
  commit: string;
  /** Apply versions older than production's newest. Optional on the wire, default false. */
  allowOutOfOrder: boolean;
  /** Ascending version order, no duplicates, at least one. */
  migrations: ApplyMigration[];
}

export interface StatusRequest {
  deploymentId: string;
}

/** The history request has no fields: its body is `{}`. */
export type HistoryRequest = Record<string, never>;

// ---- Responses ----

export type DeploymentState = 'running' | 'succeeded' | 'failed' | 'refused';

/**
 * `failed`: ran and rolled back (or stopped) on an error. `half-applied`: something of the file
 * committed before it failed. `refused`: the engine would not run it (a write to the migration
 * history, a syntax error, a file name it cannot record); nothing of it ran, and `error` says why.
 */
export type DeploymentMigrationState =
  | 'pending'
  | 'running'
  | 'applied'
  | 'skipped-already-applied'
  | 'failed'
  | 'half-applied'
  | 'refused';

/** Mirrors the apply engine's statement outcome. */
type DeploymentStatementState = 'applied' | 'rolled-back' | 'failed' | 'skipped' | 'not-run';

export interface DeploymentStatementStatus {
  /** 0-based index among the file's top-level statements. */
  index: number;
  line: number;
  status: DeploymentStatementState;
  durationMs?: number;
}

export interface BackfillProgress {
  /** Schema-qualified table, e.g. `public.orders`. */
  table: string;
  key: string;
  /** Last key value done, as text; null before the first batch. */
  cursor: string | null;
  rowsUpdated: number;
  batches: number;
  done: boolean;
}

export interface DeploymentMigrationStatus {
  version: string;
  name: string;
  sha256: string;
  status: DeploymentMigrationState;
  retries: number;
  durationMs: number | null;
  error: string | null;
  statements: DeploymentStatementStatus[];
  backfill: BackfillProgress | null;
}

/** Body of 200/202 answers to apply and status, and of 409 refusals (status `refused`). */
export interface DeploymentStatus {
  deploymentId: string;
  status: DeploymentState;
  repository: string;
  commit: string;
  /** ISO 8601. */
  startedAt: string;
  finishedAt: string | null;
  reasons: string[];
  migrations: DeploymentMigrationStatus[];
}

export interface HistoryEntry {
  version: string;
  name: string;
  /** From the function's audit tables; null when the version was applied another way. */
  sha256: string | null;
}

export interface HistoryResponse {
  migrations: HistoryEntry[];
}

/**
 * The error bodies the contract fixes. A 401 carries exactly `{"error":"unauthenticated"}`,
 * never the reason (that goes to the function's log).
 */
export const UNAUTHENTICATED_BODY = { error: 'unauthenticated' } as const;
export const BODY_TOO_LARGE_BODY = { error: 'request body too large' } as const;
