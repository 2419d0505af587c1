import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliStatements } from '../src/core/apply/migration-history.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { formatCheckRecord } from '../src/github/check-record.ts';
import { bundle, runAction } from './support/action-runner.ts';
import { TempProjects } from './support/cli-runner.ts';
import { type FakeReview, FakeGitHubServer } from './support/fake-github-server.ts';
import { FakeOidcIssuer } from './support/fake-oidc-issuer.ts';
import { type ServedFunction, serveFunction } from './support/edge-function.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';

// Deploy mode end to end: the bundled Action (dist/index.js) on a push, the local GitHub
// server for commits, pull requests, reviews and comments, and the edge function served by
// Deno on a real PostgreSQL 15 playing production.

const SECRET = 'deploy-secret-for-the-end-to-end-test';
const HEAD = 'c'.repeat(40);
const M = 'supabase/migrations';
const files: Record<string, string> = {
  [`${M}/20240101000000_workspaces.sql`]: `create table public.workspaces (
  id bigint generated always as identity primary key,
  name text not null
);
alter table public.workspaces enable row level security;
`,
  [`${M}/20240102000000_workspace_slug.sql`]: `alter table public.workspaces add column slug text;
-- trailing comment kept as its own statement, as the CLI keeps it
`,
};
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const commitOf = (n: number) => n.toString(16).padStart(40, '0');

const projects = new TempProjects();
let cluster: PgCluster;
let fn: ServedFunction | undefined;

/** The function on `databaseUrl`, with the deploy secret and any extra settings. */
function startFunction(databaseUrl: string, extraEnv: Record<string, string> = {}) {
  return serveFunction({
    SUPABASE_DB_URL: databaseUrl,
    MIGRATION_GUARD_SECRET: SECRET,
    ...extraEnv,
  });
}

/** A GitHub that knows which PR brought each file, its reviews and its report comment. */
function githubFor(
  github: FakeGitHubServer,
  pulls: {
    number: number;
    paths: string[];
    approvals: number;
    record?: 'passed' | 'failed' | 'stale';
    /** The report comment's author; by default `github-actions[bot]`. */
    author?: string;
    /** The check record's fail-on; null writes a record without one (an older migration-guard). */
    failOn?: string | null;
    /** The reviews given; by default `approvals` approvals by members on the merged head. */
    reviews?: FakeReview[];
    /** The PR's final head commit; by default the commit it was merged from. */
    head?: string;
    /** The PR's author. */
    pullAuthor?: string;
  }[],
  texts: Record<string, string> = files,
): void {
  for (const pull of pulls) {
    const commit = commitOf(pull.number);
    for (const path of pull.paths) github.commitsByPath.set(path, [commit]);
    github.commitPulls.set(commit, [
      {
        number: pull.number,
        title: `PR ${pull.number}`,
        merged: true,
        ...(pull.head !== undefined ? { head: pull.head } : {}),
        ...(pull.pullAuthor !== undefined ? { author: pull.pullAuthor } : {}),
      },
    ]);
    github.reviews.set(
      pull.number,
      pull.reviews ??
        Array.from({ length: pull.approvals }, (_, i) => ({
          user: `reviewer${i}`,
          state: 'APPROVED' as const,
        })),
    );
    github.comments.set(pull.number, []);
    if (pull.record === undefined) continue;
    const checked = Object.fromEntries(
      pull.paths.map((path) => {
        const text = texts[path] ?? '';
        const version = path.slice(path.lastIndexOf('/') + 1).split('_')[0] ?? '';
        return [version, pull.record === 'stale' ? sha(`${text}-- older\n`) : sha(text)];
      }),
    );
    const passed = pull.record !== 'failed';
    const record =
      pull.failOn === null
        ? // What migration-guard wrote before records stated their fail-on.
          `<!-- migration-guard:record ${JSON.stringify({ passed, files: checked })} -->`
        : formatCheckRecord({ passed, failOn: pull.failOn ?? 'error', files: checked });
    github.addComment(
      pull.number,
      `<!-- migration-guard:supabase/migrations -->\n### ✅ report\n${record}`,
      pull.author ?? 'github-actions[bot]',
    );
  }
}

