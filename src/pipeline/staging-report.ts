import type { ApplyFailure } from '../core/apply/apply-failure.ts';
import type { MigrationApplyResult } from '../core/apply/apply-result.ts';
import type { ProductionStats } from '../core/checks/production-stats.ts';
import type { StandInFunction } from '../core/extensions/stand-in-calls.ts';
import { standInUse } from '../core/extensions/stand-in-calls.ts';
import { type MigrationFile, oversizeWords } from '../core/migrations/migration-file.ts';
import { confirmLintFindings } from '../core/probes/probe-confirmation.ts';
import { probeFindings } from '../core/probes/probe-findings.ts';
import { compareFindings, type Severity } from '../core/report/finding.ts';
import type { CheckReport, HistoryReplay } from '../core/report/report.ts';
import { summarize } from '../core/report/report.ts';
import { ruleById } from '../core/rules/registry.ts';
import type { ProbeRun } from '../staging/probes/run-probes.ts';
import type { RowWorkRates } from '../staging/row-work.ts';
import type { EarlierFailure } from '../staging/trace/failure-cause.ts';
import { reconcileTrace } from '../staging/trace/reconcile-trace.ts';
import { statementReports } from '../staging/trace/statement-reports.ts';
import type { StatementTracer } from '../staging/trace/statement-tracer.ts';
import { productionEstimates } from './production-estimates.ts';
import type { CheckOutcome } from './run-check.ts';
import type { StagingPlan } from './staging-plan.ts';

/**
 * A file replayed before the first file under check, as the report needs it: what a
 * post-history snapshot keeps of its replay.
 */
export type ReplayedFile = Pick<MigrationApplyResult, 'file' | 'status' | 'failure'>;

/** What a staging run saw: per file, per statement, and after the last file. */
export interface StagingObservations {
  /** The files before the first file under check, in apply order. */
  replayed: ReplayedFile[];
  /** The files from the first file under check on, in apply order. */
  results: MigrationApplyResult[];
  tracer: StatementTracer;
  checks: CheckReport[];
  probes: ProbeRun;
  /** Sizes on staging of the relations the traced statements touched (with --stats). */
  tableBytes: Map<string, number>;
  /** The staging database's cost per byte of each kind of row work (with --stats). */
  rowWorkRates: RowWorkRates | undefined;
  /** What ran on a stand-in rather than on what production runs. */
  standIns: { functions: StandInFunction[]; created: Set<string> };
}

/**
 * Fold what staging saw into the lint report: each file's staging status, its statements with
 * durations and locks, the findings the trace confirmed, dismissed or added, the probes'
 * findings, how the history replay went, and the checks.
 */
export function foldStaging(
  outcome: CheckOutcome,
  plan: StagingPlan,
  seen: StagingObservations,
  stats: ProductionStats | undefined,
): void {
  foldTraces(outcome, plan, seen, stats);
  foldProbes(outcome, plan, seen.probes);
  const report = outcome.report;
  if (plan.history.length > 0) {
    const historyFailures = [...seen.replayed, ...seen.results].filter(
      (r) => !outcome.checked.has(r.file.path) && r.failure,
    );
    report.history = {
      files: plan.history.length,
      failures: historyFailures.flatMap(({ file, failure }) =>
        failure ? [{ file: file.path, line: failure.line, message: failureMessage(failure) }] : [],
      ),
    };
  }
  for (const migration of report.migrations) {
    if (plan.stopsBefore?.notRun.some((f) => f.path === migration.file)) {
      migration.staging = 'not-run';
    }
  }
  report.checks = [
    ...sizeLimitCheck(plan),
    ...historyCheck(report.history, plan.alreadyApplied),
    ...seen.checks,
    ...seen.probes.checks,
  ];
  report.summary = summarize(report.migrations);
}

/** Each file under check: its staging status, traced statements and reconciled findings. */
function foldTraces(
  outcome: CheckOutcome,
  plan: StagingPlan,
  seen: StagingObservations,
  stats: ProductionStats | undefined,
): void {
  const byPath = new Map(seen.results.map((r) => [r.file.path, r]));
  for (const migration of outcome.report.migrations) {
    const result = byPath.get(migration.file);
    if (plan.recorded.has(migration.version ?? '') && outcome.checked.has(migration.file)) {
      migration.staging = 'already-applied';
      continue;
    }
    if (!result || !outcome.checked.has(result.file.path)) continue;
    migration.staging = result.status;
    if (result.plan.halfApply) {
      migration.halfApplyRisk = {
        line: result.plan.halfApply.line,
        explanation: result.plan.halfApply.explanation,
      };
    }
    const trace = seen.tracer.traceOf(migration.file);
    if (trace) {
      migration.statements = statementReports(result, trace, (s) =>
        standInUse(s, seen.standIns.functions, seen.standIns.created),
      );
      if (stats) {
        productionEstimates(migration.statements, trace, seen.tableBytes, stats, seen.rowWorkRates);
      }
      const reconciled = reconcileTrace({
        findings: migration.findings,
        trace,
        predictsOf: (id) => ruleById(id)?.meta.predicts,
        parsed: plan.parsed.get(migration.file),
        newRelations: newRelations(outcome),
        extensionRelations: extensionRelations(outcome),
        severityOf: (id) => severityOf(outcome, id),
        // A missing object that an earlier failed migration would have created is that
        // failure's doing: not validated, naming it, rather than a bug of this file.
        earlierFailures: failedBefore(seen, result),
      });
      migration.findings = [...reconciled.findings, ...reconciled.traceFindings].sort(
        compareFindings,
      );
    }
  }
}

