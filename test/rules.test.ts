import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../src/core/rules/registry.ts';
import type { Rule } from '../src/core/rules/rule.ts';
import type {
  HistoryCase,
  HistoryRuleCases,
  InvalidRuleCase,
  RuleCases,
} from '../src/core/rules/rule-cases.ts';
import { lintCase, lintHistoryCase } from './support/rule-harness.ts';
import {
  expectedFindings,
  failWith,
  findingDifferences,
  findingShortcomings,
  unexpectedFindings,
} from './support/rule-expectations.ts';

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
            r.findings.filter((f) => f.rule === id).map((f) => ({ ...f, file: r.file.fileName })),
          );
          failWith(id, c.name, [...findingDifferences(c.expect, got), ...findingShortcomings(got)]);
        });
      }
      return;
    }
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const result = await lintCase(c, [rule]);
        failWith(id, c.name, unexpectedFindings(result.findings.filter((f) => f.rule === id)));
      });
    }
    const together = [rule, ...(rule.meta.subsumes ?? []).map(ruleById)].filter(
      (r): r is Rule => r !== undefined,
    );
    const ids = together.map((r) => r.meta.id);
    for (const c of cases.sameProblem ?? []) {
      it(`same problem: ${c.name}`, async () => {
        const result = await lintCase(c, together);
        const got = result.findings
          .filter((f) => ids.includes(f.rule))
          .map((f) => ({ rule: f.rule, line: f.line, also: f.also ?? [] }));
        expect(got).toEqual(c.findings.map((f) => ({ ...f, also: f.also ?? [] })));
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const result = await lintCase(c, [rule]);
        const findings = result.findings.filter((f) => f.rule === id);
        failWith(id, c.name, [
          ...findingDifferences(expectedFindings(c), findings),
          ...findingShortcomings(findings),
        ]);
      });
    }
  });
}

describe('declared same problems', () => {
  it('name known rules, never the rule itself, without cycles, each with same-problem cases', async () => {
    for (const rule of RULES) {
      const subsumes = rule.meta.subsumes ?? [];
      for (const id of [...subsumes, ...(rule.meta.confirms ?? [])]) {
        expect(ruleById(id), `${rule.meta.id} names ${id}`).toBeDefined();
        expect(id).not.toBe(rule.meta.id);
      }
      for (const id of subsumes) {
        expect(ruleById(id)?.meta.subsumes ?? [], `${id} and ${rule.meta.id}`).not.toContain(
          rule.meta.id,
        );
      }
      if (subsumes.length === 0) continue;
      const { cases } = (await import(`../src/core/rules/${rule.meta.id}/cases.ts`)) as {
        cases: RuleCases;
      };
      expect(cases.sameProblem?.length ?? 0, rule.meta.id).toBeGreaterThan(1);
    }
  });
});

