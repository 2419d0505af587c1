import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../src/github/github-client.ts';
import {
  listPullRequestMigrationFiles,
  PULL_REQUEST_FILES_LIMIT,
} from '../src/github/pull-request-files.ts';
import {
  COMMENT_MAX_LENGTH,
  stickyCommentMarker,
  upsertStickyComment,
  commentAuthorTrust,
} from '../src/github/sticky-comment.ts';
import { pullRequestApprovals } from '../src/github/approvals.ts';
import { FakeGitHubServer, type FakePullFile } from './support/fake-github-server.ts';

const DIR = 'supabase/migrations';
const PR = 42;

let server: FakeGitHubServer;
let client: GitHubClient;
let warnings: string[];

beforeEach(async () => {
  server = await FakeGitHubServer.start();
  warnings = [];
  // Waits shrink to milliseconds: a retry after "1 s" takes 1 ms here.
  client = createGitHubClient({
    baseUrl: server.baseUrl,
    token: 'ghs_test',
    warn: (message) => warnings.push(message),
    waitUnitMs: 1,
    writeSpacingMs: 0,
  });
});

afterEach(async () => {
  await server.close();
});

function otherFiles(count: number): FakePullFile[] {
  return Array.from({ length: count }, (_, i) => ({
    filename: `apps/web/src/components/widget-${i}.tsx`,
    status: 'modified' as const,
  }));
}

function requestsTo(method: string, pathPart: string) {
  return server.requests.filter((r) => r.method === method && r.path.includes(pathPart));
}

describe('pull request migration files', () => {
  it('pages through 230 files and keeps only the migrations, with renames and removals', async () => {
    const migrations: FakePullFile[] = [
      { filename: `${DIR}/20261101000000_workspaces.sql`, status: 'added' },
      {
        filename: `${DIR}/20261102000000_invoices_rename.sql`,
        status: 'renamed',
        previous_filename: `${DIR}/20261102000000_invoices.sql`,
      },
      { filename: `${DIR}/20261015000000_documents.sql`, status: 'modified' },
      { filename: `${DIR}/20261001000000_projects.sql`, status: 'removed' },
      // Moved out of the directory: a migration disappears.
      {
        filename: 'archive/20260901000000_members.sql',
        status: 'renamed',
        previous_filename: `${DIR}/20260901000000_members.sql`,
      },
      // Same prefix, different directory: not a migration.
      { filename: 'supabase/migrations_old/x.sql', status: 'added' },
    ];
    const files = [
      ...otherFiles(120),
      ...migrations.slice(0, 3),
      ...otherFiles(104),
      ...migrations.slice(3),
    ];
    expect(files).toHaveLength(230);
    server.pullFiles.set(PR, files);

    const result = await listPullRequestMigrationFiles(client, {
      owner: server.owner,
      repo: server.repo,
      pullNumber: PR,
      migrationsDir: `./${DIR}/`,
    });

    expect(result.complete).toBe(true);
    expect(result.listedCount).toBe(230);
    expect(result.files).toEqual([
      { path: `${DIR}/20261101000000_workspaces.sql`, change: 'added' },
      {
        path: `${DIR}/20261102000000_invoices_rename.sql`,
        change: 'renamed',
        previousPath: `${DIR}/20261102000000_invoices.sql`,
      },
      { path: `${DIR}/20261015000000_documents.sql`, change: 'modified' },
      { path: `${DIR}/20261001000000_projects.sql`, change: 'removed' },
      { path: `${DIR}/20260901000000_members.sql`, change: 'removed' },
    ]);
    const pages = requestsTo('GET', '/files');
    expect(pages.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((r) => r.query['per_page'] === '100')).toBe(true);
  });

  it('reports an incomplete listing at the 3000-file cap', async () => {
    server.pullFiles.set(PR, [
      ...otherFiles(3100),
      { filename: `${DIR}/20261101000000_late.sql`, status: 'added' },
    ]);
    const result = await listPullRequestMigrationFiles(client, {
      owner: server.owner,
      repo: server.repo,
      pullNumber: PR,
      migrationsDir: DIR,
      changedFiles: 3101,
    });
    expect(result.listedCount).toBe(PULL_REQUEST_FILES_LIMIT);
    expect(result.complete).toBe(false);
    expect(result.files).toEqual([]);
  });

  it('fails with a clear error when the pull request is not found', async () => {
    await expect(
      listPullRequestMigrationFiles(client, {
        owner: server.owner,
        repo: server.repo,
        pullNumber: 404,
        migrationsDir: DIR,
      }),
    ).rejects.toThrow(
      /listing the files of acme\/saas-app#404 failed \(HTTP 404\): not found; check/,
    );
    // A 404 is not retried.
    expect(requestsTo('GET', '/files')).toHaveLength(1);
  });
});

