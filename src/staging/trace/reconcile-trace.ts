import { describeBlocking, isLockMode } from '../../core/locks/lock-modes.ts';
import { ruleDocsUrl } from '../../core/project.ts';
import type { Finding, Severity } from '../../core/report/finding.ts';
import { traceDangerousLock } from '../../core/rules/trace-dangerous-lock/index.ts';
import { traceNotValidated } from '../../core/rules/trace-not-validated/index.ts';
import { traceStatementFailed } from '../../core/rules/trace-statement-failed/index.ts';
import { traceTableRewrite } from '../../core/rules/trace-table-rewrite/index.ts';
import type { Rule, RuleMeta } from '../../core/rules/rule.ts';
import type { ParsedSql } from '../../core/sql/parse-sql.ts';
import {
  type EarlierFailure,
  earlierFailurePhrase,
  failureCause,
  fileName,
} from './failure-cause.ts';
import type { FileTrace, StatementTrace, TracedLock } from './trace-model.ts';

type Prediction = NonNullable<RuleMeta['predicts']>;

export interface ReconcileInput {
  /** The file's lint findings. */
  findings: readonly Finding[];
  trace: FileTrace;
  /** What each rule predicts (its `meta.predicts`); usually from the rule registry. */
  predictsOf(ruleId: string): Prediction | undefined;
  /** The parsed file: its suppression comments count as predictions and silence trace findings. */
  parsed?: ParsedSql;
  /** `schema.name` of tables that count as new (created by a file of this change). */
  newRelations?: ReadonlySet<string>;
  /**
   * `schema.name` of tables an extension owns (`cron.job`, `pgmq.meta`): a scan of one that the
   * statement does not name was the extension's own bookkeeping (`SELECT cron.schedule(...)`
   * reads `cron.job`), not row work of the migration.
   */
  extensionRelations?: ReadonlySet<string>;
  /** Severity per rule id from the config; default the rule's own. */
  severityOf?(ruleId: string): Severity | 'off';
  /**
   * Files of the same run that failed before this one, in apply order: a missing object one of
   * them would have created is their failure's doing, not this file's.
   */
  earlierFailures?: readonly EarlierFailure[];
  /** A blocking lock held this long on staging is dangerous even without row work. Default 1000. */
  longLockMs?: number;
}

export interface Reconciliation {
  /** The lint findings, those with a lock/rewrite/scan prediction marked `trace`. */
  findings: Finding[];
  /** New findings from the trace (`source: 'trace'`). */
  traceFindings: Finding[];
}

/** Rules whose lock finding is about a lock taken earlier and still held at the statement. */
const heldLockRules: ReadonlySet<string> = new Set([
  'statements-after-exclusive-lock',
  'mixed-schema-and-data',
]);

const tableLike = (lock: TracedLock) =>
  lock.relationKind === 'table' || lock.relationKind === 'materialized view';
/**
 * The lock stops what applications do to the relation. Nothing writes a materialized view but a
 * refresh, so a lock on one that lets reads through (REFRESH ... CONCURRENTLY's EXCLUSIVE, even
 * from a trigger) stops nothing of theirs.
 */
const blocking = (lock: TracedLock) =>
  lock.blocks.reads || (lock.blocks.writes && lock.relationKind !== 'materialized view');
const ran = (s: StatementTrace | undefined): s is StatementTrace =>
  s !== undefined && (s.status === 'applied' || s.status === 'rolled-back');

/** Environment gaps are at most warnings, whatever the config says: the SQL is not at fault. */
const NOT_VALIDATED = 'trace-not-validated';

/** The findings this reconciliation raises: their default severities and fixes. */
const TRACE_RULES: readonly Rule[] = [
  traceDangerousLock,
  traceTableRewrite,
  traceStatementFailed,
  traceNotValidated,
];

/**
 * Reconcile lint and trace for one file (pure). Each lint finding whose rule predicts a lock,
 * rewrite or scan is marked `confirmed` or `not-seen` when its statement ran; blocking locks
 * with row work under them and rewrites of existing tables that nothing predicted become
 * `trace-dangerous-lock` / `trace-table-rewrite`; failed statements become
 * `trace-statement-failed`, or `trace-not-validated` (an environment gap, at most a warning)
 * when the target lacks what they need or an earlier failure of the run left it out.
 */
