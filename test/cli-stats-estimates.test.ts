import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/core/report/report.ts';
import { renderText } from '../src/core/report/render-text.ts';
import { TempProjects } from './support/cli-runner.ts';

// `check --stats` as a user runs it: dist/cli.js as a process, on the embedded database. The
// same command twice must give production estimates within 2x of each other, each with its
// range; a RENAME COLUMN (catalog only) must not be scaled by the table's size.

const cliPath = resolve('dist/cli.js');
const projects = new TempProjects();
afterAll(() => projects.removeAll());

const M = 'supabase/migrations';
const CHANGE = `${M}/20240201000000_change.sql`;
const files = {
  [`${M}/20240101000000_tables.sql`]: `create table public.orders (id bigint primary key, customer text not null, amount int not null, note text);
create table public.invoices (id bigint primary key, total int not null);
`,
  // Line 1 renames (catalog only), line 2 rewrites orders, line 3 scans it, line 4 rewrites the
  // empty invoices table.
  [CHANGE]: `alter table public.orders rename column note to remark;
alter table public.orders alter column amount type bigint;
alter table public.orders add constraint amount_not_negative check (amount >= 0);
alter table public.invoices alter column total type bigint;
`,
  'seed.sql': `insert into public.orders select g, 'customer ' || (g % 100), g % 1000, 'note ' || g from generate_series(1, 2000) g;
`,
  // What `migration-guard stats` would say of a production with 250 MB and 80 MB of them.
  'stats.json': `${JSON.stringify({
    schemaVersion: 1,
    collectedAt: '2026-12-01T00:00:00Z',
    serverVersion: '15.8',
    tables: [
      { relation: 'public.orders', rows: 2_000_000, bytes: 250 * 2 ** 20 },
      { relation: 'public.invoices', rows: 500_000, bytes: 80 * 2 ** 20 },
    ],
  })}\n`,
};

interface Estimated {
  line: number;
  durationMs?: number;
  productionEstimateMs?: number;
  productionEstimateRange?: {
    minMs: number;
    maxMs: number;
    timings: number;
    basis: string;
    atMost?: boolean;
  };
}

function check(cwd: string) {
  const r = spawnSync(
    process.execPath,
    [cliPath, 'check', CHANGE, '--seed', 'seed.sql', '--stats', 'stats.json', '--format', 'json'],
    { cwd, encoding: 'utf8' },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function estimates(stdout: string): Map<number, Estimated> {
  const report = JSON.parse(stdout) as {
    target: { timings: string };
    migrations: { file: string; statements: Estimated[] }[];
  };
  expect(report.target.timings).toBe('production-estimate');
  const statements = report.migrations.find((m) => m.file === CHANGE)?.statements ?? [];
  return new Map(statements.map((s) => [s.line, s]));
}

describe('check --stats on the embedded database', () => {
  const root = projects.create(files);
  // The same command twice, as a user would run it.
  let first: ReturnType<typeof check>;
  let second: ReturnType<typeof check>;
  beforeAll(() => {
    first = check(root);
    second = check(root);
  }, 360_000);

  it('gives estimates within 2x between identical runs, each the median of a stated range', () => {
    for (const run of [first, second]) {
      // Findings at error (the rewrite, the rename): exit 1, the report on stdout, nothing else.
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
    }
    const a = estimates(first.stdout);
    const b = estimates(second.stdout);
    for (const line of [2, 3, 4]) {
      const [x, y] = [a.get(line), b.get(line)];
      expect(x?.productionEstimateMs, `line ${line}`).toBeGreaterThan(0);
      expect(y?.productionEstimateMs, `line ${line}`).toBeGreaterThan(0);
      const [ex, ey] = [x?.productionEstimateMs ?? 0, y?.productionEstimateMs ?? 0];
      expect(
        Math.max(ex, ey) / Math.min(ex, ey),
        `line ${line}: ${ex} ms vs ${ey} ms`,
      ).toBeLessThanOrEqual(2);
      for (const s of [x, y]) {
        const range = s?.productionEstimateRange;
        expect(range?.timings, `line ${line}`).toBeGreaterThanOrEqual(3);
        expect(range?.minMs).toBeLessThanOrEqual(s?.productionEstimateMs ?? -1);
        expect(range?.maxMs).toBeGreaterThanOrEqual(s?.productionEstimateMs ?? Infinity);
        // Staged on a table well under 1 MiB: the rows are costed at the speed this database
        // showed on a table large enough for it, not by multiplying a millisecond.
        expect(range?.basis).toBe('calibrated');
      }
    }
    // 250 MB rewritten take longer than 80 MB rewritten, in both runs.
    expect(a.get(2)?.productionEstimateMs).toBeGreaterThan(a.get(4)?.productionEstimateMs ?? 0);
    expect(b.get(2)?.productionEstimateMs).toBeGreaterThan(b.get(4)?.productionEstimateMs ?? 0);
  });

  it("does not scale a RENAME COLUMN's time by the table's size, and says so", () => {
    const rename = estimates(first.stdout).get(1);
    expect(rename?.productionEstimateRange?.basis).toBe('catalog-only');
    // Its staged time as is, a fraction of a millisecond: stated as at most the timings'
    // resolution, 10 ms, the same in both runs. Scaled by 250 MB over a 2,000-row table's size,
    // a millisecond would have read as seconds.
    for (const run of [first, second]) {
      const same = estimates(run.stdout).get(1);
      expect(same?.productionEstimateMs).toBe(10);
      expect(same?.productionEstimateRange?.atMost).toBe(true);
      expect(same?.productionEstimateRange?.maxMs).toBeLessThan(100);
    }

    // The same report as text, rendered as `--format text` renders it (a third run would stage
    // and calibrate again for the same figures).
    const text = renderText(JSON.parse(first.stdout) as Report, {
      color: false,
      sources: new Map([[CHANGE, files[CHANGE] ?? '']]),
    });
    const lines = text.split('\n');
    const renameLine = lines.find((l) => /^ {6}line 1: /.test(l));
    expect(renameLine).toMatch(
      /≤ 10 ms at production size: catalog only, no rows read, so not scaled/,
    );
    const rewrite = lines.find((l) => /^ {6}line 2: /.test(l));
    expect(rewrite).toMatch(
      /≈ [\d.]+ (s|ms) at production size, [\d.]+ (s|ms)–[\d.]+ (s|ms) over \d timings;.*; rewrites public\.orders$/,
    );
  });
});
