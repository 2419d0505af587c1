// Writes the README's rule table from the rule registry, so the README lists exactly the rules
// that exist. `npm run docs:rules`; test/readme.test.ts fails when the table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../src/core/rules/registry.ts';
import type { AdvisorLint, RuleCategory } from '../src/core/rules/rule.ts';

const HEADINGS: Record<RuleCategory, string> = {
  locks: 'Locks and rewrites',
  breaking: 'Breaking changes (expand/contract)',
  data: 'Data changes',
  history: 'History',
  tenancy: 'Multi-tenancy and security',
  security: 'Security (Supabase advisor)',
  performance: 'Performance (Supabase advisor)',
  style: 'Style (off unless enabled in the config)',
  trace: 'Staging trace (raised by the run on a database)',
  engine: 'Engine',
};

export function rulesTable(): string {
  const lines: string[] = [];
  for (const [category, heading] of Object.entries(HEADINGS)) {
    const rules = RULES.filter((r) => r.meta.category === category);
    if (rules.length === 0) continue;
    lines.push(
      `### ${heading}`,
      '',
      '| rule | default | what it catches | Supabase advisor |',
      '| --- | --- | --- | --- |',
    );
    for (const r of rules) {
      const link = `[\`${r.meta.id}\`](src/core/rules/${r.meta.id}/README.md)`;
      const summary = r.meta.summary.replace(/\|/g, '\\|');
      lines.push(
        `| ${link} | ${r.meta.defaultSeverity} | ${summary} | ${advisorCell(r.meta.advisor)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The advisor lint a rule maps to, linked to its page in Supabase's docs; blank when none. */
function advisorCell(advisor: AdvisorLint | undefined): string {
  if (!advisor) return '';
  const url = `https://supabase.com/docs/guides/database/database-linter?lint=${advisor.lint}`;
  return `[${advisor.lint}](${url}) (${advisor.level})`;
}

export function readmeWithTable(readme: string): string {
  const start = '<!-- rules:start -->';
  const end = '<!-- rules:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a === -1 || b === -1) throw new Error('README.md lacks the rules markers');
  return `${readme.slice(0, a + start.length)}\n${rulesTable()}${readme.slice(b)}`;
}

if (process.argv[1]?.endsWith('rules-table.ts')) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', readmeWithTable(readme));
}
