import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/core/report/render-markdown.ts';
import { migrationHeadline, renderRunbook } from '../src/core/report/render-runbook.ts';
import { type MigrationReport, type Report, summarize } from '../src/core/report/report.ts';
import { buildRunbook } from '../src/core/report/runbook.ts';
import { CHANGE, changeSql, lintReport, withFailure, withTrace } from './support/report-fixture.ts';

let report: Report;

beforeAll(async () => {
  report = (await lintReport(changeSql)).report;
});

function changeOf(r: Report): MigrationReport {
  const change = r.migrations.find((m) => m.file === CHANGE);
  if (!change) throw new Error('fixture has no changed migration');
  return change;
}

async function changeReport(sql: string): Promise<Report> {
  return (await lintReport(sql)).report;
}

describe('buildRunbook: steps from the trace', () => {
  it('gives a transaction one step, with the lock held from its statement to commit', () => {
    const traced = withTrace(report);
    const runbook = buildRunbook(traced, changeOf(traced));
    expect(runbook.timings).toBe('staging');
    expect(runbook.steps).toHaveLength(1);
    const [step] = runbook.steps;
    expect(step?.kind).toBe('transaction');
    expect(step?.statements.map((s) => s.line)).toEqual([2, 5, 11, 13]);
    // 1234 ms for line 2, then three statements of 3 ms each while the lock stays held.
    expect(step?.durationMs).toBe(1243);
    expect(step?.locks).toEqual([
      {
        relation: 'public.projects',
        mode: 'ShareLock',
        label: 'SHARE',
        fromLine: 2,
        heldMs: 1243,
      },
    ]);
    const md = renderRunbook(traced, changeOf(traced));
    expect(md).toContain('🔒 SHARE on `public.projects` from L2 to commit (1.2 s): blocks writes');
    expect(md).toContain('- L2 · 1.2 s · `create index projects_workspace_id_idx …`');
    expect(md).toContain('1. Nothing holds a lock on public.projects.');
    expect(md).toContain("WHERE l.relation IN (to_regclass('public.projects'))");
    expect(md).toContain('SHOW lock_timeout;');
  });

  it('claims no lock or duration for a statement that failed or never ran', () => {
    const traced = withTrace(report);
    const change = changeOf(traced);
    // The first statement failed; the rest never ran.
    for (const [i, s] of change.statements.entries()) {
      s.status = i === 0 ? 'failed' : 'not-run';
      delete s.durationMs;
      delete s.locks;
      delete s.rewrites;
      if (i === 0) s.error = 'relation "public.projects" does not exist';
    }
    const runbook = buildRunbook(traced, change);
    expect(runbook.timings).toBe('none');
    expect(runbook.failedAt).toBe(2);
    expect(migrationHeadline(runbook)).toEqual([
      '⏱️ Locks and durations: unknown (the file failed on staging at L2 before any statement completed)',
    ]);
    const md = renderRunbook(traced, change);
    expect(md).toContain('· failed on staging at L2</summary>');
    expect(md).toContain('_Not traced: the file failed on staging at L2 before any statement');
    expect(md).toContain('- 🔒 Locks: unknown (L2 failed on staging)');
    expect(md).toContain('- L2 · ❌ failed on staging · ');
    expect(md).toContain('- L5 · not run (an earlier statement failed) · ');
    expect(md).not.toMatch(/No lock|\d ms/);

    // A report read back without statuses: a statement with an error is still not measured.
    const old = withTrace(report);
    const first = changeOf(old).statements[0];
    if (first) first.error = 'relation "public.projects" does not exist';
    const oldRunbook = buildRunbook(old, changeOf(old));
    expect(oldRunbook.steps[0]?.statements[0]?.durationMs).toBeNull();
    expect(oldRunbook.steps[0]?.locks).toEqual([]);
    expect(migrationHeadline(oldRunbook).join('\n')).not.toMatch(/No lock that blocks/);
  });

  it('keeps what ran before a failure, rolled back, and says no more than that', () => {
    const failed = withFailure(report);
    const change = changeOf(failed);
    const runbook = buildRunbook(failed, change);
    const [step] = runbook.steps;
    expect(step?.complete).toBe(false);
    expect(step?.failedAt).toBe(5);
    expect(step?.durationMs).toBe(40);
    expect(step?.locks).toMatchObject([
      { relation: 'public.projects', mode: 'ShareLock', heldMs: null },
    ]);
    const headline = migrationHeadline(runbook);
    expect(headline).toContain('🔒 SHARE on `public.projects`, time not traced: blocks writes');
    expect(headline).toContain(
      '❌ Failed on staging at L5: its locks and duration, and those of every statement after it, are unknown',
    );
    const md = renderRunbook(failed, change);
    expect(md).toContain('- L2 · 40 ms, then rolled back · ');
    expect(md).toContain('- 🔒 Locks from L5 on: unknown (it failed on staging)');
    expect(md).toContain('- L11 · not run (an earlier statement failed) · ');

    // Without a lock seen, nothing says there was none: the statements after L5 never ran.
    const first = change.statements[0];
    if (first) first.locks = [];
    const bare = buildRunbook(failed, change);
    expect(migrationHeadline(bare)).toContain(
      '🔓 No blocking lock seen in the statements that ran before L5 failed',
    );
    const bareMd = renderRunbook(failed, change);
    expect(bareMd).toContain('in the statements that ran before L5 failed');
    expect(`${migrationHeadline(bare).join('\n')}\n${bareMd}`).not.toMatch(
      /No lock that blocks|No lock on a table/,
    );

    // Rolled back with no failing statement (the commit failed): ran, but not to completion.
    for (const s of change.statements) {
      s.status = 'rolled-back';
      s.durationMs = 3;
      s.locks = [];
      s.rewrites = [];
      delete s.error;
    }
    const rolledBack = buildRunbook(failed, change);
    expect(migrationHeadline(rolledBack)).toContain(
      '🔓 No blocking lock seen before the transaction was rolled back',
    );
    expect(renderRunbook(failed, change)).not.toContain('- 🔓 No lock on a table');
  });

  it('says "not traced" where the target did not run a statement, and claims no lock time', () => {
    const lintOnly = buildRunbook(report, changeOf(report));
    expect(lintOnly.timings).toBe('none');
    expect(lintOnly.steps[0]?.durationMs).toBeNull();
    const md = renderRunbook(report, changeOf(report));
    expect(md).toContain('📋 Runbook: 1 step · not traced');
    expect(md).toContain('- 🔒 Locks: not traced');
    expect(md).toContain('- L13 · not traced · `create index projects_title_idx on public.pr …`');
    expect(md).not.toMatch(/\d ms/);

    const partly = withTrace(report);
    const third = changeOf(partly).statements[2];
    if (third) third.durationMs = null;
    const step = buildRunbook(partly, changeOf(partly)).steps[0];
    expect(step?.fullyTraced).toBe(false);
    expect(step?.locks[0]?.heldMs).toBeNull();
    const partlyMd = renderRunbook(partly, changeOf(partly));
    expect(partlyMd).toContain('on staging (part traced)');
    expect(partlyMd).toContain('from L2 to commit (time not traced)');
  });

  it('adds the production estimate when the report has one', () => {
    const traced = withTrace(report);
    traced.target.timings = 'production-estimate';
    const first = changeOf(traced).statements[0];
    if (first) first.productionEstimateMs = 84_000;
    const md = renderRunbook(traced, changeOf(traced));
    expect(md).toContain('- Time: ≈ 84.0 s in production (estimate); 1.2 s on staging');

    // With the range of repeated timings, the step states it.
    if (first) {
      first.productionEstimateRange = {
        minMs: 70_000,
        maxMs: 95_500,
        timings: 5,
        basis: 'calibrated',
      };
    }
    expect(renderRunbook(traced, changeOf(traced))).toContain(
      '- Time: ≈ 84.0 s in production (estimate, 70.0 s–95.5 s); 1.2 s on staging',
    );

    // Every estimate of the step under the timings' resolution: an upper bound, said as one.
    if (first) {
      first.productionEstimateMs = 10;
      first.productionEstimateRange = {
        minMs: 0.3,
        maxMs: 10,
        timings: 5,
        basis: 'catalog-only',
        atMost: true,
      };
    }
    expect(renderRunbook(traced, changeOf(traced))).toContain(
      '- Time: ≤ 10 ms in production (estimate); 1.2 s on staging',
    );
  });
});

