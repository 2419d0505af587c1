/**
 * `npm run bench:fix-proof`: `migration-guard fix` proving a rewrite on the embedded database,
 * which starts two databases one after the other in one process (the original and the
 * rewrite), for the CLI at `BENCH_BASELINE_REF` (its `dist/` taken from git into a temp dir) and
 * the shipped `dist/cli.js`, alternately, `BENCH_FIX_ROUNDS` (5) rounds. Wall time is measured
 * here, CPU (user + system, every thread) by `/usr/bin/time`; medians. Each CLI has a cache
 * directory of its own, warmed by one run first. The bench exits 1 when the two print different
 * rewrites.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBaselineDist } from './baseline-dist.ts';
import { runCommand } from './bounded-command.ts';

const baselineRef = process.env['BENCH_BASELINE_REF'] ?? '382b379';
const rounds = Number(process.env['BENCH_FIX_ROUNDS'] ?? 5);
const root = join(import.meta.dirname, '..');
const time = '/usr/bin/time';

const FILES: Record<string, string> = {
  '20240101000000_tables.sql':
    'create table public.items (id bigint primary key, name text);\nalter table public.items enable row level security;\n',
  // A plain CREATE INDEX and a CHECK added valid: fix rewrites both and proves the rewrite.
  '20240102000000_change.sql':
    'create index items_name on public.items (name);\nalter table public.items add constraint items_name_len check (length(name) < 200);\n',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function fix(cli: string, project: string, cacheDir: string, work: string) {
  const times = join(work, 'time.txt');
  const result = await runCommand(
    time,
    [
      '-o',
      times,
      '-f',
      '%U %S',
      process.execPath,
      cli,
      'fix',
      'supabase/migrations/20240102000000_change.sql',
    ],
    {
      cwd: project,
      env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: cacheDir, GIT_CEILING_DIRECTORIES: work },
      timeoutMs: 300_000,
    },
  );
  if (result.code !== 0) throw new Error(`${cli} fix failed:\n${result.stderr.slice(-2000)}`);
  const [user, system] = readFileSync(times, 'utf8').trim().split(/\s+/).map(Number);
  return {
    wallMs: result.durationMs,
    cpuMs: ((user ?? 0) + (system ?? 0)) * 1000,
    out: result.stdout,
  };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'mg-fix-bench-'));
  try {
    extractBaselineDist(baselineRef, join(work, 'baseline'), root);
    const project = join(work, 'project');
    mkdirSync(join(project, 'supabase', 'migrations'), { recursive: true });
    for (const [name, sql] of Object.entries(FILES)) {
      writeFileSync(join(project, 'supabase', 'migrations', name), sql);
    }
    const clis = {
      before: join(work, 'baseline', 'dist', 'cli.js'),
      after: join(root, 'dist', 'cli.js'),
    };
    const caches = { before: join(work, 'cache-before'), after: join(work, 'cache-after') };
    const outs = { before: '', after: '' };
    for (const which of ['before', 'after'] as const) {
      outs[which] = (await fix(clis[which], project, caches[which], work)).out;
    }
    if (outs.before !== outs.after || !outs.after.includes('concurrently')) {
      console.error('bench:fix-proof: the two CLIs printed different rewrites');
      process.exitCode = 1;
      return;
    }
    const samples = {
      before: [] as { wallMs: number; cpuMs: number }[],
      after: [] as { wallMs: number; cpuMs: number }[],
    };
    for (let round = 0; round < rounds; round++) {
      for (const which of ['before', 'after'] as const) {
        const run = await fix(clis[which], project, caches[which], work);
        if (run.out !== outs.after)
          throw new Error(`${which}: a different rewrite in round ${round + 1}`);
        samples[which].push(run);
      }
    }
    const summary = (which: 'before' | 'after') => ({
      wall: median(samples[which].map((s) => s.wallMs)),
      cpu: median(samples[which].map((s) => s.cpuMs)),
    });
    const [before, after] = [summary('before'), summary('after')];
    console.log(
      `fix with its proof on the embedded database (two starts in one process), median of ${rounds} alternating runs; ${cpus().length} cores, Node ${process.version}`,
    );
    console.log(
      `before (${baselineRef}): ${before.wall.toFixed(0)} ms wall, ${before.cpu.toFixed(0)} ms CPU`,
    );
    console.log(
      `after (dist/cli.js):  ${after.wall.toFixed(0)} ms wall, ${after.cpu.toFixed(0)} ms CPU`,
    );
    console.log(
      `ratio after/before: wall ${(after.wall / before.wall).toFixed(2)}, CPU ${(after.cpu / before.cpu).toFixed(2)}; the same rewrite from both`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
