/**
 * `npm run bench:lint-histories [NAME...]`: the lint alone (`--no-db`) of what ships, on public
 * Supabase histories, against squawk-cli on the same files and against a baseline build, in one
 * run.
 *
 * For each history (default: the eight below; `MIGRATION_GUARD_HISTORIES` says where they are,
 * else bench/histories) one process per run, ROUNDS rounds (`BENCH_LINT_ROUNDS`, default 3),
 * the runs interleaved within each round:
 * - baseline: `node <dist>/cli.js check --dir supabase/migrations --no-db --format json
 *   --fail-on never` from the history's folder, with the `dist/` of `BENCH_BASELINE_REF`
 *   (default: where this branch left main, `git merge-base HEAD main`) taken from git into a
 *   temp dir, or the built folder `BENCH_BASELINE_DIST` names;
 * - steps: the same for each built dist folder of `BENCH_STEP_DISTS` (comma-separated, in
 *   order), to measure a series of changes each against the one before, in one run;
 * - current: the same with this tree's `dist/`;
 * - squawk: `node_modules/.bin/squawk` (squawk-cli) on the same `*.sql` files;
 * - current, warm cache: this tree's `dist/` again with a parse cache directory of the history's
 *   own, filled by one run before the rounds (a pull request's check after the first, with the
 *   directory cached as the README says); its report is compared with the baseline's too;
 * - engine floor: this tree's `dist/` with the same warm cache and a config switching off every
 *   rule a config may switch off (all but apply-refused): reading the files and their cached
 *   parses, the schema model, the apply engine's refusals and the report, without the rules'
 *   work; what the rules could at best be brought down to.
 * - parser floor: Node loading the parser's WebAssembly (libpg-query, as `dist/` ships it, V8's
 *   baseline compiler only) and parsing `select 1`, nothing else: what any lint of ours costs
 *   before it reads a file.
 * - Node's start: `node -e 0`, with this environment and without `NODE_EXTRA_CA_CERTS`, which
 *   makes every Node process read that file of certificates as it starts (about 40 ms on the
 *   2-core machine of BENCHMARKS.md, whose environment sets it; a GitHub runner does not).
 *   Every process of ours pays it, squawk's do not. `BENCH_WITHOUT_EXTRA_CA=1` runs every
 *   process without it, as on a runner.
 * Wall time is measured here, CPU (user + system) by /usr/bin/time. Prints the medians per
 * history and their sums, the ratios of each build to the one before it, to the baseline and
 * to squawk, and exits 1 when any build's JSON report of a history differs from the baseline's
 * by more than the deliberate changes `report-changes.ts` declares (those it counts per rule).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractBaselineDist } from './baseline-dist.ts';
import { RULES } from '../src/core/rules/registry.ts';
import { historiesDir } from './public-histories.ts';
import { compareReports } from './report-changes.ts';

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
const withoutExtraCa = process.env['BENCH_WITHOUT_EXTRA_CA'] === '1';

/** The environment of a measured process: this one's, less `NODE_EXTRA_CA_CERTS` if asked. */
function measuredEnv(extraCa = !withoutExtraCa): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (!extraCa) delete env['NODE_EXTRA_CA_CERTS'];
  return env;
}

interface Sample {
  wallS: number;
  cpuS: number;
  stdout: string;
}

interface Build {
  label: string;
  cli: string;
}

