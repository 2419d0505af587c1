/**
 * `npm run bench:big-file`: is time and memory proportional to the input? One 20 MiB migration
 * against the same SQL as twenty 1 MiB migrations (bench/big-file-input.ts), in one run:
 * `node <dist>/cli.js check --format json --fail-on never` from each project's folder, with
 * `--no-db` (lint only) and with the embedded database (the default), under /usr/bin/time for
 * CPU and peak RSS, each run with an empty cache directory.
 *
 * Builds: this tree's `dist/`, and a baseline when `BENCH_BASELINE_REF` (a git ref whose
 * committed dist is taken) or `BENCH_BASELINE_DIST` (a built folder) is given. Settings:
 * `BENCH_BIG_FILE_PARTS` (default 20), `BENCH_BIG_FILE_MODES` (default `no-db,embedded`).
 * Prints a table and the ratio one file / many files; the bar is 10 for time and 1 GB
 * of peak RSS. Exits 1 when a build's lint-only JSON differs between one file and many in
 * the statements it lists, or from the baseline's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { extractBaselineDist } from './baseline-dist.ts';
import { migrationPart } from './big-file-input.ts';

const PARTS = Number(process.env['BENCH_BIG_FILE_PARTS'] ?? 20);
const MODES = (process.env['BENCH_BIG_FILE_MODES'] ?? 'no-db,embedded').split(',');
const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'mg-big-file-'));

interface Sample {
  wallS: number;
  cpuS: number;
  rssMb: number;
  stdout: string;
}

function run(cli: string, cwd: string, noDb: boolean): Sample {
  const timing = join(work, 'time');
  const args = ['check', '--format', 'json', '--fail-on', 'never', ...(noDb ? ['--no-db'] : [])];
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-o', timing, '-f', '%U %S %M', 'node', cli, ...args], {
    cwd,
    env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: mkdtempSync(join(work, 'cache-')) },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const wallS = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${cli} in ${cwd} exited ${r.status}: ${r.stderr}`);
  const [user, sys, rssKb] = (readFileSync(timing, 'utf8').trim().split('\n').pop() ?? '')
    .split(/\s+/)
    .map(Number);
  return {
    wallS,
    cpuS: (user ?? 0) + (sys ?? 0),
    rssMb: (rssKb ?? 0) / 1024,
    stdout: r.stdout,
  };
}

/** The statements' SQL, in order: the same whether the parts are one file or many. */
function comparable(json: string): string {
  const report = JSON.parse(json) as { migrations: { statements: { sql: string }[] }[] };
  return JSON.stringify(report.migrations.flatMap((m) => m.statements.map((s) => s.sql)));
}

function main(): number {
  const many = join(work, 'many');
  const one = join(work, 'one');
  const manyDir = join(many, 'supabase', 'migrations');
  const oneDir = join(one, 'supabase', 'migrations');
  mkdirSync(manyDir, { recursive: true });
  mkdirSync(oneDir, { recursive: true });
  const parts: string[] = [];
  for (let i = 0; i < PARTS; i++) {
    const sql = migrationPart(i);
    parts.push(sql);
    writeFileSync(join(manyDir, `2024010100${String(i).padStart(4, '0')}_part.sql`), sql);
  }
  writeFileSync(join(oneDir, '20240101000000_all.sql'), parts.join(''));
  const bytes = parts.reduce((n, p) => n + Buffer.byteLength(p), 0);

  const builds: { label: string; cli: string }[] = [];
  const baselineRef = process.env['BENCH_BASELINE_REF'];
  const baselineDist = process.env['BENCH_BASELINE_DIST'];
  if (baselineDist) builds.push({ label: 'baseline', cli: resolve(baselineDist, 'cli.js') });
  else if (baselineRef) {
    builds.push({
      label: `baseline ${baselineRef}`,
      cli: extractBaselineDist(baselineRef, join(work, 'baseline'), root),
    });
  }
  builds.push({ label: 'current', cli: join(root, 'dist', 'cli.js') });

  console.log(
    `${PARTS} parts, ${(bytes / 1024 / 1024).toFixed(1)} MiB; ${cpus().length} CPUs (${cpus()[0]?.model}), ${(totalmem() / 1e9).toFixed(1)} GB`,
  );
  console.log(
    '| build | mode | one file wall / CPU (s) | many files wall / CPU (s) | one/many CPU | peak RSS one / many (MB) |',
  );
  console.log('| --- | --- | --- | --- | ---: | --- |');
  let failed = false;
  const lintJson = new Map<string, string>();
  for (const mode of MODES) {
    for (const build of builds) {
      const noDb = mode === 'no-db';
      // Interleaved: many, then one, for each build in turn.
      const m = run(build.cli, many, noDb);
      const o = run(build.cli, one, noDb);
      console.log(
        `| ${build.label} | ${mode} | ${o.wallS.toFixed(1)} / ${o.cpuS.toFixed(1)} | ${m.wallS.toFixed(1)} / ${m.cpuS.toFixed(1)} | ${(o.cpuS / m.cpuS).toFixed(2)} | ${o.rssMb.toFixed(0)} / ${m.rssMb.toFixed(0)} |`,
      );
      if (noDb) {
        if (comparable(o.stdout) !== comparable(m.stdout)) {
          console.log(`  ${build.label}: one file and many files report different statements`);
          failed = true;
        }
        const earlier = lintJson.get('one');
        if (earlier !== undefined && earlier !== o.stdout) {
          console.log(`  ${build.label}: the one-file JSON differs from the baseline's`);
          failed = true;
        }
        lintJson.set('one', o.stdout);
      }
    }
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
