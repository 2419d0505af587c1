import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { renderMarkdown } from '../core/report/render-markdown.ts';
import type { Report } from '../core/report/report.ts';
import { createGitHubClient, GitHubApiError } from '../github/github-client.ts';
import { COMMENT_MAX_LENGTH, upsertStickyComment } from '../github/sticky-comment.ts';

/** Room kept for the marker and the link line under the rendered report. */
const COMMENT_RESERVE = 1_000;

interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/**
 * Post or update the one report comment of this migrations directory on the pull request.
 * A missing or read-only token (pull requests from forks) only costs the comment: the job
 * summary still has the report, and a notice says why. Returns the comment's URL.
 */
export async function postReportComment(
  report: Report,
  token: string | undefined,
  migrationsDir: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  if (!token) {
    core.notice('no github-token: the report is in the job summary, not in a PR comment');
    return undefined;
  }
  const pr = await pullRequestRef(env);
  if (!pr) {
    core.notice('no pull request in the event: no PR comment');
    return undefined;
  }
  const runUrl =
    env['GITHUB_SERVER_URL'] && env['GITHUB_RUN_ID']
      ? `${env['GITHUB_SERVER_URL']}/${pr.owner}/${pr.repo}/actions/runs/${env['GITHUB_RUN_ID']}`
      : undefined;
  const body = `${renderMarkdown(report, { maxLength: COMMENT_MAX_LENGTH - COMMENT_RESERVE })}\n\n${
    runUrl
      ? `<sub>Full report: [job summary](${runUrl})</sub>`
      : '<sub>Full report: the job summary</sub>'
  }`;
  const client = createGitHubClient({
    baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    token,
    warn: (message) => core.warning(message),
  });
  try {
    const result = await upsertStickyComment(client, {
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      migrationsDir,
      body,
    });
    core.info(`PR comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
      core.notice(
        `could not write the PR comment (HTTP ${error.status}: the token is read-only, as on pull requests from forks, or lacks pull-requests: write); the report is in the job summary`,
      );
      return undefined;
    }
    throw error;
  }
}

async function pullRequestRef(env: NodeJS.ProcessEnv): Promise<PullRequestRef | undefined> {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (!owner || !repo || !eventPath) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch {
    return undefined;
  }
  const number = (payload as { pull_request?: { number?: unknown } }).pull_request?.number;
  return typeof number === 'number' ? { owner, repo, number } : undefined;
}
