import { createHash } from 'node:crypto';
import type { FixOffer, SuggestedChange } from '../core/report/fix-offer.ts';
import { suggestionCommentBody } from '../core/report/render-fix-offer.ts';
import { type GitHubClient, toGitHubApiError } from './github-client.ts';

export interface SuggestionTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The pull request's head commit: the lines are numbered as it has them. */
  commitId: string;
  /** Files the pull request adds: every line of theirs is in the diff, so GitHub takes a comment on it. */
  addedFiles: ReadonlySet<string>;
  /** Whether a review comment carrying the marker was written by the check's identity. */
  trusts: (author: string | undefined) => Promise<boolean>;
  log: (line: string) => void;
}

const MARKER_PREFIX = '<!-- migration-guard:suggestion ';

/**
 * Post each in-place change as a review comment with a GitHub suggestion on its lines (a
 * suggestion works only there, not in the PR's conversation), unless an earlier run of the
 * check posted the same one; record its URL on the offer. Only lines of files the PR adds are
 * commented on: a line outside the diff is refused by GitHub. A refusal costs the suggestion,
 * never the check: the PR comment still shows the change.
 */
export async function postSuggestions(
  client: GitHubClient,
  target: SuggestionTarget,
  offers: readonly FixOffer[],
): Promise<void> {
  const wanted = offers.filter(
    (o): o is FixOffer & { suggestion: SuggestedChange } =>
      o.suggestion !== undefined && target.addedFiles.has(o.file),
  );
  if (wanted.length === 0) return;
  const route = { owner: target.owner, repo: target.repo, pull_number: target.pullNumber };
  let existing: { body?: string; html_url: string; user: { login: string } | null }[];
  try {
    existing = await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
      ...route,
      per_page: 100,
    });
  } catch (error) {
    const failure = toGitHubApiError(error, 'listing the review comments');
    target.log(`suggestions not posted: ${failure.message}`);
    return;
  }
  for (const offer of wanted) {
    const change = offer.suggestion;
    const key = suggestionKey(offer.file, change);
    const marker = `${MARKER_PREFIX}${key} -->`;
    let posted: string | undefined;
    for (const comment of existing) {
      if (!comment.body?.startsWith(marker)) continue;
      if (await target.trusts(comment.user?.login)) {
        posted = comment.html_url;
        break;
      }
    }
    if (posted === undefined) {
      try {
        const response = await client.request(
          'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments',
          {
            ...route,
            body: suggestionCommentBody(offer, change, key),
            commit_id: target.commitId,
            path: offer.file,
            line: change.endLine,
            side: 'RIGHT',
            // GitHub wants start_line only for a range, and before `line`.
            ...(change.startLine < change.endLine
              ? { start_line: change.startLine, start_side: 'RIGHT' as const }
              : {}),
          },
        );
        posted = response.data.html_url;
      } catch (error) {
        const failure = toGitHubApiError(error, `suggesting a change on ${offer.file}`);
        target.log(`suggestion not posted: ${failure.message}`);
        // A read-only token refuses every one of them alike.
        if (failure.status === 403 || failure.status === 404) return;
        continue;
      }
    }
    change.url = posted;
  }
}

/** Names one change on one file: the same change on a later push is found, not posted again. */
function suggestionKey(file: string, change: SuggestedChange): string {
  return createHash('sha256')
    .update(`${file}\u0000${change.startLine}\u0000${change.endLine}\u0000${change.replacement}`)
    .digest('hex')
    .slice(0, 32);
}
