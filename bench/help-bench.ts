/**
 * `npm run bench:help`: how long `node dist/cli.js --help` and `--version` take, against a bare
 * `node -e 0` in the same run (Node's own start), ROUNDS times each interleaved (default 15).
 * Prints the medians of the wall time of each process. `BENCH_HELP_BASELINE_DIST`: another build's
 * dist/ folder, run the same way in the same rounds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

const ROUNDS = Number(process.env['BENCH_HELP_ROUNDS'] ?? 15);
const cli = resolve('dist/cli.js');

/** Optional: another build's dist/ folder (e.g. a baseline taken with `git archive`), run alike. */
const baseline = process.env['BENCH_HELP_BASELINE_DIST'];

const runs: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['dist/cli.js --help', [cli, '--help']],
  ['dist/cli.js --version', [cli, '--version']],
  ...(baseline
    ? ([
        [`${baseline}/cli.js --help`, [resolve(baseline, 'cli.js'), '--help']],
        [`${baseline}/cli.js --version`, [resolve(baseline, 'cli.js'), '--version']],
      ] as [string, string[]][])
    : []),
];

function wallMs(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

if (!existsSync(cli)) {
  console.error('bench:help: dist/cli.js is missing: run `npm run bundle` first');
  process.exit(2);
}
const times = new Map<string, number[]>(runs.map(([label]) => [label, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [label, args] of runs) times.get(label)?.push(wallMs(args));
}
console.log(
  `bench:help: ${ROUNDS} rounds; ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
const bare = median(times.get('node -e 0') ?? []);
console.log('| run | median wall (ms) | ratio to node -e 0 |');
console.log('| --- | ---: | ---: |');
for (const [label, values] of times) {
  console.log(
    `| ${label} | ${median(values).toFixed(0)} | ${(median(values) / bare).toFixed(2)} |`,
  );
}
