/**
 * `npm run bench:staging-fidelity [NAME...]`: how much of real Supabase migration histories
 * applies on the embedded staging database, and why the rest does not.
 *
 * For each history under `bench/histories/` (`npm run bench:fetch-histories`), or under
 * `$MIGRATION_GUARD_HISTORIES`, runs what ships, one process per history:
 * `node dist/cli.js check --dir supabase/migrations --format json --fail-on never`, in the
 * history's folder taken as its repository root, with a fresh embedded-database cache shared
 * by the run (the first history pays the cold start). Prints per history the files, how many
 * applied and, for each that did not, the first trace finding (the cause); then the totals
 * and the causes grouped. Writes the per-file results to `bench/out/staging-fidelity.json`.
 * Always exits 0: it is a measurement.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { basename, join, relative } from 'node:path';
import { killCommandsOnSignal, runCommand } from './bounded-command.ts';
import { causeLines, groupCauses, oneLine } from './fidelity-causes.ts';
import { type FileResult, fileResults, parseReport } from './fidelity-results.ts';
import {
  benchDir,
  historiesDir,
  migrationsDirOf,
  readPublicHistories,
} from './public-histories.ts';

const TIMEOUT_MS = Number(process.env['BENCH_FIDELITY_TIMEOUT_MS'] ?? 900_000);
const repoRoot = join(benchDir, '..');
const cli = join(repoRoot, 'dist', 'cli.js');
const outFile = join(benchDir, 'out', 'staging-fidelity.json');

interface HistoryRun {
  name: string;
  repository?: string;
  commit?: string;
  directory?: string;
  wallMs: number;
  /** Why the history could not be measured (empty folder, the CLI failed...). */
  error?: string;
  files: number;
  applied: number;
  failed: number;
  notValidated: number;
  notStaged: number;
  results: FileResult[];
}

const provenance = (() => {
  try {
    return new Map(readPublicHistories().map((h) => [h.name, h]));
  } catch {
    return new Map();
  }
})();

function countsOf(results: FileResult[]) {
  const count = (o: FileResult['outcome']) => results.filter((r) => r.outcome === o).length;
  return {
    files: results.length,
    applied: count('applied'),
    failed: count('failed'),
    notValidated: count('not-validated'),
    notStaged: count('not-staged'),
  };
}

async function measure(
  name: string,
  root: string,
  cacheDir: string,
  scratch: string,
): Promise<HistoryRun & { serverVersion?: string; toolVersion?: string }> {
  const source = provenance.get(name);
  const base = {
    name,
    ...(source
      ? { repository: source.repository, commit: source.commit, directory: source.directory }
      : {}),
    wallMs: 0,
    ...countsOf([]),
    results: [],
  };
  const dir = migrationsDirOf(root, name);
  const sql = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sql')) : [];
  if (sql.length === 0) {
    return {
      ...base,
      error: `${dir.startsWith(repoRoot) ? relative(repoRoot, dir) : dir} has no *.sql files: run 'npm run bench:fetch-histories ${name}'`,
    };
  }
  const reportFile = join(scratch, `${name}.json`);
  const run = await runCommand(
    process.execPath,
    [
      cli,
      'check',
      '--dir',
      'supabase/migrations',
      '--format',
      'json',
      '--fail-on',
      'never',
      '--output',
      reportFile,
    ],
    {
      cwd: join(root, name),
      // The history's folder is its repository root: no git or config of the folder above.
      env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: cacheDir, GIT_CEILING_DIRECTORIES: root },
      timeoutMs: TIMEOUT_MS,
    },
  );
  const wallMs = run.durationMs;
  if (run.code !== 0 || !existsSync(reportFile)) {
    const why = run.timedOut
      ? `timed out after ${TIMEOUT_MS / 1000} s (BENCH_FIDELITY_TIMEOUT_MS)`
      : (run.spawnError ??
        (run.stderr.trim().split('\n').slice(0, 3).join(' / ') ||
          `exit ${run.code ?? run.signal}`));
    return { ...base, wallMs, error: `the CLI failed: ${why}` };
  }
  try {
    const report = parseReport(readFileSync(reportFile, 'utf8'));
    const results = fileResults(report, (file) => readFileSync(join(root, name, file), 'utf8'));
    return {
      ...base,
      wallMs,
      ...countsOf(results),
      results,
      toolVersion: report.toolVersion,
      ...(report.target.serverVersion ? { serverVersion: report.target.serverVersion } : {}),
    };
  } catch (error) {
    return { ...base, wallMs, error: `cannot read the report: ${(error as Error).message}` };
  }
}

