import type { Finding, Severity } from './finding.ts';
import type { FixOffer } from './fix-offer.ts';
import { fixOfferBlock } from './render-fix-offer.ts';
import { cellText, codeBlock, codeSpan, htmlText, link } from './markdown-text.ts';
import {
  type CheckReport,
  type LockReport,
  type MigrationReport,
  measureOf,
  type Report,
  type StatementReport,
  standInLines,
  standInNote,
} from './report.ts';
import {
  countOf,
  environmentGapNote,
  failedChecks,
  findingCount,
  formatDuration,
  historyWarning,
  severityCounts,
  sqlPreview,
  headerLine,
  unranCounts,
} from './report-wording.ts';
import { migrationHeadline, runbookBlock } from './render-runbook.ts';
import { buildRunbooks, type Runbook } from './runbook.ts';

export interface MarkdownOptions {
  /**
   * Longest output allowed, in UTF-16 code units (never fewer than characters). GitHub rejects
   * comment bodies over 65,536 characters; the default leaves room for a sticky-comment marker.
   */
  maxLength?: number;
  /** Link for a line of a migration (e.g. the file at the PR's head commit); none by default. */
  sourceUrl?: (file: string, line: number) => string;
  /** What `migration-guard fix` would do, by file: the PR comment offers it. */
  fixOffers?: ReadonlyMap<string, FixOffer>;
}

const DEFAULT_MARKDOWN_MAX_LENGTH = 65_000;

/**
 * How much detail fits: each level drops more, from everything to counts per file. Runbooks go
 * first (with the fixes): they are the longest part and are derived from what stays.
 */
type Detail = 'full' | 'no-fixes' | 'no-statements' | 'counts';
const DETAIL_LEVELS: readonly Detail[] = ['full', 'no-fixes', 'no-statements', 'counts'];
const SHORTENED_BECAUSE: Record<Detail, string> = {
  full: '',
  'no-fixes': 'the suggested fixes are left out, and so are the runbooks',
  'no-statements': 'the suggested fixes and statement tables are left out, and so are the runbooks',
  counts: 'only the number of findings per migration is shown',
};

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const CHECK_ICON: Record<CheckReport['status'], string> = {
  pass: '✅',
  fail: '❌',
  skipped: '⏭️',
};
const STATEMENT_PREVIEW = 60;
const LOCKS_PER_CELL = 4;

/**
 * The report as GitHub-flavoured Markdown, for the PR comment and the job summary: a verdict
 * line, then one section per migration with something to show. When the whole report does not
 * fit in `maxLength`, detail is dropped level by level and the output says so.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
  const runbooks = buildRunbooks(report, needsRunbook);
  const context: RenderContext = { report, options, runbooks };
  for (const detail of DETAIL_LEVELS) {
    const text = render(context, detail, Number.POSITIVE_INFINITY);
    if (text.length <= maxLength) return text;
  }
  // Even the counts do not fit: list as many files as the budget allows (more rows, longer text).
  let fits = 0;
  let tooMany = report.migrations.length;
  while (tooMany - fits > 1) {
    const rows = Math.floor((fits + tooMany) / 2);
    if (render(context, 'counts', rows).length <= maxLength) fits = rows;
    else tooMany = rows;
  }
  const text = render(context, 'counts', fits);
  return text.length <= maxLength ? text : `${text.slice(0, Math.max(0, maxLength - 2))}…\n`;
}

interface RenderContext {
  report: Report;
  options: MarkdownOptions;
  /** Built once per call: every detail level draws from the same runbooks. */
  runbooks: Map<MigrationReport, Runbook>;
}

/** Files that will be applied get a runbook; history that is already in place does not. */
function needsRunbook(migration: MigrationReport): boolean {
  const applies = migration.status !== 'unchanged' && migration.status !== 'deleted';
  return applies && migration.statements.length > 0 && migration.staging !== 'already-applied';
}

