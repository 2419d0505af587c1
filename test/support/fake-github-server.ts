import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One file of a pull request, as GET /pulls/{n}/files lists it. */
export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  /** The file's unified diff hunks, as GitHub lists them (absent for binary or huge files). */
  patch?: string;
}

/** A review comment on a line of a pull request's diff (`/pulls/{n}/comments`). */
export interface FakeReviewComment {
  id: number;
  body: string;
  user: string;
  path: string;
  commitId: string;
  line: number;
  side: 'LEFT' | 'RIGHT';
  startLine: number | null;
}

export interface FakePull {
  number: number;
  title: string;
  merged: boolean;
  /** The PR's (final) head commit; by default the commit it is listed under. */
  head?: string;
  /** The PR's author; by default `author`. */
  author?: string;
  /** The base branch; by default `main`. */
  base?: string;
}

/** GitHub's `author_association` values. */
type AuthorAssociation =
  | 'OWNER'
  | 'MEMBER'
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'MANNEQUIN'
  | 'NONE';

export interface FakeReview {
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  /** The commit the review was given on; by default the PR's head. */
  commit?: string;
  /** By default `MEMBER` (write access). */
  association?: AuthorAssociation;
}

export interface FakeComment {
  id: number;
  body: string;
  user: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Date.now() when the request arrived (benchmarks time the Action by it). */
  receivedAt: number;
}

export type InjectedFault =
  | { kind: 'server-error' }
  | { kind: 'rate-limit' }
  | { kind: 'forbidden' };

const OWNER = 'acme';
const REPO = 'saas-app';
// GitHub's own cap on the files listing of a pull request.
const FILES_LISTING_CAP = 3000;
const MAX_PER_PAGE = 100;

/**
 * A local stand-in for GitHub's REST API with the routes migration-guard calls: a PR's files,
 * a file's contents at a ref, the commits of a path, a commit's pull requests, reviews (with
 * `commit_id` and `author_association`), a branch's required-review protection, the token's
 * user, issue comments (list, create, edit), review comments on the diff (list, create). Pagination answers with Link headers as GitHub does.
 */
