/**
 * `npm run bench:pr-check`: a pull request's check on the embedded database, as it ships
 * (`node dist/cli.js check --base HEAD`), for the CLI at a baseline commit and the current
 * `dist/` in the same run.
 *
 * The project is a git repository whose HEAD holds the first 60 files of a public history
 * (`BENCH_PR_HISTORY`, default grida), with two files of the pull request on top, uncommitted:
 * one creating a table and one ALTER that rewrites a history table. Each round runs, for each
 * CLI in turn, a cold check (an empty `MIGRATION_GUARD_CACHE_DIR`) and a warm one (a cache dir
 * the CLI filled on an earlier check of the same project). Wall time is measured here, CPU
 * time (user + system, of the process and its threads) by `/usr/bin/time`; medians are printed
 * with the ratio after/before.
 *
 * It fails (exit 1) when any two reports differ other than in durations: before against after,
 * and cold against warm. Knobs: `BENCH_BASELINE_REF` (the commit this branch started from),
 * `BENCH_PR_ROUNDS` (5), `BENCH_PR_HISTORY`, `BENCH_PR_FILES` (60); `MIGRATION_GUARD_HISTORIES` says
 * where the histories are (default `bench/histories`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBaselineDist } from './baseline-dist.ts';
import { runCommand } from './bounded-command.ts';
import { historiesDir } from './public-histories.ts';

const baselineRef = process.env['BENCH_BASELINE_REF'] ?? '4c1cdf2';
const rounds = Number(process.env['BENCH_PR_ROUNDS'] ?? 5);
const historyName = process.env['BENCH_PR_HISTORY'] ?? 'grida';
const historyFiles = Number(process.env['BENCH_PR_FILES'] ?? 60);
const root = join(import.meta.dirname, '..');

/** The pull request: a new table, and an ALTER whose volatile default rewrites a history table. */
const PR_FILES: Record<string, string> = {
  '29990101000000_bench_items.sql':
    'create table public.bench_items (\n  id bigint generated always as identity primary key,\n  title text not null,\n  created_at timestamptz not null default now()\n);\n',
  '29990101000001_bench_orders_note.sql':
    'alter table dummy.orders add column bench_note text not null default md5(random()::text);\n',
};

interface Sample {
  wallMs: number;
  cpuMs: number;
}

type Which = 'before' | 'after';
type Start = 'cold' | 'warm';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * The report without what differs run to run (statement durations and lock hold times) and
 * without `config` (which config file the check used), a field builds after 3f51d14 add: a
 * baseline before it lacks the field, and the bench compares what the check found.
 */
function normalised(json: string): string {
  let text = json;
  try {
    const { config: _config, ...rest } = JSON.parse(json) as Record<string, unknown>;
    text = JSON.stringify(rest, null, 2);
  } catch {
    // Not JSON: compared as it is.
  }
  return text
    .replace(/"durationMs":\s*[0-9.]+/g, '"durationMs":0')
    .replace(/ for \d+ ms on staging/g, ' for N ms on staging');
}

function historyDir(): string {
  const base = join(historiesDir(), historyName);
  const found = execFileSync('find', [base, '-type', 'd', '-path', '*supabase/migrations'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean)[0];
  if (!found)
    throw new Error(`no supabase/migrations under ${base}; run npm run bench:fetch-histories`);
  return found;
}

/** A git repository: the history's prefix committed, the pull request's files on top. */
function makeProject(dir: string): void {
  const migrations = join(dir, 'supabase', 'migrations');
  mkdirSync(migrations, { recursive: true });
  const source = historyDir();
  const names = readdirSync(source)
    .filter((n) => n.endsWith('.sql'))
    .sort()
    .slice(0, historyFiles);
  for (const name of names) cpSync(join(source, name), join(migrations, name));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@invalid', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'history');
  for (const [name, sql] of Object.entries(PR_FILES)) writeFileSync(join(migrations, name), sql);
}

async function timedCheck(cli: string, project: string, cacheDir: string, work: string) {
  const times = join(work, 'time.txt');
  const result = await runCommand(
    '/usr/bin/time',
    ['-o', times, '-f', '%U %S', process.execPath, cli, 'check', '--base', 'HEAD'].concat([
      '--format',
      'json',
      '--fail-on',
      'never',
    ]),
    {
      cwd: project,
      env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: cacheDir },
      timeoutMs: 300_000,
    },
  );
  if (result.code !== 0) throw new Error(`${cli} failed:\n${result.stderr.slice(-2000)}`);
  const [user, system] = readFileSync(times, 'utf8').trim().split(/\s+/).map(Number);
  return {
    sample: { wallMs: result.durationMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000 },
    report: normalised(result.stdout),
  };
}