function render(context: RenderContext, detail: Detail, rows: number): string {
  const { report } = context;
  const parts = [`### ${verdict(report)}`, `<sub>${htmlText(header(report))}</sub>`];
  if (detail !== 'full') {
    parts.push(
      `> ⚠️ This report was shortened to fit in a comment: ${SHORTENED_BECAUSE[detail]}. ` +
        'The job summary, the SARIF upload and `migration-guard check` show everything.',
    );
  }
  if (detail === 'counts') {
    parts.push(...countsSection(report, rows));
  } else {
    const shown = report.migrations.filter(
      (m) => m.findings.length > 0 || hasTrace(m) || context.runbooks.has(m),
    );
    for (const m of shown) parts.push(...migrationSection(context, m, detail));
    const quiet = report.migrations.filter((m) => !shown.includes(m));
    if (quiet.length > 0) parts.push(quietList(quiet));
  }
  if (report.checks.length > 0) parts.push(...checksSection(report.checks, detail));
  return `${parts.join('\n\n')}\n`;
}

/**
 * The heading: counts and the worst severity; then what staging could not check (environment
 * gaps, an incomplete history replay), so a green heading never claims more than was seen.
 */
function verdict(report: Report): string {
  const migrations = countOf(report.migrations.length, 'migration');
  const failed = failedChecks(report);
  const checks = failed > 0 ? `${countOf(failed, 'check')} failed` : '';
  const history = historyWarning(report);
  const gaps = environmentGapNote(report);
  const caveats = [gaps, history].filter((c): c is string => c !== undefined);
  const tail = caveats.length > 0 ? ` — ${caveats.join('; ')}` : '';
  if (findingCount(report.summary) === 0) {
    if (failed > 0) return `❌ ${checks} (no findings in ${migrations})${tail}`;
    if (report.migrations.length === 0) return '✅ No migrations to check';
    return `${history ? '⚠️' : '✅'} No problems found in ${migrations}${tail}`;
  }
  const icon = SEVERITY_ICON[worstOf(report.summary)];
  const findings = `${severityCounts(report.summary, true)} in ${migrations}`;
  return `${failed > 0 ? '❌' : icon} ${findings}${checks ? `; ${checks}` : ''}${tail}`;
}

function header(report: Report): string {
  return headerLine(report);
}

function worstOf(summary: Report['summary']): Severity {
  if (summary.errors > 0) return 'error';
  return summary.warnings > 0 ? 'warning' : 'notice';
}

function hasTrace(migration: MigrationReport): boolean {
  return migration.statements.some((s) => s.status !== undefined || measureOf(s) !== undefined);
}

function migrationSection(
  context: RenderContext,
  migration: MigrationReport,
  detail: Detail,
): string[] {
  const { options } = context;
  const runbook = context.runbooks.get(migration);
  const worst = migration.findings.reduce<Severity | null>(
    (w, f) => (w === null || rank(f.severity) > rank(w) ? f.severity : w),
    null,
  );
  const icon = worst ? SEVERITY_ICON[worst] : '✅';
  const parts = [`#### ${icon} ${codeSpan(migration.file, false)} (${migration.status})`];
  const headline = [
    ...(runbook ? migrationHeadline(runbook) : []),
    ...checksOfFile(context.report.checks, migration.file),
  ];
  if (headline.length > 0) parts.push(headline.map((l) => `- ${l}`).join('\n'));
  if (migration.findings.length > 0) {
    parts.push(findingsList(migration, options));
    if (detail === 'full') parts.push(...fixBlocks(migration.findings));
    const offer = options.fixOffers?.get(migration.file);
    if (offer) parts.push(fixOfferBlock(offer, detail !== 'full'));
  } else {
    parts.push('No findings.');
  }
  if (detail !== 'no-statements' && hasTrace(migration)) {
    parts.push(statementsTable(migration.statements));
  }
  if (detail === 'full' && runbook) parts.push(runbookBlock(runbook));
  return parts;
}

function rank(severity: Severity): number {
  return severity === 'error' ? 3 : severity === 'warning' ? 2 : 1;
}

/**
 * One list item per finding rather than a table: a four-column table squeezes the message into
 * a sliver on a phone, a list wraps it at full width.
 */
