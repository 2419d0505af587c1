import { type GitHubClient, toGitHubApiError } from './github-client.ts';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface MergedPullRequest {
  number: number;
  title: string;
  url: string;
  /** The PR's final head commit: what was merged, and what an approval must be given on. */
  headSha?: string;
  /** The branch it was merged into, whose protection says whether stale approvals are dismissed. */
  baseRef?: string;
  /** The PR's author, whose own approval never counts. */
  author?: string;
}

/**
 * The pull request that brought `path` into the branch at `head`: the oldest commit touching
 * the path (its addition), then the merged pull request that commit belongs to. Undefined with
 * a reason when there is none (a file pushed straight to the branch).
 */
export async function introducingPullRequest(
  client: GitHubClient,
  options: RepoRef & { path: string; head: string },
): Promise<{ pull: MergedPullRequest } | { pull: undefined; reason: string }> {
  const { owner, repo, path, head } = options;
  let oldest: string | undefined;
  try {
    const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/commits', {
      owner,
      repo,
      path,
      sha: head,
      per_page: 100,
    });
    // Newest first: the last commit listed added the file.
    for await (const page of pages) {
      const last = page.data.at(-1);
      if (last !== undefined) oldest = last.sha;
    }
  } catch (error) {
    throw toGitHubApiError(error, `listing the commits of ${path}`);
  }
  if (oldest === undefined)
    return { pull: undefined, reason: `no commit adds ${path} at ${head.slice(0, 12)}` };
  let pulls: {
    number: number;
    title: string;
    html_url: string;
    merged_at: string | null;
    head?: { sha?: string };
    base?: { ref?: string };
    user?: { login?: string } | null;
  }[];
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
      owner,
      repo,
      commit_sha: oldest,
      per_page: 100,
    });
    pulls = response.data;
  } catch (error) {
    throw toGitHubApiError(error, `finding the pull request of commit ${oldest.slice(0, 12)}`);
  }
  const merged = pulls.find((pull) => pull.merged_at !== null);
  if (merged === undefined) {
    return {
      pull: undefined,
      reason: `commit ${oldest.slice(0, 12)}, which added ${path}, belongs to no merged pull request (pushed straight to the branch?)`,
    };
  }
  return {
    pull: {
      number: merged.number,
      title: merged.title,
      url: merged.html_url,
      ...(merged.head?.sha ? { headSha: merged.head.sha } : {}),
      ...(merged.base?.ref ? { baseRef: merged.base.ref } : {}),
      ...(merged.user?.login ? { author: merged.user.login } : {}),
    },
  };
}

export interface Approvals {
  /** Reviewers whose latest deciding review approves, and whose approval counts. */
  approvedBy: string[];
  /** Reviewers whose latest deciding review asks for changes. */
  changesRequestedBy: string[];
  /** Approvals that do not count, each with its reason. */
  notCounted: string[];
}

/** The `author_association` values of accounts with write access to the repository. */
const WRITE_ACCESS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

interface Review {
  user?: { login?: string } | null;
  state: string;
  commit_id?: string | null;
  author_association?: string;
}

/**
 * Each reviewer's latest approving, change-requesting or dismissed review decides; comments
 * alone do not change a reviewer's standing, as on GitHub's own merge box. An approval counts
 * only when it trusts what GitHub guarantees:
 * - it was given on the merged commit (`commit_id` is the PR's final head), unless the base
 *   branch's protection dismisses stale approvals (then any approval still standing counts);
 * - the reviewer has write access (`author_association` OWNER, MEMBER or COLLABORATOR);
 * - the reviewer is not the PR's author.
 */
export async function pullRequestApprovals(
  client: GitHubClient,
  options: RepoRef & { pull: MergedPullRequest },
): Promise<Approvals> {
  const { owner, repo, pull } = options;
  const latest = new Map<string, Review>();
  try {
    const pages = client.paginate.iterator(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      { owner, repo, pull_number: pull.number, per_page: 100 },
    );
    // Oldest first, so a later review replaces an earlier one.
    for await (const page of pages) {
      for (const review of page.data as Review[]) {
        const login = review.user?.login;
        if (login === undefined) continue;
        if (['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(review.state))
          latest.set(login, review);
      }
    }
  } catch (error) {
    throw toGitHubApiError(error, `listing the reviews of #${pull.number}`);
  }
  const approvedBy: string[] = [];
  const notCounted: string[] = [];
  let dismissesStale: Promise<boolean> | undefined;
  const short = (sha: string) => sha.slice(0, 12);
  for (const [login, review] of [...latest].sort(([a], [b]) => a.localeCompare(b))) {
    if (review.state !== 'APPROVED') continue;
    if (pull.author !== undefined && login === pull.author) {
      notCounted.push(
        `${login} is the pull request's author (an author's own approval never counts)`,
      );
      continue;
    }
    const association = review.author_association ?? 'unknown';
    if (!WRITE_ACCESS.has(association)) {
      notCounted.push(
        `${login} has no write access to the repository (author_association ${association}; OWNER, MEMBER or COLLABORATOR required)`,
      );
      continue;
    }
    if (pull.headSha === undefined || review.commit_id !== pull.headSha) {
      dismissesStale ??= dismissesStaleApprovals(client, { owner, repo, branch: pull.baseRef });
      if (!(await dismissesStale)) {
        notCounted.push(
          `stale approval: ${login} approved ${review.commit_id ? short(review.commit_id) : 'an unknown commit'}, but ${
            pull.headSha ? short(pull.headSha) : 'an unknown head'
          } was merged (and ${pull.baseRef ?? 'the base branch'}'s protection does not dismiss stale approvals)`,
        );
        continue;
      }
    }
    approvedBy.push(login);
  }
  const changesRequestedBy = [...latest]
    .filter(([, review]) => review.state === 'CHANGES_REQUESTED')
    .map(([login]) => login)
    .sort();
  return { approvedBy, changesRequestedBy, notCounted };
}

/**
 * Whether the branch's protection dismisses approvals when new commits are pushed. Unknown
 * (no protection, or a token that may not read it: 404 or 403) counts as no.
 */
async function dismissesStaleApprovals(
  client: GitHubClient,
  options: RepoRef & { branch: string | undefined },
): Promise<boolean> {
  if (options.branch === undefined) return false;
  try {
    const response = await client.request(
      'GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews',
      { owner: options.owner, repo: options.repo, branch: options.branch },
    );
    return response.data.dismiss_stale_reviews === true;
  } catch (error) {
    const status =
      typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
    if (status === 403 || status === 404) return false;
    throw toGitHubApiError(error, `reading the review protection of ${options.branch}`);
  }
}