/**
 * The probes' verdicts as findings of the files that created or changed the tables; a verdict
 * that confirms a lint finding of its file marks that finding instead (`RuleMeta.confirms`).
 */
function foldProbes(outcome: CheckOutcome, plan: StagingPlan, probes: ProbeRun): void {
  for (const probe of probes.probes) {
    const found = probeFindings(probe.target, probe.verdicts, {
      severityOf: (id) => severityOf(outcome, id),
      parsedOf: (file) => plan.parsed.get(file),
    });
    for (const { file, finding } of found) {
      const migration = outcome.report.migrations.find((m) => m.file === file);
      if (!migration) continue;
      const confirms = ruleById(finding.rule)?.meta.confirms ?? [];
      if (confirmLintFindings(migration.findings, finding, confirms)) continue;
      migration.findings = [...migration.findings, finding].sort(compareFindings);
    }
  }
}

/** A rule's severity: the config's, else the rule's default. */
function severityOf(outcome: CheckOutcome, id: string): Severity | 'off' {
  return outcome.config.rules[id] ?? ruleById(id)?.meta.defaultSeverity ?? 'error';
}

/** The files applied before `result` in this run that failed, in apply order. */
function failedBefore(seen: StagingObservations, result: MigrationApplyResult): EarlierFailure[] {
  const index = seen.results.indexOf(result);
  return [...seen.replayed, ...seen.results.slice(0, index)].flatMap(({ file, failure }) =>
    failure
      ? [{ file: file.path, line: failure.line, message: failureMessage(failure), sql: file.sql }]
      : [],
  );
}

/** Postgres's own words when it gave them; the engine's complete message otherwise. */
function failureMessage(failure: ApplyFailure): string {
  return failure.postgresMessage ?? failure.message;
}

/** Tables created by files the change adds: new to production, whatever staging holds. */
/** Tables an extension owns, as the check's schema model knows them (from its stand-in script). */
function extensionRelations(outcome: CheckOutcome): Set<string> {
  const names = new Set<string>();
  for (const [name, table] of outcome.schema.tables) if (table.extension) names.add(name);
  return names;
}

function newRelations(outcome: CheckOutcome): Set<string> {
  const names = new Set<string>();
  for (const [name, table] of outcome.schema.tables) {
    if (outcome.added.has(table.createdBy.file)) names.add(name);
  }
  return names;
}

/** Why staging stopped before a file over the size limit, and what it did not run. */
function sizeLimitCheck(plan: StagingPlan): CheckReport[] {
  const stop = plan.stopsBefore;
  if (!stop?.file.oversize) return [];
  const notRun = stop.notRun.map((f) => f.path);
  const underCheck =
    notRun.length === 0
      ? ''
      : ` Not run on staging, so nothing is said of their statements' locks, durations or failures: ${notRun.join(', ')}.`;
  return [
    {
      id: 'staging-size-limit',
      status: 'skipped',
      detail: `staging stopped before ${stop.file.path}: it is ${oversizeWords(stop.file.oversize)}, so it was not read, and no later file can be staged faithfully without what it would have done.${underCheck} Split it into migrations under the limit (see file-too-large).`,
    },
  ];
}

/** A check entry saying how the history replay went, so a reader can weigh the trace. */
function historyCheck(
  replay: HistoryReplay | undefined,
  alreadyApplied: MigrationFile[],
): CheckReport[] {
  const out: CheckReport[] = [];
  if (alreadyApplied.length > 0) {
    out.push({
      id: 'staging-history',
      status: 'pass',
      detail: `${alreadyApplied.length} migration(s) already recorded in supabase_migrations.schema_migrations on the target were not applied again`,
    });
  }
  if (!replay) return out;
  if (replay.failures.length === 0) {
    out.push({
      id: 'staging-replay',
      status: 'pass',
      detail: `${replay.files} earlier migration(s) replayed on the target`,
    });
    return out;
  }
  const lines = replay.failures.map((f) => `${f.file}:${f.line}: ${f.message}`);
  out.push({
    id: 'staging-replay',
    status: 'skipped',
    detail: `${replay.failures.length} of ${replay.files} earlier migration(s) could not be replayed, so the schema on the target is incomplete and failures of the files under check may come from that:\n${lines.join('\n')}`,
  });
  return out;
}
