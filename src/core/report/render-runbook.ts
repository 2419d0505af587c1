import { describeBlocking, isLockMode, LOCK_MODES } from '../locks/lock-modes.ts';
import { cellText, codeBlock, codeSpan, htmlText } from './markdown-text.ts';
import type { MigrationReport, Report } from './report.ts';
import { countOf, formatDuration, sqlPreview } from './report-wording.ts';
import { buildRunbook, type Runbook } from './runbook.ts';
import { type RunbookCheck, sqlRelation } from './runbook-checks.ts';
import type { HeldLock, RunbookStatement, RunbookStep } from './runbook-step.ts';

const PREVIEW = 44;
const HEADLINE_LOCKS = 3;

/**
 * The runbook of one migration as a collapsed Markdown block: short lines and lists (no wide
 * tables), so it reads on a phone. The summary line says how many steps and whether the file
 * can be half applied without opening it.
 */
export function renderRunbook(report: Report, migration: MigrationReport): string {
  return runbookBlock(buildRunbook(report, migration));
}

/** The collapsed block of a runbook already built. */
export function runbookBlock(runbook: Runbook): string {
  return `<details><summary>${htmlText(runbookSummary(runbook))}</summary>\n\n${runbookBody(runbook)}\n\n</details>`;
}

/**
 * Short lines for the top of a migration's section, readable without expanding anything:
 * how long it ran, which locks block traffic and for how long, rewrites, half-apply risk.
 */
export function migrationHeadline(runbook: Runbook): string[] {
  const { failedAt } = runbook;
  if (runbook.timings === 'none') {
    return [
      failedAt === undefined
        ? '⏱️ Locks and durations: not traced'
        : `⏱️ Locks and durations: unknown (the file failed on staging at L${failedAt} before any statement completed)`,
    ];
  }
  const lines = [`⏱️ ${timeLine(runbook)}`];
  const blocking = new Map<string, HeldLock>();
  for (const lock of sortedLocks(runbook.steps.flatMap((s) => s.locks))) {
    if (!blocksTraffic(lock.mode) || blocking.has(lock.relation)) continue;
    blocking.set(lock.relation, lock);
  }
  const shown = [...blocking.values()].slice(0, HEADLINE_LOCKS);
  for (const lock of shown) {
    const held = lock.heldMs === null ? 'time not traced' : formatDuration(lock.heldMs);
    lines.push(
      `🔒 ${cellText(lock.label ?? lock.mode)} on ${codeSpan(lock.relation, false)}, ${held}: ${blockingText(lock.mode)}`,
    );
  }
  if (blocking.size > shown.length) {
    lines.push(`🔒 and ${countOf(blocking.size - shown.length, 'more table')} locked`);
  }
  if (blocking.size === 0) lines.push(noBlockingLockLine(runbook, failedAt));
  const rewrites = [...new Set(runbook.steps.flatMap((s) => s.rewrites))];
  if (rewrites.length > 0) {
    lines.push(`♻️ Rewrites ${rewrites.map((r) => codeSpan(r, false)).join(', ')}`);
  }
  if (failedAt !== undefined) {
    lines.push(
      `❌ Failed on staging at L${failedAt}: its locks and duration, and those of every statement after it, are unknown`,
    );
  }
  if (runbook.halfApply) lines.push(`⚠️ Can be half applied (L${runbook.halfApply.line})`);
  else if (runbook.steps.length > 1) lines.push('⚠️ Can be half applied (several steps)');
  return lines;
}

/**
 * What may be said when the trace saw no blocking lock: that there is none only when every
 * statement ran and committed inside a transaction the trace could watch.
 */
function noBlockingLockLine(runbook: Runbook, failedAt: number | undefined): string {
  if (failedAt !== undefined) {
    return `🔓 No blocking lock seen in the statements that ran before L${failedAt} failed`;
  }
  if (runbook.steps.some(rolledBack)) {
    return '🔓 No blocking lock seen before the transaction was rolled back';
  }
  if (runbook.steps.some((s) => !s.complete)) {
    return '🔓 No blocking lock seen in the part that ran (later statements were not traced)';
  }
  if (runbook.steps.some((s) => !s.locksTraced)) {
    return '🔓 No blocking lock seen (some steps ran outside a transaction: their locks are not traced)';
  }
  return '🔓 No lock that blocks reads or writes';
}

function timeLine(runbook: Runbook): string {
  const steps = countOf(runbook.steps.length, 'step');
  const traced = runbook.steps.filter((s) => s.durationMs !== null);
  const total = traced.reduce((sum, s) => sum + (s.durationMs ?? 0), 0);
  const part = runbook.steps.every((s) => s.fullyTraced) ? '' : ', part traced';
  const estimates = runbook.steps.flatMap((s) =>
    s.productionEstimateMs === undefined ? [] : [s.productionEstimateMs],
  );
  const estimate =
    estimates.length > 0
      ? ` (≈ ${formatDuration(estimates.reduce((a, b) => a + b, 0))} in production)`
      : '';
  return `${steps}, ${formatDuration(total)} on staging${estimate}${part}`;
}

