/**
 * `npm run bench`: lints a large generated migration history with what ships, `node
 * dist/cli.js check --no-db`, and compares with squawk on the same files, in the same run, as
 * a ratio (the machines are shared; absolute times wander).
 *
 * Statements per second are the history's statements over the wall time of one whole CLI
 * process: Node's start, loading the bundle and the parser's WebAssembly, reading and hashing
 * the files, parsing them, replaying them into the schema model, every rule, and writing the
 * JSON report. CPU (user + system) and peak RSS come from /usr/bin/time.
 *
 * Each round also runs the same check again on the parse cache the first run wrote (warm), and
 * the floor: the CLI on a history of the first file alone, its cache warm (Node's start, the
 * bundle, the parser's WebAssembly and its first parse, one file). "In process" is the
 * history's statements over the wall time above that floor: what the check spends on the
 * history itself. The warm report must be the cold one, byte for byte (exit 1 otherwise).
 *
 * And each round runs the check in process (`inProcess`): the shipped bundle's `main` called
 * several times in one process, cold and warm, each call timed without Node's start.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateHistory } from './generate-history.ts';

const FILES = Number(process.env['BENCH_FILES'] ?? 500);
const PER_FILE = Number(process.env['BENCH_STATEMENTS_PER_FILE'] ?? 40);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const dir = join('bench', 'out', 'migrations');
const cli = join('dist', 'cli.js');
const time = '/usr/bin/time';

interface Sample {
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
  stdout: string;
}

/**
 * One process under /usr/bin/time; exit codes 0 and 1 (findings) are both a finished run.
 * `cacheDir`: the parse cache to use (kept); else an empty one per run, so every file is parsed.
 */
