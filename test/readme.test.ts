import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules/catalogue.ts';
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
});
