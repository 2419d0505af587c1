/**
 * `npm run bench:action`: how long the bundled Action (dist/index.js) takes on a pull request
 * of the example project (examples/acme-saas, every migration added by the PR), on the
 * embedded database, against the local GitHub server: from process start to its first GitHub
 * API call, to the finished PR comment, and to exit. Cold = empty embedded-database cache
 * (initdb and the Supabase shim run); warm = the snapshot cached by the cold round.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeGitHubServer } from '../test/support/fake-github-server.ts';

const ROUNDS = Number(process.env['BENCH_ACTION_ROUNDS'] ?? 3);
const example = resolve('examples/acme-saas');
const bundle = resolve('dist/index.js');

interface Round {
  firstApiMs: number;
  commentMs: number;
  exitMs: number;
}

async function round(cacheDir: string): Promise<Round> {
  const github = await FakeGitHubServer.start();
  const work = mkdtempSync(join(tmpdir(), 'migration-guard-action-bench-'));
  try {
    const project = join(work, 'project');
    cpSync(example, project, { recursive: true });
    const dir = 'supabase/migrations';
    github.pullFiles.set(
      7,
      readdirSync(join(project, dir)).map((name) => ({
        filename: `${dir}/${name}`,
        status: 'added' as const,
      })),
    );
    github.comments.set(7, []);
    const event = join(work, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          base: { sha: 'b'.repeat(40) },
          head: { sha: 'c'.repeat(40), ref: 'feature' },
        },
      }),
    );
    for (const file of ['output', 'summary.md']) writeFileSync(join(work, file), '');
    const started = Date.now();
    const code = await new Promise<number>((done) => {
      const child = spawn(process.execPath, [bundle], {
        cwd: project,
        stdio: 'ignore',
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: process.env['HOME'] ?? work,
          MIGRATION_GUARD_CACHE_DIR: cacheDir,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event,
          GITHUB_OUTPUT: join(work, 'output'),
          GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
          GITHUB_REPOSITORY: 'acme/saas-app',
          GITHUB_API_URL: github.baseUrl,
          RUNNER_TEMP: work,
          'INPUT_GITHUB-TOKEN': 'ghs_bench',
          'INPUT_FAIL-ON': 'never',
          INPUT_COMMENT: 'true',
        },
      });
      child.on('exit', (status) => done(status ?? -1));
    });
    const exitMs = Date.now() - started;
    if (code !== 0) throw new Error(`the Action exited with ${code}`);
    const first = github.requests[0];
    const comment = github.requests.find((r) => r.method === 'POST' || r.method === 'PATCH');
    if (!first || !comment) throw new Error('the Action made no API call or posted no comment');
    return {
      firstApiMs: first.receivedAt - started,
      commentMs: comment.receivedAt - started,
      exitMs,
    };
  } finally {
    await github.close();
    rmSync(work, { recursive: true, force: true });
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const cache = mkdtempSync(join(tmpdir(), 'migration-guard-action-bench-cache-'));
try {
  console.log(
    `the bundled Action on the example PR (${readdirSync(join(example, 'supabase/migrations')).length} migrations), ${cpus().length} cores, Node ${process.version}`,
  );
  const cold = await round(cache);
  const warm: Round[] = [];
  for (let i = 0; i < ROUNDS; i++) warm.push(await round(cache));
  const line = (label: string, r: Round) =>
    `${label.padEnd(22)} first API call ${String(r.firstApiMs).padStart(6)} ms · comment posted ${String(r.commentMs).padStart(6)} ms · exit ${String(r.exitMs).padStart(6)} ms`;
  console.log(line('cold (empty cache)', cold));
  console.log(
    line(`warm (median of ${ROUNDS})`, {
      firstApiMs: median(warm.map((r) => r.firstApiMs)),
      commentMs: median(warm.map((r) => r.commentMs)),
      exitMs: median(warm.map((r) => r.exitMs)),
    }),
  );
} finally {
  rmSync(cache, { recursive: true, force: true });
}
