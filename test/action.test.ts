import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import { migrationFile } from '../src/core/migrations/migration-file.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { bundle, runAction, stagingServerForFile } from './support/action-runner.ts';
import { TempProjects } from './support/cli-runner.ts';
import { FakeGitHubServer } from './support/fake-github-server.ts';
import { FAKE_SUPABASE_TOKEN, FakeSupabaseApi } from './support/fake-supabase-api.ts';
import { startPgCluster } from './support/pg-cluster.ts';
import {
  change,
  history,
  M,
  pullRequest,
  pullRequestProject,
} from './support/pull-request-project.ts';

// The bundled Action checking a pull request: what it checks, on which database, its outputs.
// Its PR comment is in action-comment.test.ts.

const projects = new TempProjects();

async function toApply(files: Record<string, string>) {
  return Promise.all(
    Object.entries(files).map(async ([path, sql]) => ({ file: await migrationFile(path, sql) })),
  );
}

async function withDatabase(url: string, use: (db: PgDatabase) => Promise<void>): Promise<void> {
  const db = await PgDatabase.connect({ url });
  try {
    await use(db);
  } finally {
    await db.close();
  }
}

beforeAll(() => {
  if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
});
afterAll(() => projects.removeAll());

// The embedded database is what a PR check runs on by default: the first test and the
// preview-branch ones use it. Tests about the GitHub side (file listings, annotations) run the
// migrations on one real PostgreSQL server for the file instead (database-url; each run rolls
// back), sparing each run an embedded database of its own.
const { onServer } = stagingServerForFile();

