import type { QualifiedName } from '../sql/names.ts';
import { isLockMode, LOCK_LABELS, strongerLock } from '../locks/lock-modes.ts';
import {
  type MigrationReport,
  measureOf,
  type Report,
  ran,
  ranToCompletion,
  type StatementReport,
} from './report.ts';
import { type RunbookCheck, checksAfter, checksBefore } from './runbook-checks.ts';
import { type NotValidConstraint, type StatementFacts, statementFacts } from './runbook-facts.ts';
import type { HeldLock, RunbookStatement, RunbookStep } from './runbook-step.ts';

/**
 * How to apply one migration by hand or watch its rollout, derived from the report: the steps
 * in the order the apply engine runs them (one per transaction, one per statement that cannot
 * run in a transaction), what each locks and for how long on the traced target, what to check
 * before and after, and what state a failure leaves. Nothing is claimed that the report does
 * not hold: statements the target did not run are "not traced".
 */
export interface Runbook {
  file: string;
  version: string | null;
  /** Where durations come from; `none` when nothing of the file was traced. */
  timings: 'staging' | 'production-estimate' | 'none';
  steps: RunbookStep[];
  before: RunbookCheck[];
  after: RunbookCheck[];
  /** Statements a later migration should run, e.g. VALIDATE of a NOT VALID constraint. */
  followUps: string[];
  /** Where a failure part-way leaves earlier steps committed, as the apply plan reported it. */
  halfApply?: { line: number; explanation: string };
  /** What the staging run did with the file (`applied`, `failed`, `half-applied`, ...). */
  staging?: string;
  /** Line of the statement that failed on staging: from there on nothing was measured. */
  failedAt?: number;
}

interface Planned {
  statement: StatementReport;
  facts: StatementFacts;
}

/** The runbook of one migration of the report. */
export function buildRunbook(report: Report, migration: MigrationReport): Runbook {
  const runbook = buildRunbooks(report, (m) => m === migration).get(migration);
  if (!runbook) throw new Error(`${migration.file} is not a migration of this report`);
  return runbook;
}

/**
 * Runbooks of the migrations `wanted` selects, in apply order. Every migration's SQL is read
 * once: a VALIDATE needs the NOT VALID constraint an earlier file added.
 */
export function buildRunbooks(
  report: Report,
  wanted: (migration: MigrationReport) => boolean,
): Map<MigrationReport, Runbook> {
  const runbooks = new Map<MigrationReport, Runbook>();
  const notValidBefore: NotValidConstraint[] = [];
  for (const migration of report.migrations) {
    const facts = migration.statements.map((s) => statementFacts(s.sql));
    if (wanted(migration)) {
      runbooks.set(migration, runbookOf(report, migration, facts, notValidBefore));
    }
    notValidBefore.push(...facts.flatMap((f) => f.notValid));
  }
  return runbooks;
}

function runbookOf(
  report: Report,
  migration: MigrationReport,
  facts: readonly StatementFacts[],
  notValidBefore: readonly NotValidConstraint[],
): Runbook {
  const planned = migration.statements.map((statement, i) => ({
    statement,
    facts: facts[i] ?? statementFacts(statement.sql),
  }));
  const steps = splitSteps(planned).map((unit, i) => describeStep(unit, i + 1));
  const traced = steps.some((s) => s.durationMs !== null);
  const timings = !traced
    ? 'none'
    : report.target.timings === 'production-estimate'
      ? 'production-estimate'
      : 'staging';
  const runbook: Runbook = {
    file: migration.file,
    version: migration.version,
    timings,
    steps,
    before: checksBefore(facts, steps, notValidBefore),
    ...checksAfter(facts),
  };
  if (migration.halfApplyRisk) runbook.halfApply = migration.halfApplyRisk;
  if (migration.staging) runbook.staging = migration.staging;
  const failedAt = steps.find((s) => s.failedAt !== undefined)?.failedAt;
  if (failedAt !== undefined) runbook.failedAt = failedAt;
  return runbook;
}

/**
 * The apply engine's units: runs of statements in one transaction, split by the file's own
 * BEGIN/COMMIT and by statements that cannot run in a transaction (which stand alone).
 */
