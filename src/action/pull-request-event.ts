import type { context as githubContext } from '@actions/github';

/** `@actions/github`'s `context`: the event payload and the run's facts, as the runner gives them. */
export type GitHubContext = typeof githubContext;

/** What the Action needs from a `pull_request` event payload (GITHUB_EVENT_PATH). */
export interface PullRequestEvent {
  owner: string;
  repo: string;
  number: number;
  baseSha?: string;
  headSha?: string;
  /** The PR's head branch name, e.g. `feature/invoices`: what a Supabase preview branch tracks. */
  headRef?: string;
  /** The branch the pull request merges into, e.g. `main`. */
  baseRef?: string;
  /** `pull_request.changed_files`: how many files the PR changes, of any directory. */
  changedFiles?: number;
  /** True for a pull request from a fork (its token is read-only, its secrets absent). */
  fromFork: boolean;
}

/** The pull request of the event that triggered the run, or undefined for other events. */
export function pullRequestFromContext(
  context: Pick<GitHubContext, 'payload'> & { readonly repo: { owner: string; repo: string } },
): PullRequestEvent | undefined {
  const payload: unknown = context.payload;
  const pr = field(payload, 'pull_request');
  const number = field(pr, 'number');
  if (typeof number !== 'number') return undefined;
  const baseRepo = field(field(pr, 'base'), 'repo');
  // context.repo is GITHUB_REPOSITORY, else the payload's repository; it throws with neither.
  const fromContext = repoOf(context);
  const owner = fromContext?.owner || text(field(field(baseRepo, 'owner'), 'login'));
  const repo = fromContext?.repo || text(field(baseRepo, 'name'));
  if (!owner || !repo) return undefined;
  const baseSha = sha(field(field(pr, 'base'), 'sha'));
  const headSha = sha(field(field(pr, 'head'), 'sha'));
  const headRef = text(field(field(pr, 'head'), 'ref'));
  const baseRef = text(field(field(pr, 'base'), 'ref'));
  const changedFiles = field(pr, 'changed_files');
  const headRepo = text(field(field(field(pr, 'head'), 'repo'), 'full_name'));
  const baseRepoName = text(field(baseRepo, 'full_name'));
  return {
    owner,
    repo,
    number,
    ...(baseSha ? { baseSha } : {}),
    ...(headSha ? { headSha } : {}),
    ...(headRef ? { headRef } : {}),
    ...(baseRef ? { baseRef } : {}),
    ...(typeof changedFiles === 'number' ? { changedFiles } : {}),
    fromFork: headRepo !== undefined && baseRepoName !== undefined && headRepo !== baseRepoName,
  };
}

/** `context.repo`, or undefined where it would throw (no GITHUB_REPOSITORY, no payload repository). */
export function repoOf(context: {
  readonly repo: { owner: string; repo: string };
}): { owner: string; repo: string } | undefined {
  try {
    return context.repo;
  } catch {
    return undefined;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value) ? value : undefined;
}
