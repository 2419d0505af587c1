/**
 * `npm run bench:wasm [NAME...]`: what compiling WebAssembly with V8's baseline compiler only
 * (what dist/ does, src/runtime/wasm-baseline-only.ts) costs or saves against V8's default
 * (baseline, then TurboFan for hot functions; `MIGRATION_GUARD_WASM_TIERUP=1`).
 *
 * Runs what ships, `node dist/cli.js check --format json --fail-on never`, one process per run,
 * the two modes interleaved, ROUNDS times each (default 3), on:
 * - a pull request of two files on a small history (one table file, one risky ALTER), on the
 *   embedded database with a warm cache;
 * - each named public history under bench/histories (default quivr and grida), every file
 *   checked on the embedded database.
 * Prints the median wall time and CPU time (user + system, from /usr/bin/time) of each, and
 * checks the two modes' reports are the same apart from durations.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { historiesDir } from './public-histories.ts';

const ROUNDS = Number(process.env['BENCH_WASM_ROUNDS'] ?? 3);
const cli = resolve('dist/cli.js');
const time = '/usr/bin/time';

interface Sample {
  wallS: number;
  cpuS: number;
  report: string;
}

function run(cwd: string, args: string[], tierUp: boolean, cacheDir: string): Sample {
  const out = mkdtempSync(join(tmpdir(), 'mg-wasm-bench-'));
  try {
    const timing = join(out, 'time');
    const env: NodeJS.ProcessEnv = { ...process.env, MIGRATION_GUARD_CACHE_DIR: cacheDir };
    if (tierUp) env['MIGRATION_GUARD_WASM_TIERUP'] = '1';
    else delete env['MIGRATION_GUARD_WASM_TIERUP'];
    const result = spawnSync(
      time,
      ['-o', timing, '-f', '%e %U %S', process.execPath, cli, 'check', ...args],
      { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`check failed in ${cwd} (exit ${result.status}): ${result.stderr}`);
    }
    const [wall, user, sys] = readFileSync(timing, 'utf8')
      .trim()
      .split(/\s+/)
      .slice(-3)
      .map(Number);
    return {
      wallS: wall ?? 0,
      cpuS: (user ?? 0) + (sys ?? 0),
      report: withoutDurations(result.stdout),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The JSON report without what differs from run to run (durations, timestamps). */
function withoutDurations(json: string): string {
  return JSON.stringify(JSON.parse(json), (key, value) =>
    /(ms|Ms|duration|Duration|At|startup|generated)$/.test(key) ? undefined : value,
  );
}

function pullRequestProject(): { dir: string; args: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'mg-wasm-bench-pr-'));
  const migrations = join(dir, 'supabase', 'migrations');
  mkdirSync(migrations, { recursive: true });
  writeFileSync(
    join(migrations, '20240101000000_workspaces.sql'),
    `create table public.workspaces (id bigint generated always as identity primary key, name text not null);
create table public.invoices (
  id bigint generated always as identity primary key,
  workspace_id bigint not null references public.workspaces (id),
  amount_cents integer not null
);\n`,
  );
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: dir,
    });
  git('init', '--quiet');
  git('add', '.');
  git('commit', '--quiet', '-m', 'history');
  writeFileSync(
    join(migrations, '20240301000000_widen_amount.sql'),
    'alter table public.invoices alter column amount_cents type bigint;\n',
  );
  writeFileSync(
    join(migrations, '20240302000000_invoice_status.sql'),
    "alter table public.invoices add column status text not null default 'draft';\n",
  );
  git('add', '.');
  git('commit', '--quiet', '-m', 'change');
  return { dir, args: ['--base', 'HEAD~1', '--format', 'json', '--fail-on', 'never'] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function main(): void {
  if (!existsSync(cli)) {
    console.error('bench:wasm: dist/cli.js is missing: run `npm run bundle` first');
    process.exit(2);
  }
  if (!existsSync(time)) {
    console.error(`bench:wasm: ${time} is missing (Debian package "time")`);
    process.exit(2);
  }
  const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['quivr', 'grida'];
  const cases: { label: string; dir: string; args: string[] }[] = [];
  const pr = pullRequestProject();
  cases.push({ label: 'PR check, 2 files on a 1-file history', ...pr });
  for (const name of names) {
    const dir = join(historiesDir(), name);
    if (!existsSync(join(dir, 'supabase', 'migrations'))) {
      console.error(
        `bench:wasm: ${dir}/supabase/migrations is missing (npm run bench:fetch-histories ${name})`,
      );
      process.exit(2);
    }
    cases.push({
      label: `${name}, every file`,
      dir,
      args: ['--format', 'json', '--fail-on', 'never'],
    });
  }
  const cacheDir = mkdtempSync(join(tmpdir(), 'mg-wasm-bench-cache-'));
  console.log(
    `bench:wasm: ${ROUNDS} rounds; ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
  );
  try {
    // One run to write the embedded database's snapshot: every measured run starts warm.
    run(pr.dir, pr.args, false, cacheDir);
    console.log(
      '| run | Liftoff only: wall / CPU (s) | V8 default: wall / CPU (s) | CPU ratio | same report |',
    );
    console.log('| --- | --- | --- | --- | --- |');
    for (const c of cases) {
      const liftoff: Sample[] = [];
      const tierUp: Sample[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        liftoff.push(run(c.dir, c.args, false, cacheDir));
        tierUp.push(run(c.dir, c.args, true, cacheDir));
        process.stderr.write(`  ${c.label}: round ${round + 1} of ${ROUNDS}\n`);
      }
      const same = [...liftoff, ...tierUp].every((s) => s.report === liftoff[0]?.report);
      const a = {
        wall: median(liftoff.map((s) => s.wallS)),
        cpu: median(liftoff.map((s) => s.cpuS)),
      };
      const b = {
        wall: median(tierUp.map((s) => s.wallS)),
        cpu: median(tierUp.map((s) => s.cpuS)),
      };
      console.log(
        `| ${c.label} | ${a.wall.toFixed(2)} / ${a.cpu.toFixed(2)} | ${b.wall.toFixed(2)} / ${b.cpu.toFixed(2)} | ${(a.cpu / b.cpu).toFixed(2)} | ${same ? 'yes' : 'NO'} |`,
      );
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(pr.dir, { recursive: true, force: true });
  }
}

main();
