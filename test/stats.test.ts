import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProductionStats, StatsFileError } from '../src/core/checks/production-stats.ts';
import { productionTable, weightDuration } from '../src/core/checks/production-weighting.ts';
import type { StatementReport } from '../src/core/report/report.ts';
import { productionEstimates } from '../src/pipeline/production-estimates.ts';
import { collectStats } from '../src/staging/stats.ts';
import type { StatementTrace } from '../src/staging/trace/trace-model.ts';
import { type StagingTarget, stagingTargets } from './support/staging-targets.ts';

type Target = StagingTarget;

const targets = stagingTargets();

describe.each(targets)('collectStats on %s', (_label, open) => {
  let target: Target;
  beforeAll(async () => {
    target = await open();
    await target.db.exec(`
      create table public.workspaces (id bigint primary key, name text not null);
      insert into public.workspaces select g, 'workspace ' || g from generate_series(1, 250) g;
      create table public."Audit Log" (id bigint primary key, event text);
      insert into public."Audit Log" values (1, 'signup');
      create schema billing;
      create table billing.invoices (id bigint primary key, workspace_id bigint, amount_cents bigint);
      create materialized view public.workspace_names as select name from public.workspaces;`);
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  });

  it('lists user tables with exact small counts and total bytes, read-only', async () => {
    const stats = await collectStats(target.db, new Date('2025-03-01T12:00:00Z'));
    expect(stats).toMatchObject({ schemaVersion: 1, collectedAt: '2025-03-01T12:00:00.000Z' });
    expect(stats.serverVersion).toMatch(/^\d+/);
    const byName = new Map(stats.tables.map((t) => [t.relation, t]));
    expect(byName.get('public.workspaces')?.rows).toBe(250);
    expect(byName.get('public.Audit Log')?.rows).toBe(1);
    expect(byName.get('billing.invoices')?.rows).toBe(0);
    expect(byName.get('public.workspace_names')?.rows).toBe(250);
    // Heap plus the primary key index: at least two pages.
    expect(byName.get('public.workspaces')?.bytes).toBeGreaterThanOrEqual(16_384);
    expect(stats.tables.some((t) => t.relation.startsWith('pg_catalog.'))).toBe(false);
    expect(stats.tables.some((t) => t.relation.startsWith('information_schema.'))).toBe(false);
    // Its own output is a valid stats file.
    expect(parseProductionStats(JSON.stringify(stats), 'stats.json')).toEqual(stats);
    // The session is left outside any transaction, and writable.
    await target.db.exec('insert into billing.invoices values (1, 1, 100)');
  });

  it('uses the planner estimate for tables that ANALYZE says are large', async () => {
    await target.db.exec(`
      create table public.events (id bigint, payload text);
      insert into public.events select g, 'x' from generate_series(1, 20000) g;
      analyze public.events;
      delete from public.events where id > 100;`);
    const stats = await collectStats(target.db);
    const events = stats.tables.find((t) => t.relation === 'public.events');
    // The estimate from ANALYZE (20,000), not the exact count after the delete (100).
    expect(events?.rows).toBe(20_000);
  });
});

describe('production weighting', () => {
  const prod = (bytes: number) => ({ relation: 'public.invoices', rows: 1, bytes });

  it('scales linearly with production bytes over staged bytes', () => {
    const w = weightDuration({
      stagedMs: 40,
      stagedBytes: 2 * 1024 * 1024,
      production: prod(2 * 1024 ** 3),
    });
    expect(w.ratio).toBe(1024);
    expect(w.estimateMs).toBe(40 * 1024);
    expect(w.basis).toBe('scaled');
  });

  it('never predicts production faster than staging', () => {
    const w = weightDuration({
      stagedMs: 30,
      stagedBytes: 10 * 1024 * 1024,
      production: prod(1024 * 1024),
    });
    expect(w.ratio).toBeCloseTo(0.1);
    expect(w.estimateMs).toBe(30);
  });

  it('floors the staged size at one page and marks tiny staged tables low-confidence', () => {
    const w = weightDuration({ stagedMs: 5, stagedBytes: 0, production: prod(8192 * 100) });
    expect(w.ratio).toBe(100);
    expect(w.estimateMs).toBe(500);
    expect(w.basis).toBe('low-confidence');
  });

  it('keeps the staged duration when production stats do not list the table', () => {
    const stats = parseProductionStats(
      JSON.stringify({
        schemaVersion: 1,
        collectedAt: '2025-03-01T12:00:00Z',
        serverVersion: '15.8',
        tables: [prod(1)],
      }),
      'stats.json',
    );
    expect(productionTable(stats, 'public.invoices')?.bytes).toBe(1);
    const w = weightDuration({
      stagedMs: 12,
      stagedBytes: 8192,
      production: productionTable(stats, 'public.projects'),
    });
    expect(w).toEqual({ estimateMs: 12, ratio: 1, basis: 'unscaled' });
  });
});

