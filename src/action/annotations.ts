import type { AnnotationProperties } from '@actions/core';
import { type Finding, SEVERITY_RANK, type Severity } from '../core/report/finding.ts';
import type { Report } from '../core/report/report.ts';

/**
 * GitHub shows at most this many annotations of each kind (error, warning, notice) from one
 * step, and drops the rest without a word; the runner also caps a job at 50 in all.
 */
const ANNOTATIONS_PER_KIND = 10;

interface Annotation {
  severity: Severity;
  message: string;
  properties: AnnotationProperties;
}

export interface AnnotationPlan {
  shown: Annotation[];
  /** Findings left without an annotation, by severity, so the summary can count them. */
  notShown: Record<Severity, number>;
}

/**
 * One annotation per finding on its migration's line, most severe first (then by file and
 * line), at most `ANNOTATIONS_PER_KIND` of each kind, so what GitHub keeps is what matters most.
 */
export function planAnnotations(report: Report): AnnotationPlan {
  const all: { file: string; finding: Finding }[] = [];
  for (const migration of report.migrations) {
    for (const finding of migration.findings) all.push({ file: migration.file, finding });
  }
  all.sort(
    (a, b) =>
      SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] ||
      a.file.localeCompare(b.file) ||
      a.finding.line - b.finding.line ||
      a.finding.column - b.finding.column,
  );
  const shown: Annotation[] = [];
  const perKind: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const notShown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const { file, finding } of all) {
    if (perKind[finding.severity] >= ANNOTATIONS_PER_KIND) {
      notShown[finding.severity]++;
      continue;
    }
    perKind[finding.severity]++;
    shown.push({
      severity: finding.severity,
      message: annotationMessage(finding),
      properties: {
        title: `migration-guard: ${finding.rule}`,
        file,
        startLine: finding.line,
        ...(finding.endLine !== undefined && finding.endLine > finding.line
          ? { endLine: finding.endLine }
          : { startColumn: finding.column }),
      },
    });
  }
  return { shown, notShown };
}

function annotationMessage(finding: Finding): string {
  const parts = [finding.message];
  for (const c of finding.confirmedBy ?? [])
    parts.push(`Confirmed on staging by ${c.rule}: ${c.evidence}`);
  if (finding.also?.length) parts.push(`Also: ${finding.also.join(', ')} (the same problem).`);
  if (finding.fix) parts.push(`Fix:\n${finding.fix}`);
  if (finding.docs) parts.push(`Docs: ${finding.docs}`);
  return parts.join('\n\n');
}

/** One sentence for the job summary when GitHub's limit left findings without an annotation. */
export function notShownNote(plan: AnnotationPlan): string | undefined {
  const { error, warning, notice } = plan.notShown;
  const total = error + warning + notice;
  if (total === 0) return undefined;
  const counts = [
    error > 0 ? `${error} error(s)` : '',
    warning > 0 ? `${warning} warning(s)` : '',
    notice > 0 ? `${notice} notice(s)` : '',
  ].filter((s) => s !== '');
  return `${total} finding(s) have no annotation on the files (${counts.join(', ')}): GitHub shows at most ${ANNOTATIONS_PER_KIND} of each kind per step, so the most severe were annotated first. Every finding is in this summary and in the SARIF file.`;
}