export function reconcileTrace(input: ReconcileInput): Reconciliation {
  const { trace } = input;
  const isNew = (relation: string) => input.newRelations?.has(relation) ?? false;
  const byIndex = new Map(trace.statements.map((s) => [s.index, s]));
  const findings = input.findings.map((f) => markFinding(f, byIndex, input, isNew));

  const predicted = new Map<number, Set<Prediction>>();
  const note = (index: number, prediction: Prediction | undefined) => {
    if (!prediction) return;
    const set = predicted.get(index) ?? new Set<Prediction>();
    set.add(prediction);
    predicted.set(index, set);
  };
  // A rule folded into another finding (`also`) still predicted what it predicted.
  for (const f of input.findings) {
    if (f.statement === undefined) continue;
    for (const rule of [f.rule, ...(f.also ?? [])]) note(f.statement, input.predictsOf(rule));
  }
  const fileSuppressed = new Set(input.parsed?.fileSuppressions.flatMap((s) => s.rules) ?? []);
  for (const rule of fileSuppressed)
    for (const s of trace.statements) note(s.index, input.predictsOf(rule));
  for (const statement of input.parsed?.statements ?? []) {
    for (const rule of statement.suppressions.flatMap((s) => s.rules))
      note(statement.index, input.predictsOf(rule));
  }
  const suppressed = (index: number, rule: string) =>
    fileSuppressed.has(rule) ||
    (input.parsed?.statements[index]?.suppressions.some((s) => s.rules.includes(rule)) ?? false);

  const traceFindings: Finding[] = [];
  const add = (
    rule: string,
    statement: StatementTrace,
    message: string,
    line = statement.line,
    column = 1,
    fix?: string,
  ) => {
    const meta = TRACE_RULES.find((r) => r.meta.id === rule)?.meta;
    const configured = input.severityOf?.(rule) ?? meta?.defaultSeverity ?? 'error';
    if (configured === 'off' || suppressed(statement.index, rule)) return;
    const gap = rule === NOT_VALIDATED;
    const severity = gap && configured === 'error' ? 'warning' : configured;
    const finding: Finding = {
      rule,
      severity,
      line,
      column,
      message,
      source: 'trace',
      docs: ruleDocsUrl(rule),
      statement: statement.index,
    };
    const shownFix = fix ?? meta?.fix;
    if (shownFix) finding.fix = shownFix;
    if (gap) finding.environmentGap = true;
    traceFindings.push(finding);
  };

  const longLockMs = input.longLockMs ?? 1000;
  for (const statement of trace.statements) {
    const at = predicted.get(statement.index) ?? new Set<Prediction>();
    const rewritten = statement.rewrites.filter((r) => !isNew(r));
    if (ran(statement) && !at.has('rewrite')) {
      for (const relation of rewritten) {
        const lock = statement.locks.find((l) => l.relation === relation);
        const under =
          lock && isLockMode(lock.mode)
            ? ` under ${lock.mode} (${describeBlocking(lock.mode)})`
            : '';
        add(
          'trace-table-rewrite',
          statement,
          `${relation} was rewritten here${under}: every row was copied into a new file, so on production the table is blocked for as long as the copy takes. No lint rule predicted it.`,
        );
      }
    }
    if (ran(statement) && at.size === 0) {
      for (const lock of statement.locks) {
        if (
          !tableLike(lock) ||
          !blocking(lock) ||
          isNew(lock.relation) ||
          rewritten.includes(lock.relation)
        )
          continue;
        const work = rowWorkUnder(trace, statement, isNew, extensionWork(input));
        const long = (lock.heldMs ?? 0) >= longLockMs;
        if (!work && !long) continue;
        // Work at a later statement that a rule flagged (statements-after-exclusive-lock) was predicted.
        if (work && (predicted.get(work.index)?.size ?? 0) > 0) continue;
        // So was a hold that a held-lock rule reported later in the same transaction.
        if (heldLaterInUnit(input.findings, trace, statement)) continue;
        const held =
          lock.heldMs === undefined ? '' : ` for ${Math.round(lock.heldMs)} ms on staging`;
        const why = work ? `while ${work.text}` : 'longer than a catalog change takes';
        add(
          'trace-dangerous-lock',
          statement,
          `${lock.mode} on ${lock.relation} (${isLockMode(lock.mode) ? describeBlocking(lock.mode) : 'blocking'}) was taken here and held${held} ${why}; on production-size data it stays blocked for as long as that work takes. No lint rule predicted it.`,
        );
      }
    }
    if (statement.status === 'failed' && statement.error) {
      const { error } = statement;
      const node = input.parsed?.statements[statement.index]?.node;
      const cause = failureCause(error, input.earlierFailures ?? [], node);
      const at = [error.line, error.column ?? 1] as const;
      if (cause.kind === 'earlier-failure') {
        add(
          NOT_VALIDATED,
          statement,
          `Not validated: ${error.message} — ${earlierFailurePhrase(cause)}. The rest of the file was not checked.`,
          ...at,
          `Make ${fileName(cause.failure.file)} apply on staging first (or check on a target that has what it needs, such as a Supabase preview branch); this file is then checked in full.`,
        );
      } else if (cause.kind === 'target-lacks') {
        add(
          NOT_VALIDATED,
          statement,
          `Not validated: the target lacks ${cause.what}, so the statement failed on staging (${error.message}); the rest of the file was not checked. Supabase provides it: make sure production has it.`,
          ...at,
        );
      } else if (cause.kind === 'refused') {
        add(
          NOT_VALIDATED,
          statement,
          `Not validated: ${error.message}. Staging never runs such a statement (rule superuser-statement reports it); the rest of the file was not checked.`,
          ...at,
        );
      } else {
        add(
          'trace-statement-failed',
          statement,
          `Postgres rejected the statement on staging: ${error.message} (SQLSTATE ${error.code}). The file stops here; nothing after it was checked.`,
          ...at,
        );
      }
    }
    if (statement.status === 'skipped') {
      add(
        NOT_VALIDATED,
        statement,
        `Not validated: ${statement.skipReason ?? 'the statement was skipped'}; no lock or duration of it was measured.`,
        statement.line,
        1,
        'To run it too, check on the embedded database (no --db), or with --db and --apply on a database you can throw away.',
      );
    }
  }
  return { findings, traceFindings };
}

