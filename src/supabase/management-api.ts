import { proxyFetch } from '../net/proxy-fetch.ts';
import {
  parseBranchConnection,
  parseBranchList,
  parsePoolerConfigs,
  type SupabaseBranch,
  type SupabaseBranchConnection,
  type SupabasePoolerConfig,
} from './management-api-types.ts';

export type { SupabaseBranch, SupabasePoolerConfig };

const DEFAULT_MANAGEMENT_API_URL = 'https://api.supabase.com';

export interface ManagementApiOptions {
  /** A personal access token (sbp_...) or an OAuth token; sent as a bearer token, never logged. */
  accessToken: string;
  /** API root; default https://api.supabase.com. Tests point it at a local server. */
  baseUrl?: string;
  /** Per-request limit, each attempt counted separately. Default 30 s. */
  requestTimeoutMs?: number;
  /** Retries of a 5xx, 429, timeout or network failure. Default 3. */
  retries?: number;
  /** First backoff wait; doubled on each retry unless the server sends Retry-After. Default 1 s. */
  backoffBaseMs?: number;
  /** A Retry-After longer than this is not waited for: the call fails instead. Default 60 s. */
  maxRetryWaitMs?: number;
  /** Where retry decisions are reported (the Action passes core.warning). */
  warn?: (message: string) => void;
  /** Injectable for tests so retries take no real time. */
  sleep?: (ms: number) => Promise<void>;
}

/** The Management API routes migration-guard calls, as typed values. */
export interface ManagementApi {
  /** GET /v1/projects/{ref}/branches: every branch of a project, the default one included. */
  listBranches(projectRef: string): Promise<SupabaseBranch[]>;
  /** GET /v1/branches/{branch_id_or_ref}: the branch database's host, port and credentials. */
  getBranchConnection(branchId: string): Promise<SupabaseBranchConnection>;
  /** GET /v1/projects/{ref}/config/database/pooler: Supavisor endpoints (reachable over IPv4). */
  getPoolerConfigs(projectRef: string): Promise<SupabasePoolerConfig[]>;
}

/** Why a Management API call failed, in words a workflow author can act on. */
export class SupabaseApiError extends Error {
  constructor(
    readonly operation: string,
    /** HTTP status, or undefined for a timeout or network failure. */
    readonly status: number | undefined,
    detail: string,
  ) {
    super(
      `Supabase Management API: ${operation} failed${status !== undefined ? ` (HTTP ${status})` : ''}: ${detail}`,
    );
    this.name = 'SupabaseApiError';
  }
}

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_BACKOFF_BASE_MS = 1_000;
const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;

export function createManagementApi(options: ManagementApiOptions): ManagementApi {
  const client = new ManagementApiClient(options);
  return {
    listBranches: async (projectRef) =>
      parseBranchList(
        await client.getJson(`/v1/projects/${encodeURIComponent(projectRef)}/branches`, {
          operation: `list the branches of project ${projectRef}`,
          notFound: `project ${projectRef} not found or has no branching; check supabase-project-ref and that branching is enabled`,
          forbidden: `the access token may not read project ${projectRef}'s branches (a member role without access, or an organization plan without branching)`,
        }),
      ),
    getBranchConnection: async (branchId) =>
      parseBranchConnection(
        await client.getJson(`/v1/branches/${encodeURIComponent(branchId)}`, {
          operation: `read the connection details of branch ${branchId}`,
          notFound: `branch ${branchId} not found; it may have been deleted`,
          forbidden: `the access token may not read the database credentials of branch ${branchId}`,
        }),
      ),
    getPoolerConfigs: async (projectRef) =>
      parsePoolerConfigs(
        await client.getJson(
          `/v1/projects/${encodeURIComponent(projectRef)}/config/database/pooler`,
          {
            operation: `read the pooler configuration of project ${projectRef}`,
            notFound: `project ${projectRef} not found`,
            forbidden: `the access token may not read project ${projectRef}'s pooler configuration`,
          },
        ),
      ),
  };
}

interface RouteWording {
  operation: string;
  notFound: string;
  forbidden: string;
}

class ManagementApiClient {
  readonly #token: string;
  readonly #baseUrl: string;
  readonly #timeoutMs: number;
  readonly #retries: number;
  readonly #backoffBaseMs: number;
  readonly #maxRetryWaitMs: number;
  readonly #warn: (message: string) => void;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #fetch: typeof globalThis.fetch;

