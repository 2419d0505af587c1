import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules/registry.ts';
import { readmeWithTable } from '../scripts/rules-table.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every rule with a link to its page (npm run docs:rules regenerates it)', () => {
    expect(readme).toBe(readmeWithTable(readme));
    for (const rule of RULES) {
      expect(readme).toContain(`[\`${rule.meta.id}\`](src/core/rules/${rule.meta.id}/README.md)`);
    }
  });

  it('starts with the two set-up commands', () => {
    const setup = readme.slice(readme.indexOf('## Set up'));
    expect(setup).toContain(
      'npx migration-guard check --dir examples/acme-saas/supabase/migrations',
    );
    expect(setup).toContain('npm test');
  });

  it('shows the example workflows verbatim', () => {
    for (const name of ['migration-guard-check.yml', 'migration-guard-rollout.yml']) {
      const text = readFileSync(new URL(`../examples/workflows/${name}`, import.meta.url), 'utf8');
      expect(readme).toContain(`\`\`\`yaml\n${text}\`\`\``);
    }
  });

  it('documents every input of action.yml with its default, and every output', () => {
    const action = parseYaml(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    for (const [name, input] of Object.entries(action.inputs)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      if (input.default !== undefined && !input.default.startsWith('${{'))
        expect(row, name).toContain(`\`${input.default}\``);
    }
    for (const name of Object.keys(action.outputs)) expect(readme).toContain(`\`${name}\``);
  });
});