async function deploy(
  github: FakeGitHubServer,
  dir: string,
  extra: Record<string, string> = {},
  extraEnv: Record<string, string> = {},
) {
  if (fn === undefined) throw new Error('the edge function did not start');
  return runAction(
    projects,
    dir,
    { 'deploy-secret': SECRET, 'function-url': fn.url, 'github-token': 'ghs_test', ...extra },
    { name: 'push', payload: { after: HEAD } },
    {
      GITHUB_API_URL: github.baseUrl,
      GITHUB_SHA: HEAD,
      GITHUB_RUN_ID: String(Math.floor(Math.random() * 1e9)),
      MIGRATION_GUARD_DEPLOY_POLL_MS: '200',
      ...extraEnv,
    },
  );
}

async function productionHistory(): Promise<
  { version: string; name: string; statements: string[] }[]
> {
  const db = await PgDatabase.connect({ url: cluster.url });
  try {
    const exists = await db.query<{ present: boolean }>(
      "select to_regclass('supabase_migrations.schema_migrations') is not null as present",
    );
    if (!exists.rows[0]?.present) return [];
    const { rows } = await db.query<{ version: string; name: string; statements: string[] }>(
      'select version, name, statements from supabase_migrations.schema_migrations order by version',
    );
    return rows;
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
  cluster = await startPgCluster();
  fn = await startFunction(cluster.url);
}, 120_000);

afterAll(async () => {
  fn?.stop();
  await cluster?.stop();
  projects.removeAll();
});

