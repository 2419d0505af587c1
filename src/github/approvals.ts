import { type GitHubClient, toGitHubApiError } from './github-client.ts';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface MergedPullRequest {
  number: number;
  title: string;
  url: string;
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
  let pulls: { number: number; title: string; html_url: string; merged_at: string | null }[];
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
  return { pull: { number: merged.number, title: merged.title, url: merged.html_url } };
}

export interface Approvals {
  /** Reviewers whose latest deciding review approves. */
  approvedBy: string[];
  /** Reviewers whose latest deciding review asks for changes. */
  changesRequestedBy: string[];
}

/**
 * Each reviewer's latest approving, change-requesting or dismissed review decides; comments
 * alone do not change a reviewer's standing, as on GitHub's own merge box.
 */
export async function pullRequestApprovals(
  client: GitHubClient,
  options: RepoRef & { pullNumber: number },
): Promise<Approvals> {
  const latest = new Map<string, string>();
  try {
    const pages = client.paginate.iterator(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      {
        owner: options.owner,
        repo: options.repo,
        pull_number: options.pullNumber,
        per_page: 100,
      },
    );
    // Oldest first, so a later review replaces an earlier one.
    for await (const page of pages) {
      for (const review of page.data) {
        const login = review.user?.login;
        if (login === undefined) continue;
        if (['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(review.state))
          latest.set(login, review.state);
      }
    }
  } catch (error) {
    throw toGitHubApiError(error, `listing the reviews of #${options.pullNumber}`);
  }
  const by = (state: string) =>
    [...latest]
      .filter(([, s]) => s === state)
      .map(([login]) => login)
      .sort();
  return { approvedBy: by('APPROVED'), changesRequestedBy: by('CHANGES_REQUESTED') };
}
