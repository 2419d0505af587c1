import { DEFAULT_CONFIG } from '../../src/core/config/config.ts';
import { type FileLint, lintMigrations } from '../../src/core/lint/lint-migrations.ts';
import { type MigrationFile, migrationFile } from '../../src/core/migrations/migration-file.ts';
import type { HistoryCase, RuleCase } from '../../src/core/rules/rule-cases.ts';
import type { Rule } from '../../src/core/rules/rule.ts';
import { loadParser } from '../../src/core/sql/parse-sql.ts';

const DIR = 'supabase/migrations';

/**
 * A rule that is off by default is switched on as `notice`; the others are left to their
 * default, so the severity a rule gives a finding (RuleReport.severity) is the one a user sees.
 */
function enabled(rule: Rule): Record<string, 'notice'> {
  return rule.meta.defaultSeverity === 'off' ? { [rule.meta.id]: 'notice' } : {};
}

/** Lint one case's file under check, after its history, with only `rules` active. */
export async function lintCase(testCase: RuleCase, rules: readonly Rule[]): Promise<FileLint> {
  await loadParser();
  const files: MigrationFile[] = [];
  for (const [i, h] of (testCase.history ?? []).entries()) {
    const entry =
      typeof h === 'string' ? { version: `2024010100${String(i).padStart(4, '0')}`, sql: h } : h;
    files.push(await migrationFile(`${DIR}/${entry.version}_history_${i}.sql`, entry.sql));
  }
  const version = testCase.version ?? '20250101000000';
  const checked = await migrationFile(`${DIR}/${version}_under_check.sql`, testCase.sql);
  files.push(checked);
  const rulesConfig = Object.assign({}, ...rules.map(enabled));
  const results = lintMigrations({
    files,
    checked: new Set([checked.path]),
    config: {
      ...DEFAULT_CONFIG,
      ...testCase.options,
      rules: { ...rulesConfig, ...testCase.options?.rules },
    },
    rules,
  });
  const result = results.find((r) => r.file.path === checked.path);
  if (!result) throw new Error('the file under check produced no result');
  return result;
}

/** Lint a history case: files now, optionally against base files. */
export async function lintHistoryCase(
  testCase: HistoryCase,
  rules: readonly Rule[],
): Promise<FileLint[]> {
  await loadParser();
  const base = testCase.base;
  const files: MigrationFile[] = [];
  const added = new Set<string>();
  const checked = new Set<string>();
  for (const [name, sql] of Object.entries(testCase.files)) {
    const path = `${DIR}/${name}`;
    let status: MigrationFile['status'] = 'checked';
    if (base) {
      if (!(name in base)) status = 'added';
      else status = base[name] === sql ? 'unchanged' : 'modified';
    }
    files.push(await migrationFile(path, sql, status));
    if (status === 'added') added.add(path);
    if (status === 'added' || status === 'modified' || status === 'checked') checked.add(path);
  }
  const baseFiles: MigrationFile[] = [];
  const deleted: MigrationFile[] = [];
  for (const [name, sql] of Object.entries(base ?? {})) {
    const f = await migrationFile(`${DIR}/${name}`, sql, 'unchanged');
    baseFiles.push(f);
    if (!(name in testCase.files)) deleted.push({ ...f, status: 'deleted' });
  }
  const rulesConfig = Object.assign({}, ...rules.map(enabled));
  return lintMigrations({
    files,
    checked,
    added,
    ...(base ? { baseFiles, deleted } : {}),
    config: {
      ...DEFAULT_CONFIG,
      ...testCase.options,
      rules: { ...rulesConfig, ...testCase.options?.rules },
    },
    rules,
  });
}
