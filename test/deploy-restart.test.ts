import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCheckRecord } from '../src/github/check-record.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { bundle, runAction } from './support/action-runner.ts';
import { TempProjects } from './support/cli-runner.ts';
import { type ServedFunction, serveFunction } from './support/edge-function.ts';
import { FakeGitHubServer } from './support/fake-github-server.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';

// Issue 12's done-when: production's Postgres restarts while a deployment is applying, and the
// bundled Action (dist/index.js) still completes it by sending the same request again, with
// every file applied once. The edge function runs on Deno against a real PostgreSQL 15, and
// the cluster is stopped and started (same data dir and port) during a file's pg_sleep.

const SECRET = 'deploy-secret-for-the-restart-test';
const HEAD = 'd'.repeat(40);
const M = 'supabase/migrations';
const ledger = (version: string) => `insert into public.ledger (file) values ('${version}');\n`;
const files: Record<string, string> = {
  [`${M}/20240301000000_ledger.sql`]: `create table public.ledger (
  id bigint generated always as identity primary key,
  file text not null,
  at timestamptz not null default clock_timestamp()
);
${ledger('20240301000000')}`,
  // The restart comes during the sleep: this file's transaction dies and is sent again.
  [`${M}/20240302000000_slow.sql`]: `${ledger('20240302000000')}select pg_sleep(3);\n`,
  [`${M}/20240303000000_after.sql`]: `create table public.after_restart (id int primary key);
${ledger('20240303000000')}`,
  [`${M}/20240304000000_last.sql`]: ledger('20240304000000'),
};
const versions = Object.keys(files).map((path) => path.slice(M.length + 1, M.length + 15));
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const projects = new TempProjects();
afterAll(() => projects.removeAll());

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const db = await PgDatabase.connect({ url });
  try {
    return (await db.query<T>(sql)).rows;
  } finally {
    await db.close();
  }
}

/** Resolves once a session runs `pg_sleep`; polls every 50 ms, for up to `timeoutMs`. */
async function sleepStarted(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const rows = await query<{ n: number }>(
      url,
      "select count(*)::int as n from pg_stat_activity where state = 'active' and query ilike '%pg_sleep(3)%' and pid <> pg_backend_pid()",
    ).catch(() => [{ n: 0 }]);
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`no session ran pg_sleep within ${timeoutMs} ms`);
}

