import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_RULES } from '../src/core/lint/engine-findings.ts';
import { RULES, RULE_IDS, ruleById } from '../src/core/rules/registry.ts';
import type { Rule } from '../src/core/rules/rule.ts';

const rulesDir = new URL('../src/core/rules/', import.meta.url);

/** The folders of src/core/rules that hold a rule or finding: a docs page and a descriptor. */
const ruleFolders = readdirSync(rulesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(new URL(`${e.name}/README.md`, rulesDir)))
  .map((e) => e.name)
  .filter((name) => name !== 'shared');

describe('the rule registry', () => {
  it('lists each id once', () => {
    expect(RULE_IDS.size).toBe(RULES.length);
  });

  it('lists every rule folder, and only those', () => {
    expect([...RULE_IDS].sort()).toEqual([...ruleFolders].sort());
  });

  it.each(ruleFolders)('%s: the registry holds the descriptor its folder exports', async (id) => {
    const mod = (await import(`../src/core/rules/${id}/index.ts`)) as Record<string, unknown>;
    const exported = Object.values(mod).filter(
      (v): v is Rule => typeof v === 'object' && v !== null && 'meta' in v,
    );
    expect(exported.map((r) => r.meta.id)).toEqual([id]);
    expect(ruleById(id)).toBe(exported[0]);
  });

  it('holds the findings the lint engine raises itself', () => {
    expect(ENGINE_RULES.length).toBeGreaterThan(0);
    for (const rule of ENGINE_RULES) expect(ruleById(rule.meta.id)).toBe(rule);
  });
});
