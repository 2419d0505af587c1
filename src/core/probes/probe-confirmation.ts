import { absorb } from '../lint/same-problem.ts';
import type { Finding } from '../report/finding.ts';

/**
 * A probe's finding about a problem a lint finding of the same file already reports (a shared
 * problem key, and the lint rule among those the probe rule `confirms`): each such lint finding
 * is marked confirmed, with the probe's words as evidence and its id in `also`, at the graver
 * of the two severities. True when one was found: the probe's finding is then not reported on
 * its own.
 */
export function confirmLintFindings(
  findings: readonly Finding[],
  probe: Finding,
  confirms: readonly string[],
): boolean {
  const keys = probe.problems ?? [];
  let confirmed = false;
  for (const f of findings) {
    if (f.source !== 'lint' || !confirms.includes(f.rule)) continue;
    if (!f.problems?.some((p) => keys.includes(p))) continue;
    f.confirmedBy = [...(f.confirmedBy ?? []), { rule: probe.rule, evidence: probe.message }];
    absorb(f, [probe.rule], probe.severity);
    confirmed = true;
  }
  return confirmed;
}
