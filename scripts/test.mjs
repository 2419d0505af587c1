#!/usr/bin/env node
/**
 * `npm test`: the vitest suite and the edge function's Deno tests, side by side.
 *
 * Run one after the other they left a core idle for most of the Deno run (its tests wait on
 * PostgreSQL, PgBouncer and timers more than they compute) and for vitest's last files. Vitest
 * prints as it goes; Deno's output is kept and printed whole when vitest is done, so the two
 * never interleave. The exit code is non-zero when either fails.
 *
 * Each runs in a process group of its own: on Ctrl-C or SIGTERM both groups are stopped, so no
 * Deno, Postgres or vitest worker outlives this script. Extra arguments go to vitest
 * (`npm test -- test/cli.test.ts`); with any, the Deno tests are left out. `TEST_DENO=0` leaves
 * them out too, `TEST_VITEST=0` runs only them.
 */
import { spawn } from 'node:child_process';

const extra = process.argv.slice(2);
const runVitest = process.env.TEST_VITEST !== '0';
const runDeno = process.env.TEST_DENO !== '0' && extra.length === 0;

/** A child in its own process group; resolves with its exit code (1 for a signal). */
function start(command, args, { capture }) {
  const child = spawn(command, args, {
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    detached: true,
    env: process.env,
  });
  const chunks = [];
  if (capture) {
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
  }
  const exited = new Promise((resolve) => {
    child.on('error', (error) => {
      chunks.push(Buffer.from(`could not start ${command}: ${error.message}\n`));
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  return { child, exited, output: () => Buffer.concat(chunks).toString() };
}

const runs = [];
const stopAll = (signal) => {
  for (const { child } of runs) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is gone already.
    }
  }
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll('SIGTERM');
    process.exitCode = 130;
  });
}

// Deno first: it spends its first seconds type-checking, while vitest bundles dist/ if stale.
const deno = runDeno ? start('npm', ['run', '-s', 'test:deno'], { capture: true }) : undefined;
if (deno) runs.push(deno);
const vitest = runVitest
  ? start('npx', ['vitest', 'run', ...extra], { capture: false })
  : undefined;
if (vitest) runs.push(vitest);

const vitestCode = vitest ? await vitest.exited : 0;
if (deno && deno.child.exitCode === null) {
  console.log('\n== waiting for the Deno tests (the edge function) to finish');
}
const denoCode = deno ? await deno.exited : 0;
if (deno) {
  console.log('\n== Deno tests (the edge function)');
  process.stdout.write(deno.output());
}
if (vitestCode !== 0 || denoCode !== 0) {
  const failed = [vitestCode !== 0 ? 'vitest' : '', denoCode !== 0 ? 'deno' : '']
    .filter(Boolean)
    .join(' and ');
  console.error(`\n${failed} failed`);
  process.exitCode = 1;
}
