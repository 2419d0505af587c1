import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCheckRecord } from '../src/github/check-record.ts';
import { bundle, runAction, stagingServerForFile } from './support/action-runner.ts';
import { TempProjects } from './support/cli-runner.ts';
import { FakeGitHubServer } from './support/fake-github-server.ts';
import {
  change,
  history,
  M,
  pullRequest,
  pullRequestProject,
} from './support/pull-request-project.ts';

// The bundled Action's PR comment: posted once and edited in place, never someone else's,
// shortened to fit, and what happens without a token or with a read-only one.

const projects = new TempProjects();

beforeAll(() => {
  if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
});
afterAll(() => projects.removeAll());

// What these tests are about is the GitHub side. The migrations run on one real PostgreSQL
// server for the whole file (database-url; each run rolls back), not on an embedded database
// each run starts: that path has its own tests in action.test.ts.
const { onServer } = stagingServerForFile();

describe('the bundled Action (dist/index.js)', () => {
  it('posts one PR comment and edits it in place on the next push', async () => {
    const github = await FakeGitHubServer.start();
    try {
      github.addComments(7, 120);
      const { dir, baseSha } = pullRequestProject(projects);
      const env = { GITHUB_API_URL: github.baseUrl, GITHUB_REPOSITORY: 'acme/saas-app' };
      const inputs = {
        ...onServer(),
        'fail-on': 'never',
        'github-token': 'ghs_test',
        comment: 'true',
      };
      const first = await runAction(projects, dir, inputs, pullRequest(baseSha), env);
      expect(first.code).toBe(0);
      const second = await runAction(projects, dir, inputs, pullRequest(baseSha), env);
      expect(second.code).toBe(0);
      const ours = (github.comments.get(7) ?? []).filter((c) =>
        c.body.startsWith('<!-- migration-guard:supabase/migrations -->'),
      );
      expect(ours).toHaveLength(1);
      expect(ours[0]?.body).toContain('alter-column-type');
      const writes = github.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');
      expect(writes.map((r) => r.method)).toEqual(['POST', 'PATCH']);
      expect(second.outputs.get('comment-url')).toContain(String(ours[0]?.id));
    } finally {
      await github.close();
    }
  });

  it('fails naming the event file when GITHUB_EVENT_PATH is not valid JSON, before any GitHub call', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const { dir, baseSha } = pullRequestProject(projects);
      const broken = join(projects.create({}), 'event.json');
      writeFileSync(broken, '{"pull_request": {"number": 7,');
      const run = await runAction(
        projects,
        dir,
        { 'fail-on': 'never', 'github-token': 'ghs_test', comment: 'true' },
        pullRequest(baseSha),
        { GITHUB_API_URL: github.baseUrl, GITHUB_EVENT_PATH: broken },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`::error::GITHUB_EVENT_PATH ${broken}: not valid JSON`);
      expect(run.stdout).not.toContain('SyntaxError');
      expect(github.requests).toHaveLength(0);
    } finally {
      await github.close();
    }
  });

  it("takes the repository from the event payload when GITHUB_REPOSITORY is unset (@actions/github's context)", async () => {
    const github = await FakeGitHubServer.start();
    try {
      github.addComments(7, 1);
      const { dir, baseSha } = pullRequestProject(projects);
      const event = pullRequest(baseSha);
      const payload = {
        ...event.payload,
        repository: { name: 'saas-app', owner: { login: 'acme' } },
      };
      const run = await runAction(
        projects,
        dir,
        { ...onServer(), 'fail-on': 'never', 'github-token': 'ghs_test', comment: 'true' },
        { name: event.name, payload },
        { GITHUB_API_URL: github.baseUrl, GITHUB_REPOSITORY: '' },
      );
      expect(run.code, run.stdout).toBe(0);
      const posted = github.requests.filter((r) => r.method === 'POST');
      expect(posted.map((r) => r.path)).toEqual(['/repos/acme/saas-app/issues/7/comments']);
    } finally {
      await github.close();
    }
  });

  it('never edits a comment by someone else that carries the marker first: warns and posts its own', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const marker = '<!-- migration-guard:supabase/migrations -->';
      const forged = `${marker}\n### ✅ all good\n<!-- migration-guard:record {"passed":true,"failOn":"error","files":{}} -->`;
      github.addComment(7, forged, 'mallory');
      const { dir, baseSha } = pullRequestProject(projects);
      const run = await runAction(
        projects,
        dir,
        { ...onServer(), 'fail-on': 'never', 'github-token': 'ghs_test', comment: 'true' },
        pullRequest(baseSha),
        { GITHUB_API_URL: github.baseUrl, GITHUB_REPOSITORY: 'acme/saas-app' },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(
        /::warning::comment \d+ by mallory carries migration-guard's marker but was not written by the check's identity/,
      );
      const comments = github.comments.get(7) ?? [];
      expect(comments.map((c) => c.user)).toEqual(['mallory', 'github-actions[bot]']);
      expect(comments[0]?.body).toBe(forged);
      expect(comments[1]?.body).toContain('alter-column-type');
      expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
    } finally {
      await github.close();
    }
  });

  it('a read-only token costs only the comment: notice, summary written, job not failed', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const { dir, baseSha } = pullRequestProject(projects);
      github.pullFiles.set(7, [{ filename: Object.keys(change)[0] ?? '', status: 'added' }]);
      github.failNext({ kind: 'forbidden' }, /\/issues\/7\/comments$/);
      const run = await runAction(
        projects,
        dir,
        { ...onServer(), 'fail-on': 'never', 'github-token': 'ghs_readonly', comment: 'true' },
        pullRequest(baseSha),
        { GITHUB_API_URL: github.baseUrl, GITHUB_REPOSITORY: 'acme/saas-app' },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('could not write the PR comment (HTTP 403');
      expect(run.summary).toMatch(/^### /);
    } finally {
      await github.close();
    }
  });

  it('a PR that changes no migration: no database, no new comment, an earlier one brought up to date', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const { dir, baseSha } = pullRequestProject(projects);
      github.pullFiles.set(7, [{ filename: 'README.md', status: 'modified' }]);
      github.comments.set(7, []);
      const inputs = { 'fail-on': 'error', 'github-token': 'ghs_test', comment: 'true' };
      const env = { GITHUB_API_URL: github.baseUrl };
      const quiet = await runAction(projects, dir, inputs, pullRequest(baseSha), env);
      expect(quiet.code, quiet.stdout).toBe(0);
      expect(quiet.stdout).not.toContain('starting the embedded database');
      expect(quiet.stdout).toContain('no migration changed and no earlier report comment');
      expect(quiet.summary).toContain('No migrations to check');
      expect(github.comments.get(7)).toEqual([]);

      // An earlier push had added a migration, since reverted: its comment is updated.
      const earlier = github.addComment(
        7,
        '<!-- migration-guard:supabase/migrations -->\n### ❌ 1 error in 1 migration',
        'github-actions[bot]',
      );
      const again = await runAction(projects, dir, inputs, pullRequest(baseSha), env);
      expect(again.code, again.stdout).toBe(0);
      expect(github.comments.get(7)).toHaveLength(1);
      expect(earlier.body).toContain('No migrations to check');
    } finally {
      await github.close();
    }
  });

  it('a fork PR without a token: summary written, no comment, a notice, job not failed', async () => {
    const github = await FakeGitHubServer.start();
    try {
      github.addComments(7, 1);
      const { dir, baseSha } = pullRequestProject(projects);
      const event = pullRequest(baseSha);
      const payload = {
        pull_request: {
          ...event.payload.pull_request,
          head: { ...event.payload.pull_request.head, repo: { full_name: 'mallory/saas-app' } },
          base: { sha: baseSha, repo: { full_name: 'acme/saas-app' } },
        },
      };
      const run = await runAction(
        projects,
        dir,
        { ...onServer(), 'fail-on': 'never', 'github-token': '', comment: 'true' },
        { name: 'pull_request', payload },
        { GITHUB_API_URL: github.baseUrl },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.summary).toMatch(/^### ❌ /);
      expect(run.stdout).toContain('::notice::no github-token: the report is in the job summary');
      expect(github.requests).toHaveLength(0);
    } finally {
      await github.close();
    }
  });

  it('offers fix: the command in the PR comment, and a suggested change on the lines of an in-place fix, posted once', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const file = `${M}/20240301000000_invoices_amount_idx.sql`;
      const sql = `-- invoices are listed by amount
create index invoices_amount_idx
  on public.invoices (amount_cents);
`;
      const dir = projects.create({
        ...history,
        [`${M}/20240102000000_invoices_rls.sql`]:
          'alter table public.invoices enable row level security;\nalter table public.workspaces enable row level security;\n',
        [file]: sql,
      });
      github.pullFiles.set(7, [{ filename: file, status: 'added', patch: addedPatch(sql) }]);
      github.comments.set(7, []);
      const event = pullRequest('0'.repeat(40));
      const payload = {
        pull_request: { ...event.payload.pull_request, base: { sha: '0'.repeat(40), ref: 'main' } },
      };
      const inputs = {
        ...onServer(),
        'fail-on': 'never',
        'github-token': 'ghs_test',
        comment: 'true',
      };
      const env = { GITHUB_API_URL: github.baseUrl };
      const first = await runAction(projects, dir, inputs, { name: event.name, payload }, env);
      expect(first.code, first.stdout).toBe(0);

      const [review] = github.reviewComments.get(7) ?? [];
      expect(review).toMatchObject({
        path: file,
        commitId: 'f'.repeat(40),
        startLine: 2,
        line: 3,
        side: 'RIGHT',
        user: 'github-actions[bot]',
      });
      expect(review?.body).toContain(
        '```suggestion\ncreate index concurrently invoices_amount_idx\n  on public.invoices (amount_cents);\n```',
      );
      const [comment] = github.comments.get(7) ?? [];
      expect(comment?.body).toContain(`npx migration-guard fix ${file} --base origin/main --write`);
      expect(comment?.body).toContain(
        `[suggested on lines 2–3](https://github.com/acme/saas-app/pull/7#discussion_r${review?.id})`,
      );
      expect(first.summary).toContain('npx migration-guard fix');

      // The next push finds its suggestion and does not post it again.
      const second = await runAction(projects, dir, inputs, { name: event.name, payload }, env);
      expect(second.code, second.stdout).toBe(0);
      expect(github.reviewComments.get(7)).toHaveLength(1);
      expect(github.comments.get(7)?.[0]?.body).toContain(`#discussion_r${review?.id}`);

      // A review comment carrying the marker but written by someone else is not the check's:
      // the check posts its own, and links that one.
      if (review) review.user = 'mallory';
      const third = await runAction(projects, dir, inputs, { name: event.name, payload }, env);
      expect(third.code, third.stdout).toBe(0);
      const reviews = github.reviewComments.get(7) ?? [];
      expect(reviews.map((r) => r.user)).toEqual(['mallory', 'github-actions[bot]']);
      expect(github.comments.get(7)?.[0]?.body).toContain(`#discussion_r${reviews[1]?.id}`);
    } finally {
      await github.close();
    }
  });

  it('a suggestion GitHub cannot place (line outside the diff) costs only the suggestion', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const file = `${M}/20240301000000_invoices_amount_idx.sql`;
      const sql = 'create index invoices_amount_idx on public.invoices (amount_cents);\n';
      const dir = projects.create({ ...history, [file]: sql });
      // A diff whose hunk does not reach line 1 of the new file.
      github.pullFiles.set(7, [
        { filename: file, status: 'added', patch: '@@ -0,0 +5,1 @@\n+-- elsewhere' },
      ]);
      github.comments.set(7, []);
      const run = await runAction(
        projects,
        dir,
        { ...onServer(), 'fail-on': 'never', 'github-token': 'ghs_test', comment: 'true' },
        pullRequest('0'.repeat(40)),
        { GITHUB_API_URL: github.baseUrl },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toContain('suggestion not posted');
      expect(run.stdout).toContain('HTTP 422');
      expect(github.reviewComments.get(7)).toEqual([]);
      const [comment] = github.comments.get(7) ?? [];
      expect(comment?.body).toContain('One statement changes in place (line 1)');
      expect(comment?.body).toContain(
        '```sql\ncreate index concurrently invoices_amount_idx on public.invoices (amount_cents);\n```',
      );
    } finally {
      await github.close();
    }
  });

  it('a pull request that changes the config its check runs under: the job fails and the record does not count', async () => {
    // The attack: turn the rule off in the pull request's own config, next to the migration it
    // would catch. Before, the check passed and its record said passed, which deploy trusts.
    const github = await FakeGitHubServer.start();
    try {
      const grant = `${M}/20240301000000_dashboard_access.sql`;
      const config = 'migration-guard.config.json';
      const dir = projects.create({
        ...history,
        [grant]: 'grant postgres to authenticated;\n',
        [config]: '{ "rules": { "api-role-escalation": "off" } }\n',
      });
      const env = { GITHUB_API_URL: github.baseUrl, GITHUB_REPOSITORY: 'acme/saas-app' };
      const inputs = {
        ...onServer(),
        'fail-on': 'error',
        'github-token': 'ghs_test',
        comment: 'true',
      };
      github.pullFiles.set(7, [
        { filename: grant, status: 'added' },
        { filename: config, status: 'added' },
      ]);
      github.comments.set(7, []);
      const run = await runAction(projects, dir, inputs, pullRequest('0'.repeat(40)), env);
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain(
        `this pull request changes ${config}, the migration-guard config its check runs under`,
      );
      const [comment] = github.comments.get(7) ?? [];
      expect(comment?.body).toContain(`this pull request changes ${config}`);
      const record = parseCheckRecord(comment?.body ?? '');
      expect(record?.passed).toBe(false);
      expect(Object.keys(record?.files ?? {})).toEqual(['20240301000000']);

      // The config change alone, in a pull request of its own: nothing to judge, the job passes.
      github.pullFiles.set(8, [{ filename: config, status: 'modified' }]);
      const event = pullRequest('0'.repeat(40));
      event.payload.pull_request.number = 8;
      const alone = await runAction(projects, dir, inputs, event, env);
      expect(alone.code, alone.stdout).toBe(0);
      expect(alone.stdout).not.toContain('the migration-guard config its check runs under');
    } finally {
      await github.close();
    }
  });

  it('the config change is seen through git when the listing stops at 3,000 files', async () => {
    // Padding the pull request past GitHub's listing limit must not hide the config change.
    const github = await FakeGitHubServer.start();
    try {
      const { dir, baseSha } = pullRequestProject(projects);
      writeFileSync(
        join(dir, 'migration-guard.config.jsonc'),
        '{ "rules": { "alter-column-type": "off" } }\n',
      );
      execFileSync('git', ['add', '.'], { cwd: dir });
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'config'],
        { cwd: dir },
      );
      github.pullFiles.set(
        7,
        Array.from({ length: 3005 }, (_, i) => ({ filename: `assets/${i}.txt`, status: 'added' })),
      );
      github.comments.set(7, []);
      const event = pullRequest(baseSha);
      const payload = { pull_request: { ...event.payload.pull_request, changed_files: 3007 } };
      const run = await runAction(
        projects,
        dir,
        { ...onServer(), 'fail-on': 'error', 'github-token': 'ghs_test', comment: 'true' },
        { name: 'pull_request', payload },
        { GITHUB_API_URL: github.baseUrl, GITHUB_REPOSITORY: 'acme/saas-app' },
      );
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('the changes come from git against the base commit');
      expect(run.stdout).toContain('this pull request changes migration-guard.config.jsonc');
      const record = parseCheckRecord(github.comments.get(7)?.[0]?.body ?? '');
      expect(record?.passed).toBe(false);
    } finally {
      await github.close();
    }
  });

  it('shortens an oversize report comment to fit, linking the job summary, and keeps the check record', async () => {
    const github = await FakeGitHubServer.start();
    try {
      // Hundreds of findings with long fixes: far over GitHub's 65,536-character comment limit.
      const columns = Array.from({ length: 300 }, (_, i) => `  c${i} integer not null default 0`);
      const statements = Array.from(
        { length: 300 },
        (_, i) => `alter table public.wide alter column c${i} type bigint;`,
      );
      const dir = projects.create({
        ...history,
        [`${M}/20240201000000_wide.sql`]: `create table public.wide (\n  id bigint primary key,\n${columns.join(',\n')}\n);\n`,
        [`${M}/20240301000000_widen_all.sql`]: `${statements.join('\n')}\n`,
      });
      github.pullFiles.set(7, [{ filename: `${M}/20240301000000_widen_all.sql`, status: 'added' }]);
      github.comments.set(7, []);
      const run = await runAction(
        projects,
        dir,
        { ...onServer(), 'fail-on': 'never', 'github-token': 'ghs_test', comment: 'true' },
        pullRequest('0'.repeat(40)),
        {
          GITHUB_API_URL: github.baseUrl,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_RUN_ID: '99',
        },
      );
      expect(run.code, run.stdout).toBe(0);
      const [comment] = github.comments.get(7) ?? [];
      expect(comment).toBeDefined();
      expect(comment?.body.length).toBeLessThanOrEqual(65_536);
      expect(comment?.body).toContain('This report was shortened to fit in a comment');
      expect(run.summary.length).toBeGreaterThan(comment?.body.length ?? 0);
      expect(comment?.body).toContain(
        '[job summary](https://github.com/acme/saas-app/actions/runs/99)',
      );
      const record = parseCheckRecord(comment?.body ?? '');
      expect(record?.passed).toBe(true);
      expect(Object.keys(record?.files ?? {})).toEqual(['20240301000000']);
    } finally {
      await github.close();
    }
  });
});

/** GitHub's `patch` of a file the pull request adds: one hunk of every line. */
function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}