function findingsList(migration: MigrationReport, options: MarkdownOptions): string {
  // The heading also keeps GitHub from merging this list into the summary list above it.
  const heading = `**Findings (${migration.findings.length})**\n\n`;
  return `${heading}${migration.findings
    .map((f) => {
      const line = options.sourceUrl
        ? link(`L${f.line}`, options.sourceUrl(migration.file, f.line))
        : `L${f.line}`;
      const rule = f.docs ? link(codeSpan(f.rule, false), f.docs) : codeSpan(f.rule, false);
      const also = f.also?.length
        ? ` (also ${f.also.map((id) => codeSpan(id, false)).join(', ')})`
        : '';
      const seen = f.confirmedBy?.length ? ' Confirmed on staging by the isolation probe.' : '';
      return `- ${SEVERITY_ICON[f.severity]} **${line}** ${rule}${also}: ${cellText(f.message)}${seen}`;
    })
    .join('\n')}`;
}

/** One collapsed block per distinct fix; findings of one rule with the same fix share it. */
function fixBlocks(findings: readonly Finding[]): string[] {
  const byFix = new Map<string, { rule: string; fix: string; lines: number[] }>();
  for (const f of findings) {
    if (!f.fix) continue;
    const key = `${f.rule}\u0000${f.fix}`;
    const entry = byFix.get(key) ?? { rule: f.rule, fix: f.fix, lines: [] };
    entry.lines.push(f.line);
    byFix.set(key, entry);
  }
  return [...byFix.values()].map(({ rule, fix, lines }) => {
    const where = `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`;
    const summary = `Fix for <code>${htmlText(rule)}</code> (${where})`;
    return `<details><summary>${summary}</summary>\n\n${codeBlock(fix, 'sql')}\n\n</details>`;
  });
}

function statementsTable(statements: readonly StatementReport[]): string {
  const withError = statements.some((s) => s.error !== undefined);
  const head = [
    'Line',
    'Statement',
    'Duration',
    'Locks',
    'Rewrites',
    ...(withError ? ['Error'] : []),
  ];
  const align = ['---:', '---', '---:', '---', '---', ...(withError ? ['---'] : [])];
  const rows = statements.map((s) => {
    const measure = measureOf(s);
    // A statement that did not run has no duration, locks or rewrites to show: not "none".
    const cells = [
      String(s.line),
      codeSpan(sqlPreview(s.sql, STATEMENT_PREVIEW), true),
      measure ? durationCell(s, measure.durationMs) : notMeasured(s),
      measure ? locksCell(measure.locks) : 'unknown',
      measure ? measure.rewrites.map((r) => codeSpan(r, true)).join('<br>') || '—' : 'unknown',
    ];
    if (withError) cells.push(s.error ? cellText(s.error) : '');
    return `| ${cells.join(' | ')} |`;
  });
  const measures = statements.flatMap((s) => measureOf(s) ?? []);
  const total = measures.reduce((sum, m) => sum + (m.durationMs ?? 0), 0);
  const locks = measures.reduce((sum, m) => sum + m.locks.length, 0);
  const unran = unranCounts(statements);
  const summary =
    unran === ''
      ? `Statements: ${statements.length}, ${formatDuration(total)} in total, ${countOf(locks, 'lock')}`
      : measures.length === 0
        ? `Statements: ${statements.length} (${unran}), none ran on staging`
        : `Statements: ${statements.length} (${unran}), ${formatDuration(total)} in those that ran, ${countOf(locks, 'lock')} seen`;
  const table = [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows].join('\n');
  const standIns = [...standInLines(statements)].map(
    ([standIn, at]) =>
      `${countOf(at.length, 'statement')} (line ${at.join(', ')}) ${standInNote(standIn)}.`,
  );
  const note = standIns.length > 0 ? `\n\n${standIns.join('\n')}` : '';
  return `<details><summary>${htmlText(summary)}</summary>\n\n${table}\n\n</details>${note}`;
}

/** The duration cell of a statement that was not measured: it failed, or never ran. */
function notMeasured(statement: StatementReport): string {
  if (statement.status === 'failed' || statement.error !== undefined) return '❌ failed';
  if (statement.status === 'skipped') return 'skipped';
  if (statement.status === 'not-run') return 'not run';
  return 'not traced';
}

function durationCell(statement: StatementReport, durationMs: number | null): string {
  const time = formatDuration(durationMs);
  return statement.status === 'rolled-back' ? `${time} (rolled back)` : time;
}

