import { DEFAULT_CONFIG } from '../../src/core/config/config.ts';
import { lintMigrations } from '../../src/core/lint/lint-migrations.ts';
import { type MigrationFile, migrationFile } from '../../src/core/migrations/migration-file.ts';
import { buildReport } from '../../src/core/report/build-report.ts';
import { type Report, summarize } from '../../src/core/report/report.ts';
import { RULES } from '../../src/core/rules/registry.ts';
import { loadParser } from '../../src/core/sql/parse-sql.ts';

/**
 * A report built by the real linter for the renderer tests: a multi-tenant history where a
 * later migration indexes an existing table twice and carries a suppression that silences nothing.
 */
export const INIT = 'supabase/migrations/20240101000000_init.sql';
export const CHANGE = 'supabase/migrations/20250301120000_project_indexes.sql';

const initSql = `create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null
);
create table public.projects (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id),
  title text not null
);
`;

// Line 2: index on an existing table (error). Line 10: a suppression that silences nothing
// (notice). Line 13: the same mistake, indented, so the caret must move to column 5.
export const changeSql = `-- The project list of a workspace filters on workspace_id.
create index projects_workspace_id_idx
  on public.projects (workspace_id);

create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id),
  amount_cents bigint not null
);
-- migration-guard-ignore create-index-non-concurrent: invoices is new, nobody reads it yet
create index invoices_workspace_id_idx on public.invoices (workspace_id);

    create index projects_title_idx on public.projects (title);
`;

/** Only the rules this fixture is about, so findings from rules added later do not shift counts. */
const FIXTURE_RULES = RULES.filter(
  (r) => r.meta.id === 'create-index-non-concurrent' || r.meta.category === 'engine',
);

export async function lintReport(
  change: string,
): Promise<{ report: Report; files: MigrationFile[] }> {
  await loadParser();
  const files = [
    await migrationFile(INIT, initSql, 'unchanged'),
    await migrationFile(CHANGE, change, 'added'),
  ];
  const results = lintMigrations({
    files,
    checked: new Set(files.map((f) => f.path)),
    added: new Set([CHANGE]),
    config: DEFAULT_CONFIG,
    rules: FIXTURE_RULES,
  });
  return { report: buildReport(results), files };
}

/** A copy of the report with trace data on the first statement of the changed file. */
export function withTrace(report: Report): Report {
  const traced = structuredClone(report);
  const change = traced.migrations.find((m) => m.file === CHANGE);
  const first = change?.statements[0];
  if (!change || !first) throw new Error('fixture has no statement to trace');
  first.durationMs = 1234;
  first.locks = [{ relation: 'public.projects', mode: 'ShareLock' }];
  for (const s of change.statements.slice(1)) s.durationMs = 3;
  traced.target = { kind: 'postgres', serverVersion: '15.8' };
  return traced;
}

/**
 * A copy of the report as a staging run leaves it when the changed file fails at its second
 * statement: the first ran (a lock seen) and was rolled back, the rest never ran; and the
 * replay of one of two earlier files failed.
 */
export function withFailure(report: Report): Report {
  const failed = structuredClone(report);
  const change = failed.migrations.find((m) => m.file === CHANGE);
  if (!change) throw new Error('fixture has no changed migration');
  change.staging = 'failed';
  change.statements = change.statements.map((s, i) => {
    const base = { line: s.line, sql: s.sql };
    if (i === 0) {
      return {
        ...base,
        status: 'rolled-back' as const,
        durationMs: 40,
        locks: [{ relation: 'public.projects', mode: 'ShareLock' }],
        rewrites: [],
      };
    }
    if (i === 1) {
      return {
        ...base,
        status: 'failed' as const,
        error: 'relation "public.workspaces" does not exist (SQLSTATE 42P01)',
      };
    }
    return { ...base, status: 'not-run' as const };
  });
  change.findings.push({
    rule: 'trace-not-validated',
    severity: 'warning',
    line: 5,
    column: 1,
    message:
      'Not validated: relation "public.workspaces" does not exist — most likely because 20240101000000_init.sql:1 failed on staging earlier (function gen_random_uuid() does not exist). The rest of the file was not checked.',
    source: 'trace',
    statement: 1,
    environmentGap: true,
  });
  failed.history = {
    files: 2,
    failures: [{ file: INIT, line: 1, message: 'function gen_random_uuid() does not exist' }],
  };
  failed.target = { kind: 'pglite', serverVersion: '17.4', timings: 'staging' };
  failed.summary = summarize(failed.migrations);
  return failed;
}