function timed(file: string, args: string[], cacheDir?: string): Sample {
  const out = mkdtempSync(join(tmpdir(), 'mg-lint-bench-'));
  try {
    const timing = join(out, 'time');
    const started = performance.now();
    const result = spawnSync(time, ['-o', timing, '-f', '%U %S %M', file, ...args], {
      env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: cacheDir ?? join(out, 'cache') },
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const wallMs = performance.now() - started;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${file} ${args[0] ?? ''} failed (exit ${result.status}): ${result.stderr}`);
    }
    // The last line: /usr/bin/time writes "Command exited with non-zero status" before it.
    const [user, sys, rssKiB] = (readFileSync(timing, 'utf8').trim().split('\n').pop() ?? '')
      .split(/\s+/)
      .map(Number);
    return {
      wallMs,
      cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000,
      peakRssMiB: (rssKiB ?? 0) / 1024,
      stdout: result.stdout,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** How many checks one in-process series runs, one after the other in one process. */
const IN_PROCESS_CALLS = Number(process.env['BENCH_IN_PROCESS_CALLS'] ?? 6);

/**
 * The check in process: a fresh Node process imports the shipped `dist/cli-main.cjs` (what
 * `dist/cli.js` runs for a command) and calls its `main` with the check's arguments
 * `IN_PROCESS_CALLS` times, one after the other, capturing what each writes to stdout. Each
 * call's wall time excludes Node's start and the bundle's import, and includes everything the
 * command does: the parser's load (the first call), reading and hashing the files, parsing or the
 * cache, the lint and the JSON report. The first call is what a one-shot CLI pays on top of its
 * start; the later ones are the same work in a process whose code is compiled and optimized
 * already. Every call's report must be the CLI process's report, byte for byte.
 */
function inProcess(args: string[], cacheDir: string, expected: string): number[] {
  const script = `
    const { main } = await import(${JSON.stringify(new URL('../dist/cli-main.cjs', import.meta.url).href)});
    const { createHash } = await import('node:crypto');
    const args = JSON.parse(process.argv[1]);
    const times = [];
    const hashes = [];
    for (let i = 0; i < ${IN_PROCESS_CALLS}; i++) {
      let out = '';
      const io = { stdout: (t) => { out += t; }, stderr: () => {}, isTty: false, stderrIsTty: false, env: process.env, cwd: process.cwd() };
      const started = performance.now();
      const code = await main(args, io);
      times.push(performance.now() - started);
      if (code !== 0) throw new Error('check exited ' + code);
      hashes.push(createHash('sha256').update(out).digest('hex'));
    }
    console.log(JSON.stringify({ times, hashes }));
  `;
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(args)],
    {
      env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: cacheDir },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(`in-process checks failed: ${result.stderr}`);
  const { times, hashes } = JSON.parse(result.stdout) as { times: number[]; hashes: string[] };
  const want = createHash('sha256').update(expected).digest('hex');
  if (hashes.some((h) => h !== want)) {
    console.error("bench: a report of the check in process differs from the CLI process's");
    process.exit(1);
  }
  return times;
}

async function main(): Promise<void> {
  for (const [path, hint] of [
    [cli, 'run `npm run bundle` first'],
    [time, 'Debian package "time"'],
  ] as const) {
    if (!existsSync(path)) {
      console.error(`bench: ${path} is missing (${hint})`);
      process.exit(2);
    }
  }
  console.log(`generating ${FILES} files x ~${PER_FILE} statements in ${dir} ...`);
  const { files, statements } = await generateHistory(dir, FILES, PER_FILE);
  console.log(`generated ${files} files, ${statements} statements`);
  const sqlFiles = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => join(dir, f));

  const work = mkdtempSync(join(tmpdir(), 'mg-lint-bench-work-'));
  // The floor's history: the first file alone.
  const floorDir = join(work, 'floor', 'migrations');
  mkdirSync(floorDir, { recursive: true });
  const first = sqlFiles[0];
  if (first) cpSync(first, join(floorDir, first.split('/').pop() ?? 'first.sql'));
  const check = (migrations: string) => [
    cli,
    'check',
    '--dir',
    migrations,
    '--no-db',
    '--format',
    'json',
    '--fail-on',
    'never',
  ];

  const ours: Sample[] = [];
  const warm: Sample[] = [];
  const floor: Sample[] = [];
  const squawk: Sample[] = [];
  const inProcessCold: number[][] = [];
  const inProcessWarm: number[][] = [];
  let findings = 0;
  try {
    const floorCache = join(work, 'floor-cache');
    timed(process.execPath, check(floorDir), floorCache);
    for (let i = 0; i < ROUNDS; i++) {
      const cache = join(work, `cache-${i}`);
      const run = timed(process.execPath, check(dir), cache);
      ours.push(run);
      const again = timed(process.execPath, check(dir), cache);
      warm.push(again);
      if (again.stdout !== run.stdout) {
        console.error('bench: the warm report differs from the cold one');
        process.exit(1);
      }
      floor.push(timed(process.execPath, check(floorDir), floorCache));
      const summary = (JSON.parse(run.stdout) as { summary: Record<string, number> }).summary;
      findings = (summary['errors'] ?? 0) + (summary['warnings'] ?? 0) + (summary['notices'] ?? 0);
      squawk.push(timed('node_modules/.bin/squawk', sqlFiles));
      // The check's arguments without the script: `main` takes the command and its flags.
      const command = check(dir).slice(1);
      inProcessCold.push(inProcess([...command, '--no-cache'], cache, run.stdout));
      inProcessWarm.push(inProcess(command, cache, run.stdout));
      const calls = (times: number[] | undefined) =>
        (times ?? []).map((t) => t.toFixed(0)).join(' ');
      console.log(
        `  round ${i + 1}: migration-guard cold ${run.wallMs.toFixed(0)} ms, warm ${again.wallMs.toFixed(0)} ms (${findings} findings), floor ${floor[i]?.wallMs.toFixed(0)} ms, squawk ${squawk[i]?.wallMs.toFixed(0)} ms; in process, cold: ${calls(inProcessCold[i])} ms, warm: ${calls(inProcessWarm[i])} ms`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const wall = median(ours.map((s) => s.wallMs));
  const cpu = median(ours.map((s) => s.cpuMs));
  const rss = median(ours.map((s) => s.peakRssMiB));
  const warmWall = median(warm.map((s) => s.wallMs));
  const warmCpu = median(warm.map((s) => s.cpuMs));
  const floorWall = median(floor.map((s) => s.wallMs));
  const floorCpu = median(floor.map((s) => s.cpuMs));
  const squawkWall = median(squawk.map((s) => s.wallMs));
  const squawkCpu = median(squawk.map((s) => s.cpuMs));
  const perSecond = (ms: number) => (statements / (ms / 1000)).toFixed(0);

  const cpuModel = cpus()[0]?.model ?? 'unknown cpu';
  console.log('\n## Results');
  console.log(
    `machine: ${cpus().length} x ${cpuModel}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, node ${process.version}, ${new Date().toISOString()}`,
  );
  console.log(`history: ${files} files, ${statements} statements; median of ${ROUNDS} rounds`);
  console.log(
    `migration-guard (node dist/cli.js check --no-db): ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU, peak RSS ${rss.toFixed(0)} MiB`,
  );
  console.log(
    `statements per second (whole process, wall): ${perSecond(wall)}; per CPU second: ${perSecond(cpu)}`,
  );
  console.log(
    `warm parse cache: ${warmWall.toFixed(0)} ms wall, ${warmCpu.toFixed(0)} ms CPU; statements per second (whole process, wall): ${perSecond(warmWall)}`,
  );
  console.log(
    `floor (the first file alone, warm): ${floorWall.toFixed(0)} ms wall, ${floorCpu.toFixed(0)} ms CPU`,
  );
  console.log(
    `in process (above the floor): cold ${perSecond(wall - floorWall)} statements per second of wall time (${perSecond(cpu - floorCpu)} per CPU second), warm ${perSecond(warmWall - floorWall)} (${perSecond(warmCpu - floorCpu)} per CPU second)`,
  );
  // The first call of each series, and the median of the later calls of all series.
  const firstCall = (series: number[][]) => median(series.map((t) => t[0] ?? 0));
  const laterCalls = (series: number[][]) => median(series.flatMap((t) => t.slice(1)));
  console.log(
    `in process (dist/cli-main.cjs main(), ${IN_PROCESS_CALLS} checks a process): first check cold ${firstCall(inProcessCold).toFixed(0)} ms (${perSecond(firstCall(inProcessCold))} statements per second), warm ${firstCall(inProcessWarm).toFixed(0)} ms (${perSecond(firstCall(inProcessWarm))}); later checks cold ${laterCalls(inProcessCold).toFixed(0)} ms (${perSecond(laterCalls(inProcessCold))}), warm ${laterCalls(inProcessWarm).toFixed(0)} ms (${perSecond(laterCalls(inProcessWarm))})`,
  );
  console.log(`squawk CLI: ${squawkWall.toFixed(0)} ms wall, ${squawkCpu.toFixed(0)} ms CPU`);
  console.log(
    `ratio migration-guard / squawk: wall ${(wall / squawkWall).toFixed(2)}, CPU ${(cpu / squawkCpu).toFixed(2)}`,
  );
}

await main();
