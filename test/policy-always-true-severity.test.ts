import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { lintMigrations } from '../src/core/lint/lint-migrations.ts';
import { migrationFile } from '../src/core/migrations/migration-file.ts';
import { policyAlwaysTrue } from '../src/core/rules/policy-always-true/index.ts';
import { WORKSPACE_SCHEMA } from '../src/core/rules/tenancy-policy-fixtures.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';

const OPEN_POLICIES = `CREATE POLICY "read projects" ON public.projects FOR SELECT USING (true);
CREATE POLICY "plans are public" ON public.plans FOR SELECT USING (true);`;

async function severities(rules: Record<string, 'error' | 'warning' | 'notice'>) {
  await loadParser();
  const history = await migrationFile(
    'supabase/migrations/20240101000000_schema.sql',
    WORKSPACE_SCHEMA,
  );
  const checked = await migrationFile('supabase/migrations/20250101000000_open.sql', OPEN_POLICIES);
  const results = lintMigrations({
    files: [history, checked],
    checked: new Set([checked.path]),
    config: { ...DEFAULT_CONFIG, rules },
    rules: [policyAlwaysTrue],
  });
  const result = results.find((r) => r.file.path === checked.path);
  return result?.findings.map((f) => [f.line, f.severity]);
}

describe('policy-always-true severity', () => {
  it('is an error on a tenant table and a warning on a lookup table by default', async () => {
    expect(await severities({})).toEqual([
      [1, 'error'],
      [2, 'warning'],
    ]);
  });

  it('follows the config when it sets the rule severity', async () => {
    expect(await severities({ 'policy-always-true': 'notice' })).toEqual([
      [1, 'notice'],
      [2, 'notice'],
    ]);
  });
});
