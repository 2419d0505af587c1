/**
 * `npm run bench:stats-estimates`: how much `check --stats` production estimates move between
 * identical runs. One small project (two tables, one seeded with 5,000 rows, one left empty; a
 * stats file saying production holds 250 MB and 80 MB of them) is checked RUNS times (default
 * 5) on the embedded database by dist/cli.js, and by the committed dist/ of BASELINE (a git ref,
 * optional) interleaved with it. Prints, per statement, the estimates of every run, the lowest,
 * the highest and their spread (max / min over the runs); the machine's load (1-minute average)
 * as each run started; and what `--stats` costs: each round also runs the same check without
 * `--stats` (BENCH_STATS_OVERHEAD=0 skips it), every run timed by /usr/bin/time (CPU) and the
 * clock (wall).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { extractBaselineDist } from './baseline-dist.ts';

const RUNS = Number(process.env['BENCH_STATS_RUNS'] ?? 5);
const BASELINE = process.env['BENCH_STATS_BASELINE'];
const OVERHEAD = process.env['BENCH_STATS_OVERHEAD'] !== '0';

const M = 'supabase/migrations';
const CHANGE = `${M}/20240201000000_change.sql`;
const project: Record<string, string> = {
  [`${M}/20240101000000_tables.sql`]: `create table public.orders (id bigint generated always as identity primary key, customer text not null, amount int not null, note text);
create table public.invoices (id bigint generated always as identity primary key, number text not null, total int not null);
`,
  [CHANGE]: `alter table public.invoices rename column number to invoice_number;
alter table public.orders rename column note to remark;
alter table public.orders add column flag boolean;
alter table public.orders alter column amount type bigint;
alter table public.orders add constraint amount_pos check (amount >= 0);
create index orders_customer_idx on public.orders (customer);
alter table public.invoices alter column total type bigint;
alter table public.invoices add constraint total_pos check (total >= 0);
`,
  'seed.sql': `insert into public.orders (customer, amount, note)
  select 'customer ' || (g % 500), g % 1000, 'note ' || g from generate_series(1, 5000) g;
`,
  'stats.json': JSON.stringify({
    schemaVersion: 1,
    collectedAt: '2026-12-01T00:00:00Z',
    serverVersion: '15.8',
    tables: [
      { relation: 'public.orders', rows: 2_000_000, bytes: 250 * 2 ** 20 },
      { relation: 'public.invoices', rows: 500_000, bytes: 80 * 2 ** 20 },
    ],
  }),
};

interface Statement {
  line: number;
  productionEstimateMs?: number;
  productionEstimateRange?: { minMs: number; maxMs: number; timings: number; basis: string };
}
interface Json {
  migrations: { file: string; statements: Statement[] }[];
}

interface Run {
  load: number;
  wallMs: number;
  cpuMs: number;
}

/** One check under /usr/bin/time: its JSON report, wall and CPU time, and the load as it began. */
function runCheck(cli: string, args: string[], cwd: string, timing: string): Run & { json: Json } {
  const load = loadavg()[0] ?? 0;
  const began = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-o', timing, '-f', '%U %S', process.execPath, cli, 'check', ...args],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  );
  const wallMs = performance.now() - began;
  if (r.status !== 0) throw new Error(`${cli} exited ${r.status}: ${r.stderr}`);
  const [user, system] = (readFileSync(timing, 'utf8').trim().split('\n').at(-1) ?? '')
    .split(' ')
    .map(Number);
  return { load, wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, json: JSON.parse(r.stdout) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const seconds = (ms: number, fine: boolean) => (ms / 1000).toFixed(fine ? 4 : 2);

const scratch = mkdtempSync(join(tmpdir(), 'stats-bench-'));
try {
  const root = join(scratch, 'project');
  const timing = join(scratch, 'time.txt');
  for (const [path, text] of Object.entries(project)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const clis: [string, string][] = [['current', resolve('dist/cli.js')]];
  if (BASELINE) {
    clis.unshift([
      `baseline ${BASELINE}`,
      extractBaselineDist(BASELINE, join(scratch, 'baseline'), process.cwd()),
    ]);
  }
  const estimates = new Map<string, Map<number, number[]>>(clis.map(([l]) => [l, new Map()]));
  const ranges = new Map<string, number>();
  const runs = new Map<string, Run[]>(clis.map(([l]) => [l, []]));
  const args = [CHANGE, '--seed', 'seed.sql', '--stats', 'stats.json'];
  const common = ['--format', 'json', '--fail-on', 'never', '--no-cache'];
  const withoutStats = 'current without --stats';
  if (OVERHEAD) runs.set(withoutStats, []);
  for (let run = 0; run < RUNS; run++) {
    for (const [label, cli] of clis) {
      const { json, ...measured } = runCheck(cli, [...args, ...common], root, timing);
      runs.get(label)?.push(measured);
      const byLine = estimates.get(label) ?? new Map<number, number[]>();
      for (const s of json.migrations.find((m) => m.file === CHANGE)?.statements ?? []) {
        if (s.productionEstimateMs === undefined) continue;
        byLine.set(s.line, [...(byLine.get(s.line) ?? []), s.productionEstimateMs]);
        if (s.productionEstimateRange) ranges.set(label, (ranges.get(label) ?? 0) + 1);
      }
    }
    if (OVERHEAD) {
      const { json: _, ...measured } = runCheck(
        resolve('dist/cli.js'),
        [CHANGE, '--seed', 'seed.sql', ...common],
        root,
        timing,
      );
      runs.get(withoutStats)?.push(measured);
    }
  }
  const loads = [...runs.values()].flat().map((r) => r.load);
  console.log(
    `bench:stats-estimates: ${RUNS} runs of \`check ${args.join(' ')} ${common.join(' ')}\`; ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}, load ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`,
  );
  const sql = project[CHANGE]?.split('\n') ?? [];
  console.log('| build | line | statement | estimates (s) | min (s) | max (s) | max / min |');
  console.log('| --- | ---: | --- | --- | ---: | ---: | ---: |');
  for (const [label, byLine] of estimates) {
    let widest = 0;
    for (const [line, values] of [...byLine].sort((a, b) => a[0] - b[0])) {
      const [min, max] = [Math.min(...values), Math.max(...values)];
      const spread = max / Math.max(min, 1e-9);
      widest = Math.max(widest, spread);
      const fine = values.some((x) => x < 100);
      const text = (sql[line - 1] ?? '').replace(/^alter table /, '').slice(0, 48);
      console.log(
        `| ${label} | ${line} | ${text} | ${values.map((v) => seconds(v, fine)).join(', ')} | ${seconds(min, fine)} | ${seconds(max, fine)} | ${values.length < RUNS ? `${values.length} of ${RUNS} runs estimated; ` : ''}${spread.toFixed(2)}x |`,
      );
    }
    console.log(`| ${label} | | largest spread of a statement | | | | ${widest.toFixed(2)}x |`);
    console.log(
      `| ${label} | | statements with a stated range | ${ranges.get(label) ?? 0} | | | |`,
    );
  }
  console.log('');
  console.log(
    '| build | load (1-minute average) as each run started | wall, median (s) | CPU, median (s) |',
  );
  console.log('| --- | --- | ---: | ---: |');
  for (const [label, measured] of runs) {
    console.log(
      `| ${label} | ${measured.map((r) => r.load.toFixed(1)).join(', ')} | ${seconds(median(measured.map((r) => r.wallMs)), false)} | ${seconds(median(measured.map((r) => r.cpuMs)), false)} |`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
