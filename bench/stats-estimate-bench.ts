/**
 * `npm run bench:stats-estimates`: how much `check --stats` production estimates move between
 * identical runs. One small project (two tables, one seeded with 5,000 rows, one left empty; a
 * stats file saying production holds 250 MB and 80 MB of them) is checked RUNS times (default
 * 5) on the embedded database by dist/cli.js, and by the committed dist/ of BASELINE (a git ref,
 * optional) interleaved with it. Prints, per statement, the estimates of every run and their
 * spread (max / min).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { extractBaselineDist } from './baseline-dist.ts';

const RUNS = Number(process.env['BENCH_STATS_RUNS'] ?? 5);
const BASELINE = process.env['BENCH_STATS_BASELINE'];

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

const scratch = mkdtempSync(join(tmpdir(), 'stats-bench-'));
try {
  const root = join(scratch, 'project');
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
  const walls = new Map<string, number[]>(clis.map(([l]) => [l, []]));
  const args = [CHANGE, '--seed', 'seed.sql', '--stats', 'stats.json'];
  for (let run = 0; run < RUNS; run++) {
    for (const [label, cli] of clis) {
      const began = performance.now();
      const r = spawnSync(
        process.execPath,
        [cli, 'check', ...args, '--format', 'json', '--fail-on', 'never', '--no-cache'],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
      );
      walls.get(label)?.push(performance.now() - began);
      if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${r.stderr}`);
      const report = JSON.parse(r.stdout) as Json;
      const byLine = estimates.get(label) ?? new Map<number, number[]>();
      for (const s of report.migrations.find((m) => m.file === CHANGE)?.statements ?? []) {
        if (s.productionEstimateMs === undefined) continue;
        byLine.set(s.line, [...(byLine.get(s.line) ?? []), s.productionEstimateMs]);
        if (s.productionEstimateRange) ranges.set(label, (ranges.get(label) ?? 0) + 1);
      }
    }
  }
  console.log(
    `bench:stats-estimates: ${RUNS} runs of \`check ${args.join(' ')} --format json --no-cache\`; ${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const sql = project[CHANGE]?.split('\n') ?? [];
  console.log('| build | line | statement | estimates (s) | spread (max / min) |');
  console.log('| --- | ---: | --- | --- | ---: |');
  for (const [label, byLine] of estimates) {
    for (const [line, values] of [...byLine].sort((a, b) => a[0] - b[0])) {
      const spread = Math.max(...values) / Math.max(Math.min(...values), 1e-9);
      const shown = values.map((v) => (v / 1000).toFixed(values.some((x) => x < 100) ? 4 : 1));
      const text = (sql[line - 1] ?? '').replace(/^alter table /, '').slice(0, 48);
      console.log(
        `| ${label} | ${line} | ${text} | ${shown.join(', ')} | ${values.length < RUNS ? `${values.length} of ${RUNS} runs estimated; ` : ''}${spread.toFixed(1)}x |`,
      );
    }
    console.log(`| ${label} | | statements with a stated range | ${ranges.get(label) ?? 0} | |`);
    const wall = [...(walls.get(label) ?? [])].sort((a, b) => a - b);
    console.log(
      `| ${label} | | wall time per run, median (s) | ${((wall[Math.floor(wall.length / 2)] ?? 0) / 1000).toFixed(1)} | |`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
