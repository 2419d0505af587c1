import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules/registry.ts';
import type { Rule } from '../src/core/rules/rule.ts';
import type { HistoryRuleCases, RuleCase, RuleCases } from '../src/core/rules/rule-cases.ts';
import { lintCase } from './support/rule-harness.ts';

// A rule that declares `statementKinds` is called for statements of those kinds only. The
// declaration must lose nothing: every rule's SQL cases (not only its own) are linted by the
// declaring rules as they are and once more with the declaration removed, and the findings must
// be the same.
const declaring = RULES.filter((r) => r.statementKinds !== undefined);
const undeclared: Rule[] = declaring.map(({ statementKinds: _, ...rest }) => rest);

async function allSqlCases(): Promise<{ name: string; testCase: RuleCase }[]> {
  const out: { name: string; testCase: RuleCase }[] = [];
  for (const rule of RULES) {
    if (rule.meta.category === 'engine' || rule.meta.category === 'trace') continue;
    const { cases } = (await import(`../src/core/rules/${rule.meta.id}/cases.ts`)) as {
      cases: RuleCases | HistoryRuleCases;
    };
    if ('history' in cases) continue;
    for (const testCase of [...cases.valid, ...cases.invalid, ...(cases.sameProblem ?? [])]) {
      out.push({ name: `${rule.meta.id}: ${testCase.name}`, testCase });
    }
  }
  return out;
}

describe('statementKinds', () => {
  it('is declared by rules with a statement hook, with kinds that are node kinds', () => {
    expect(declaring.length).toBeGreaterThan(20);
    for (const rule of declaring) {
      expect(rule.statement, rule.meta.id).toBeDefined();
      for (const kind of rule.statementKinds ?? []) expect(kind).toMatch(/^[A-Z][A-Za-z]+$/);
    }
  });

  it('loses no finding on any rule case', async () => {
    const cases = await allSqlCases();
    expect(cases.length).toBeGreaterThan(500);
    let findings = 0;
    for (const { name, testCase } of cases) {
      const withKinds = (await lintCase(testCase, declaring)).findings;
      const withoutKinds = (await lintCase(testCase, undeclared)).findings;
      expect(withKinds, name).toEqual(withoutKinds);
      findings += withKinds.length;
    }
    // The cases exercise the declaring rules, not only their silence.
    expect(findings).toBeGreaterThan(100);
  }, 120_000);
});