describe('buildRunbook: half-applied files and rolling forward', () => {
  const concurrentSql = `alter table public.projects add column archived_at timestamptz;

create index concurrently if not exists projects_archived_at_idx
  on public.projects (archived_at);
`;

  it('splits a CREATE INDEX CONCURRENTLY file into steps and warns it can be half applied', async () => {
    const r = await changeReport(concurrentSql);
    const runbook = buildRunbook(r, changeOf(r));
    expect(runbook.steps.map((s) => [s.kind, s.command])).toEqual([
      ['transaction', undefined],
      ['alone', 'CREATE INDEX CONCURRENTLY'],
    ]);
    expect(runbook.steps[1]?.leavesInvalidIndex?.name).toBe('public.projects_archived_at_idx');
    const md = renderRunbook(r, changeOf(r));
    expect(md).toContain('· can be half applied</summary>');
    expect(md).toContain('⚠️ **Can be half applied.**');
    expect(md).toContain('**2. Line 3, on its own** (CREATE INDEX CONCURRENTLY)');
    expect(md).toContain('Step 1 stays committed.');
    expect(md).toContain('IF NOT EXISTS would skip the broken index');
    expect(md).toContain('DROP INDEX CONCURRENTLY IF EXISTS public.projects_archived_at_idx;');
    expect(md).toContain('supabase migration repair --status applied 20250301120000');
    expect(md).toContain('run the statements from L3 on by hand');
    // Step 1 failing leaves nothing behind.
    expect(md).toContain(
      'If it fails: the transaction rolls back, nothing of this step is applied. The file is not recorded as applied',
    );
  });

  it("uses the apply plan's explanation, and never claims no locks for a statement run alone", async () => {
    const r = withTraceOf(await changeReport(concurrentSql));
    changeOf(r).halfApplyRisk = {
      line: 3,
      explanation:
        'CREATE INDEX CONCURRENTLY runs outside a transaction: if it fails it leaves an INVALID index behind, and the statements before it stay committed',
    };
    const md = renderRunbook(r, changeOf(r));
    expect(md).toContain('⚠️ **Can be half applied.** Line 3: CREATE INDEX CONCURRENTLY runs');
    expect(md).toContain('🔒 Locks: not traced (the statement runs outside a transaction)');
    expect(md).toContain('CREATE INDEX CONCURRENTLY waits for every older transaction');
    const headline = renderMarkdown(r);
    expect(headline).toContain('- ⚠️ Can be half applied (L3)');
    expect(headline).not.toContain('No lock that blocks reads or writes');
  });
});