describe('the bundled Action (dist/index.js)', () => {
  it('checks the PR against its base: outputs, job summary, report files, exit 1 at fail-on', async () => {
    const { dir, baseSha } = pullRequestProject(projects);
    const run = await runAction(
      projects,
      dir,
      { 'fail-on': 'error', comment: 'true' },
      pullRequest(baseSha),
    );

    expect(run.code, run.stdout).toBe(1);
    expect(Number(run.outputs.get('errors'))).toBeGreaterThan(0);
    expect(run.outputs.get('warnings')).toMatch(/^\d+$/);
    expect(run.summary).toMatch(/^### ❌ \d+ errors? .*in 1 migration/m);
    expect(run.stdout).toContain('::error::migration-guard found');
    expect(run.stdout).toContain('::notice::no github-token: the report is in the job summary');

    const jsonPath = run.outputs.get('report-json') ?? '';
    const sarifPath = run.outputs.get('report-sarif') ?? '';
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      target: { kind: string };
      migrations: { file: string; staging: string; findings: { rule: string }[] }[];
      checks: { id: string; status: string }[];
    };
    // Only the PR's migration is checked; the history is replayed, not reported.
    expect(report.migrations.map((m) => m.file)).toEqual([Object.keys(change)[0]]);
    expect(report.target.kind).toBe('pglite');
    // The change ran on a database holding the history's tables: traced, not rejected.
    expect(report.checks).toContainEqual(
      expect.objectContaining({ id: 'staging-replay', status: 'pass' }),
    );
    expect(report.migrations[0]?.staging).toBe('applied');
    const rules = report.migrations[0]?.findings.map((f) => f.rule);
    expect(rules).toContain('alter-column-type');
    expect(rules).not.toContain('trace-statement-failed');
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {
      version: string;
      runs: unknown[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
  });

  it('exits 0 with fail-on: never, outputs still set', async () => {
    const { dir, baseSha } = pullRequestProject(projects);
    const run = await runAction(
      projects,
      dir,
      { ...onServer(), 'fail-on': 'never', comment: 'false' },
      pullRequest(baseSha),
    );

    expect(run.code, run.stdout).toBe(0);
    expect(Number(run.outputs.get('errors'))).toBeGreaterThan(0);
    expect(run.outputs.has('report-sarif')).toBe(true);
    expect(run.stdout).not.toContain('no github-token');
  });

  it('checks the whole directory when the base commit is not in the checkout', async () => {
    const { dir } = pullRequestProject(projects);
    const run = await runAction(
      projects,
      dir,
      { ...onServer(), 'fail-on': 'never' },
      pullRequest('0'.repeat(40)),
    );

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('is not in the checkout, so every migration is checked');
    const report = JSON.parse(readFileSync(run.outputs.get('report-json') ?? '', 'utf8')) as {
      migrations: unknown[];
    };
    expect(report.migrations).toHaveLength(2);
  });

  it("takes the PR's changes from GitHub's file listing when the checkout has no history", async () => {
    const github = await FakeGitHubServer.start();
    try {
      const base = 'b'.repeat(40);
      const old = `${M}/20240115000000_old_name.sql`;
      const renamed = `${M}/20240116000000_new_name.sql`;
      const removed = `${M}/20240120000000_audit.sql`;
      const edited = `${M}/20240101000000_workspaces.sql`;
      const added = Object.keys(change)[0] ?? '';
      const renamedSql = 'create index on public.invoices (workspace_id);\n';
      // The PR's head as a shallow checkout has it: no git history at all.
      const dir = projects.create({
        [edited]: `${history[edited]}alter table public.workspaces add column slug text;\n`,
        [renamed]: renamedSql,
        ...change,
      });
      github.pullFiles.set(7, [
        { filename: added, status: 'added' },
        { filename: edited, status: 'modified' },
        { filename: removed, status: 'removed' },
        { filename: renamed, status: 'renamed', previous_filename: old },
        { filename: 'supabase/migrations/drafts/20240401000000_idea.sql', status: 'added' },
        { filename: 'README.md', status: 'modified' },
      ]);
      github.contents.set(`${base}:${edited}`, history[edited] ?? '');
      github.contents.set(`${base}:${removed}`, 'create table public.audit (id bigint);\n');
      github.contents.set(`${base}:${old}`, renamedSql);
      const run = await runAction(
        projects,
        dir,
        { ...onServer(), 'fail-on': 'never', 'github-token': 'ghs_test', comment: 'false' },
        pullRequest(base),
        { GITHUB_API_URL: github.baseUrl, GITHUB_REPOSITORY: 'acme/saas-app' },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toContain('pull request #7: 6 file(s) listed, 4 in supabase/migrations');
      expect(run.stdout).not.toContain('every migration is checked');
      const report = JSON.parse(readFileSync(run.outputs.get('report-json') ?? '', 'utf8')) as {
        migrations: { file: string; status: string; findings: { rule: string }[] }[];
      };
      const byFile = new Map(report.migrations.map((m) => [m.file, m]));
      expect(byFile.get(added)?.status).toBe('added');
      expect(byFile.get(edited)?.findings.map((f) => f.rule)).toContain('migration-modified');
      expect(byFile.get(removed)?.findings.map((f) => f.rule)).toContain('migration-deleted');
      expect(byFile.get(old)?.findings.map((f) => f.rule)).toContain('migration-deleted');
      expect(byFile.get(old)?.findings[0]?.rule).toBe('migration-deleted');
      // The base contents came from the contents API, raw.
      const reads = github.requests.filter((r) => r.path.includes('/contents/'));
      expect(reads.map((r) => r.query['ref'])).toEqual([base, base, base]);
    } finally {
      await github.close();
    }
  });

  it("falls back to git past GitHub's 3,000-file listing limit", async () => {
    const github = await FakeGitHubServer.start();
    try {
      const { dir, baseSha } = pullRequestProject(projects);
      const many = Array.from({ length: 3005 }, (_, i) => ({
        filename: `assets/file-${i}.txt`,
        status: 'added' as const,
      }));
      github.pullFiles.set(7, many);
      const event = pullRequest(baseSha);
      const payload = {
        pull_request: { ...event.payload.pull_request, changed_files: 3006 },
      };
      const run = await runAction(
        projects,
        dir,
        { ...onServer(), 'fail-on': 'never', 'github-token': 'ghs_test', comment: 'false' },
        { name: 'pull_request', payload },
        { GITHUB_API_URL: github.baseUrl, GITHUB_REPOSITORY: 'acme/saas-app' },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toContain("GitHub lists at most 3000 of the pull request's 3006 files");
      expect(run.stdout).toContain('the changes come from git against the base commit');
      const report = JSON.parse(readFileSync(run.outputs.get('report-json') ?? '', 'utf8')) as {
        migrations: { file: string }[];
      };
      expect(report.migrations.map((m) => m.file)).toEqual(Object.keys(change));
    } finally {
      await github.close();
    }
  });

  it('annotates the most severe findings first, within GitHub limits, and counts the rest', async () => {
    const files: Record<string, string> = { ...history };
    for (let i = 0; i < 12; i++) {
      const version = `202403${String(i + 10).padStart(2, '0')}000000`;
      files[`${M}/${version}_change_${i}.sql`] =
        `-- change ${i}\nalter table public.invoices alter column amount_cents type bigint;\n`;
    }
    files[`${M}/20240401000000_drop_name.sql`] =
      'alter table public.workspaces drop column name;\n';
    const dir = projects.create(files);
    const run = await runAction(
      projects,
      dir,
      { ...onServer(), 'fail-on': 'never', comment: 'false' },
      pullRequest('0'.repeat(40)),
    );
    expect(run.code, run.stdout).toBe(0);
    const errors = run.stdout.split('\n').filter((l) => /^::error .*file=/.test(l));
    expect(errors).toHaveLength(10);
    // Errors before warnings, then by file and line.
    expect(errors[0]).toContain('file=supabase/migrations/20240101000000_workspaces.sql,line=1,');
    expect(errors.some((l) => l.includes('title=migration-guard%3A alter-column-type'))).toBe(true);
    const kinds = run.stdout
      .split('\n')
      .filter((l) => /^::(error|warning|notice) .*file=/.test(l))
      .map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds.indexOf('warning')).toBeGreaterThan(kinds.lastIndexOf('error'));
    expect(kinds.filter((k) => k === 'warning').length).toBeLessThanOrEqual(10);
    const report = JSON.parse(readFileSync(run.outputs.get('report-json') ?? '', 'utf8')) as {
      summary: { errors: number };
    };
    const hidden = report.summary.errors - 10;
    expect(hidden).toBeGreaterThan(0);
    expect(run.summary).toContain(`finding(s) have no annotation on the files (${hidden} error(s)`);
  });

  it("runs on the PR's Supabase preview branch found through the Management API", async () => {
    const cluster = await startPgCluster({ ssl: true });
    const supabase = await FakeSupabaseApi.start();
    try {
      const branchRef = 'brnchrefabcdefghijkl';
      // The branch has the base's migrations, recorded as Supabase records them.
      await withDatabase(cluster.url, async (db) => {
        await db.exec(`create role "postgres.${branchRef}" login superuser`);
        await applyMigrations(db, await toApply(history), { record: true });
      });
      supabase.addProject('prodrefabcdefghijklm');
      supabase.addBranch('prodrefabcdefghijklm', {
        name: 'feature/widen-amount',
        projectRef: branchRef,
        gitBranch: 'feature/widen-amount',
        statuses: ['MIGRATIONS_PASSED'],
        dbHost: '127.0.0.1',
        dbPort: cluster.port,
        poolerHost: '127.0.0.1',
        poolerPort: cluster.port,
        poolMode: 'session',
      });
      const { dir, baseSha } = pullRequestProject(projects);
      const inputs = {
        'fail-on': 'never',
        comment: 'false',
        'supabase-access-token': FAKE_SUPABASE_TOKEN,
        'supabase-project-ref': 'prodrefabcdefghijklm',
      };
      const env = { MIGRATION_GUARD_SUPABASE_API_URL: supabase.baseUrl };
      const first = await runAction(
        projects,
        dir,
        inputs,
        pullRequest(baseSha, 'feature/widen-amount'),
        env,
      );
      expect(first.code, first.stdout).toBe(0);
      const report = JSON.parse(readFileSync(first.outputs.get('report-json') ?? '', 'utf8')) as {
        target: { kind: string; name: string; mode: string };
        migrations: { statements: { locks: { mode: string }[] }[] }[];
      };
      expect(report.target.kind).toBe('postgres');
      expect(report.target.mode).toBe('rollback');
      expect(report.target.name).toContain('Supabase preview branch "feature/widen-amount"');
      // Traced there: the type change's lock is seen.
      expect(report.migrations[0]?.statements[0]?.locks.map((l) => l.mode)).toContain(
        'AccessExclusiveLock',
      );
      expect(first.stdout).not.toContain(FAKE_SUPABASE_TOKEN);

      // Supabase's integration has since applied the PR's migrations on the branch.
      await withDatabase(cluster.url, async (db) => {
        await applyMigrations(db, await toApply(change), { record: true });
      });
      const second = await runAction(
        projects,
        dir,
        inputs,
        pullRequest(baseSha, 'feature/widen-amount'),
        env,
      );
      expect(second.code, second.stdout).toBe(0);
      const again = JSON.parse(readFileSync(second.outputs.get('report-json') ?? '', 'utf8')) as {
        target: { kind: string; name: string };
      };
      expect(again.target.kind).toBe('pglite');
      expect(again.target.name).toContain("has already applied the pull request's migrations");
      expect(second.summary).toContain("has already applied the pull request's migrations");
    } finally {
      await supabase.close();
      await cluster.stop();
    }
  });

  it('no preview branch for the PR: the embedded database, with a notice', async () => {
    const supabase = await FakeSupabaseApi.start();
    try {
      supabase.addProject('prodrefabcdefghijklm');
      const { dir, baseSha } = pullRequestProject(projects);
      const run = await runAction(
        projects,
        dir,
        {
          'fail-on': 'never',
          comment: 'false',
          'supabase-access-token': FAKE_SUPABASE_TOKEN,
          'supabase-project-ref': 'prodrefabcdefghijklm',
        },
        pullRequest(baseSha, 'feature/other'),
        { MIGRATION_GUARD_SUPABASE_API_URL: supabase.baseUrl },
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toContain('::notice::no preview branch follows git branch feature/other');
      const report = JSON.parse(readFileSync(run.outputs.get('report-json') ?? '', 'utf8')) as {
        target: { kind: string };
      };
      expect(report.target.kind).toBe('pglite');
    } finally {
      await supabase.close();
    }
  });

  it('deploy mode (the default on push) names the missing setting instead of guessing', async () => {
    const { dir } = pullRequestProject(projects);
    const run = await runAction(projects, dir, {}, { name: 'push', payload: {} });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::deploy mode needs the edge function: neither function-url nor supabase-project-ref is set',
    );
    expect(run.outputs.size).toBe(0);
  });

  it('names the input when one is wrong', async () => {
    const { dir, baseSha } = pullRequestProject(projects);
    const run = await runAction(projects, dir, { 'fail-on': 'critical' }, pullRequest(baseSha));

    expect(run.code).toBe(1);
    expect(run.stdout).toContain("input 'fail-on' must be one of error, warning, notice, never");
  });
});
