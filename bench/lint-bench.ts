/**
 * `npm run bench`: lints a large generated migration history and compares with squawk on the
 * same files, in the same run, as a ratio (the machines are shared; absolute times wander).
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCheck } from '../src/pipeline/run-check.ts';
import { generateHistory } from './generate-history.ts';

const run = promisify(execFile);
const FILES = Number(process.env['BENCH_FILES'] ?? 500);
const PER_FILE = Number(process.env['BENCH_STATEMENTS_PER_FILE'] ?? 40);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const dir = join('bench', 'out', 'migrations');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeCommand(cmd: string, args: string[]): Promise<number> {
  const start = performance.now();
  try {
    await run(cmd, args, { maxBuffer: 512 * 1024 * 1024 });
  } catch (error) {
    // Both tools exit non-zero when they find problems; only a missing binary is fatal.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
  }
  return performance.now() - start;
}

async function main(): Promise<void> {
  console.log(`generating ${FILES} files x ~${PER_FILE} statements in ${dir} ...`);
  const { files, statements } = await generateHistory(dir, FILES, PER_FILE);
  console.log(`generated ${files} files, ${statements} statements`);

  // In process: statements per second and peak memory of a full check (parse, replay, lint).
  const inProcess: number[] = [];
  let findings = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    const outcome = await runCheck({ cwd: process.cwd(), files: [], dir });
    inProcess.push(performance.now() - start);
    const s = outcome.report.summary;
    findings = s.errors + s.warnings + s.notices;
    console.log(`  round ${i + 1}: ${inProcess[i]?.toFixed(0)} ms, ${findings} findings`);
  }
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const ms = median(inProcess);

  // As processes, like a user runs them: our bundled CLI against squawk's binary.
  const files_ = spawnSync('ls', [dir])
    .stdout.toString()
    .trim()
    .split('\n')
    .map((f) => join(dir, f));
  const ours: number[] = [];
  const squawk: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    ours.push(
      await timeCommand('node', ['dist/cli.js', 'check', '--dir', dir, '--format', 'json']),
    );
    squawk.push(await timeCommand('node_modules/.bin/squawk', files_));
  }
  const oursMs = median(ours);
  const squawkMs = median(squawk);

  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  console.log('\n## Results');
  console.log(
    `machine: ${cpus().length} x ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, node ${process.version}`,
  );
  console.log(`history: ${files} files, ${statements} statements; median of ${ROUNDS} rounds`);
  console.log(
    `in process: ${ms.toFixed(0)} ms, ${(statements / (ms / 1000)).toFixed(0)} statements/s, peak RSS ${peakRssMiB.toFixed(0)} MiB`,
  );
  console.log(`migration-guard CLI: ${oursMs.toFixed(0)} ms`);
  console.log(`squawk CLI:          ${squawkMs.toFixed(0)} ms`);
  console.log(`ratio migration-guard / squawk: ${(oursMs / squawkMs).toFixed(2)}`);
}

await main();