describe('productionEstimates', () => {
  const stats = parseProductionStats(
    JSON.stringify({
      schemaVersion: 1,
      collectedAt: '2025-03-01T12:00:00Z',
      serverVersion: '15.8',
      tables: [{ relation: 'public.orders', rows: 1_000_000, bytes: 100 * 2 ** 20 }],
    }),
    'stats.json',
  );
  const exclusive = { relationKind: 'table' as const, mode: 'AccessExclusiveLock' };
  const blocksAll = { reads: true, writes: true };
  function traced(line: number, seen: Partial<StatementTrace>): StatementTrace {
    return {
      index: line - 1,
      line,
      sql: '',
      status: 'applied',
      durationMs: 1,
      locksTraced: true,
      locks: [],
      rewrites: [],
      rebuiltIndexes: [],
      truncated: [],
      scans: [],
      created: [],
      unit: 0,
      attempt: 1,
      ...seen,
    };
  }
  function estimate(
    seen: Partial<StatementTrace>,
    stagedBytes: number,
    rates?: Map<'rewrite' | 'index' | 'scan', number[]>,
  ): StatementReport {
    const statement: StatementReport = { line: 1, sql: '', status: 'applied', durationMs: 2 };
    productionEstimates(
      [statement],
      { file: 'f.sql', statements: [traced(1, seen)], events: [] },
      new Map([['public.orders', stagedBytes]]),
      stats,
      rates,
    );
    return statement;
  }
  const rename = {
    locks: [{ relation: 'public.orders', ...exclusive, blocks: blocksAll }],
    repeatMs: [0.4, 0.3, 9, 0.5, 0.4],
  };
  const rewrite = { ...rename, rewrites: ['public.orders'], repeatMs: [20, 22, 400, 21, 19] };

  it('does not scale a statement that read no rows: catalog-only, at most 10 ms when its median is under that', () => {
    // On a one-page staging table the ratio would be 12,800. A median of 0.4 ms is under the
    // timings' resolution: the estimate is "at most 10 ms", the range still the timings'.
    const s = estimate(rename, 8192);
    expect(s.productionEstimateMs).toBe(10);
    expect(s.productionEstimateRange).toEqual({
      minMs: 0.3,
      maxMs: 10,
      timings: 5,
      basis: 'catalog-only',
      atMost: true,
    });
    // Over the resolution, its staged median as is.
    const slower = estimate({ ...rename, repeatMs: [14, 12, 30, 13, 15] }, 8192);
    expect(slower.productionEstimateMs).toBe(14);
    expect(slower.productionEstimateRange).toEqual({
      minMs: 12,
      maxMs: 30,
      timings: 5,
      basis: 'catalog-only',
    });
  });

  it('scales the median of the timings by the size ratio from a staging table of 1 MiB or more', () => {
    const s = estimate(rewrite, 10 * 2 ** 20);
    // median 21 ms x 10; one slow timing moves the range, not the estimate.
    expect(s.productionEstimateMs).toBe(210);
    expect(s.productionEstimateRange).toEqual({
      minMs: 190,
      maxMs: 4000,
      timings: 5,
      basis: 'scaled',
    });
  });

  it('costs production rows at the fastest calibrated rate when the staging table is small', () => {
    const perMiB = (ms: number) => ms / 2 ** 20;
    const rates = new Map([['rewrite' as const, [perMiB(40), perMiB(50), perMiB(30), perMiB(90)]]]);
    const s = estimate(rewrite, 64 * 1024, rates);
    // The statement's median, 21 ms, + 100 MiB at the sample's fastest timing, 30 ms/MiB: a slow
    // sample timing (90 ms/MiB, a collection or a busy core) moves the range, not the estimate.
    expect(s.productionEstimateMs).toBe(21 + 3000);
    expect(s.productionEstimateRange).toEqual({
      minMs: 19 + 3000,
      maxMs: 400 + 9000,
      timings: 5,
      basis: 'calibrated',
    });
    // Without a rate for the work: the ratio, marked low-confidence.
    expect(estimate(rewrite, 64 * 1024).productionEstimateRange?.basis).toBe('low-confidence');
  });

  it('gives no estimate for a table the stats do not list', () => {
    const s = estimate({ ...rewrite, rewrites: ['public.other'] }, 8192);
    expect(s.productionEstimateMs).toBeUndefined();
  });
});

describe('parseProductionStats', () => {
  const valid = {
    schemaVersion: 1,
    collectedAt: '2025-03-01T12:00:00Z',
    serverVersion: '15.8',
    tables: [],
  };

  it.each([
    ['{ not json', 'prod-stats.json: not JSON'],
    ['[]', 'prod-stats.json: expected a JSON object'],
    [
      JSON.stringify({ ...valid, schemaVersion: 2 }),
      'prod-stats.json: schemaVersion: expected 1, found 2',
    ],
    [
      JSON.stringify({ ...valid, collectedAt: 'yesterday' }),
      'prod-stats.json: collectedAt: expected an ISO 8601',
    ],
    [JSON.stringify({ ...valid, tables: {} }), 'prod-stats.json: tables: expected an array'],
    [
      JSON.stringify({ ...valid, tables: [{ relation: 'invoices', rows: 1, bytes: 1 }] }),
      'prod-stats.json: tables[0].relation: expected "schema.name"',
    ],
    [
      JSON.stringify({ ...valid, tables: [{ relation: 'public.invoices', rows: '10', bytes: 1 }] }),
      'prod-stats.json: tables[0].rows: expected a non-negative number, found "10"',
    ],
    [
      JSON.stringify({
        ...valid,
        tables: [
          { relation: 'public.invoices', rows: 1, bytes: 1 },
          { relation: 'public.invoices', rows: 1, bytes: -5 },
        ],
      }),
      'prod-stats.json: tables[1].relation: public.invoices is listed twice',
    ],
  ])('rejects %s naming the file and key', (text, message) => {
    expect(() => parseProductionStats(text, 'prod-stats.json')).toThrow(StatsFileError);
    expect(() => parseProductionStats(text, 'prod-stats.json')).toThrow(message);
  });
});
