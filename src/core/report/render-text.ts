import { SourceText } from '../sql/source-text.ts';
import type { Finding, Severity } from './finding.ts';
import {
  type CheckReport,
  environmentGapCount,
  type MigrationReport,
  type Report,
  standInLines,
  standInNote,
} from './report.ts';
import { traceLines } from './render-text-trace.ts';
import {
  countOf,
  environmentGapNote,
  failedChecks,
  findingCount,
  historyWarning,
  severityCounts,
  headerLine,
} from './report-wording.ts';

export interface TextOptions {
  /** ANSI colours; the CLI sets this only on a TTY without NO_COLOR. */
  color: boolean;
  /** SQL text of each migration by path, to quote the line a finding points at. */
  sources: ReadonlyMap<string, string>;
}

/** Past this many clean files, the terminal gets a count instead of a line each. */
const CLEAN_FILES_LISTED = 10;
/** Source lines longer than this are cut to a window around the column. */
const SOURCE_WIDTH = 120;

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const ANSI: Record<Style, string> = {
  bold: '1',
  dim: '2',
  red: '31',
  yellow: '33',
  cyan: '36',
  green: '32',
};
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };

type Paint = (style: Style, text: string) => string;

/** The report for a terminal: findings with the offending line, the fix and the docs link. */
export function renderText(report: Report, options: TextOptions): string {
  const paint: Paint = options.color
    ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m`
    : (_style, text) => text;
  const lines: string[] = [paint('dim', headerLine(report))];
  // It qualifies everything below, so it comes first, and again with the verdict.
  const history = historyWarning(report);
  if (history) lines.push(paint('yellow', `⚠ ${history}`));
  lines.push('');

  const withFindings = report.migrations.filter((m) => m.findings.length > 0);
  const clean = report.migrations.filter((m) => m.findings.length === 0);
  for (const migration of withFindings) {
    lines.push(...migrationBlock(migration, options.sources.get(migration.file), paint), '');
  }
  if (clean.length > 0 && clean.length <= CLEAN_FILES_LISTED) {
    for (const m of clean) {
      lines.push(`${paint('green', '✓')} ${printable(m.file)} ${statusTag(m, paint)}`);
      for (const [standIn, at] of standInLines(m.statements)) {
        lines.push(paint('dim', `    ${standInNote(standIn)}: line ${at.join(', ')}`));
      }
    }
    lines.push('');
  } else if (clean.length > CLEAN_FILES_LISTED) {
    lines.push(`${paint('green', '✓')} ${countOf(clean.length, 'file')} without findings`);
    const standIns = new Map<string, number>();
    for (const m of clean) {
      for (const [standIn, at] of standInLines(m.statements)) {
        standIns.set(standIn, (standIns.get(standIn) ?? 0) + at.length);
      }
    }
    for (const [standIn, count] of standIns) {
      lines.push(
        paint('dim', `    ${countOf(count, 'statement')} of them ${standInNote(standIn)}`),
      );
    }
    lines.push('');
  }
  if (report.checks.length > 0) lines.push(...checksBlock(report.checks, paint), '');
  lines.push(verdict(report, paint));
  return `${lines.join('\n')}\n`;
}

function statusTag(migration: MigrationReport, paint: Paint): string {
  return paint('dim', `(${migration.status})`);
}

function migrationBlock(
  migration: MigrationReport,
  sql: string | undefined,
  paint: Paint,
): string[] {
  const source = sql === undefined ? undefined : new SourceText(sql);
  const file = printable(migration.file);
  const locations = migration.findings.map((f) => `${file}:${f.line}:${f.column}`);
  const locationWidth = Math.max(...locations.map((l) => l.length));
  const ruleWidth = Math.max(...migration.findings.map((f) => f.rule.length));
  const lines = [`${paint('bold', file)} ${statusTag(migration, paint)}`];
  migration.findings.forEach((finding, i) => {
    const location = (locations[i] ?? '').padEnd(locationWidth);
    const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7));
    const rule = paint('bold', finding.rule.padEnd(ruleWidth));
    const trace =
      finding.trace === 'confirmed'
        ? paint('dim', ' [seen on staging]')
        : finding.trace === 'not-seen'
          ? paint('dim', ' [not seen on staging]')
          : '';
    lines.push(`  ${location}  ${severity}  ${rule}  ${printable(finding.message)}${trace}`);
    if (source && finding.line <= source.lineCount) {
      lines.push(...sourceExcerpt(source.lineText(finding.line), finding, paint));
    }
    lines.push(...sameProblemLines(finding).map((l) => `    ${paint('dim', printable(l))}`));
    if (finding.fix) {
      lines.push(`    ${paint('green', 'fix:')}`);
      for (const fixLine of finding.fix.split('\n')) lines.push(`      ${printable(fixLine)}`);
    }
    if (finding.docs) lines.push(`    ${paint('dim', `docs: ${finding.docs}`)}`);
  });
  lines.push(...traceLines(migration).map((l) => paint('dim', printable(l))));
  return lines;
}

/** The rules folded into a finding, and what the staging probes saw of its problem. */
function sameProblemLines(finding: Finding): string[] {
  const lines = (finding.confirmedBy ?? []).map(
    (c) => `confirmed on staging by ${c.rule}: ${c.evidence}`,
  );
  if (finding.also?.length) lines.push(`also: ${finding.also.join(', ')} (the same problem)`);
  return lines;
}

/** The line a finding points at, with a caret under its column. */
function sourceExcerpt(lineText: string, finding: Finding, paint: Paint): string[] {
  let text = printable(lineText);
  let caretAt = Math.min(Math.max(finding.column - 1, 0), text.length);
  if (text.length > SOURCE_WIDTH) {
    // Long lines (pg_dump output) are cut to a window that keeps the column in view.
    const start = Math.max(0, Math.min(caretAt - 40, text.length - SOURCE_WIDTH));
    const head = start > 0 ? '…' : '';
    const tail = start + SOURCE_WIDTH < text.length ? '…' : '';
    caretAt = caretAt - start + head.length;
    text = head + text.slice(start, start + SOURCE_WIDTH) + tail;
  }
  // Tabs stay tabs so the caret lines up however wide the terminal draws them.
  const pad = text.slice(0, caretAt).replace(/[^\t]/g, ' ');
  const gutter = String(finding.line);
  return [
    `    ${paint('dim', `${gutter} |`)} ${text}`,
    `    ${paint('dim', `${' '.repeat(gutter.length)} |`)} ${pad}${paint(SEVERITY_STYLE[finding.severity], '^')}`,
  ];
}

function checksBlock(checks: readonly CheckReport[], paint: Paint): string[] {
  const idWidth = Math.max(...checks.map((c) => c.id.length));
  const lines = [paint('bold', 'Checks')];
  for (const check of checks) {
    const mark =
      check.status === 'pass'
        ? paint('green', '✓ pass   ')
        : check.status === 'fail'
          ? paint('red', '✖ fail   ')
          : paint('dim', '- skipped');
    lines.push(`  ${mark}  ${check.id.padEnd(idWidth)}  ${printable(check.detail)}`);
    // A failure is what the reader acts on: it gets the check's docs page, as findings do.
    if (check.status === 'fail' && check.docs) {
      lines.push(`    ${paint('dim', `docs: ${printable(check.docs)}`)}`);
    }
  }
  return lines;
}

/**
 * The counts, always; then, when there is nothing to fix, a verdict that says so; and what
 * staging could not check: findings that are environment gaps, an incomplete history replay.
 */
function verdict(report: Report, paint: Paint): string {
  const files = report.migrations.length;
  const failed = failedChecks(report);
  const checks = failed > 0 ? `; ${countOf(failed, 'check')} failed` : '';
  const counts = `${severityCounts(report.summary, false)} in ${countOf(files, 'file')}${checks}`;
  const gaps = environmentGapNote(report);
  const history = historyWarning(report);
  const caveats = [
    ...(gaps ? [paint('dim', `  ${gaps}`)] : []),
    ...(history ? [paint('yellow', `⚠ ${history}`)] : []),
  ];
  if (findingCount(report.summary) === 0 && failed === 0) {
    const clean = files === 0 ? 'No migrations to check.' : 'No problems found.';
    return [counts, paint('green', `✓ ${clean}`), ...caveats].join('\n');
  }
  const { errors, warnings } = report.summary;
  const style: Style = errors > 0 || failed > 0 ? 'red' : warnings > 0 ? 'yellow' : 'cyan';
  // Only environment gaps: nothing to fix in the SQL, so no cross.
  const onlyGaps = failed === 0 && environmentGapCount(report) === findingCount(report.summary);
  const next = onlyGaps
    ? []
    : [
        paint(
          'dim',
          'next: fix each finding as its fix shows, or accept one with a comment above its statement (-- migration-guard-ignore RULE: reason); --fail-on sets which findings fail the run, --format markdown writes the report for a pull request',
        ),
      ];
  return [paint(style, `${onlyGaps ? '⚠' : '✖'} ${counts}`), ...caveats, ...next].join('\n');
}

/** Control characters from a file or a server message must not reach the terminal as-is. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}