function markFinding(
  finding: Finding,
  byIndex: ReadonlyMap<number, StatementTrace>,
  input: ReconcileInput,
  isNew: (relation: string) => boolean,
): Finding {
  const prediction = input.predictsOf(finding.rule);
  if (!prediction || finding.statement === undefined) return finding;
  const statement = byIndex.get(finding.statement);
  if (!ran(statement)) return finding;
  // A statement whose transaction was undone ran, but what it did not take proves nothing.
  const mayDeny = statement.status === 'applied';
  const rewrites = statement.rewrites.some((r) => !isNew(r));
  const scans = statement.scans.some((s) => !isNew(s.relation));
  let seen: boolean | undefined;
  // Indexes rebuilt without their table (text -> citext changes only the operator class) are
  // what such a finding predicts; a table rewrite rebuilds its indexes anyway.
  if (prediction === 'rewrite') seen = rewrites || statement.rebuiltIndexes.length > 0;
  else if (prediction === 'scan')
    seen = rewrites || scans || (statement.locksTraced ? false : undefined);
  else if (!statement.locksTraced) seen = rewrites || undefined;
  // The statement runs under a blocking lock whether it took it or its transaction already held
  // one (a CREATE INDEX after an ALTER TABLE on the same table asks for nothing new).
  else seen = heldBlockingLock(input.trace, statement, isNew);
  if (seen === undefined || (!seen && !mayDeny)) return finding;
  return { ...finding, trace: seen ? 'confirmed' : 'not-seen' };
}

/** A held-lock rule (the lock stays while later work runs) reported after `statement` in its unit. */
function heldLaterInUnit(
  findings: readonly Finding[],
  trace: FileTrace,
  statement: StatementTrace,
): boolean {
  const unitOf = new Map(trace.statements.map((s) => [s.index, s.unit]));
  return findings.some(
    (f) =>
      heldLockRules.has(f.rule) &&
      f.statement !== undefined &&
      f.statement > statement.index &&
      unitOf.get(f.statement) === statement.unit,
  );
}

/** A blocking lock on an existing table taken in the same transaction at or before the statement. */
function heldBlockingLock(
  trace: FileTrace,
  statement: StatementTrace,
  isNew: (r: string) => boolean,
): boolean {
  return trace.statements.some(
    (s) =>
      s.unit === statement.unit &&
      s.index <= statement.index &&
      s.locks.some((l) => tableLike(l) && blocking(l) && !isNew(l.relation)),
  );
}

/**
 * Whether a scan of `relation` at `statement` was an extension reading its own table: the table
 * is the extension's, and the statement's text does not name it (a DO block or a query that
 * does is the migration's own work on it, `DELETE FROM cron.job_run_details` included).
 */
function extensionWork(
  input: ReconcileInput,
): (relation: string, statement: StatementTrace) => boolean {
  const owned = input.extensionRelations;
  if (owned === undefined || owned.size === 0) return () => false;
  return (relation, statement) => {
    if (!owned.has(relation)) return false;
    const text = input.parsed?.statements[statement.index]?.text;
    if (text === undefined) return false;
    const table = relation
      .slice(relation.lastIndexOf('.') + 1)
      .replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
    return !new RegExp(`(^|[^a-z0-9_$])${table}($|[^a-z0-9_$])`, 'i').test(text);
  };
}

/** "every row of public.x was read" when a statement from here to the end of the transaction read or copied an existing table. */
function rowWorkUnder(
  trace: FileTrace,
  from: StatementTrace,
  isNew: (r: string) => boolean,
  bookkeeping: (relation: string, statement: StatementTrace) => boolean = () => false,
): { text: string; index: number } | undefined {
  for (const s of trace.statements) {
    if (s.unit !== from.unit || s.index < from.index || !ran(s)) continue;
    const where = s.index === from.index ? '' : ` at line ${s.line}`;
    const rewrite = s.rewrites.find((r) => !isNew(r));
    if (rewrite) return { text: `${rewrite} was rewritten${where}`, index: s.index };
    const scan = s.scans.find((x) => !isNew(x.relation) && !bookkeeping(x.relation, s));
    if (scan) return { text: `every row of ${scan.relation} was read${where}`, index: s.index };
  }
  return undefined;
}