export class FakeGitHubServer {
  readonly owner = OWNER;
  readonly repo = REPO;
  readonly requests: RecordedRequest[] = [];
  readonly pullFiles = new Map<number, FakePullFile[]>();
  readonly comments = new Map<number, FakeComment[]>();
  /** Review comments on the diff, by pull request number. */
  readonly reviewComments = new Map<number, FakeReviewComment[]>();
  /** Commit SHAs touching a path, newest first, for GET /repos/{owner}/{repo}/commits?path=. */
  readonly commitsByPath = new Map<string, string[]>();
  /** The pull requests a commit belongs to, for GET /commits/{sha}/pulls. */
  readonly commitPulls = new Map<string, FakePull[]>();
  /** Reviews of a pull request, oldest first. */
  readonly reviews = new Map<number, FakeReview[]>();
  /**
   * The login the token belongs to (GET /user, and the author of the comments it posts).
   * Undefined: an installation token such as GITHUB_TOKEN, for which GET /user answers 403
   * and comments are by `github-actions[bot]`.
   */
  tokenUser: string | undefined = undefined;
  /** `dismiss_stale_reviews` of the branch protection by branch; a branch not listed is unprotected (404). */
  readonly branchProtection = new Map<string, { dismissStaleReviews: boolean }>();
  /** File texts by `<ref>:<path>`, for GET /repos/{owner}/{repo}/contents/{path}?ref=. */
  readonly contents = new Map<string, string>();
  private readonly faults: { fault: InjectedFault; path: RegExp | undefined }[] = [];
  private nextCommentId = 1_000_000;
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: String(error) }));
    });
  });

  private constructor() {}

  /** Listens on `host` (a local address; loopback by default) at a free port. */
  static async start(host = '127.0.0.1'): Promise<FakeGitHubServer> {
    const fake = new FakeGitHubServer();
    await new Promise<void>((resolve) => fake.server.listen(0, host, resolve));
    return fake;
  }

  get baseUrl(): string {
    const { address, port, family } = this.server.address() as AddressInfo;
    return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
  }

  /** Answers the next request (to a path `path` matches, if given) with this fault. */
  failNext(fault: InjectedFault, path?: RegExp): void {
    this.faults.push({ fault, path });
  }

  /** Adds comments by other users so the list spans pages. */
  addComments(issueNumber: number, count: number): void {
    for (let i = 0; i < count; i++)
      this.addComment(issueNumber, `Looks good to me (${i + 1})`, 'octocat');
  }

  addComment(issueNumber: number, body: string, user: string): FakeComment {
    const comment = { id: this.nextCommentId++, body, user };
    const list = this.comments.get(issueNumber) ?? [];
    list.push(comment);
    this.comments.set(issueNumber, list);
    return comment;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const text = await readBody(req);
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      receivedAt: Date.now(),
    });

    const index = this.faults.findIndex((f) => f.path === undefined || f.path.test(url.pathname));
    const fault = index >= 0 ? this.faults.splice(index, 1)[0]?.fault : undefined;
    if (fault?.kind === 'server-error') {
      return sendJson(res, 500, { message: 'Server Error' });
    }
    if (fault?.kind === 'forbidden') {
      // What a read-only workflow token (a pull request from a fork) gets.
      return sendJson(res, 403, { message: 'Resource not accessible by integration' });
    }
    if (fault?.kind === 'rate-limit') {
      const reset = Math.floor(Date.now() / 1000);
      return sendJson(
        res,
        403,
        {
          message: 'API rate limit exceeded for installation ID 1234.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        },
        {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
        },
      );
    }

    const repoPath = `/repos/${OWNER}/${REPO}`;
    let match = url.pathname.match(new RegExp(`^${repoPath}/pulls/(\\d+)/files$`));
    if (method === 'GET' && match) {
      const files = this.pullFiles.get(Number(match[1]));
      if (files === undefined) return notFound(res);
      const listed = files
        .slice(0, FILES_LISTING_CAP)
        .map((file, index) => pullFileJson(file, index));
      return this.sendPage(res, url, listed);
    }
    if (method === 'GET' && url.pathname === `${repoPath}/commits`) {
      const shas = this.commitsByPath.get(url.searchParams.get('path') ?? '') ?? [];
      return this.sendPage(
        res,
        url,
        shas.map((sha) => ({ sha, commit: { message: `commit ${sha.slice(0, 7)}` } })),
      );
    }
    match = url.pathname.match(new RegExp(`^${repoPath}/commits/([0-9a-f]{40})/pulls$`));
    if (method === 'GET' && match?.[1]) {
      const commit = match[1];
      const pulls = this.commitPulls.get(commit) ?? [];
      return sendJson(
        res,
        200,
        pulls.map((pull) => ({
          number: pull.number,
          title: pull.title,
          state: pull.merged ? 'closed' : 'open',
          html_url: `https://github.com/${OWNER}/${REPO}/pull/${pull.number}`,
          merged_at: pull.merged ? '2026-11-24T12:00:00Z' : null,
          user: { login: pull.author ?? 'author', type: 'User' },
          head: { ref: `feature/${pull.number}`, sha: pull.head ?? commit },
          base: { ref: pull.base ?? 'main', sha: '0'.repeat(40) },
        })),
      );
    }
    match = url.pathname.match(new RegExp(`^${repoPath}/pulls/(\\d+)/reviews$`));
    if (method === 'GET' && match) {
      const number = Number(match[1]);
      const reviews = this.reviews.get(number) ?? [];
      const head = this.pullHead(number);
      // The shape of GitHub's pull-request-review: `commit_id` is the commit reviewed (null
      // when it was garbage collected), `author_association` the reviewer's relation to the
      // repository.
      return this.sendPage(
        res,
        url,
        reviews.map((review, index) => ({
          id: index + 1,
          node_id: `PRR_kwDO${index + 1}`,
          user: { login: review.user, id: review.user.length, type: 'User' },
          body: '',
          state: review.state,
          html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}#pullrequestreview-${index + 1}`,
          pull_request_url: `${this.baseUrl}/repos/${OWNER}/${REPO}/pulls/${number}`,
          author_association: review.association ?? 'MEMBER',
          submitted_at: '2026-11-24T11:00:00Z',
          commit_id: review.commit ?? head ?? null,
        })),
      );
    }
    match = url.pathname.match(
      new RegExp(`^${repoPath}/branches/([^/]+)/protection/required_pull_request_reviews$`),
    );
    if (method === 'GET' && match?.[1]) {
      const protection = this.branchProtection.get(decodeURIComponent(match[1]));
      if (protection === undefined) {
        return sendJson(res, 404, {
          message: 'Branch not protected',
          documentation_url: 'https://docs.github.com/rest/branches/branch-protection',
          status: '404',
        });
      }
      return sendJson(res, 200, {
        url: `${this.baseUrl}${url.pathname}`,
        dismiss_stale_reviews: protection.dismissStaleReviews,
        require_code_owner_reviews: false,
        required_approving_review_count: 1,
        require_last_push_approval: false,
      });
    }
    if (method === 'GET' && url.pathname === '/user') {
      if (this.tokenUser === undefined) {
        return sendJson(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403',
        });
      }
      return sendJson(res, 200, { login: this.tokenUser, id: 1, type: 'User' });
    }
    match = url.pathname.match(new RegExp(`^${repoPath}/contents/(.+)$`));
    if (method === 'GET' && match?.[1]) {
      const path = decodeURIComponent(match[1]);
      const text = this.contents.get(`${url.searchParams.get('ref') ?? 'main'}:${path}`);
      if (text === undefined) return notFound(res);
      if ((req.headers.accept ?? '').includes('application/vnd.github.raw')) {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(text);
        return;
      }
      return sendJson(res, 200, {
        type: 'file',
        path,
        encoding: 'base64',
        content: Buffer.from(text).toString('base64'),
      });
    }
    match = url.pathname.match(new RegExp(`^${repoPath}/issues/(\\d+)/comments$`));
    if (match) {
      const issueNumber = Number(match[1]);
      const list = this.comments.get(issueNumber);
      if (list === undefined) return notFound(res);
      if (method === 'GET') {
        return this.sendPage(
          res,
          url,
          list.map((comment) => this.commentJson(issueNumber, comment)),
        );
      }
      if (method === 'POST') {
        const comment = this.addComment(
          issueNumber,
          bodyText(body),
          this.tokenUser ?? 'github-actions[bot]',
        );
        return sendJson(res, 201, this.commentJson(issueNumber, comment));
      }
    }
    match = url.pathname.match(new RegExp(`^${repoPath}/pulls/(\\d+)/comments$`));
    if (match) {
      const number = Number(match[1]);
      const files = this.pullFiles.get(number);
      if (files === undefined) return notFound(res);
      const list = this.reviewComments.get(number) ?? [];
      this.reviewComments.set(number, list);
      if (method === 'GET') {
        return this.sendPage(
          res,
          url,
          list.map((comment) => this.reviewCommentJson(number, comment)),
        );
      }
      if (method === 'POST') {
        const problem = reviewCommentProblem(body, files);
        if (typeof problem === 'string') {
          // GitHub's answer to a comment it cannot place: 422 with the reasons as strings.
          return sendJson(res, 422, {
            message: 'Unprocessable Entity',
            errors: [problem],
            documentation_url:
              'https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request',
            status: '422',
          });
        }
        const comment: FakeReviewComment = {
          id: this.nextCommentId++,
          user: this.tokenUser ?? 'github-actions[bot]',
          ...problem,
        };
        list.push(comment);
        return sendJson(res, 201, this.reviewCommentJson(number, comment));
      }
    }
    match = url.pathname.match(new RegExp(`^${repoPath}/issues/comments/(\\d+)$`));
    if (method === 'PATCH' && match) {
      const id = Number(match[1]);
      for (const [issueNumber, list] of this.comments) {
        const comment = list.find((candidate) => candidate.id === id);
        if (comment === undefined) continue;
        comment.body = bodyText(body);
        return sendJson(res, 200, this.commentJson(issueNumber, comment));
      }
    }
    return notFound(res);
  }

  /** The head commit of pull request `number`, as listed under a commit's pull requests. */
  private pullHead(number: number): string | undefined {
    for (const [commit, pulls] of this.commitPulls) {
      const pull = pulls.find((candidate) => candidate.number === number);
      if (pull !== undefined) return pull.head ?? commit;
    }
    return undefined;
  }

  private sendPage(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), MAX_PER_PAGE);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1);
    const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
    const pageUrl = (n: number) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      return `<${next.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${pageUrl(page - 1)}; rel="prev"`, `${pageUrl(1)}; rel="first"`);
    if (page < lastPage)
      links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(lastPage)}; rel="last"`);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    sendJson(res, 200, slice, links.length > 0 ? { link: links.join(', ') } : {});
  }

  private reviewCommentJson(number: number, c: FakeReviewComment): Record<string, unknown> {
    const api = `${this.baseUrl}/repos/${OWNER}/${REPO}`;
    const html = `https://github.com/${OWNER}/${REPO}/pull/${number}#discussion_r${c.id}`;
    return {
      url: `${api}/pulls/comments/${c.id}`,
      pull_request_review_id: c.id + 1,
      id: c.id,
      node_id: `PRRC_kwDO${c.id}`,
      diff_hunk: '@@ -0,0 +1 @@',
      path: c.path,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: { login: c.user, id: c.user.length, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' },
      body: c.body,
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
      html_url: html,
      pull_request_url: `${api}/pulls/${number}`,
      author_association: 'NONE',
      _links: {
        self: { href: `${api}/pulls/comments/${c.id}` },
        html: { href: html },
        pull_request: { href: `${api}/pulls/${number}` },
      },
      start_line: c.startLine,
      original_start_line: c.startLine,
      start_side: c.startLine === null ? null : c.side,
      line: c.line,
      original_line: c.line,
      side: c.side,
      subject_type: 'line',
    };
  }

  private commentJson(issueNumber: number, comment: FakeComment): Record<string, unknown> {
    const htmlBase = `https://github.com/${OWNER}/${REPO}`;
    return {
      id: comment.id,
      node_id: `IC_kwDO${comment.id}`,
      url: `${this.baseUrl}/repos/${OWNER}/${REPO}/issues/comments/${comment.id}`,
      html_url: `${htmlBase}/pull/${issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.baseUrl}/repos/${OWNER}/${REPO}/issues/${issueNumber}`,
      body: comment.body,
      user: {
        login: comment.user,
        id: comment.user.length,
        type: comment.user.endsWith('[bot]') ? 'Bot' : 'User',
      },
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
      author_association: 'NONE',
    };
  }
}