  constructor(options: ManagementApiOptions) {
    this.#token = options.accessToken;
    this.#baseUrl = (options.baseUrl ?? DEFAULT_MANAGEMENT_API_URL).replace(/\/+$/, '');
    this.#timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.#retries = options.retries ?? DEFAULT_RETRIES;
    this.#backoffBaseMs = options.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS;
    this.#maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
    this.#warn = options.warn ?? ((message) => console.warn(message));
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    // Through the runner's proxy (HTTPS_PROXY / HTTP_PROXY, NO_PROXY) when it names one.
    this.#fetch = proxyFetch(this.#baseUrl);
  }

  async getJson(path: string, wording: RouteWording): Promise<unknown> {
    const { operation } = wording;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.#attempt(path);
      if (outcome.kind === 'ok') return outcome.body;
      const retryable =
        outcome.kind === 'transport' || outcome.status === 429 || outcome.status >= 500;
      const status = outcome.kind === 'http' ? outcome.status : undefined;
      if (!retryable)
        throw new SupabaseApiError(operation, status, describeFailure(outcome, wording));
      const attempts = attempt + 1;
      if (attempt >= this.#retries) {
        throw new SupabaseApiError(
          operation,
          status,
          `${describeFailure(outcome, wording)}; gave up after ${attempts} attempts`,
        );
      }
      const advised = outcome.kind === 'http' ? outcome.retryAfterMs : undefined;
      const waitMs = advised ?? this.#backoffBaseMs * 2 ** attempt;
      if (waitMs > this.#maxRetryWaitMs) {
        throw new SupabaseApiError(
          operation,
          status,
          `${describeFailure(outcome, wording)}; the API asked to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(this.#maxRetryWaitMs / 1000)} s allowed`,
        );
      }
      this.#warn(
        `Supabase Management API: ${operation}: ${describeFailure(outcome, wording)}; retrying in ${formatSeconds(waitMs)} (attempt ${attempts + 1} of ${this.#retries + 1})`,
      );
      await this.#sleep(waitMs);
    }
  }

  async #attempt(path: string): Promise<AttemptOutcome> {
    let response: Response;
    try {
      response = await this.#fetch(`${this.#baseUrl}${path}`, {
        headers: {
          authorization: `Bearer ${this.#token}`,
          accept: 'application/json',
          'user-agent': 'migration-guard',
        },
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return {
        kind: 'transport',
        detail: timedOut
          ? `no answer within ${formatSeconds(this.#timeoutMs)}`
          : `network error (${networkCause(error)})`,
      };
    }
    const text = await response.text().catch(() => '');
    if (response.ok) {
      try {
        return { kind: 'ok', body: JSON.parse(text) as unknown };
      } catch {
        return { kind: 'http', status: response.status, message: 'the answer was not JSON' };
      }
    }
    return {
      kind: 'http',
      status: response.status,
      message: errorMessage(text),
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    };
  }
}

type AttemptOutcome =
  | { kind: 'ok'; body: unknown }
  | { kind: 'http'; status: number; message: string; retryAfterMs?: number | undefined }
  | { kind: 'transport'; detail: string };

function describeFailure(
  outcome: Exclude<AttemptOutcome, { kind: 'ok' }>,
  wording: RouteWording,
): string {
  if (outcome.kind === 'transport') return outcome.detail;
  const said = outcome.message !== '' ? ` (the API said: ${outcome.message})` : '';
  switch (outcome.status) {
    case 401:
      return `the Supabase access token was refused; check the supabase-access-token input${said}`;
    case 403:
      return `${wording.forbidden}${said}`;
    case 404:
      return `${wording.notFound}${said}`;
    case 429:
      return `rate limited${said}`;
    default:
      return outcome.message !== '' ? outcome.message : `HTTP ${outcome.status}`;
  }
}

/** The `message` of the API's `{ "message": ... }` error body, shortened; else the raw text. */
function errorMessage(text: string): string {
  let message = text.trim();
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'message' in parsed &&
      typeof parsed.message === 'string'
    ) {
      message = parsed.message;
    }
  } catch {
    // Not JSON: an HTML error page from a proxy, for instance; the raw text is shown.
  }
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

/** Retry-After as delay-seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}

function networkCause(error: unknown): string {
  // undici wraps the socket error (ECONNREFUSED, ENOTFOUND) in `cause`.
  if (error instanceof Error && error.cause instanceof Error) return error.cause.message;
  return error instanceof Error ? error.message : String(error);
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
