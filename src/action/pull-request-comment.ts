import * as core from '@actions/core';
import type { FixOffer } from '../core/report/fix-offer.ts';
import { cellText } from '../core/report/markdown-text.ts';
import { renderMarkdown } from '../core/report/render-markdown.ts';
import { reachesThreshold, type Report } from '../core/report/report.ts';
import { type CheckRecord, formatCheckRecord } from '../github/check-record.ts';
import type { FailOn } from './inputs.ts';
import { GitHubApiError, type GitHubClient } from '../github/github-client.ts';
import {
  COMMENT_MAX_LENGTH,
  commentAuthorTrust,
  upsertStickyComment,
} from '../github/sticky-comment.ts';
import type { PullRequestEvent } from './pull-request-event.ts';

/** Room kept for the marker and the link line under the rendered report. */
const COMMENT_RESERVE = 1_000;

export interface CommentTarget {
  client: GitHubClient | undefined;
  event: PullRequestEvent | undefined;
  migrationsDir: string;
  env: NodeJS.ProcessEnv;
  failOn: FailOn;
  /** Logins besides the token's own user whose marked comment is the check's (`trusted-check-authors`). */
  trustedAuthors: readonly string[];
  /** What `migration-guard fix` would do, by file. */
  fixOffers?: ReadonlyMap<string, FixOffer>;
  /** Why this check cannot stand for the pull request (it changes the config the check ran under). */
  policyChange?: string;
}

/** What deploy mode later checks against: the files this check covered, and its verdict. */
function checkRecord(
  report: Report,
  failOn: FailOn,
  head: string | undefined,
  policyChanged: boolean,
): CheckRecord {
  const files: Record<string, string> = {};
  for (const migration of report.migrations) {
    if (migration.version === null) continue;
    if (migration.status === 'deleted' || migration.status === 'unchanged') continue;
    files[migration.version] = migration.sha256;
  }
  return {
    passed: !policyChanged && !reachesThreshold(report, failOn),
    failOn,
    ...(head !== undefined ? { head } : {}),
    files,
  };
}

/**
 * Post or update the one report comment of this migrations directory on the pull request.
 * A missing or read-only token (pull requests from forks) only costs the comment: the job
 * summary still has the report, and a notice says why. Returns the comment's URL.
 */
export async function postReportComment(
  report: Report,
  target: CommentTarget,
): Promise<string | undefined> {
  const { client, event: pr, env } = target;
  if (!client) {
    core.notice('no github-token: the report is in the job summary, not in a PR comment');
    return undefined;
  }
  if (!pr) {
    core.notice('no pull request in the event: no PR comment');
    return undefined;
  }
  const runUrl =
    env['GITHUB_SERVER_URL'] && env['GITHUB_RUN_ID']
      ? `${env['GITHUB_SERVER_URL']}/${pr.owner}/${pr.repo}/actions/runs/${env['GITHUB_RUN_ID']}`
      : undefined;
  const record = formatCheckRecord(
    checkRecord(report, target.failOn, pr.headSha, target.policyChange !== undefined),
  );
  const policy =
    target.policyChange !== undefined ? `> [!CAUTION]\n> ${cellText(target.policyChange)}\n\n` : '';
  const rendered = renderMarkdown(report, {
    maxLength: COMMENT_MAX_LENGTH - COMMENT_RESERVE - record.length - policy.length,
    ...(target.fixOffers !== undefined ? { fixOffers: target.fixOffers } : {}),
  });
  const body = `${policy}${rendered}\n\n${
    runUrl
      ? `<sub>Full report: [job summary](${runUrl})</sub>`
      : '<sub>Full report: the job summary</sub>'
  }\n${record}`;
  try {
    const result = await upsertStickyComment(client, {
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      migrationsDir: target.migrationsDir,
      body,
      // A pull request that touches no migration gets no new comment, but one written on an
      // earlier push (when it did) is brought up to date.
      createIfMissing: report.migrations.length > 0,
      // Only a comment written by the check's own identity is edited: anyone can post one
      // carrying the marker (and a forged check record) first.
      trusts: commentAuthorTrust(client, target.trustedAuthors, (line) => core.info(line)),
      ignored: (comment) =>
        core.warning(
          `comment ${comment.id} by ${comment.author ?? 'an unknown user'} carries migration-guard's marker but was not written by the check's identity (${
            target.trustedAuthors.join(', ') || "the token's user"
          } or the token's user); it is left alone and not trusted`,
        ),
    });
    if (result === undefined) {
      core.info('no migration changed and no earlier report comment: no PR comment');
      return undefined;
    }
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