function splitSteps(
  planned: readonly Planned[],
): { kind: RunbookStep['kind']; items: Planned[] }[] {
  const units: { kind: RunbookStep['kind']; items: Planned[] }[] = [];
  let open: Planned[] = [];
  const close = () => {
    if (open.length > 0) units.push({ kind: 'transaction', items: open });
    open = [];
  };
  for (const p of planned) {
    if (p.facts.control) {
      close();
      continue;
    }
    if (p.facts.alone) {
      close();
      units.push({ kind: 'alone', items: [p] });
      continue;
    }
    open.push(p);
  }
  close();
  return units;
}

function describeStep(unit: { kind: RunbookStep['kind']; items: Planned[] }, n: number) {
  const statements = unit.items.map(({ statement: s }): RunbookStatement => {
    const measure = measureOf(s);
    return {
      line: s.line,
      sql: s.sql,
      ...(s.status !== undefined ? { status: s.status } : {}),
      durationMs: measure?.durationMs ?? null,
      ...(measure && s.productionEstimateMs !== undefined
        ? { productionEstimateMs: s.productionEstimateMs }
        : {}),
      ...(measure && s.productionEstimateRange !== undefined
        ? { productionEstimateRange: s.productionEstimateRange }
        : {}),
      ...(s.error !== undefined ? { error: s.error } : {}),
    };
  });
  const durations = statements.map((s) => s.durationMs);
  const anyTraced = durations.some((d) => d !== null);
  const command = unit.items[0]?.facts.alone;
  const failed = unit.items.find(({ statement: s }) => !ran(s) && s.error !== undefined);
  const step: RunbookStep = {
    number: n,
    kind: unit.kind,
    statements,
    locks: unit.kind === 'transaction' ? heldLocks(unit.items) : [],
    locksTraced: unit.kind === 'transaction' && anyTraced,
    complete: unit.items.every(({ statement: s }) => ranToCompletion(s)),
    durationMs: anyTraced ? durations.reduce<number>((sum, d) => sum + (d ?? 0), 0) : null,
    fullyTraced: durations.every((d) => d !== null),
    rewrites: [...new Set(unit.items.flatMap((p) => measureOf(p.statement)?.rewrites ?? []))],
    leavesReindexCopies: command === 'REINDEX CONCURRENTLY',
  };
  if (failed) step.failedAt = failed.statement.line;
  if (command) step.command = command;
  const estimates = statements.flatMap((s) =>
    s.productionEstimateMs !== undefined ? [s.productionEstimateMs] : [],
  );
  if (estimates.length > 0) step.productionEstimateMs = estimates.reduce((a, b) => a + b, 0);
  const ranges = statements.flatMap((s) =>
    s.productionEstimateRange !== undefined ? [s.productionEstimateRange] : [],
  );
  if (ranges.length > 0 && ranges.length === estimates.length) {
    if (ranges.every((r) => r.atMost)) step.productionEstimateAtMost = true;
    step.productionEstimateRangeMs = [
      ranges.reduce((sum, r) => sum + r.minMs, 0),
      ranges.reduce((sum, r) => sum + r.maxMs, 0),
    ];
  }
  const index = unit.items[0]?.facts.indexes[0];
  if (command === 'CREATE INDEX CONCURRENTLY' && index) step.leavesInvalidIndex = index;
  return step;
}

/**
 * The trace lists a lock at the statement whose transaction first took that mode; the
 * transaction keeps it until commit, so it is held from there to the end of the step.
 */
function heldLocks(items: readonly Planned[]): HeldLock[] {
  const byRelation = new Map<QualifiedName, HeldLock>();
  for (const [i, { statement }] of items.entries()) {
    for (const lock of measureOf(statement)?.locks ?? []) {
      const seen = byRelation.get(lock.relation);
      if (seen && isLockMode(seen.mode) && isLockMode(lock.mode)) {
        if (strongerLock(seen.mode, lock.mode) === seen.mode) continue;
      } else if (seen) {
        continue;
      }
      // Held to commit: only known when every statement from here on ran and was measured.
      const rest = items.slice(i).map((p) => measureOf(p.statement)?.durationMs ?? null);
      const held: HeldLock = {
        relation: lock.relation,
        mode: lock.mode,
        fromLine: statement.line,
        heldMs: rest.every((d) => d !== null)
          ? rest.reduce<number>((sum, d) => sum + (d ?? 0), 0)
          : null,
      };
      if (isLockMode(lock.mode)) held.label = LOCK_LABELS[lock.mode];
      byRelation.set(lock.relation, held);
    }
  }
  return [...byRelation.values()];
}