describe('buildRunbook: checks before and after', () => {
  it('derives validation queries from what the file does', async () => {
    const r = await changeReport(`alter table public.projects
  add constraint projects_title_length check (char_length(title) <= 200) not valid;
alter table public.projects
  add constraint projects_workspace_fk foreign key (workspace_id)
  references public.workspaces (id) not valid;
alter table public.projects alter column title set not null;
alter table public.projects add column owner_id uuid not null;
alter table public.projects enable row level security;
create policy "members read projects" on public.projects for select using (true);
create index concurrently projects_title_idx on public.projects (title);
`);
    const runbook = buildRunbook(r, changeOf(r));
    const before = runbook.before.map((c) => c.sql);
    expect(before).toContain(
      'SELECT count(*) AS n FROM "public"."projects" WHERE "title" IS NULL;',
    );
    expect(before).toContain('SELECT EXISTS (SELECT 1 FROM "public"."projects") AS has_rows;');
    const after = runbook.after.map((c) => c.sql);
    expect(after).toContain(
      'SELECT count(*) AS n FROM "public"."projects" WHERE (char_length(title) <= 200) IS FALSE;',
    );
    expect(after.join('\n')).toContain(
      'NOT EXISTS (SELECT 1 FROM "public"."workspaces" AS p WHERE p."id" = c."workspace_id")',
    );
    expect(after).toContain(
      "SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('public.projects_title_idx');",
    );
    expect(after).toContain(
      "SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('public.projects');",
    );
    expect(after.join('\n')).toContain("AND policyname IN ('members read projects');");
    expect(runbook.followUps).toEqual([
      'ALTER TABLE "public"."projects" VALIDATE CONSTRAINT "projects_title_length";',
      'ALTER TABLE "public"."projects" VALIDATE CONSTRAINT "projects_workspace_fk";',
    ]);
    const md = renderRunbook(r, changeOf(r));
    expect(md).toContain('**After it ran**');
    expect(md).toContain('**Next migration** (a file of its own)');
  });

  it('checks violators before a VALIDATE of a constraint an earlier migration added', async () => {
    const r = await changeReport(
      'alter table public.projects add constraint projects_title_length check (char_length(title) <= 200) not valid;\n',
    );
    const validate: MigrationReport = {
      ...structuredClone(changeOf(r)),
      file: 'supabase/migrations/20250302090000_validate_title_length.sql',
      version: '20250302090000',
      findings: [],
      statements: [
        {
          line: 1,
          sql: 'alter table public.projects validate constraint projects_title_length',
          durationMs: null,
          locks: [],
          rewrites: [],
        },
      ],
    };
    r.migrations.push(validate);
    const runbook = buildRunbook(r, validate);
    expect(runbook.before.map((c) => c.sql)).toContain(
      'SELECT count(*) AS n FROM "public"."projects" WHERE (char_length(title) <= 200) IS FALSE;',
    );
    expect(runbook.after[0]?.sql).toContain("conname = 'projects_title_length'");
    expect(runbook.followUps).toEqual([]);
  });

  it('leaves out what does not apply: new tables need no emptiness or NULL check', async () => {
    const r = await changeReport(`create table public.labels (id bigint primary key, name text);
alter table public.labels add column color text not null;
alter table public.labels alter column name set not null;
`);
    const runbook = buildRunbook(r, changeOf(r));
    expect(runbook.before.map((c) => c.purpose).join('\n')).not.toMatch(/empty|NULL left/);
  });
});