function locksCell(locks: readonly LockReport[]): string {
  if (locks.length === 0) return '—';
  const shown = locks
    .slice(0, LOCKS_PER_CELL)
    .map((l) => `${cellText(l.mode)} on ${codeSpan(l.relation, true)}`);
  const more = locks.length - LOCKS_PER_CELL;
  if (more > 0) shown.push(`and ${more} more`);
  return shown.join('<br>');
}

function quietList(migrations: readonly MigrationReport[]): string {
  const items = migrations.map((m) => `- ${codeSpan(m.file, false)} (${m.status})`);
  const summary = `✅ ${countOf(migrations.length, 'migration')} without findings`;
  return `<details><summary>${summary}</summary>\n\n${items.join('\n')}\n\n</details>`;
}

function countsSection(report: Report, rows: number): string[] {
  const counted = report.migrations
    .filter((m) => m.findings.length > 0)
    .map((m) => {
      const count = (s: Severity) => m.findings.filter((f) => f.severity === s).length;
      return {
        file: m.file,
        errors: count('error'),
        warnings: count('warning'),
        notices: count('notice'),
      };
    });
  // When not every row fits, the ones kept should be the worst.
  const noisy = [...counted].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings);
  const lines = noisy
    .slice(0, rows)
    .map((c) => `| ${codeSpan(c.file, true)} | ${c.errors} | ${c.warnings} | ${c.notices} |`);
  const parts: string[] = [];
  if (lines.length > 0) {
    parts.push(
      [
        '| Migration | Errors | Warnings | Notices |',
        '| --- | ---: | ---: | ---: |',
        ...lines,
      ].join('\n'),
    );
  }
  const hidden = noisy.length - lines.length;
  if (hidden > 0 && lines.length > 0) {
    parts.push(`… and ${countOf(hidden, 'more migration')} with findings.`);
  } else if (hidden > 0) {
    parts.push(`${countOf(hidden, 'migration')} with findings.`);
  }
  const quiet = report.migrations.length - noisy.length;
  if (quiet > 0) parts.push(`✅ ${countOf(quiet, 'migration')} without findings.`);
  return parts;
}

/** Checks whose detail names the file: shown with the migration, by id only (details below). */
function checksOfFile(checks: readonly CheckReport[], file: string): string[] {
  const own = checks.filter((c) => c.detail.includes(file));
  if (own.length === 0) return [];
  const ids = own.map((c) => `${CHECK_ICON[c.status]} ${checkName(c)}`);
  return [`Checks on staging: ${ids.join(', ')}`];
}

/** A check's id, linked to its docs page when it has one (as findings link their rule's). */
function checkName(check: CheckReport): string {
  const id = codeSpan(check.id, false);
  return check.docs ? link(id, check.docs) : id;
}

/** Failed checks in view; the rest collapsed. Lists, not a table: details are long sentences. */
function checksSection(checks: readonly CheckReport[], detail: Detail): string[] {
  const count = (s: CheckReport['status']) => checks.filter((c) => c.status === s).length;
  if (detail === 'counts') {
    const failed = checks.filter((c) => c.status === 'fail').map(checkName);
    const names = failed.length > 0 ? ` (${failed.slice(0, 10).join(', ')})` : '';
    return [
      `Checks: ${count('pass')} passed, ${count('fail')} failed${names}, ${count('skipped')} skipped.`,
    ];
  }
  const item = (c: CheckReport) =>
    `- ${CHECK_ICON[c.status]} ${checkName(c)}: ${cellText(c.detail)}`;
  const heading = `#### Checks and probes: ${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped`;
  const parts = [heading];
  const failed = checks.filter((c) => c.status === 'fail');
  if (failed.length > 0) parts.push(failed.map(item).join('\n'));
  const rest = checks.filter((c) => c.status !== 'fail');
  if (rest.length > 0) {
    const summary = failed.length > 0 ? 'The other checks' : 'All checks';
    parts.push(
      `<details><summary>${summary}</summary>\n\n${rest.map(item).join('\n')}\n\n</details>`,
    );
  }
  return parts;
}