describe('deploy mode survives a Postgres restart', () => {
  it('a Postgres restart mid-deployment: the Action run completes after its retries, each file applied once', async () => {
    if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run bundle`');
    let cluster: PgCluster | undefined;
    // Every function process started, the first and any relaunch after a crash.
    const served: ServedFunction[] = [];
    const crashes: string[] = [];
    let relaunching: Promise<void> | undefined;
    let stopping = false;
    let github: FakeGitHubServer | undefined;
    const abort = new AbortController();
    try {
      cluster = await startPgCluster();
      const env = { SUPABASE_DB_URL: cluster.url, MIGRATION_GUARD_SECRET: SECRET };
      const fn = await serveFunction(env);
      const port = new URL(fn.url).port;
      // Supabase's runtime serves the request after a crashed worker from a fresh one; here a
      // process that dies is started again on the same port, and its last words are kept. (The
      // function can die in this test: postgres.js 3.4.9 throws from a timer when a reserved
      // connection's socket closes under a pending write, porsager/postgres#1208.)
      const supervise = (function_: ServedFunction): void => {
        served.push(function_);
        function_.process.once('exit', (code, signal) => {
          if (stopping) return;
          crashes.push(`exited (code ${code}, signal ${signal}):\n${function_.output()}`);
          if (crashes.length > 3) {
            abort.abort();
            return;
          }
          relaunching = serveFunction({ ...env, MIGRATION_GUARD_PORT: port }).then(
            supervise,
            (error: unknown) => {
              crashes.push(`could not start again: ${String(error)}`);
              abort.abort();
            },
          );
        });
      };
      supervise(fn);
      github = await FakeGitHubServer.start();
      // One merged, approved pull request with a passing check record for all four files.
      const commit = '1'.repeat(40);
      for (const path of Object.keys(files)) github.commitsByPath.set(path, [commit]);
      github.commitPulls.set(commit, [{ number: 71, title: 'PR 71', merged: true }]);
      github.reviews.set(71, [{ user: 'reviewer', state: 'APPROVED' }]);
      github.comments.set(71, []);
      const record = formatCheckRecord({
        passed: true,
        failOn: 'error',
        files: Object.fromEntries(Object.values(files).map((text, i) => [versions[i], sha(text)])),
      });
      github.addComment(
        71,
        `<!-- migration-guard:supabase/migrations -->\n### ✅ report\n${record}`,
        'github-actions[bot]',
      );

      const started = performance.now();
      const running = runAction(
        projects,
        projects.create(files),
        {
          'deploy-secret': SECRET,
          'function-url': fn.url,
          'github-token': 'ghs_test',
          'deploy-timeout-minutes': '3',
        },
        { name: 'push', payload: { after: HEAD } },
        {
          GITHUB_API_URL: github.baseUrl,
          GITHUB_SHA: HEAD,
          GITHUB_RUN_ID: '4242',
          MIGRATION_GUARD_DEPLOY_POLL_MS: '200',
        },
        { signal: abort.signal },
      );
      await sleepStarted(cluster.url, 60_000);
      const restartAt = new Date();
      const restartStarted = performance.now();
      // Down for 1.5 s: the function's sessions die and its new connections are refused.
      await cluster.restart({ downMs: 1_500 });
      const restartMs = performance.now() - restartStarted;
      const run = await running;
      const runMs = performance.now() - started;
      const trail = run.stdout
        .split('\n')
        .filter((line) => /edge function|deployment gh-/.test(line));
      console.log(
        `restart test: Action run ${Math.round(runMs)} ms, restart (down 1.5 s) ${Math.round(restartMs)} ms\n${trail.join('\n')}`,
      );

      const functionLog = served.map((f) => f.output()).join('\n--- started again:\n');
      if (crashes.length > 0) {
        console.warn(
          `restart test: the edge function died and was started again:\n${crashes.join('\n')}`,
        );
      }
      expect(run.code, `${run.stdout}\n--- function:\n${functionLog}`).toBe(0);
      expect(run.outputs.get('deployment-status')).toBe('succeeded');
      expect(run.outputs.get('applied')).toBe('4');
      expect(run.summary).toContain('Production deployment succeeded: 4 of 4 migration(s) applied');
      // The Action retried, said why and how long it waited, and got its answer after.
      const retries = run.stdout
        .split('\n')
        .filter((line) => line.includes('sending the same request again in'));
      expect(retries.length, run.stdout).toBeGreaterThan(0);
      for (const line of retries) {
        expect(line).toMatch(
          /edge function (apply|status): .+; sending the same request again in \d+\.\d s \(retry \d+\)/,
        );
      }
      expect(retries[0]).toMatch(/^::warning::/);
      expect(run.stdout).toMatch(
        /edge function (apply|status): answered \(HTTP 20\d\) after \d+ retr/,
      );

      // Every file is in production's history once, and its statements ran once.
      const history = await query<{ version: string; n: number }>(
        cluster.url,
        'select version, count(*)::int as n from supabase_migrations.schema_migrations group by version order by version',
      );
      expect(history).toEqual(versions.map((version) => ({ version, n: 1 })));
      const applied = await query<{ file: string; n: number; at: Date }>(
        cluster.url,
        'select file, count(*)::int as n, max(at) as at from public.ledger group by file order by file',
      );
      expect(applied.map(({ file, n }) => ({ file, n }))).toEqual(
        versions.map((file) => ({ file, n: 1 })),
      );
      // The slow file's first run died with the restart: the row that stayed is from its resend.
      const slow = applied.find((row) => row.file === '20240302000000');
      expect(slow?.at.getTime()).toBeGreaterThan(restartAt.getTime());
    } finally {
      abort.abort();
      stopping = true;
      await relaunching;
      for (const function_ of served) function_.stop();
      await github?.close();
      await cluster?.stop();
    }
  }, 240_000);
});
