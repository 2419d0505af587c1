import { readFile } from 'node:fs/promises';

/** What the Action needs from a `pull_request` event payload (GITHUB_EVENT_PATH). */
export interface PullRequestEvent {
  owner: string;
  repo: string;
  number: number;
  baseSha?: string;
  headSha?: string;
  /** The PR's head branch name, e.g. `feature/invoices`: what a Supabase preview branch tracks. */
  headRef?: string;
  /** `pull_request.changed_files`: how many files the PR changes, of any directory. */
  changedFiles?: number;
  /** True for a pull request from a fork (its token is read-only, its secrets absent). */
  fromFork: boolean;
}

/** The pull request of the event that triggered the run, or undefined for other events. */
export async function readPullRequestEvent(
  env: NodeJS.ProcessEnv,
): Promise<PullRequestEvent | undefined> {
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (!eventPath) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = field(payload, 'pull_request');
  const number = field(pr, 'number');
  if (typeof number !== 'number') return undefined;
  const [ownerFromEnv, repoFromEnv] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const baseRepo = field(field(pr, 'base'), 'repo');
  const owner = ownerFromEnv || text(field(field(baseRepo, 'owner'), 'login'));
  const repo = repoFromEnv || text(field(baseRepo, 'name'));
  if (!owner || !repo) return undefined;
  const baseSha = sha(field(field(pr, 'base'), 'sha'));
  const headSha = sha(field(field(pr, 'head'), 'sha'));
  const headRef = text(field(field(pr, 'head'), 'ref'));
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
    ...(typeof changedFiles === 'number' ? { changedFiles } : {}),
    fromFork: headRepo !== undefined && baseRepoName !== undefined && headRepo !== baseRepoName,
  };
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