/** The first line where two reports differ, with a little context. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const at = left.findIndex((line, i) => line !== right[i]);
  const line = at === -1 ? left.length : at;
  return `line ${line + 1}:\n- ${left[line] ?? '(end)'}\n+ ${right[line] ?? '(end)'}`;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'mg-pr-bench-'));
  const cleanup = [work];
  try {
    // Under the repository, so the baseline finds its packages as an installed CLI does (the
    // embedded database's cache is keyed by their versions; from a temporary directory it runs
    // without a cache, every check cold).
    const baselineDir = mkdtempSync(join(root, '.bench-baseline-'));
    cleanup.push(baselineDir);
    const baselineCli = extractBaselineDist(baselineRef, baselineDir, root);
    const project = join(work, 'project');
    makeProject(project);
    const clis: Record<Which, string> = {
      before: baselineCli,
      after: join(root, 'dist', 'cli.js'),
    };
    const samples: Record<`${Which} ${Start}`, Sample[]> = {
      'before cold': [],
      'before warm': [],
      'after cold': [],
      'after warm': [],
    };
    const reports = new Map<string, string>();
    const warmCaches: Record<Which, string> = {
      before: join(work, 'warm-before'),
      after: join(work, 'warm-after'),
    };
    // Each warm cache is filled by one check of the project: not measured.
    for (const which of ['before', 'after'] as const) {
      const { report } = await timedCheck(clis[which], project, warmCaches[which], work);
      reports.set(`${which} filling`, report);
    }
    for (let round = 0; round < rounds; round++) {
      for (const which of ['before', 'after'] as const) {
        const cold = join(work, `cold-${which}-${round}`);
        const ran = await timedCheck(clis[which], project, cold, work);
        rmSync(cold, { recursive: true, force: true });
        samples[`${which} cold`].push(ran.sample);
        reports.set(`${which} cold ${round}`, ran.report);
        const warm = await timedCheck(clis[which], project, warmCaches[which], work);
        samples[`${which} warm`].push(warm.sample);
        reports.set(`${which} warm ${round}`, warm.report);
      }
    }
    const stat = (key: keyof typeof samples) => ({
      wall: median(samples[key].map((s) => s.wallMs)),
      cpu: median(samples[key].map((s) => s.cpuMs)),
    });
    console.log(
      `PR check: 2 new files on the first ${historyFiles} files of ${historyName}, node <cli> check --base HEAD --format json; median of ${rounds} rounds; ${cpus().length} cores, Node ${process.version}`,
    );
    for (const start of ['cold', 'warm'] as const) {
      const before = stat(`before ${start}`);
      const after = stat(`after ${start}`);
      console.log(
        `${start}: before (${baselineRef}) ${before.wall.toFixed(0)} ms wall, ${before.cpu.toFixed(0)} ms CPU; after (dist/cli.js) ${after.wall.toFixed(0)} ms wall, ${after.cpu.toFixed(0)} ms CPU; ratio after/before: wall ${(after.wall / before.wall).toFixed(2)}, CPU ${(after.cpu / before.cpu).toFixed(2)}`,
      );
    }
    const [firstKey, first] = [...reports][0] ?? ['', ''];
    const differing = [...reports].filter(([, report]) => report !== first);
    if (differing.length > 0) {
      for (const [key, report] of differing) {
        console.error(
          `report of "${key}" differs from "${firstKey}" at ${firstDifference(first, report)}`,
        );
      }
      process.exitCode = 1;
      return;
    }
    console.log(`reports: all ${reports.size} identical apart from durations`);
  } finally {
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