function blocksTraffic(mode: string): boolean {
  if (!isLockMode(mode)) return true;
  return describeBlocking(mode) !== 'blocks neither reads nor writes';
}

function blockingText(mode: string): string {
  return isLockMode(mode) ? describeBlocking(mode) : 'not a table lock mode';
}

function runbookSummary(runbook: Runbook): string {
  const parts = [`📋 Runbook: ${countOf(runbook.steps.length, 'step')}`];
  const total = runbook.steps.reduce<number | null>(
    (sum, s) => (s.durationMs === null ? sum : (sum ?? 0) + s.durationMs),
    null,
  );
  parts.push(total === null ? 'not traced' : `${formatDuration(total)} traced`);
  const { failedAt } = runbook;
  if (failedAt !== undefined) parts.push(`failed on staging at L${failedAt}`);
  if (halfApplyWarning(runbook)) parts.push('can be half applied');
  return parts.join(' · ');
}

function runbookBody(runbook: Runbook): string {
  const parts: string[] = [timingNote(runbook)];
  const warning = halfApplyWarning(runbook);
  if (warning) parts.push(`⚠️ **Can be half applied.** ${warning}`);
  if (runbook.before.length > 0) parts.push('**Before you start**', ...checkList(runbook.before));
  parts.push('**Steps**');
  for (const step of runbook.steps) parts.push(...stepSection(runbook, step));
  if (runbook.after.length > 0) parts.push('**After it ran**', ...checkList(runbook.after));
  if (runbook.followUps.length > 0) {
    parts.push(
      '**Next migration** (a file of its own)',
      codeBlock(runbook.followUps.join('\n'), 'sql'),
    );
  }
  return parts.join('\n\n');
}

function timingNote(runbook: Runbook): string {
  const { failedAt } = runbook;
  switch (runbook.timings) {
    case 'none':
      return failedAt === undefined
        ? '_Not traced: no database ran this file, so locks and durations are unknown._'
        : `_Not traced: the file failed on staging at L${failedAt} before any statement completed, so locks and durations are unknown._`;
    case 'production-estimate':
      return '_Durations: traced on staging, with estimates scaled to production sizes._';
    case 'staging':
      return "_Durations: traced on staging's data; production tables may be larger._";
  }
}

/** The report's own half-apply explanation, or one derived from the steps. */
function halfApplyWarning(runbook: Runbook): string | undefined {
  if (runbook.halfApply) return `Line ${runbook.halfApply.line}: ${runbook.halfApply.explanation}.`;
  if (runbook.steps.length > 1) {
    return 'The file runs as several steps: a failure leaves the steps before it committed.';
  }
  return undefined;
}

function checkList(checks: readonly RunbookCheck[]): string[] {
  const items = checks.map(
    (c, i) => `${i + 1}. ${cellText(c.purpose)}. Expect: ${cellText(c.expect)}.`,
  );
  const sql = checks.map((c, i) => `-- ${i + 1}.\n${c.sql}`).join('\n');
  return [items.join('\n'), codeBlock(sql, 'sql')];
}

function stepSection(runbook: Runbook, step: RunbookStep): string[] {
  const first = step.statements[0]?.line ?? 0;
  const last = step.statements.at(-1)?.line ?? first;
  const where = first === last ? `Line ${first}` : `Lines ${first}–${last}`;
  const title =
    step.kind === 'alone'
      ? `**${step.number}. ${where}, on its own** (${cellText(step.command ?? 'outside a transaction')})`
      : `**${step.number}. ${where}, one transaction**`;
  const lines = [`- Time: ${stepTime(step)}`];
  lines.push(...lockLines(step));
  if (step.rewrites.length > 0) {
    lines.push(`- ♻️ Rewrites ${step.rewrites.map((r) => codeSpan(r, false)).join(', ')}`);
  }
  for (const s of step.statements) {
    lines.push(
      `- L${s.line} · ${statementTime(s)} · ${codeSpan(sqlPreview(s.sql, PREVIEW), false)}`,
    );
    if (s.error) lines.push(`  - ${cellText(s.error)}`);
  }
  const parts = [title, lines.join('\n'), `If it fails: ${ifItFails(runbook, step)}`];
  const cleanup = cleanupSql(step);
  if (cleanup) parts.push(codeBlock(cleanup, 'sql'));
  return parts;
}

function statementTime(s: RunbookStatement): string {
  if (s.status === 'failed' || (s.status === undefined && s.error)) return '❌ failed on staging';
  if (s.status === 'not-run') return 'not run (an earlier statement failed)';
  if (s.status === 'skipped') return 'not run (skipped)';
  if (s.durationMs === null) return 'not traced';
  const time = formatDuration(s.durationMs);
  return s.status === 'rolled-back' ? `${time}, then rolled back` : time;
}