describe('deploy mode: the bundled Action, the edge function on Deno, real Postgres', () => {
  it('stops before applying anything when a migration lacks approval or a passing check', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const paths = Object.keys(files);
      githubFor(github, [
        { number: 11, paths: [paths[0] ?? ''], approvals: 1, record: 'passed' },
        // Approved, but its check ran on an earlier version of the file.
        { number: 12, paths: [paths[1] ?? ''], approvals: 0, record: 'stale' },
      ]);
      const run = await deploy(github, projects.create(files));
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('deployment stopped, nothing applied');
      expect(run.stdout).toContain(
        '20240102000000_workspace_slug.sql (from #12): 0 approval(s), 1 required',
      );
      expect(run.stdout).toContain('the file changed after the check');
      expect(run.outputs.get('deployment-status')).toBe('blocked');
      expect(await productionHistory()).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('does not trust a look-alike report comment written by someone else', async () => {
    const github = await FakeGitHubServer.start();
    try {
      githubFor(github, [
        {
          number: 21,
          paths: Object.keys(files),
          approvals: 2,
          record: 'passed',
          author: 'mallory',
        },
      ]);
      const run = await deploy(github, projects.create(files));
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('no migration-guard check result on the pull request');
      expect(await productionHistory()).toEqual([]);
    } finally {
      await github.close();
    }
  });

  // The gate trusts only what GitHub guarantees (issue 13): each attack is refused by name.
  it('refuses a stale approval: approved on v1, v2 pushed and merged', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const v1 = '1'.repeat(40);
      const v2 = '2'.repeat(40);
      githubFor(github, [
        {
          number: 41,
          paths: Object.keys(files),
          approvals: 0,
          record: 'passed',
          head: v2,
          reviews: [{ user: 'alice', state: 'APPROVED', commit: v1 }],
        },
      ]);
      const run = await deploy(github, projects.create(files));
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('(from #41): 0 approval(s), 1 required');
      expect(run.stdout).toContain(
        `stale approval: alice approved ${v1.slice(0, 12)}, but ${v2.slice(0, 12)} was merged`,
      );
      // Unknown protection (404) counts as not dismissing stale approvals.
      expect(
        github.requests.some((r) =>
          r.path.endsWith('/branches/main/protection/required_pull_request_reviews'),
        ),
      ).toBe(true);
      expect(await productionHistory()).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('refuses approvals from reviewers without write access and from the PR author', async () => {
    const github = await FakeGitHubServer.start();
    try {
      githubFor(github, [
        {
          number: 42,
          paths: Object.keys(files),
          approvals: 0,
          record: 'passed',
          pullAuthor: 'dana',
          reviews: [
            { user: 'outsider', state: 'APPROVED', association: 'NONE' },
            { user: 'drive-by', state: 'APPROVED', association: 'CONTRIBUTOR' },
            { user: 'dana', state: 'APPROVED', association: 'MEMBER' },
          ],
        },
      ]);
      const run = await deploy(github, projects.create(files), { 'required-approvals': '1' });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('(from #42): 0 approval(s), 1 required');
      expect(run.stdout).toContain(
        'outsider has no write access to the repository (author_association NONE',
      );
      expect(run.stdout).toContain(
        'drive-by has no write access to the repository (author_association CONTRIBUTOR',
      );
      expect(run.stdout).toContain(
        "dana is the pull request's author (an author's own approval never counts)",
      );
      expect(await productionHistory()).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('a later request for changes cancels an approval', async () => {
    const github = await FakeGitHubServer.start();
    try {
      githubFor(github, [
        {
          number: 43,
          paths: Object.keys(files),
          approvals: 0,
          record: 'passed',
          reviews: [
            { user: 'alice', state: 'APPROVED' },
            { user: 'alice', state: 'COMMENTED' },
            { user: 'alice', state: 'CHANGES_REQUESTED' },
          ],
        },
      ]);
      const run = await deploy(github, projects.create(files));
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('0 approval(s), 1 required; changes requested by alice');
      expect(await productionHistory()).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('refuses a check record produced with fail-on: never, or one that states no fail-on', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const [first, second] = Object.keys(files);
      githubFor(github, [
        { number: 44, paths: [first ?? ''], approvals: 1, record: 'passed', failOn: 'never' },
        { number: 45, paths: [second ?? ''], approvals: 1, record: 'passed', failOn: null },
      ]);
      const run = await deploy(github, projects.create(files));
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain(
        "(from #44): the pull request's check ran with fail-on: never, which passes whatever it finds; deploy-requires-fail-on is 'error'",
      );
      expect(run.stdout).toContain(
        "(from #45): the pull request's check record states no fail-on (it was written by an older migration-guard)",
      );
      expect(await productionHistory()).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('deploy-requires-fail-on: a stricter setting refuses a check run with fail-on: error; never is a configuration error', async () => {
    const github = await FakeGitHubServer.start();
    try {
      githubFor(github, [
        { number: 46, paths: Object.keys(files), approvals: 1, record: 'passed' },
      ]);
      const strict = await deploy(github, projects.create(files), {
        'deploy-requires-fail-on': 'warning',
      });
      expect(strict.code, strict.stdout).toBe(1);
      expect(strict.stdout).toContain(
        "the pull request's check ran with fail-on: error, looser than required (deploy-requires-fail-on is 'warning')",
      );
      const loose = await deploy(github, projects.create(files), {
        'deploy-requires-fail-on': 'never',
      });
      expect(loose.code, loose.stdout).toBe(1);
      expect(loose.stdout).toContain(
        "input 'deploy-requires-fail-on' may only be made stricter than error, not 'never'",
      );
      expect(await productionHistory()).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('applies approved, checked migrations, records them as the CLI does, then finds nothing to do', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const paths = Object.keys(files);
      githubFor(github, [
        { number: 31, paths: [paths[0] ?? ''], approvals: 1, record: 'passed' },
        { number: 32, paths: [paths[1] ?? ''], approvals: 2, record: 'passed' },
      ]);
      const dir = projects.create(files);
      const run = await deploy(github, dir);
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.get('deployment-status')).toBe('succeeded');
      expect(run.outputs.get('applied')).toBe('2');
      expect(run.summary).toContain('Production deployment succeeded: 2 of 2 migration(s) applied');

      await loadParser();
      const expected = Object.entries(files).map(([path, text]) => {
        const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.sql$/, '');
        const [version, ...rest] = name.split('_');
        return { version, name: rest.join('_'), statements: cliStatements(parseSql(text)) };
      });
      expect(await productionHistory()).toEqual(expected);

      // Each merged PR gets the result.
      for (const number of [31, 32]) {
        const ours = (github.comments.get(number) ?? []).filter((c) =>
          c.body.startsWith('<!-- migration-guard:deploy:supabase/migrations -->'),
        );
        expect(ours).toHaveLength(1);
        expect(ours[0]?.body).toContain('Production deployment succeeded');
      }

      const again = await deploy(github, dir);
      expect(again.code, again.stdout).toBe(0);
      expect(again.outputs.get('deployment-status')).toBe('up-to-date');
      expect(again.stdout).toContain('nothing to deploy');
      expect(await productionHistory()).toHaveLength(2);
    } finally {
      await github.close();
    }
  });

  it('refuses a migration edited after production applied it, naming both checksums', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const paths = Object.keys(files);
      const edited = {
        ...files,
        [paths[1] ?? '']: 'alter table public.workspaces add column slug varchar(80);\n',
      };
      const run = await deploy(github, projects.create(edited));
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('production applied version 20240102000000 with checksum');
      expect(run.stdout).toContain('applied migrations are never edited');
      expect(await productionHistory()).toHaveLength(2);
    } finally {
      await github.close();
    }
  });

  it('refuses a file over the size limit, and a request over the function body limit, applying nothing', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const before = await productionHistory();
      const paths = Object.keys(files);
      const bulk = `${M}/20240301000000_bulk.sql`;
      const bulkSql = `create table public.bulk (id int);\n${'insert into public.bulk values (1);\n'.repeat(200)}`;
      const texts = { ...files, [bulk]: bulkSql };
      const pulls = [
        { number: 61, paths: [...paths, bulk], approvals: 1, record: 'passed' as const },
      ];
      githubFor(github, pulls, texts);
      // Over a 4 KiB limit: not read, so never sent as if empty.
      const over = await deploy(
        github,
        projects.create(texts),
        {},
        {
          MIGRATION_GUARD_MAX_FILE_BYTES: '4096',
        },
      );
      expect(over.code, over.stdout).toBe(1);
      expect(over.stdout).toContain('deployment stopped, nothing applied');
      expect(over.stdout).toContain(
        `20240301000000_bulk.sql: ${Buffer.byteLength(bulkSql)} bytes, over the 4096 bytes limit on a migration file, so it was not read and cannot be deployed`,
      );
      expect(await productionHistory()).toEqual(before);

      // Under the file limit but over the function's 5 MiB request limit: refused before sending.
      const padded = `${bulkSql}-- ${'x'.repeat(6 * 1024 * 1024)}\n`;
      const large = { ...files, [bulk]: padded };
      githubFor(github, pulls, large);
      const tooBig = await deploy(github, projects.create(large));
      expect(tooBig.code, tooBig.stdout).toBe(1);
      expect(tooBig.stdout).toContain("over the edge function's 5 MiB limit on a request body");
      expect(tooBig.stdout).toContain('20240301000000_bulk.sql (6.0 MiB)');
      expect(await productionHistory()).toEqual(before);
    } finally {
      await github.close();
    }
  });

  it('refuses outside the deploy window, before contacting the function', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const now = new Date();
      const start = (now.getUTCHours() + 2) % 24;
      const window = `${String(start).padStart(2, '0')}:00-${String((start + 1) % 24).padStart(2, '0')}:00 UTC`;
      const run = await deploy(github, projects.create(files), { 'deploy-window': window });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain(`outside the deploy window ${window}`);
      expect(github.requests).toHaveLength(0);
    } finally {
      await github.close();
    }
  });

  it('keeps a deployment going across calls when the function answers 202', async () => {
    const github = await FakeGitHubServer.start();
    const admin = await PgDatabase.connect({ url: cluster.url });
    await admin.exec('create database production_two strategy file_copy');
    await admin.close();
    // One file per call: the function stops after its time budget and answers 202.
    const slow = await startFunction(cluster.url.replace(/\/postgres$/, '/production_two'), {
      MIGRATION_GUARD_TIME_BUDGET_MS: '1',
    });
    try {
      const three: Record<string, string> = {
        ...files,
        [`${M}/20240103000000_workspace_index.sql`]:
          'create index concurrently workspaces_slug_idx on public.workspaces (slug);\n',
      };
      githubFor(
        github,
        [{ number: 41, paths: Object.keys(three), approvals: 1, record: 'passed' }],
        three,
      );
      const run = await runAction(
        projects,
        projects.create(three),
        { 'deploy-secret': SECRET, 'function-url': slow.url, 'github-token': 'ghs_test' },
        { name: 'workflow_dispatch', payload: {} },
        {
          GITHUB_API_URL: github.baseUrl,
          GITHUB_SHA: HEAD,
          GITHUB_RUN_ID: '777',
          MIGRATION_GUARD_DEPLOY_POLL_MS: '100',
        },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.get('applied')).toBe('3');
      expect(run.stdout).toContain('deployment gh-777-1: running, 1/3 migration(s) done');
      expect(run.stdout).toContain('deployment gh-777-1: succeeded, 3/3 migration(s) done');
    } finally {
      slow.stop();
      await github.close();
    }
  });

  it('authenticates with a GitHub OIDC token instead of a secret, pinned to the repository', async () => {
    const github = await FakeGitHubServer.start();
    const issuer = await FakeOidcIssuer.start({
      sub: 'repo:acme/saas-app:ref:refs/heads/main',
      repository: 'acme/saas-app',
      repository_id: '424242',
      ref: 'refs/heads/main',
      event_name: 'push',
    });
    const admin = await PgDatabase.connect({ url: cluster.url });
    await admin.exec('create database production_oidc strategy file_copy');
    await admin.close();
    const oidcFunction = await startFunction(
      cluster.url.replace(/\/postgres$/, '/production_oidc'),
      {
        MIGRATION_GUARD_SECRET: '',
        MIGRATION_GUARD_OIDC_ISSUER: issuer.url,
        MIGRATION_GUARD_OIDC_AUDIENCE: 'migration-guard-production',
        MIGRATION_GUARD_OIDC_REPOSITORY_ID: '424242',
        MIGRATION_GUARD_OIDC_REF: 'refs/heads/main',
      },
    );
    try {
      githubFor(github, [
        { number: 51, paths: Object.keys(files), approvals: 1, record: 'passed' },
      ]);
      const dir = projects.create(files);
      const run = (audience: string) =>
        runAction(
          projects,
          dir,
          {
            'oidc-audience': audience,
            'function-url': oidcFunction.url,
            'github-token': 'ghs_test',
          },
          { name: 'push', payload: {} },
          {
            GITHUB_API_URL: github.baseUrl,
            GITHUB_SHA: HEAD,
            GITHUB_RUN_ID: '888',
            ...issuer.runnerEnv,
          },
        );
      const wrongAudience = await run('someone-else');
      expect(wrongAudience.code, wrongAudience.stdout).toBe(1);
      expect(wrongAudience.stdout).toContain('HTTP 401 unauthenticated');
      expect(wrongAudience.stdout).toContain('check oidc-audience');
      const ok = await run('migration-guard-production');
      expect(ok.code, ok.stdout).toBe(0);
      expect(ok.outputs.get('applied')).toBe('2');
    } finally {
      oidcFunction.stop();
      await issuer.close();
      await github.close();
    }
  });

  it('a migration that fails in production fails the job, names the error, keeps what committed', async () => {
    const github = await FakeGitHubServer.start();
    const admin = await PgDatabase.connect({ url: cluster.url });
    await admin.exec('create database production_failing strategy file_copy');
    await admin.close();
    const url = cluster.url.replace(/\/postgres$/, '/production_failing');
    const failingFunction = await startFunction(url);
    try {
      const texts: Record<string, string> = {
        [`${M}/20240101000000_workspaces.sql`]: files[`${M}/20240101000000_workspaces.sql`] ?? '',
        [`${M}/20240105000000_broken.sql`]:
          'alter table public.workspaces add column owner_id uuid;\nalter table public.missing_table add column x int;\n',
      };
      githubFor(
        github,
        [{ number: 61, paths: Object.keys(texts), approvals: 1, record: 'passed' }],
        texts,
      );
      const run = await runAction(
        projects,
        projects.create(texts),
        {
          'deploy-secret': SECRET,
          'function-url': failingFunction.url,
          'github-token': 'ghs_test',
        },
        { name: 'push', payload: {} },
        { GITHUB_API_URL: github.baseUrl, GITHUB_SHA: HEAD, GITHUB_RUN_ID: '999' },
      );
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs.get('deployment-status')).toBe('failed');
      expect(run.outputs.get('applied')).toBe('1');
      expect(run.stdout).toContain('deployment gh-999-1 failed');
      expect(run.stdout).toContain('20240105000000_broken');
      expect(run.stdout).toMatch(/missing_table/);
      expect(run.summary).toContain('Production deployment failed: 1 of 2 migration(s) applied');
      // The failed file was one transaction: its first statement did not stay applied.
      const db = await PgDatabase.connect({ url });
      try {
        const { rows } = await db.query<{ n: string }>(
          "select count(*)::text as n from information_schema.columns where table_name = 'workspaces' and column_name = 'owner_id'",
        );
        expect(rows[0]?.n).toBe('0');
        const history = await db.query<{ version: string }>(
          'select version from supabase_migrations.schema_migrations order by version',
        );
        expect(history.rows.map((r) => r.version)).toEqual(['20240101000000']);
      } finally {
        await db.close();
      }
    } finally {
      failingFunction.stop();
      await github.close();
    }
  });

  it('holds a contract step and what follows it until its date, deploying what comes before', async () => {
    const github = await FakeGitHubServer.start();
    const admin = await PgDatabase.connect({ url: cluster.url });
    await admin.exec('create database production_contract strategy file_copy');
    await admin.close();
    const url = cluster.url.replace(/\/postgres$/, '/production_contract');
    const contractFunction = await startFunction(url);
    try {
      const texts: Record<string, string> = {
        [`${M}/20240101000000_workspaces.sql`]: files[`${M}/20240101000000_workspaces.sql`] ?? '',
        [`${M}/20240102000000_deprecate_name.sql`]:
          "comment on column public.workspaces.name is 'deprecated: use title';\n",
        [`${M}/20240103000000_drop_name.sql`]:
          '-- migration-guard:contract after=2099-01-01\nalter table public.workspaces drop column name;\n',
        [`${M}/20240104000000_slug.sql`]: 'alter table public.workspaces add column slug text;\n',
      };
      githubFor(
        github,
        [{ number: 71, paths: Object.keys(texts), approvals: 1, record: 'passed' }],
        texts,
      );
      const run = await runAction(
        projects,
        projects.create(texts),
        {
          'deploy-secret': SECRET,
          'function-url': contractFunction.url,
          'github-token': 'ghs_test',
        },
        { name: 'push', payload: {} },
        { GITHUB_API_URL: github.baseUrl, GITHUB_SHA: HEAD, GITHUB_RUN_ID: '998' },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.get('deployment-status')).toBe('succeeded');
      expect(run.outputs.get('applied')).toBe('2');
      expect(run.stdout).toContain(
        'not deployed yet: 20240103000000_drop_name.sql is a contract step not due before 2099-01-01 00:00 UTC',
      );
      expect(run.stdout).toContain('nothing of it or of the 1 migration(s) after it is applied');
      const db = await PgDatabase.connect({ url });
      try {
        const history = await db.query<{ version: string }>(
          'select version from supabase_migrations.schema_migrations order by version',
        );
        expect(history.rows.map((r) => r.version)).toEqual(['20240101000000', '20240102000000']);
      } finally {
        await db.close();
      }
    } finally {
      contractFunction.stop();
      await github.close();
    }
  });

  it('names the setting when the function secret is wrong', async () => {
    const github = await FakeGitHubServer.start();
    try {
      const run = await deploy(github, projects.create(files), {
        'deploy-secret': 'not-the-secret',
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('HTTP 401 unauthenticated');
      expect(run.stdout).toContain('check that deploy-secret matches');
      expect(run.stdout).not.toContain('internal error');
    } finally {
      await github.close();
    }
  });
});