function pullFileJson(file: FakePullFile, index: number): Record<string, unknown> {
  const sha = index.toString(16).padStart(40, '0');
  return {
    sha,
    filename: file.filename,
    status: file.status,
    additions: file.status === 'removed' ? 0 : 12,
    deletions: file.status === 'removed' ? 12 : 0,
    changes: 12,
    blob_url: `https://github.com/${OWNER}/${REPO}/blob/${sha}/${file.filename}`,
    raw_url: `https://github.com/${OWNER}/${REPO}/raw/${sha}/${file.filename}`,
    contents_url: `https://api.github.com/repos/${OWNER}/${REPO}/contents/${file.filename}?ref=${sha}`,
    ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
  };
}

/**
 * Why GitHub would refuse a review comment (its words), or the comment's fields: the file must
 * be in the pull request, `line` (and `start_line`, before it) inside one hunk of its diff on
 * the RIGHT side.
 */
function reviewCommentProblem(
  body: unknown,
  files: readonly FakePullFile[],
): string | Omit<FakeReviewComment, 'id' | 'user'> {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { path, line, side, commit_id: commitId } = b;
  const startLine = b['start_line'];
  if (typeof b['body'] !== 'string' || typeof path !== 'string' || typeof line !== 'number') {
    return 'Invalid request: body, path and line are required';
  }
  if (typeof commitId !== 'string' || !/^[0-9a-f]{40}$/.test(commitId)) {
    return 'Pull request review thread commit_id is not a valid commit';
  }
  if (side !== 'RIGHT' && side !== 'LEFT') return 'Pull request review thread side is invalid';
  if (startLine !== undefined && (typeof startLine !== 'number' || startLine >= line)) {
    return 'Pull request review thread start line must precede the end line.';
  }
  const hunks = rightHunks(files.find((f) => f.filename === path)?.patch ?? '');
  const hunk = hunks.find(([from, to]) => line >= from && line <= to);
  if (side !== 'RIGHT' || hunk === undefined) {
    return 'Pull request review thread line must be part of the diff';
  }
  if (typeof startLine === 'number' && startLine < hunk[0]) {
    return 'Pull request review thread start line must be part of the same hunk as the line.';
  }
  return {
    body: b['body'],
    path,
    commitId,
    line,
    side,
    startLine: typeof startLine === 'number' ? startLine : null,
  };
}

/** The new-file line ranges of a patch's hunks (`@@ -a,b +c,d @@`). */
function rightHunks(patch: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push([start, start + count - 1]);
  }
  return ranges;
}

function bodyText(body: unknown): string {
  if (
    typeof body === 'object' &&
    body !== null &&
    'body' in body &&
    typeof body.body === 'string'
  ) {
    return body.body;
  }
  return '';
}

function notFound(res: ServerResponse): void {
  sendJson(res, 404, {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
    status: '404',
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(payload));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