/** Run one process under /usr/bin/time; `okCodes` are the exit codes that are not a failure. */
function timed(
  cwd: string,
  file: string,
  args: string[],
  okCodes: number[],
  cacheDir?: string,
  env: NodeJS.ProcessEnv = measuredEnv(),
): Sample {
  const out = mkdtempSync(join(tmpdir(), 'mg-lint-bench-'));
  try {
    const timing = join(out, 'time');
    const started = performance.now();
    const result = spawnSync(time, ['-o', timing, '-f', '%U %S', file, ...args], {
      cwd,
      // An empty cache directory per run unless one is given: every run parses every file (no
      // parse cache hit), as a first run does, and as squawk always does.
      env: { ...env, MIGRATION_GUARD_CACHE_DIR: cacheDir ?? join(out, 'cache') },
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

function lint(c: HistoryCase, cli: string, cacheDir?: string, config?: string): Sample {
  const args = ['check', '--dir', 'supabase/migrations', '--no-db', '--format', 'json'];
  if (config !== undefined) args.push('--config', config);
  return timed(c.dir, process.execPath, [cli, ...args, '--fail-on', 'never'], [0], cacheDir);
}

/** A config switching off every rule a config may set (apply-refused it may not). */
function rulesOffConfig(work: string): string {
  const path = join(work, 'rules-off.config.json');
  const rules = Object.fromEntries(
    RULES.filter((r) => r.meta.id !== 'apply-refused').map((r) => [r.meta.id, 'off']),
  );
  writeFileSync(path, JSON.stringify({ rules }));
  return path;
}

/** Node, the parser's WebAssembly loaded as dist/ loads it (Liftoff only), one statement parsed. */
const parserFloor = `import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--liftoff-only');
const { loadModule, parseSync } = await import(${JSON.stringify(
  pathToFileURL(join(root, 'node_modules', 'libpg-query', 'wasm', 'index.js')).href,
)});
await loadModule();
parseSync('select 1');`;

function floor(c: HistoryCase): Sample {
  return timed(c.dir, process.execPath, ['--input-type=module', '-e', parserFloor], [0]);
}

/** Node's own start, with or without NODE_EXTRA_CA_CERTS. */
function nodeStart(extraCa: boolean): Sample {
  return timed(root, process.execPath, ['-e', '0'], [0], undefined, measuredEnv(extraCa));
}

interface Median {
  wall: number;
  cpu: number;
}

const medianOf = (runs: Sample[]): Median => ({
  wall: median(runs.map((s) => s.wallS)),
  cpu: median(runs.map((s) => s.cpuS)),
});

function builds(work: string): Build[] {
  const baselineDist = process.env['BENCH_BASELINE_DIST'];
  let baseline: Build;
  if (baselineDist) {
    baseline = {
      label: `baseline ${resolve(baselineDist)}`,
      cli: join(resolve(baselineDist), 'cli.js'),
    };
  } else {
    const ref = baselineRef();
    baseline = { label: `baseline ${ref.slice(0, 12)}`, cli: extractBaselineDist(ref, work, root) };
  }
  const steps = (process.env['BENCH_STEP_DISTS'] ?? '')
    .split(',')
    .filter((d) => d !== '')
    .map((d) => ({ label: resolve(d), cli: join(resolve(d), 'cli.js') }));
  return [baseline, ...steps, { label: 'current dist/', cli: join(root, 'dist', 'cli.js') }];
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
  const work = mkdtempSync(join(tmpdir(), 'mg-lint-bench-baseline-'));
  let differs = false;
  try {
    const chain = builds(work);
    console.log(
      `bench:lint-histories: ${ROUNDS} rounds; ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
    );
    console.log(
      `NODE_EXTRA_CA_CERTS: ${process.env['NODE_EXTRA_CA_CERTS'] === undefined ? 'not set' : withoutExtraCa ? 'set here, removed for every measured process (BENCH_WITHOUT_EXTRA_CA=1)' : 'set here, and kept for every measured process'}`,
    );
    for (const [i, b] of chain.entries()) console.log(`build ${i}: ${b.label}`);
    // samples[history][build]; the last column is squawk.
    const samples = cases.map(() => [...chain, undefined].map(() => [] as Sample[]));
    const warm = cases.map(() => [] as Sample[]);
    const floors = cases.map(() => [] as Sample[]);
    const engine = cases.map(() => [] as Sample[]);
    const offConfig = rulesOffConfig(work);
    const starts = { with: [] as Sample[], without: [] as Sample[] };
    const current = chain[chain.length - 1]?.cli ?? cli;
    const warmDirs = cases.map((c) => {
      const dir = join(work, `warm-${c.name}`);
      lint(c, current, dir);
      return dir;
    });
    for (let round = 0; round < ROUNDS; round++) {
      cases.forEach((c, h) => {
        for (const [i, b] of chain.entries()) samples[h]?.[i]?.push(lint(c, b.cli));
        samples[h]?.[chain.length]?.push(timed(c.dir, squawk, c.sqlFiles, [0, 1]));
        warm[h]?.push(lint(c, current, warmDirs[h]));
        engine[h]?.push(lint(c, current, warmDirs[h], offConfig));
        floors[h]?.push(floor(c));
        starts.with.push(nodeStart(true));
        starts.without.push(nodeStart(false));
      });
      process.stderr.write(`  round ${round + 1} of ${ROUNDS} done\n`);
    }
    const last = chain.length - 1;
    const startWith = medianOf(starts.with);
    const startWithout = medianOf(starts.without);
    console.log(
      `Node's start (node -e 0, median of ${starts.with.length}): ${cell(startWith)} s with NODE_EXTRA_CA_CERTS as set here, ${cell(startWithout)} s without; over ${cases.length} processes ${((startWith.wall - startWithout.wall) * cases.length).toFixed(2)} s of wall time.\n`,
    );
    console.log(
      `| history | files | ${chain.map((_, i) => `build ${i} wall / CPU (s)`).join(' | ')} | squawk wall / CPU (s) | current/squawk wall / CPU | same JSON |`,
    );
    console.log(`| --- | ---: |${' --- |'.repeat(chain.length + 3)}`);
    const totals = [...chain, undefined].map(() => ({ wall: 0, cpu: 0 }));
    const warmTotal = { wall: 0, cpu: 0 };
    const floorTotal = { wall: 0, cpu: 0 };
    const engineTotal = { wall: 0, cpu: 0 };
    const warmRows: string[] = [];
    const changed = new Map<string, number>();
    cases.forEach((c, h) => {
      const runs = samples[h] ?? [];
      const m = runs.map(medianOf);
      m.forEach((x, i) => {
        const total = totals[i];
        if (total) {
          total.wall += x.wall;
          total.cpu += x.cpu;
        }
      });
      const reference = runs[0]?.[0]?.stdout ?? '';
      const comparisons = [...runs.slice(0, chain.length), warm[h] ?? []].flatMap((r) =>
        r.map((s) => compareReports(reference, s.stdout)),
      );
      const w = medianOf(warm[h] ?? []);
      const f = medianOf(floors[h] ?? []);
      const e = medianOf(engine[h] ?? []);
      engineTotal.wall += e.wall;
      engineTotal.cpu += e.cpu;
      warmTotal.wall += w.wall;
      warmTotal.cpu += w.cpu;
      floorTotal.wall += f.wall;
      floorTotal.cpu += f.cpu;
      warmRows.push(
        `| ${c.name} | ${cell(w)} | ${ratio(w, m[chain.length])} | ${cell(e)} | ${ratio(e, m[chain.length])} | ${cell(f)} | ${ratio(f, m[chain.length])} |`,
      );
      const same = comparisons.every((x) => x.same);
      if (!same) {
        differs = true;
        const first = comparisons.find((x) => !x.same);
        console.error(`${c.name}: ${first?.unexplained.join('; ')}`);
      }
      // The declared changes of the current build against the baseline (its first run).
      const current = compareReports(reference, runs[last]?.[0]?.stdout ?? '');
      for (const [key, n] of current.changes) changed.set(key, (changed.get(key) ?? 0) + n);
      const changes = [...current.changes.values()].reduce((sum, n) => sum + n, 0);
      const verdict = !same ? 'NO' : changes > 0 ? `yes, ${changes} declared` : 'yes';
      console.log(
        `| ${c.name} | ${c.sqlFiles.length} | ${m.map(cell).join(' | ')} | ${ratio(m[last], m[chain.length])} | ${verdict} |`,
      );
    });
    const files = cases.reduce((sum, c) => sum + c.sqlFiles.length, 0);
    const squawkTotal = totals[chain.length];
    console.log(
      `| **total** | ${files} | ${totals.map(cell).join(' | ')} | ${ratio(totals[last], squawkTotal)} | ${differs ? 'NO' : 'yes'} |`,
    );
    console.log(
      '\n| history | current, warm cache: wall / CPU (s) | warm/squawk wall / CPU | engine floor, warm, rules off: wall / CPU (s) | engine/squawk wall / CPU | parser floor: wall / CPU (s) | floor/squawk wall / CPU |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const row of warmRows) console.log(row);
    console.log(
      `| **total** | ${cell(warmTotal)} | ${ratio(warmTotal, squawkTotal)} | ${cell(engineTotal)} | ${ratio(engineTotal, squawkTotal)} | ${cell(floorTotal)} | ${ratio(floorTotal, squawkTotal)} |`,
    );
    console.log(
      '\n| build | total wall / CPU (s) | to the build before: wall / CPU | to baseline: wall / CPU | to squawk: wall / CPU |',
    );
    console.log('| --- | --- | --- | --- | --- |');
    chain.forEach((b, i) => {
      const t = totals[i];
      const before = i > 0 ? ratio(t, totals[i - 1]) : '';
      console.log(
        `| ${i}: ${b.label} | ${t ? cell(t) : ''} | ${before} | ${ratio(t, totals[0])} | ${ratio(t, squawkTotal)} |`,
      );
    });
    if (changed.size > 0) {
      console.log('\n| declared report change, current build against the baseline | findings |');
      console.log('| --- | ---: |');
      for (const [key, n] of [...changed].sort()) console.log(`| ${key} | ${n} |`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (differs) {
    console.error('bench:lint-histories: a report differs from the baseline build');
    process.exit(1);
  }
}

function ratio(a: Median | undefined, b: Median | undefined): string {
  if (!a || !b) return '';
  return `${(a.wall / b.wall).toFixed(2)} / ${(a.cpu / b.cpu).toFixed(2)}`;
}

function cell(m: Median): string {
  return `${m.wall.toFixed(2)} / ${m.cpu.toFixed(2)}`;
}

main();
