import type { FileLint } from '../lint/lint-migrations.ts';
import { TOOL_NAME, TOOL_VERSION } from '../project.ts';
import type { MigrationReport, Report, ReportTarget } from './report.ts';
import { summarize } from './report.ts';

/** The report for a lint run: one entry per file checked, statements without trace data. */
export function buildReport(
  results: readonly FileLint[],
  target: ReportTarget = { kind: 'none', serverVersion: null },
): Report {
  const migrations: MigrationReport[] = results.map((r) => ({
    file: r.file.path,
    version: r.file.version,
    name: r.file.name,
    status: r.file.status,
    sha256: r.file.sha256,
    findings: r.findings,
    statements: r.statements.map((s) => ({
      line: s.line,
      sql: s.text,
      durationMs: null,
      locks: [],
      rewrites: [],
    })),
  }));
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target,
    summary: summarize(migrations),
    migrations,
    checks: [],
  };
}
