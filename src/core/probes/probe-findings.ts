import { ruleDocsUrl } from '../project.ts';
import type { Finding, Severity } from '../report/finding.ts';
import { probeCrossTenantRead } from '../rules/probe-cross-tenant-read/index.ts';
import { probeCrossTenantWrite } from '../rules/probe-cross-tenant-write/index.ts';
import { probeTenantLockedOut } from '../rules/probe-tenant-locked-out/index.ts';
import type { Rule } from '../rules/rule.ts';
import type { ParsedSql } from '../sql/parse-sql.ts';
import type { ProbeLocation, ProbeTarget } from './probe-targets.ts';
import type { ProbeVerdict } from './probe-observation.ts';

/** The findings the isolation probes raise: their default severities and general fixes. */
const PROBE_RULES: readonly Rule[] = [
  probeCrossTenantRead,
  probeCrossTenantWrite,
  probeTenantLockedOut,
];

export interface ProbeFindingOptions {
  /** Severity per rule id from the config; default the rule's own. */
  severityOf?(ruleId: string): Severity | 'off';
  /** The parsed file at a path: its suppression comments silence probe findings. */
  parsedOf?(file: string): ParsedSql | undefined;
}

/** A finding of the report for each verdict, on the file and statement that shaped the table. */
export function probeFindings(
  target: ProbeTarget,
  verdicts: readonly ProbeVerdict[],
  options: ProbeFindingOptions = {},
): Array<{ file: string; finding: Finding }> {
  const out: Array<{ file: string; finding: Finding }> = [];
  for (const verdict of verdicts) {
    const meta = PROBE_RULES.find((r) => r.meta.id === verdict.rule)?.meta;
    const severity = options.severityOf?.(verdict.rule) ?? meta?.defaultSeverity ?? 'error';
    const at = locationOf(target, verdict);
    if (severity === 'off' || suppressed(options.parsedOf?.(at.file), at, verdict.rule)) continue;
    const finding: Finding = {
      rule: verdict.rule,
      severity,
      line: at.line,
      column: 1,
      message: verdict.message,
      source: 'check',
      docs: ruleDocsUrl(verdict.rule),
      statement: at.statement,
      problems: [verdict.problem],
    };
    const fix = verdict.fix ?? meta?.fix;
    if (fix) finding.fix = fix;
    out.push({ file: at.file, finding });
  }
  return out;
}

/** The statement of a policy involved when the files under check wrote it, else the table's. */
function locationOf(target: ProbeTarget, verdict: ProbeVerdict): ProbeLocation {
  for (const name of verdict.policies) {
    const at = target.policyAt.get(name);
    if (at) return at;
  }
  return target.at;
}

function suppressed(parsed: ParsedSql | undefined, at: ProbeLocation, rule: string): boolean {
  if (!parsed) return false;
  if (parsed.fileSuppressions.some((s) => s.rules.includes(rule))) return true;
  return parsed.statements[at.statement]?.suppressions.some((s) => s.rules.includes(rule)) ?? false;
}
