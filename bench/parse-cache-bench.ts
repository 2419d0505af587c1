/**
 * `npm run bench:parse-cache`: what the parse cache saves on a pull-request check.
 *
 * 1. A PR-like lint (`dist/cli.js check FILE FILE --no-db`): the first PREFIX files of a public
 *    history (default grida, 60 files) replayed as history, the next 2 checked. (The files are
 *    named rather than found with `--base`, whose `git show` per base file would dominate.)
 *    Four caches, interleaved ROUNDS times (default 7): none (`--no-cache`), an empty directory
 *    (cold), the base's parses only (what a CI cache restored from the base branch holds: the 2
 *    new files are parsed), and every file's parse (the same PR checked again). Every report is
 *    compared byte for byte with the uncached one.
 * 2. In process, on every file of the history: `parseSql` against a cache hit (file read,
 *    sha256, JSON.parse and the checks of `fromRecord`).
 *
 * Needs dist/ (`npm run bundle`) and the histories (`npm run bench:fetch-histories`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { openParseCache } from '../src/pipeline/parse-cache.ts';
import { historiesDir, migrationsDirOf } from './public-histories.ts';

const HISTORY = process.env['BENCH_HISTORY'] ?? 'grida';
const PREFIX = Number(process.env['BENCH_PREFIX'] ?? 60);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const cli = resolve('dist/cli.js');
const source = migrationsDirOf(historiesDir(), HISTORY);

if (!existsSync(cli)) fail('dist/cli.js is missing: run `npm run bundle` first');
if (!existsSync(source)) fail(`${source} is missing: run \`npm run bench:fetch-histories\``);
const names = readdirSync(source)
  .filter((name) => name.endsWith('.sql'))
  .sort();
if (names.length < PREFIX + 2)
  fail(`${HISTORY} has ${names.length} files, fewer than ${PREFIX + 2}`);

const scratch = mkdtempSync(join(tmpdir(), 'mg-parse-cache-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

// The repository: the base commit holds PREFIX files; the change adds the next two.
const repo = join(scratch, 'repo');
const dir = join(repo, 'supabase', 'migrations');
const copy = (from: number, to: number) => {
  for (const name of names.slice(from, to)) cpSync(join(source, name), join(dir, name));
};
copy(0, PREFIX);
const git = (...args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) fail(`git ${args.join(' ')}: ${r.stderr}`);
};
git('init', '-q');
git('add', '.');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'base');

const added = names.slice(PREFIX, PREFIX + 2).map((name) => `supabase/migrations/${name}`);
const args = ['check', ...added, '--no-db'];
const common = ['--format', 'json', '--fail-on', 'never'];

interface Run {
  wallMs: number;
  cpuMs: number;
  stdout: string;
}

function check(cacheDir: string | null): Run {
  const started = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S', process.execPath, cli, ...args, ...common, ...(cacheDir ? [] : ['--no-cache'])],
    {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: cacheDir ?? join(scratch, 'unused') },
    },
  );
  const wallMs = performance.now() - started;
  if (r.status !== 0) fail(`check exited ${r.status}: ${r.stderr}`);
  const [user, sys] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { wallMs, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000, stdout: r.stdout };
}

// The base's parses, as a CI cache restored from the base branch holds them.
const baseCache = join(scratch, 'base-cache');
const baseOnly = spawnSync(
  process.execPath,
  [cli, 'check', '--dir', 'supabase/migrations', '--no-db', ...common],
  { cwd: repo, env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: baseCache } },
);
if (baseOnly.status !== 0) fail(`the base's check exited ${baseOnly.status}`);
copy(PREFIX, PREFIX + 2);
const allCache = join(scratch, 'all-cache');
check(allCache);

const reference = check(null).stdout;
const conditions: [string, () => string | null][] = [
  ['no cache (--no-cache)', () => null],
  ['cold (empty cache directory)', () => mkdtempSync(join(scratch, 'cold-'))],
  [
    'warm: the base history cached, the 2 new files parsed',
    () => {
      const to = mkdtempSync(join(scratch, 'base-'));
      cpSync(baseCache, to, { recursive: true });
      return to;
    },
  ],
  ['warm: every file cached (the PR checked again)', () => allCache],
];
const results = new Map<string, Run[]>(conditions.map(([label]) => [label, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [label, cacheDir] of conditions) {
    const run = check(cacheDir());
    if (run.stdout !== reference) fail(`${label}: the report differs from the uncached one`);
    results.get(label)?.push(run);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `bench:parse-cache: ${HISTORY}, ${PREFIX} files + 2 added, ${ROUNDS} rounds; ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
console.log(`command: node dist/cli.js ${[...args, ...common].join(' ')}`);
console.log('every report byte-identical to the uncached one: yes');
const cold = results.get(conditions[1]?.[0] ?? '') ?? [];
console.log(
  '| cache | median wall (ms) | median CPU (ms) | wall ratio to cold | CPU ratio to cold |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [label, runs] of results) {
  const wall = median(runs.map((r) => r.wallMs));
  const cpu = median(runs.map((r) => r.cpuMs));
  console.log(
    `| ${label} | ${wall.toFixed(0)} | ${cpu.toFixed(0)} | ${(wall / median(cold.map((r) => r.wallMs))).toFixed(2)} | ${(cpu / median(cold.map((r) => r.cpuMs))).toFixed(2)} |`,
  );
}

// In process: parsing every file of the history against reading it back from the cache.
await loadParser();
const texts = names.map((name) => readFileSync(join(source, name), 'utf8'));
const cacheDir = join(scratch, 'in-process');
const writer = openParseCache(cacheDir);
for (const text of texts) writer.parse(text);
await writer.save();
const parseMs: number[] = [];
const hitMs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let started = performance.now();
  for (const text of texts) parseSql(text);
  parseMs.push(performance.now() - started);
  const reader = openParseCache(cacheDir);
  started = performance.now();
  for (const text of texts) reader.parse(text);
  hitMs.push(performance.now() - started);
  if (reader.stats.misses !== 0) fail('in process: a cached file was parsed again');
}
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
console.log(
  `in process, ${texts.length} files (${(bytes / 1024).toFixed(0)} KiB of SQL): parseSql ${median(parseMs).toFixed(0)} ms, cache hits ${median(hitMs).toFixed(0)} ms (ratio ${(median(hitMs) / median(parseMs)).toFixed(2)}), medians of ${ROUNDS}`,
);

function fail(message: string): never {
  console.error(`bench:parse-cache: ${message}`);
  process.exit(2);
}