describe('the case runner', () => {
  const ruleOf = (id: string) => {
    const rule = RULES.find((r) => r.meta.id === id);
    if (!rule) throw new Error(`no rule ${id}`);
    return rule;
  };
  const indexRule = ruleOf('create-index-non-concurrent');
  const history = ['CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);'];
  const sql = `-- tenant lookups
CREATE INDEX projects_workspace_idx ON projects (workspace_id);`;

  /** The error the runner raises for an invalid case of create-index-non-concurrent. */
  async function failureOf(c: InvalidRuleCase): Promise<string> {
    const result = await lintCase(c, [indexRule]);
    const findings = result.findings.filter((f) => f.rule === indexRule.meta.id);
    try {
      failWith(indexRule.meta.id, c.name, findingDifferences(expectedFindings(c), findings));
    } catch (error) {
      return (error as Error).message;
    }
    return 'no failure';
  }

  it('passes a case whose every field matches', async () => {
    const c: InvalidRuleCase = {
      name: 'all fields',
      history,
      sql,
      errors: [
        {
          line: 2,
          column: 1,
          severity: 'error',
          message: 'takes a SHARE lock',
          fix: /CREATE INDEX CONCURRENTLY projects_workspace_idx/g,
        },
      ],
    };
    expect(await failureOf(c)).toBe('no failure');
    // A /g pattern answers the same the second time (search() ignores lastIndex).
    expect(await failureOf(c)).toBe('no failure');
  });

  it('names the rule, the case and each field that differs, expected and got', async () => {
    const message = await failureOf({
      name: 'wrong on purpose',
      history,
      sql,
      errors: [
        {
          line: 2,
          column: 4,
          severity: 'warning',
          message: 'takes an ACCESS EXCLUSIVE lock',
          fix: /^DROP INDEX/,
        },
      ],
    });
    expect(message).toBe(
      [
        'create-index-non-concurrent, case "wrong on purpose":',
        '  - finding 1 (line 2): column expected 4, got 1',
        '  - finding 1 (line 2): severity expected warning, got error',
        '  - finding 1 (line 2): message expected to contain "takes an ACCESS EXCLUSIVE lock", got "CREATE INDEX on existing table public.projects takes a SHARE lock: inserts, updates and deletes wait until the whole index is built."',
        '  - finding 1 (line 2): fix expected to match /^DROP INDEX/, got "-- in a migration file of its own (CONCURRENTLY cannot run inside a transaction block):\\nCREATE INDEX CONCURRENTLY projects_workspace_idx ON projects (workspace_id);"',
      ].join('\n'),
    );
  });

  it('says which lines were expected and lists what was reported, in both case forms', async () => {
    const listed =
      '\n      2:1 error "CREATE INDEX on existing table public.projects takes a SHARE lock';
    const fromLines = await failureOf({ name: 'lines form', history, sql, lines: [1, 2] });
    expect(fromLines).toContain('create-index-non-concurrent, case "lines form":');
    expect(fromLines).toContain('lines: expected [1, 2], got [2]');
    expect(fromLines).toContain(listed);
    const fromErrors = await failureOf({
      name: 'errors form',
      history,
      sql,
      errors: [{ line: 3 }],
    });
    expect(fromErrors).toContain('lines: expected [3], got [2]');
  });

  it('refuses a case whose lines and errors disagree', async () => {
    expect(
      await failureOf({ name: 'both forms', history, sql, lines: [2], errors: [{ line: 3 }] }),
    ).toBe('case "both forms" contradicts itself: lines [2], errors on lines [3]');
  });

  it('lists the findings of a valid case', async () => {
    const result = await lintCase({ name: 'v', history, sql }, [indexRule]);
    expect(() => failWith(indexRule.meta.id, 'v', unexpectedFindings(result.findings))).toThrow(
      'create-index-non-concurrent, case "v":\n  - findings: expected none, got 1\n      2:1 error',
    );
  });

  it('names the file of a history finding', async () => {
    const rule = ruleOf('migration-deleted');
    const c: HistoryCase = {
      name: 'deleted',
      base: { '20250101000000_a.sql': 'SELECT 1;', '20250102000000_b.sql': 'SELECT 2;' },
      files: { '20250101000000_a.sql': 'SELECT 1;' },
      expect: [{ file: '20250101000000_a.sql', line: 1, severity: 'notice' }],
    };
    const results = await lintHistoryCase(c, [rule]);
    const got = results.flatMap((r) => r.findings.map((f) => ({ ...f, file: r.file.fileName })));
    expect(findingDifferences(c.expect, got)).toEqual([
      'files:lines: expected [20250101000000_a.sql:1], got [20250102000000_b.sql:1]\n      20250102000000_b.sql:1:1 error ' +
        JSON.stringify(got[0]?.message),
    ]);
    const right = [{ file: '20250102000000_b.sql', line: 1, severity: 'notice' as const }];
    expect(findingDifferences(right, got)).toEqual([
      'finding 1 (20250102000000_b.sql:1): severity expected notice, got error',
    ]);
  });
});
