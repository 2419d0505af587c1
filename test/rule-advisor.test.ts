import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../src/core/report/finding.ts';
import { RULES } from '../src/core/rules/registry.ts';
import type { AdvisorLint, RuleMeta } from '../src/core/rules/rule.ts';

/**
 * The severity policy for rules that raise a Supabase advisor lint at migration time: the default
 * severity is the advisor's level unless the rule's page argues for another under `## Severity`,
 * and every such page names the lint it raises (number and name, as the advisor's docs do).
 */

const ADVISOR_SEVERITY: Record<AdvisorLint['level'], Severity> = {
  ERROR: 'error',
  WARN: 'warning',
  INFO: 'notice',
};

/** What is wrong with a rule's severity and page under the policy; empty when nothing. */
function advisorPolicyProblems(meta: RuleMeta, page: string): string[] {
  const advisor = meta.advisor;
  if (!advisor) return [];
  const problems: string[] = [];
  const expected = ADVISOR_SEVERITY[advisor.level];
  if (meta.defaultSeverity !== expected && !/^## Severity$/m.test(page)) {
    problems.push(
      `default severity ${meta.defaultSeverity}, the advisor says ${advisor.level} (${expected}), and the page has no "## Severity" section saying why`,
    );
  }
  const match = /^(\d{4})_(.+)$/.exec(advisor.lint);
  if (!match) {
    problems.push(`advisor lint "${advisor.lint}" is not <number>_<name>`);
    return problems;
  }
  const [, number, name] = match;
  // Markdown wraps lines: "0009\nduplicate_index" names the lint as well.
  const text = page.replace(/\s+/g, ' ');
  if (!text.includes(`${number} ${name}`) && !text.includes(advisor.lint)) {
    problems.push(`the page does not name the advisor lint "${number} ${name}"`);
  }
  return problems;
}

function pageOf(id: string): string {
  return readFileSync(new URL(`../src/core/rules/${id}/README.md`, import.meta.url), 'utf8');
}

describe('rules that raise a Supabase advisor lint', () => {
  const mapped = RULES.filter((r) => r.meta.advisor);

  it('exist', () => {
    expect(mapped.length).toBeGreaterThan(0);
  });

  for (const rule of mapped) {
    it(`${rule.meta.id}: follows the advisor's level or says why, and names the lint`, () => {
      expect(advisorPolicyProblems(rule.meta, pageOf(rule.meta.id))).toEqual([]);
    });
  }
});

describe('the severity policy check', () => {
  const meta: RuleMeta = {
    id: 'example-rule',
    defaultSeverity: 'warning',
    category: 'security',
    summary: 'an example',
    fix: 'none',
    advisor: { lint: '0014_extension_in_public', level: 'WARN' },
  };
  const named = '# example-rule\n\nThe advisor lint 0014 extension_in_public, at migration time.\n';

  it("accepts the advisor's level on a page that names the lint", () => {
    expect(advisorPolicyProblems(meta, named)).toEqual([]);
    expect(advisorPolicyProblems({ ...meta, advisor: undefined }, '# example-rule')).toEqual([]);
  });

  it('refuses another level without a Severity section, and accepts it with one', () => {
    const graver = { ...meta, defaultSeverity: 'error' as const };
    expect(advisorPolicyProblems(graver, named)).toEqual([
      'default severity error, the advisor says WARN (warning), and the page has no "## Severity" section saying why',
    ]);
    expect(
      advisorPolicyProblems(graver, `${named}\n## Severity\n\nAn error, because ...\n`),
    ).toEqual([]);
    // A heading that merely starts with the word is not the section.
    expect(advisorPolicyProblems(graver, `${named}\n## Severityless\n`)).toHaveLength(1);
  });

  it('refuses a page that does not name the lint, or a malformed lint', () => {
    expect(advisorPolicyProblems(meta, '# example-rule\n\nextension_in_public only.\n')).toEqual([
      'the page does not name the advisor lint "0014 extension_in_public"',
    ]);
    expect(
      advisorPolicyProblems(
        { ...meta, advisor: { lint: 'extension_in_public', level: 'WARN' } },
        named,
      ),
    ).toEqual(['advisor lint "extension_in_public" is not <number>_<name>']);
  });
});
