/** The tables `bench/rollout-bench.ts` prints. */
import { type BackfillRun, passRate } from './rollout-backfill.ts';
import type { PhaseStats } from './rollout-probe.ts';

export interface PhaseRow {
  step: string;
  form: 'naive' | 'engine';
  durationMs: number;
  /** The probe window: the phase's duration, or longer to match the other form of the step. */
  windowMs: number;
  stats: PhaseStats;
  retries: number;
}

export interface BackfillRow {
  method: string;
  run: BackfillRun;
  phase: PhaseRow;
}

export const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
export const sec = (v: number) => `${(v / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(1) : 'n/a');

/** Columns padded to their widest cell, two spaces apart. */
export function printTable(header: string[], table: string[][]): void {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...table.map((row) => row[i]?.length ?? 0)),
  );
  for (const line of [header, ...table])
    console.log(
      line
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
}

export function printSteps(rows: PhaseRow[]): void {
  printTable(
    ['step', 'form', 'time', 'window', 'max op', 'longest gap', 'p99', 'ops', 'errors', 'retries'],
    rows.map((r) => [
      r.step,
      r.form,
      sec(r.durationMs),
      sec(r.windowMs),
      ms(r.stats.maxMs),
      ms(r.stats.longestGapMs),
      ms(r.stats.p99Ms),
      String(r.stats.ops),
      String(r.stats.errors),
      String(r.retries),
    ]),
  );
  console.log('\nratios naive/engine (same run):');
  for (const naive of rows.filter((r) => r.form === 'naive')) {
    const engine = rows.find((r) => r.form === 'engine' && r.step === naive.step);
    if (!engine) continue;
    console.log(
      `  ${naive.step.padEnd(30)} max op ${ratio(naive.stats.maxMs, engine.stats.maxMs)}x, longest gap ${ratio(naive.stats.longestGapMs, engine.stats.longestGapMs)}x, p99 ${ratio(naive.stats.p99Ms, engine.stats.p99Ms)}x`,
    );
  }
}

export function printBackfills(rows: BackfillRow[]): void {
  printTable(
    ['method', 'rows', 'time', 'rows/s', 'passes', 'first 10%', 'last 10%', 'probe max op', 'gap'],
    rows.map(({ method, run, phase: p }) => {
      const tenth = Math.max(1, Math.floor(run.passes.length / 10));
      return [
        method,
        `${run.rows}${run.stopped ? ' (stopped)' : ''}`,
        sec(p.durationMs),
        ((run.rows / p.durationMs) * 1000).toFixed(0),
        String(run.passes.length),
        passRate(run.passes.slice(0, tenth)).toFixed(0),
        passRate(run.passes.slice(-tenth)).toFixed(0),
        ms(p.stats.maxMs),
        ms(p.stats.longestGapMs),
      ];
    }),
  );
  const keyset = rows[0];
  if (!keyset) return;
  const rate = (r: BackfillRow) => r.run.rows / r.phase.durationMs;
  console.log('\nratios against keyset batches (same run):');
  for (const r of rows.slice(1)) {
    console.log(
      `  ${r.method.padEnd(40)} rows/s ${ratio(rate(r), rate(keyset))}x, probe max op ${ratio(r.phase.stats.maxMs, keyset.phase.stats.maxMs)}x`,
    );
  }
}