function printRun(run: HistoryRun, first: boolean): void {
  const from = run.repository ? ` (${run.repository}@${run.commit?.slice(0, 12)})` : '';
  const time = `${(run.wallMs / 1000).toFixed(1)} s${first ? ', cold cache' : ''}`;
  if (run.error) {
    console.log(`${run.name}${from}: ERROR: ${run.error}`);
    return;
  }
  const staged = run.notStaged > 0 ? `, ${run.notStaged} not staged` : '';
  console.log(
    `${run.name}${from}: ${run.files} files: ${run.applied} applied, ${run.failed} failed, ${run.notValidated} not validated${staged}  [${time}]`,
  );
  for (const r of run.results) {
    if (r.outcome === 'applied') continue;
    const where = `${basename(r.file)}${r.line !== undefined ? `:${r.line}` : ''}`;
    const why =
      r.outcome === 'not-staged'
        ? 'not staged: the name has no version (<digits>_name.sql), and the Supabase CLI skips it too'
        : r.rule
          ? `${r.rule}: ${oneLine(r.message ?? '')}`
          : `staging ${r.staging} (no trace finding says why)`;
    const tag = r.knockOnOf
      ? `  [knock-on of ${basename(r.knockOnOf)}]`
      : r.outcome !== 'not-staged' && !r.afterEarlierFailure
        ? '  [first failure]'
        : '';
    console.log(`  - ${where}  ${why}${tag}`);
  }
}

function machine() {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  };
}

async function main(): Promise<void> {
  if (!existsSync(cli)) {
    console.error(
      `staging-fidelity: ${relative(process.cwd(), cli)} is missing: build it with 'npm run bundle' (this bench measures what ships)`,
    );
    return;
  }
  const root = historiesDir();
  const wanted = process.argv.slice(2);
  const names = existsSync(root)
    ? readdirSync(root)
        .filter((n) => statSync(join(root, n)).isDirectory())
        .filter((n) => wanted.length === 0 || wanted.includes(n))
        .sort()
    : [];
  if (names.length === 0) {
    console.error(
      `staging-fidelity: no histories in ${root}${wanted.length ? ` named ${wanted.join(', ')}` : ''}: run 'MIGRATION_GUARD_MIRRORS=<mirrors> npm run bench:fetch-histories' (or set MIGRATION_GUARD_HISTORIES)`,
    );
    return;
  }
  const cliStat = statSync(cli);
  const cliSha = createHash('sha256').update(readFileSync(cli)).digest('hex').slice(0, 12);
  const host = machine();
  console.log(
    `staging fidelity: ${names.length} histories in ${root}; node dist/cli.js check (built ${cliStat.mtime.toISOString()}, sha256 ${cliSha}); ${host.nproc} cores, Node ${host.node}, ${host.date}`,
  );
  const cacheDir = mkdtempSync(join(tmpdir(), 'mg-fidelity-cache-'));
  const scratch = mkdtempSync(join(tmpdir(), 'mg-fidelity-reports-'));
  const cleanup = () => {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  };
  killCommandsOnSignal(cleanup);
  const runs: HistoryRun[] = [];
  let target = '';
  try {
    for (const name of names) {
      const run = await measure(name, root, cacheDir, scratch);
      const { serverVersion, toolVersion, ...kept } = run;
      if (!target && serverVersion)
        target = `migration-guard ${toolVersion}, PGlite ${serverVersion}`;
      printRun(kept, runs.length === 0);
      runs.push(kept);
    }
  } finally {
    cleanup();
  }
  const measured = runs.filter((r) => !r.error);
  const totals = countsOf(measured.flatMap((r) => r.results));
  // Misnamed files are left out of the share, as the Supabase CLI leaves them out of a reset.
  const staged = totals.files - totals.notStaged;
  const percent = staged > 0 ? ((100 * totals.applied) / staged).toFixed(1) : '0.0';
  console.log('');
  console.log(
    `total (${measured.length} of ${runs.length} histories${target ? `; ${target}` : ''}): ${totals.files} files${totals.notStaged ? ` (${totals.notStaged} misnamed, not staged)` : ''}: ${totals.applied} of ${staged} applied (${percent} %), ${totals.failed} failed, ${totals.notValidated} not validated`,
  );
  const causes = groupCauses(measured);
  if (causes.length > 0) {
    console.log(
      [
        '',
        'causes of the files that did not apply (the first trace finding of each file, normalised):',
        '  first: the first file of its history that did not apply (nothing failed before it: the target lacks what it needs)',
        '  knock-on: an earlier file of its history that did not apply creates the missing object',
      ].join('\n'),
    );
    for (const line of causeLines(causes)) console.log(line);
  }
  mkdirSync(join(benchDir, 'out'), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify({ machine: host, cli: { builtAt: cliStat.mtime.toISOString(), sha256: cliSha }, target, totals: { ...totals, staged, appliedPercentOfStaged: Number(percent) }, histories: runs, causes }, null, 2)}\n`,
  );
  console.log(`\nper-file results: ${relative(process.cwd(), outFile)}`);
}

try {
  await main();
} catch (error) {
  console.error(`staging-fidelity: ${(error as Error).stack ?? String(error)}`);
}
process.exitCode = 0;
