/**
 * `npm run bench:embedded-start`: how long the embedded database takes to start from its
 * snapshot, for the CLI that ships now (`dist/cli.js`) and for the one at a baseline commit
 * (`BENCH_BASELINE_REF`, default the last commit before the Supabase replica), in one run.
 *
 * The baseline's `dist/` is taken from git into a temp dir. Each CLI gets a cache dir of its
 * own, warmed by one run; then the two are run alternately on a one-file project, each twice
 * per round: with the embedded database and with `--no-db`. The embedded start is the
 * difference of the two wall times (process start, parser and lint are in both). Medians and
 * the ratio after/before are printed. Knob: `BENCH_START_ROUNDS` (7).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBaselineDist } from './baseline-dist.ts';
import { runCommand } from './bounded-command.ts';

const baselineRef = process.env['BENCH_BASELINE_REF'] ?? '08c2d65';
const rounds = Number(process.env['BENCH_START_ROUNDS'] ?? 7);
const root = join(import.meta.dirname, '..');

interface Sample {
  startMs: number;
  wallMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timedCheck(
  cli: string,
  project: string,
  cacheDir: string,
  extra: string[],
): Promise<number> {
  const result = await runCommand(
    process.execPath,
    [
      cli,
      'check',
      '--dir',
      'supabase/migrations',
      '--format',
      'json',
      '--fail-on',
      'never',
      ...extra,
    ],
    {
      cwd: project,
      env: {
        ...process.env,
        MIGRATION_GUARD_CACHE_DIR: cacheDir,
        GIT_CEILING_DIRECTORIES: tmpdir(),
      },
      timeoutMs: 300_000,
    },
  );
  if (result.code !== 0) throw new Error(`${cli} failed:\n${result.stderr.slice(-2000)}`);
  return result.durationMs;
}

async function runOnce(cli: string, project: string, cacheDir: string): Promise<Sample> {
  const wallMs = await timedCheck(cli, project, cacheDir, []);
  const lintMs = await timedCheck(cli, project, cacheDir, ['--no-db']);
  return { startMs: wallMs - lintMs, wallMs };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'mg-start-bench-'));
  try {
    const baselineDir = join(work, 'baseline');
    extractBaselineDist(baselineRef, baselineDir, root);
    const project = join(work, 'project');
    mkdirSync(join(project, 'supabase', 'migrations'), { recursive: true });
    writeFileSync(
      join(project, 'supabase', 'migrations', '20240101000000_notes.sql'),
      'create table public.notes (id bigint generated always as identity primary key, body text);\n',
    );
    const clis = {
      before: join(baselineDir, 'dist', 'cli.js'),
      after: join(root, 'dist', 'cli.js'),
    };
    const samples: Record<keyof typeof clis, Sample[]> = { before: [], after: [] };
    const caches = { before: join(work, 'cache-before'), after: join(work, 'cache-after') };
    // The first start of each writes its snapshot: not measured.
    for (const which of ['before', 'after'] as const) {
      await runCommand(
        process.execPath,
        [clis[which], 'check', '--dir', 'supabase/migrations', '--format', 'json'],
        {
          cwd: project,
          env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: caches[which] },
          timeoutMs: 300_000,
        },
      );
    }
    for (let round = 0; round < rounds; round++) {
      for (const which of ['before', 'after'] as const) {
        samples[which].push(await runOnce(clis[which], project, caches[which]));
      }
    }
    const before = {
      start: median(samples.before.map((s) => s.startMs)),
      wall: median(samples.before.map((s) => s.wallMs)),
    };
    const after = {
      start: median(samples.after.map((s) => s.startMs)),
      wall: median(samples.after.map((s) => s.wallMs)),
    };
    console.log(
      `embedded warm start, median of ${rounds} alternating runs; ${cpus().length} cores, Node ${process.version}`,
    );
    console.log(
      `before (${baselineRef}): embedded start ${before.start.toFixed(0)} ms, whole check ${before.wall.toFixed(0)} ms`,
    );
    console.log(
      `after (dist/cli.js):   embedded start ${after.start.toFixed(0)} ms, whole check ${after.wall.toFixed(0)} ms`,
    );
    console.log(
      `ratio after/before: start ${(after.start / before.start).toFixed(2)}, whole check ${(after.wall / before.wall).toFixed(2)}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
