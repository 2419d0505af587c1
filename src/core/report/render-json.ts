import type { Finding } from './finding.ts';
import type { Report } from './report.ts';

/**
 * The report as the public JSON contract (`schemaVersion: 1`): the report object itself,
 * pretty-printed, without the findings' problem keys (how a run merges findings, not a verdict).
 * Fields may be added to the model; none may be removed without a new version.
 */
export function renderJson(report: Report): string {
  const migrations = report.migrations.map((m) => ({
    ...m,
    findings: m.findings.map(withoutProblemKeys),
  }));
  return `${JSON.stringify({ ...report, migrations }, null, 2)}\n`;
}

function withoutProblemKeys(finding: Finding): Omit<Finding, 'problems'> {
  if (finding.problems === undefined) return finding;
  const { problems: _keys, ...rest } = finding;
  return rest;
}
