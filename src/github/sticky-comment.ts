import { type GitHubClient, GitHubApiError, toGitHubApiError } from './github-client.ts';
import { normalizeDir } from './pull-request-files.ts';

/** GitHub refuses issue comment bodies longer than this many characters. */
export const COMMENT_MAX_LENGTH = 65_536;

export interface StickyCommentOptions {
  owner: string;
  repo: string;
  /** The pull request's number (PR comments are issue comments). */
  issueNumber: number;
  /** One living comment per migrations directory: the directory names the marker. */
  migrationsDir: string;
  body: string;
  /** False: only edit an existing comment, never start one (a run with nothing to say). */
  createIfMissing?: boolean;
  /** Whether a comment's author is the check's own identity (see `commentAuthorTrust`). */
  trusts: (author: string | undefined) => Promise<boolean>;
  /** Told of each comment that carries the marker but is someone else's (and so is left alone). */
  ignored?: (comment: FoundComment) => void;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated';
}

/** The hidden first line that lets later runs find the comment again. */
export function stickyCommentMarker(migrationsDir: string): string {
  // `--` or `>` in a directory name would end the HTML comment early and show the rest.
  const dir = normalizeDir(migrationsDir).replaceAll('--', '-%2D').replaceAll('>', '%3E');
  return `<!-- migration-guard:${dir} -->`;
}

/**
 * Edits the comment that carries the directory's marker, or posts it when none exists yet.
 * The whole comment list is searched (PRs with many comments span several pages).
 */
export async function upsertStickyComment(
  client: GitHubClient,
  options: StickyCommentOptions & { createIfMissing?: true },
): Promise<StickyCommentResult>;
/** With `createIfMissing: false`: undefined when there was no comment to edit. */
export async function upsertStickyComment(
  client: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult | undefined>;
export async function upsertStickyComment(
  client: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult | undefined> {
  const { owner, repo, issueNumber } = options;
  const marker = stickyCommentMarker(options.migrationsDir);
  const body = `${marker}\n${options.body}`;
  if (body.length > COMMENT_MAX_LENGTH) {
    throw new GitHubApiError(
      `posting the report comment on ${owner}/${repo}#${issueNumber}`,
      undefined,
      `the comment has ${body.length} characters, over GitHub's limit of ${COMMENT_MAX_LENGTH}; shorten the report first`,
    );
  }

  const existingId = await findStickyCommentId(client, options, marker);
  if (existingId !== undefined) {
    try {
      const response = await client.request(
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        { owner, repo, comment_id: existingId, body },
      );
      return { id: Number(response.data.id), url: response.data.html_url, action: 'updated' };
    } catch (error) {
      throw toGitHubApiError(
        error,
        `editing comment ${existingId} on ${owner}/${repo}#${issueNumber}`,
      );
    }
  }
  if (options.createIfMissing === false) return undefined;
  try {
    const response = await client.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        owner,
        repo,
        issue_number: issueNumber,
        body,
      },
    );
    return { id: Number(response.data.id), url: response.data.html_url, action: 'created' };
  } catch (error) {
    throw toGitHubApiError(error, `posting a comment on ${owner}/${repo}#${issueNumber}`);
  }
}

/** Our comment: the first one carrying the marker whose author is trusted; others are reported. */
async function findStickyCommentId(
  client: GitHubClient,
  options: StickyCommentOptions,
  marker: string,
): Promise<number | bigint | undefined> {
  const found = await findStickyComment(client, options, marker, async (comment) => {
    if (await options.trusts(comment.author)) return true;
    options.ignored?.(comment);
    return false;
  });
  return found?.id;
}

/**
 * Who may have written the check's comment: the token's own user (GET /user; an installation
 * token such as GITHUB_TOKEN cannot read it, and its comments are by `github-actions[bot]`,
 * which `trustedAuthors` lists by default) and the logins in `trustedAuthors`. The token's user
 * is asked once, and only when a comment by someone not listed carries the marker.
 */
export function commentAuthorTrust(
  client: GitHubClient,
  trustedAuthors: readonly string[],
  log: (line: string) => void = () => {},
): (author: string | undefined) => Promise<boolean> {
  let identity: Promise<string | undefined> | undefined;
  return async (author) => {
    if (author === undefined) return false;
    if (trustedAuthors.includes(author)) return true;
    identity ??= tokenLogin(client).then((login) => {
      log(
        login === undefined
          ? `the token's user is unknown (GET /user refused: an installation token); trusted comment authors: ${trustedAuthors.join(', ') || 'none'}`
          : `the token belongs to ${login}`,
      );
      return login;
    });
    return (await identity) === author;
  };
}

async function tokenLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const response = await client.request('GET /user');
    return response.data.login;
  } catch (error) {
    const status =
      typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
    if (status === 401 || status === 403 || status === 404) return undefined;
    throw toGitHubApiError(error, "reading the token's user (GET /user)");
  }
}

export interface FoundComment {
  id: number | bigint;
  body: string;
  /** The login of the comment's author, e.g. `github-actions[bot]`. */
  author: string | undefined;
}

/** The first comment of the issue that opens with `marker` and passes `accept`, if any. */
export async function findStickyComment(
  client: GitHubClient,
  options: Pick<StickyCommentOptions, 'owner' | 'repo' | 'issueNumber'>,
  marker: string,
  accept: (comment: FoundComment) => boolean | Promise<boolean> = () => true,
): Promise<FoundComment | undefined> {
  const { owner, repo, issueNumber } = options;
  try {
    const pages = client.paginate.iterator(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      },
    );
    for await (const page of pages) {
      for (const comment of page.data) {
        // The marker opens our comment; a reply quoting it starts with `>` and is not ours.
        const body = comment.body ?? '';
        if (!body.trimStart().startsWith(marker)) continue;
        const found = { id: comment.id, body, author: comment.user?.login };
        if (await accept(found)) return found;
      }
    }
    return undefined;
  } catch (error) {
    throw toGitHubApiError(error, `listing the comments of ${owner}/${repo}#${issueNumber}`);
  }
}