describe('sticky comment', () => {
  const target = () => ({
    owner: server.owner,
    repo: server.repo,
    issueNumber: PR,
    migrationsDir: DIR,
    trusts: commentAuthorTrust(client, ['github-actions[bot]']),
  });

  it('creates the comment, then edits the same one when it is on page 2 of 120', async () => {
    server.addComments(PR, 110);

    const first = await upsertStickyComment(client, { ...target(), body: 'report v1' });
    expect(first.action).toBe('created');
    expect(first.url).toBe(`https://github.com/acme/saas-app/pull/42#issuecomment-${first.id}`);
    server.addComments(PR, 9);
    expect(server.comments.get(PR)).toHaveLength(120);

    const second = await upsertStickyComment(client, { ...target(), body: 'report v2' });
    expect(second).toEqual({ id: first.id, url: first.url, action: 'updated' });

    expect(requestsTo('POST', '/comments')).toHaveLength(1);
    expect(requestsTo('PATCH', '/comments')).toHaveLength(1);
    const ours = server.comments.get(PR)?.filter((c) => c.body.includes('migration-guard:'));
    expect(ours?.map((c) => c.body)).toEqual([`${stickyCommentMarker(DIR)}\nreport v2`]);
    // The second run had to read page 2 to find it.
    const listings = requestsTo('GET', '/comments').map((r) => r.query['page'] ?? '1');
    expect(listings).toEqual(['1', '2', '1', '2']);
  });

  it('ignores a reply that quotes the marker and keeps directories apart', async () => {
    server.addComment(PR, `> ${stickyCommentMarker(DIR)}\n> report`, 'reviewer');
    const ours = await upsertStickyComment(client, { ...target(), body: 'report' });
    const otherDir = await upsertStickyComment(client, {
      ...target(),
      migrationsDir: 'services/billing/migrations',
      body: 'billing report',
    });
    expect(ours.action).toBe('created');
    expect(otherDir.action).toBe('created');
    expect(otherDir.id).not.toBe(ours.id);
  });

  it("edits only a comment by the token's own user (GET /user), never a look-alike by someone else", async () => {
    server.tokenUser = 'release-bot';
    server.addComment(PR, `${stickyCommentMarker(DIR)}\nforged`, 'mallory');
    const ours = server.addComment(PR, `${stickyCommentMarker(DIR)}\nreport v1`, 'release-bot');
    const ignored: string[] = [];
    const result = await upsertStickyComment(client, {
      ...target(),
      trusts: commentAuthorTrust(client, ['github-actions[bot]']),
      ignored: (comment) => ignored.push(comment.author ?? ''),
      body: 'report v2',
    });
    expect(result).toMatchObject({ id: ours.id, action: 'updated' });
    expect(ignored).toEqual(['mallory']);
    expect(server.comments.get(PR)?.map((c) => c.body)).toEqual([
      `${stickyCommentMarker(DIR)}\nforged`,
      `${stickyCommentMarker(DIR)}\nreport v2`,
    ]);
    expect(requestsTo('GET', '/user')).toHaveLength(1);
  });

  it('retries a 500 once and succeeds', async () => {
    server.addComments(PR, 3);
    server.failNext({ kind: 'server-error' });
    const result = await upsertStickyComment(client, { ...target(), body: 'report' });
    expect(result.action).toBe('created');
    expect(requestsTo('GET', '/comments')).toHaveLength(2);
    expect(requestsTo('POST', '/comments')).toHaveLength(1);
  });

  it('waits out an exhausted rate limit and logs it', async () => {
    server.addComments(PR, 3);
    server.failNext({ kind: 'rate-limit' });
    const result = await upsertStickyComment(client, { ...target(), body: 'report' });
    expect(result.action).toBe('created');
    expect(requestsTo('GET', '/comments')).toHaveLength(2);
    expect(warnings.some((w) => /rate limit hit on GET .*retrying/.test(w))).toBe(true);
  });

  it('gives up on a rate limit after the bounded retries', async () => {
    server.addComments(PR, 3);
    for (let i = 0; i < 3; i++) server.failNext({ kind: 'rate-limit' });
    await expect(upsertStickyComment(client, { ...target(), body: 'report' })).rejects.toThrow(
      /listing the comments of acme\/saas-app#42 failed \(HTTP 403\)/,
    );
    expect(requestsTo('GET', '/comments')).toHaveLength(3);
    expect(warnings.some((w) => /giving up after 2 retries/.test(w))).toBe(true);
  });

  it('refuses a body over the size limit without calling GitHub', async () => {
    server.addComments(PR, 1);
    await expect(
      upsertStickyComment(client, { ...target(), body: 'x'.repeat(COMMENT_MAX_LENGTH) }),
    ).rejects.toThrow(/over GitHub's limit of 65536; shorten the report first/);
    expect(server.requests).toHaveLength(0);
  });

  it('fails with a clear error when the pull request does not exist', async () => {
    await expect(
      upsertStickyComment(client, { ...target(), issueNumber: 7, body: 'report' }),
    ).rejects.toThrow(/listing the comments of acme\/saas-app#7 failed \(HTTP 404\): not found/);
  });
});

describe('approvals', () => {
  const v1 = '1'.repeat(40);
  const v2 = '2'.repeat(40);
  const pull = { number: 9, title: 'PR 9', url: 'u', headSha: v2, baseRef: 'main', author: 'dana' };
  const approvals = () =>
    pullRequestApprovals(client, { owner: server.owner, repo: server.repo, pull });

  it('a stale approval counts only when the branch protection dismisses stale approvals', async () => {
    server.reviews.set(9, [
      { user: 'alice', state: 'APPROVED', commit: v1 },
      { user: 'bob', state: 'APPROVED', commit: v2 },
    ]);
    expect(await approvals()).toMatchObject({ approvedBy: ['bob'] });
    expect((await approvals()).notCounted[0]).toMatch(
      /^stale approval: alice approved 111111111111/,
    );
    server.branchProtection.set('main', { dismissStaleReviews: false });
    expect(await approvals()).toMatchObject({ approvedBy: ['bob'] });
    server.branchProtection.set('main', { dismissStaleReviews: true });
    expect(await approvals()).toMatchObject({ approvedBy: ['alice', 'bob'], notCounted: [] });
  });

  it("each reviewer's latest deciding review wins: a dismissal cancels, a re-approval restores", async () => {
    // Reviews are on the PR's head (v2) unless they say otherwise.
    server.commitPulls.set(v2, [{ number: 9, title: 'PR 9', merged: true }]);
    server.reviews.set(9, [
      { user: 'alice', state: 'APPROVED' },
      { user: 'alice', state: 'DISMISSED' },
      { user: 'bob', state: 'CHANGES_REQUESTED' },
      { user: 'bob', state: 'APPROVED', association: 'OWNER' },
      { user: 'carol', state: 'APPROVED', association: 'COLLABORATOR' },
      { user: 'carol', state: 'COMMENTED' },
    ]);
    expect(await approvals()).toEqual({
      approvedBy: ['bob', 'carol'],
      changesRequestedBy: [],
      notCounted: [],
    });
  });
});
