import { type Finding, SEVERITY_RANK, type Severity } from '../report/finding.ts';

/**
 * Findings about one problem on one statement, as one finding. A finding is folded into another
 * on the same statement when the other's rule declares it subsumes this one's
 * (`RuleMeta.subsumes`) and every problem key of this finding is one of the other's: a finding
 * that says something more (another key, or none) stays on its own. The kept finding lists the
 * folded rule ids in `also` and takes the gravest severity of those folded, so merging never
 * changes what fails a run. Suppressions are applied before: a comment naming only the kept
 * rule leaves the folded findings to be reported on their own.
 */
export function mergeSameProblem(
  findings: Finding[],
  subsumesOf: (rule: string) => readonly string[] | undefined,
): Finding[] {
  const byStatement = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.statement === undefined || !f.problems?.length) continue;
    const group = byStatement.get(f.statement);
    if (group) group.push(f);
    else byStatement.set(f.statement, [f]);
  }
  const folded = new Set<Finding>();
  for (const group of byStatement.values()) {
    if (group.length < 2) continue;
    // Repeated until nothing folds, so A subsumes B subsumes C ends with C under A.
    let changed = true;
    while (changed) {
      changed = false;
      for (const minor of group) {
        if (folded.has(minor)) continue;
        const keeper = group.find(
          (k) =>
            k !== minor &&
            !folded.has(k) &&
            (subsumesOf(k.rule)?.includes(minor.rule) ?? false) &&
            (minor.problems ?? []).every((p) => k.problems?.includes(p)),
        );
        if (!keeper) continue;
        absorb(keeper, [minor.rule, ...(minor.also ?? [])], minor.severity);
        folded.add(minor);
        changed = true;
      }
    }
  }
  return folded.size === 0 ? findings : findings.filter((f) => !folded.has(f));
}

/** Record rule ids as `also` on the finding that keeps the problem, at the graver severity. */
export function absorb(keeper: Finding, ids: readonly string[], severity: Severity): void {
  keeper.also = [...new Set([...(keeper.also ?? []), ...ids])].sort();
  if (SEVERITY_RANK[severity] > SEVERITY_RANK[keeper.severity]) keeper.severity = severity;
}
