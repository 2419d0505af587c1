/**
 * `npm run bench:lint-histories [NAME...]`: the lint alone (`--no-db`) of what ships, on public
 * Supabase histories, against squawk-cli on the same files and against a baseline build, in one
 * run.
 *
 * For each history (default: the eight below; `MIGRATION_GUARD_HISTORIES` says where they are,
 * else bench/histories) one process per run, ROUNDS rounds (`BENCH_LINT_ROUNDS`, default 3),
 * the three runs interleaved within each round:
 * - current: `node dist/cli.js check --dir supabase/migrations --no-db --format json --fail-on never`
 *   from the history's folder;
 * - baseline: the same with the `dist/` of `BENCH_BASELINE_REF` (default: where this branch left
 *   main, `git merge-base HEAD main`), taken from git into a temp dir;
 * - squawk: `node_modules/.bin/squawk` (squawk-cli) on the same `*.sql` files.
 * Wall time is measured here, CPU (user + system) by /usr/bin/time. Prints the medians per
 * history and their sums, the ratios current/squawk and current/baseline, and exits 1 when a
 * history's JSON report from the current build is not byte for byte the baseline's (or differs
 * between rounds).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { historiesDir } from './public-histories.ts';

const ROUNDS = Number(process.env['BENCH_LINT_ROUNDS'] ?? 3);
const DEFAULT_HISTORIES = [
  'atomic-crm',
  'chatbot-ui',
  'dbdev',
  'grida',
  'hivecom',
  'nplex',
  'pgflow-core',
  'quivr',
];
const root = join(import.meta.dirname, '..');
const time = '/usr/bin/time';
const squawk = join(root, 'node_modules', '.bin', 'squawk');

interface Sample {
  wallS: number;
  cpuS: number;
  stdout: string;
}

type Tool = 'current' | 'baseline' | 'squawk';
const tools: Tool[] = ['current', 'baseline', 'squawk'];

/** Run one process under /usr/bin/time; `okCodes` are the exit codes that are not a failure. */
function timed(cwd: string, file: string, args: string[], okCodes: number[]): Sample {
  const out = mkdtempSync(join(tmpdir(), 'mg-lint-bench-'));
  try {
    const timing = join(out, 'time');
    const started = performance.now();
    const result = spawnSync(time, ['-o', timing, '-f', '%U %S', file, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const wallS = (performance.now() - started) / 1000;
    if (result.status === null || !okCodes.includes(result.status)) {
      throw new Error(`${file} failed in ${cwd} (exit ${result.status}): ${result.stderr}`);
    }
    // The last line: /usr/bin/time writes "Command exited with non-zero status" before it.
    const [user, sys] = (readFileSync(timing, 'utf8').trim().split('\n').pop() ?? '')
      .split(/\s+/)
      .map(Number);
    return { wallS, cpuS: (user ?? 0) + (sys ?? 0), stdout: result.stdout };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function baselineRef(): string {
  const explicit = process.env['BENCH_BASELINE_REF'];
  if (explicit) return explicit;
  return execFileSync('git', ['merge-base', 'HEAD', 'main'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
}

/** The baseline's dist/ from git, extracted under `work`; returns its cli.js. */
function extractBaseline(ref: string, work: string): string {
  const archive = execFileSync('git', ['archive', ref, 'dist'], {
    cwd: root,
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', work], { input: archive });
  return join(work, 'dist', 'cli.js');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

interface HistoryCase {
  name: string;
  dir: string;
  sqlFiles: string[];
}

function historyCase(name: string): HistoryCase {
  const dir = join(historiesDir(), name);
  const migrations = join(dir, 'supabase', 'migrations');
  if (!existsSync(migrations)) {
    console.error(
      `bench:lint-histories: ${migrations} is missing (npm run bench:fetch-histories ${name}, or set MIGRATION_GUARD_HISTORIES)`,
    );
    process.exit(2);
  }
  const sqlFiles = readdirSync(migrations)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => join('supabase', 'migrations', file));
  return { name, dir, sqlFiles };
}

function runTool(tool: Tool, c: HistoryCase, clis: Record<'current' | 'baseline', string>): Sample {
  if (tool === 'squawk') return timed(c.dir, squawk, c.sqlFiles, [0, 1]);
  const args = ['check', '--dir', 'supabase/migrations', '--no-db', '--format', 'json'];
  return timed(c.dir, process.execPath, [clis[tool], ...args, '--fail-on', 'never'], [0]);
}

function main(): void {
  const cli = join(root, 'dist', 'cli.js');
  for (const [path, hint] of [
    [cli, 'run `npm run bundle` first'],
    [time, 'Debian package "time"'],
    [squawk, 'the squawk-cli devDependency'],
  ] as const) {
    if (!existsSync(path)) {
      console.error(`bench:lint-histories: ${path} is missing (${hint})`);
      process.exit(2);
    }
  }
  const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_HISTORIES;
  const cases = names.map(historyCase);
  const ref = baselineRef();
  const work = mkdtempSync(join(tmpdir(), 'mg-lint-bench-baseline-'));
  let differs = false;
  try {
    const clis = { current: cli, baseline: extractBaseline(ref, work) };
    console.log(
      `bench:lint-histories: ${ROUNDS} rounds, baseline ${ref.slice(0, 12)}; ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
    );
    const samples = new Map(
      cases.map((c) => [c.name, new Map(tools.map((t) => [t, [] as Sample[]]))]),
    );
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of cases) {
        for (const tool of tools)
          samples
            .get(c.name)
            ?.get(tool)
            ?.push(runTool(tool, c, clis));
      }
      process.stderr.write(`  round ${round + 1} of ${ROUNDS} done\n`);
    }
    console.log(
      '| history | files | current wall / CPU (s) | baseline wall / CPU (s) | squawk wall / CPU (s) | current/squawk wall | current/baseline wall / CPU | same JSON |',
    );
    console.log('| --- | ---: | --- | --- | --- | ---: | --- | --- |');
    const totals = Object.fromEntries(tools.map((t) => [t, { wall: 0, cpu: 0 }])) as Record<
      Tool,
      { wall: number; cpu: number }
    >;
    for (const c of cases) {
      const byTool = samples.get(c.name);
      const m = Object.fromEntries(
        tools.map((t) => {
          const runs = byTool?.get(t) ?? [];
          return [
            t,
            { wall: median(runs.map((s) => s.wallS)), cpu: median(runs.map((s) => s.cpuS)) },
          ];
        }),
      ) as Record<Tool, { wall: number; cpu: number }>;
      for (const t of tools) {
        totals[t].wall += m[t].wall;
        totals[t].cpu += m[t].cpu;
      }
      const reports = [...(byTool?.get('current') ?? []), ...(byTool?.get('baseline') ?? [])];
      const same = reports.every((s) => s.stdout === reports[0]?.stdout);
      if (!same) differs = true;
      console.log(
        `| ${c.name} | ${c.sqlFiles.length} | ${cell(m.current)} | ${cell(m.baseline)} | ${cell(m.squawk)} | ${(m.current.wall / m.squawk.wall).toFixed(2)} | ${(m.current.wall / m.baseline.wall).toFixed(2)} / ${(m.current.cpu / m.baseline.cpu).toFixed(2)} | ${same ? 'yes' : 'NO'} |`,
      );
    }
    const files = cases.reduce((sum, c) => sum + c.sqlFiles.length, 0);
    console.log(
      `| **total** | ${files} | ${cell(totals.current)} | ${cell(totals.baseline)} | ${cell(totals.squawk)} | ${(totals.current.wall / totals.squawk.wall).toFixed(2)} | ${(totals.current.wall / totals.baseline.wall).toFixed(2)} / ${(totals.current.cpu / totals.baseline.cpu).toFixed(2)} | ${differs ? 'NO' : 'yes'} |`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (differs) {
    console.error('bench:lint-histories: a report differs from the baseline build');
    process.exit(1);
  }
}

function cell(m: { wall: number; cpu: number }): string {
  return `${m.wall.toFixed(2)} / ${m.cpu.toFixed(2)}`;
}

main();
