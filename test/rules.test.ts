import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules/registry.ts';
import type { HistoryRuleCases, RuleCases } from '../src/core/rules/rule-cases.ts';
import { lintCase, lintHistoryCase } from './support/rule-harness.ts';

const rulesDir = new URL('../src/core/rules/', import.meta.url);

for (const rule of RULES) {
  const id = rule.meta.id;
  describe(id, () => {
    it('has a docs page that says what is dangerous and what to write instead', () => {
      const page = new URL(`${id}/README.md`, rulesDir);
      expect(existsSync(page), `${id}/README.md`).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text).toContain(`# ${id}`);
      expect(text.length).toBeGreaterThan(300);
    });

    if (rule.meta.category === 'engine' || rule.meta.category === 'trace') return;

    it('has cases', async () => {
      const mod = (await import(`../src/core/rules/${id}/cases.ts`)) as {
        cases: RuleCases | HistoryRuleCases;
      };
      const cases = mod.cases;
      if ('history' in cases) {
        expect(cases.history.some((c) => c.expect.length > 0)).toBe(true);
        expect(cases.history.some((c) => c.expect.length === 0)).toBe(true);
      } else {
        expect(cases.valid.length).toBeGreaterThan(0);
        expect(cases.invalid.length).toBeGreaterThan(0);
      }
    });
  });
}

for (const rule of RULES.filter(
  (r) => r.meta.category !== 'engine' && r.meta.category !== 'trace',
)) {
  const id = rule.meta.id;
  const path = `../src/core/rules/${id}/cases.ts`;
  describe(`${id} cases`, async () => {
    const { cases } = (await import(path)) as { cases: RuleCases | HistoryRuleCases };
    if ('history' in cases) {
      for (const c of cases.history) {
        it(c.name, async () => {
          const results = await lintHistoryCase(c, [rule]);
          const got = results.flatMap((r) =>
            r.findings
              .filter((f) => f.rule === id)
              .map((f) => ({ file: r.file.fileName, line: f.line })),
          );
          expect(got).toEqual(c.expect);
        });
      }
      return;
    }
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const result = await lintCase(c, [rule]);
        expect(result.findings.filter((f) => f.rule === id)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const result = await lintCase(c, [rule]);
        const findings = result.findings.filter((f) => f.rule === id);
        expect(findings.map((f) => f.line)).toEqual(c.lines);
        for (const f of findings) {
          expect(f.message.length).toBeGreaterThan(20);
          expect(f.fix).toBeTruthy();
        }
      });
    }
  });
}
