import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { planChecks } from '../src/core/checks/plan-checks.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import type { CheckCase, CheckCases, ExpectedReport } from '../src/staging/checks/check-cases.ts';
import { POST_MIGRATION_CHECKS } from '../src/staging/checks/registry.ts';
import { snapshotRowCounts } from '../src/staging/checks/row-counts.ts';
import { runChecks } from '../src/staging/checks/run-checks.ts';
import { rolledBackTarget, stagingTargets } from './support/staging-targets.ts';
import { modelAfter } from './support/replay-sql.ts';

/**
 * Every post-migration check's `cases.ts`, run through the public surface (planChecks, then
 * runChecks after the file applied) on PostgreSQL 15 and PGlite.
 */
const file = '20250301120000_change.sql';

const withCases: Array<[string, CheckCases]> = [];
for (const check of POST_MIGRATION_CHECKS) {
  const path = new URL(`../src/staging/checks/${check.meta.id}/cases.ts`, import.meta.url);
  if (!existsSync(path)) continue;
  const { cases } = (await import(path.href)) as { cases: CheckCases };
  withCases.push([check.meta.id, cases]);
}

beforeAll(async () => {
  await loadParser();
});

function expectReports(got: { status: string; detail: string }[], expected: ExpectedReport[]) {
  const shown = JSON.stringify(got, null, 1);
  expect(
    got.map((r) => r.status),
    shown,
  ).toEqual(expected.map((e) => e.status));
  expected.forEach((e, i) => {
    const detail = got[i]?.detail ?? '';
    for (const fragment of e.includes ?? []) expect(detail, shown).toContain(fragment);
    for (const fragment of e.excludes ?? []) expect(detail, shown).not.toContain(fragment);
  });
}

describe.each(stagingTargets())('check cases on %s', (_label, open) => {
  const db = rolledBackTarget(open, 'select 1');

  async function run(id: string, c: CheckCase) {
    if (c.history.trim() !== '') await db().exec(c.history);
    const plan = planChecks(
      [{ path: file, statements: parseSql(c.sql).statements }],
      modelAfter(c.history, c.sql),
    );
    const before = await snapshotRowCounts(db(), plan.countBefore);
    await db().exec(c.sql);
    const reports = await runChecks(db(), plan, before);
    return reports.filter((r) => r.id === id);
  }

  for (const [id, cases] of withCases) {
    describe(id, () => {
      it('has valid and invalid cases', () => {
        expect(cases.valid.length).toBeGreaterThan(0);
        expect(cases.invalid.length).toBeGreaterThan(0);
      });
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, async () => {
          expect(c.expect.every((e) => e.status === 'pass')).toBe(true);
          expectReports(await run(id, c), c.expect);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, async () => {
          expect(c.expect.some((e) => e.status === 'fail')).toBe(true);
          expectReports(await run(id, c), c.expect);
        });
      }
    });
  }
});