describe('renderMarkdown with runbooks', () => {
  it('keeps the summary in view and collapses the runbook', () => {
    const md = renderMarkdown(withTrace(report));
    expect(md.split('\n')[0]).toBe('### ❌ 2 errors, 1 notice in 2 migrations');
    const section = md.slice(md.indexOf(`#### ❌ \`${CHANGE}\``));
    const beforeTable = section.slice(0, section.indexOf('- ❌ **L'));
    expect(beforeTable).toContain('- ⏱️ 1 step, 1.2 s on staging');
    expect(beforeTable).toContain('- 🔒 SHARE on `public.projects`, 1.2 s: blocks writes');
    expect(md).toContain('<details><summary>📋 Runbook: 1 step · 1.2 s traced</summary>');
    // The unchanged history file is in place already: no runbook for it.
    expect(md.match(/📋 Runbook/g)).toHaveLength(1);
  });

  it('drops the runbooks first (with the fixes) and stays in the budget', () => {
    const big = structuredClone(withTrace(report));
    const change = changeOf(big);
    for (let i = 0; i < 300; i++) {
      big.migrations.push({ ...structuredClone(change), file: `${change.file}.${i}` });
    }
    big.summary = summarize(big.migrations);
    const full = renderMarkdown(big, { maxLength: Number.POSITIVE_INFINITY });
    expect(full).toContain('📋 Runbook');
    const shorter = renderMarkdown(big, { maxLength: full.length - 1 });
    expect(shorter).toContain('the suggested fixes are left out, and so are the runbooks');
    expect(shorter).not.toContain('📋 Runbook');
    expect(shorter).toContain('| Statement |');
    for (const maxLength of [65_536, 10_000, 1_000]) {
      expect(renderMarkdown(big, { maxLength }).length).toBeLessThanOrEqual(maxLength);
    }
  });
});

/** The fixture's trace, for a report with other SQL: durations on every statement, no locks. */
function withTraceOf(r: Report): Report {
  const traced = structuredClone(r);
  for (const s of changeOf(traced).statements) s.durationMs = 5;
  traced.target = { kind: 'postgres', serverVersion: '15.8', timings: 'staging' };
  return traced;
}