function stepTime(step: RunbookStep): string {
  if (step.durationMs === null) return 'not traced';
  const staged = `${formatDuration(step.durationMs)} on staging${step.fullyTraced ? '' : ' (part traced)'}`;
  if (step.productionEstimateMs === undefined) return staged;
  const range = step.productionEstimateRangeMs;
  if (step.productionEstimateAtMost) {
    return `≤ ${formatDuration(step.productionEstimateMs)} in production (estimate); ${staged}`;
  }
  const spread = range ? `, ${formatDuration(range[0])}–${formatDuration(range[1])}` : '';
  return `≈ ${formatDuration(step.productionEstimateMs)} in production (estimate${spread}); ${staged}`;
}

function lockLines(step: RunbookStep): string[] {
  if (step.kind === 'alone' && step.durationMs !== null) {
    return ['- 🔒 Locks: not traced (the statement runs outside a transaction)'];
  }
  if (!step.locksTraced) {
    return [
      step.failedAt !== undefined
        ? `- 🔒 Locks: unknown (L${step.failedAt} failed on staging)`
        : '- 🔒 Locks: not traced',
    ];
  }
  if (step.locks.length === 0) {
    return [
      step.complete
        ? '- 🔓 No lock on a table that existed before the file'
        : step.failedAt !== undefined
          ? `- 🔓 No lock seen on a table that existed before the file, in the statements that ran before L${step.failedAt} failed`
          : rolledBack(step)
            ? '- 🔓 No lock seen on a table that existed before the file, before the transaction was rolled back'
            : '- 🔓 No lock seen on a table that existed before the file, in the statements that ran (the rest were not traced)',
    ];
  }
  const seen = sortedLocks(step.locks).map((l) => `- 🔒 ${lockPhrase(l)}`);
  if (step.failedAt !== undefined) {
    seen.push(`- 🔒 Locks from L${step.failedAt} on: unknown (it failed on staging)`);
  }
  return seen;
}

/** The step ran, but its transaction was undone: what it held is known only up to then. */
function rolledBack(step: RunbookStep): boolean {
  return step.statements.some((s) => s.status === 'rolled-back');
}

/** Strongest first, so a cut list keeps what matters. */
function sortedLocks(locks: readonly HeldLock[]): HeldLock[] {
  const rank = (mode: string) => LOCK_MODES.indexOf(mode as (typeof LOCK_MODES)[number]);
  return [...locks].sort((a, b) => rank(b.mode) - rank(a.mode));
}

/** `ACCESS EXCLUSIVE on `public.invoices` from L4 to commit (23 ms): blocks reads and writes`. */
function lockPhrase(lock: HeldLock): string {
  const held = lock.heldMs === null ? 'time not traced' : formatDuration(lock.heldMs);
  return `${cellText(lock.label ?? lock.mode)} on ${codeSpan(lock.relation, false)} from L${lock.fromLine} to commit (${held}): ${blockingText(lock.mode)}`;
}

function ifItFails(runbook: Runbook, step: RunbookStep): string {
  const earlier =
    step.number === 1
      ? ''
      : ` ${step.number === 2 ? 'Step 1 stays' : `Steps 1–${step.number - 1} stay`} committed.`;
  const leaves = step.leavesInvalidIndex !== undefined || step.leavesReindexCopies;
  const now =
    step.kind === 'transaction'
      ? 'the transaction rolls back, nothing of this step is applied.'
      : leaves
        ? 'the statement stops part-way.'
        : 'nothing of this statement is applied.';
  const leftover = step.leavesInvalidIndex
    ? ` It can leave the index ${codeSpan(step.leavesInvalidIndex.name ?? 'it was building', false)} behind INVALID: drop it before the retry${step.leavesInvalidIndex.ifNotExists ? ' (IF NOT EXISTS would skip the broken index)' : ''}.`
    : step.leavesReindexCopies
      ? ' It can leave INVALID indexes named `…_ccnew` behind: drop them before the retry.'
      : '';
  const version = runbook.version ? ` ${runbook.version}` : ' <version>';
  const rerun =
    step.number === 1
      ? ' The file is not recorded as applied: fix the cause and apply it again.'
      : ` The file is recorded only with its last step, so applying it again repeats the committed steps. Roll forward: run the statements from L${step.statements[0]?.line ?? 0} on by hand, then \`supabase migration repair --status applied${version}\`; or make the earlier steps safe to repeat (IF NOT EXISTS) and apply the file again.`;
  return `${now}${earlier}${leftover}${rerun}`;
}

function cleanupSql(step: RunbookStep): string | undefined {
  const name = step.leavesInvalidIndex?.name;
  return name ? `DROP INDEX CONCURRENTLY IF EXISTS ${sqlRelation(name)};` : undefined;
}
