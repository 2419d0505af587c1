import { DEFAULT_CONFIG } from '../../src/core/config/config.ts';
import { lintMigrations } from '../../src/core/lint/lint-migrations.ts';
import { type MigrationFile, migrationFile } from '../../src/core/migrations/migration-file.ts';
import type { Finding } from '../../src/core/report/finding.ts';
import { RULES } from '../../src/core/rules/registry.ts';
import { type StagingTarget, stagingTargets } from './staging-targets.ts';

/** A staging target for engine and trace tests; `url` is set when more sessions can connect. */
export type TraceTarget = StagingTarget;

export const traceTargets = stagingTargets({ shim: false });

/** Numbered migration files under supabase/migrations, in order. */
export async function migrationFiles(...sqls: string[]): Promise<MigrationFile[]> {
  return Promise.all(
    sqls.map((sql, i) => migrationFile(`supabase/migrations/2024060100000${i}_step_${i}.sql`, sql)),
  );
}

/** Lint findings of the last file, with the earlier files as history. */
export function lintLast(files: MigrationFile[]): Finding[] {
  const last = files.at(-1);
  if (!last) return [];
  const [result] = lintMigrations({
    files,
    checked: new Set([last.path]),
    config: DEFAULT_CONFIG,
    rules: RULES,
  }).filter((r) => r.file.path === last.path);
  return result?.findings ?? [];
}
