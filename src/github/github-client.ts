import { proxyFetch } from '../net/proxy-fetch.ts';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

/**
 * `@actions/github`'s Octokit (REST methods and `paginate`) with the retry and throttling
 * plugins: retries 5xx responses and waits out rate limits.
 */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** REST root: the runner's GITHUB_API_URL (https://api.github.com, or a GHES /api/v3 URL). */
  baseUrl: string;
  /** The github-token input (getOctokit requires one). */
  token: string;
  /** Where retry and rate-limit decisions are logged (the Action passes core.warning). */
  warn?: (message: string) => void;
  /** Retries of a 5xx or network failure; default 3 (waits 1 s, 4 s, 9 s). */
  serverErrorRetries?: number;
  /** Retries after a primary or secondary rate limit; default 2. */
  rateLimitRetries?: number;
  /** A rate limit that resets later than this is not waited for: the job fails instead. */
  maxRateLimitWaitSeconds?: number;
  /** Milliseconds per second of advised wait; tests shrink it so retries take no real time. */
  waitUnitMs?: number;
  /** Minimum spacing of writes (POST/PATCH); by default 1 s (3 s for new comments), tests pass 0. */
  writeSpacingMs?: number;
}

const DEFAULT_SERVER_ERROR_RETRIES = 3;
const DEFAULT_RATE_LIMIT_RETRIES = 2;
// A job that waits longer than this for a quota reset is better failed with a clear message.
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const rateLimitRetries = options.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES;
  const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  const waitUnitMs = options.waitUnitMs ?? 1000;

  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= rateLimitRetries) {
        warn(`GitHub ${kind} hit on ${what}; giving up after ${retryCount} retries`);
        return false;
      }
      if (retryAfter > maxWait) {
        warn(`GitHub ${kind} hit on ${what}; it resets in ${retryAfter} s, too long to wait`);
        return false;
      }
      warn(`GitHub ${kind} hit on ${what}; retrying in ${retryAfter} s`);
      return true;
    };

  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return getOctokit(
    options.token,
    {
      baseUrl,
      userAgent: 'migration-guard',
      // The runner's proxy (HTTPS_PROXY / HTTP_PROXY, NO_PROXY) for this API root, as
      // @actions/github's own default does for GITHUB_API_URL at load time.
      request: { fetch: proxyFetch(baseUrl) },
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => warn(message),
        error: (message: string) => warn(message),
      },
      retry: {
        retries: options.serverErrorRetries ?? DEFAULT_SERVER_ERROR_RETRIES,
        retryAfterBaseValue: waitUnitMs,
      },
      throttle: {
        retryAfterBaseValue: waitUnitMs,
        // The plugin's default write groups (1 s apart, 3 s for writes that notify, such as new
        // comments) are shared process-wide; a custom spacing needs groups of its own.
        ...(options.writeSpacingMs !== undefined
          ? {
              write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs }),
              notifications: new Bottleneck.Group({
                maxConcurrent: 1,
                minTime: options.writeSpacingMs,
              }),
            }
          : {}),
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}

/** Why a GitHub REST call failed, in words a workflow author can act on. */
export class GitHubApiError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number | undefined,
    detail: string,
  ) {
    super(
      `GitHub API: ${operation} failed${status !== undefined ? ` (HTTP ${status})` : ''}: ${detail}`,
    );
    this.name = 'GitHubApiError';
  }
}

const STATUS_HINTS: Record<number, string> = {
  401: 'the token was refused; check the github-token input',
  403: 'the token lacks permission (pull-requests: write / issues: write) or the rate limit is exhausted',
  404: 'not found; check the repository, the pull request number and that the token can read the repository',
  422: 'GitHub rejected the request body',
};

/** Wraps an Octokit failure (RequestError or network error) into a GitHubApiError. */
export function toGitHubApiError(error: unknown, operation: string): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const status =
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number'
      ? error.status
      : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const hint = status !== undefined ? STATUS_HINTS[status] : undefined;
  return new GitHubApiError(
    operation,
    status,
    hint !== undefined ? `${hint} (${message})` : message,
  );
}
