import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApplyFailure } from '../core/apply/apply-failure.ts';
import type { ApplyHooks } from '../core/apply/apply-hooks.ts';
import { applyMigrations } from '../core/apply/apply-migrations.ts';
import type { MigrationApplyResult } from '../core/apply/apply-result.ts';
import { readRecordedVersions } from '../core/apply/migration-history.ts';
import { planChecks } from '../core/checks/plan-checks.ts';
import { parseProductionStats, StatsFileError } from '../core/checks/production-stats.ts';
import type { ProductionStats } from '../core/checks/production-stats.ts';
import { DatabaseConnectionError } from '../core/db/connection-error.ts';
import type { DatabasePort } from '../core/db/database-port.ts';
import { compareMigrations, type MigrationFile } from '../core/migrations/migration-file.ts';
import { probeFindings } from '../core/probes/probe-findings.ts';
import { type ProbeTarget, planProbeTargets } from '../core/probes/probe-targets.ts';
import { compareFindings } from '../core/report/finding.ts';
import type { CheckReport, HistoryReplay, Report, ReportTarget } from '../core/report/report.ts';
import { summarize } from '../core/report/report.ts';
import { ruleById } from '../core/rules/catalogue.ts';
import { type ParsedSql, parseSql } from '../core/sql/parse-sql.ts';
import { nodeAs } from '../core/sql/statement.ts';
import {
  type StandInFunction,
  standInFunctions,
  standInUse,
} from '../core/extensions/stand-in-calls.ts';
import { standIns } from '../core/extensions/stand-ins/index.ts';
import type { RowCountSnapshot } from '../staging/checks/row-counts.ts';
import { snapshotRowCounts } from '../staging/checks/row-counts.ts';
import { runChecks, skippedChecks } from '../staging/checks/run-checks.ts';
import { PgDatabase } from '../staging/pg-database.ts';
import { PROBE_CHECK_ID, type ProbeRun, runProbes } from '../staging/probes/run-probes.ts';
import { PgliteDatabase } from '../staging/pglite-database.ts';
import { SupabaseReplicaDatabase } from '../staging/replica-database.ts';
import { loadSeed, SeedError } from '../staging/seed.ts';
import { bootstrapSupabaseShim } from '../staging/supabase-shim.ts';
import type { EarlierFailure } from '../staging/trace/failure-cause.ts';
import { reconcileTrace } from '../staging/trace/reconcile-trace.ts';
import { StatementTracer } from '../staging/trace/statement-tracer.ts';
import { statementReports } from '../staging/trace/statement-reports.ts';
import { InputError } from '../workspace/input-error.ts';
import type { CheckOutcome } from './run-check.ts';
import { productionEstimates } from './production-estimates.ts';

export interface StagingRequest {
  /** A Postgres URL; the embedded database when absent. */
  dbUrl?: string;
  /** With a URL: run everything in one transaction and roll it back. */
  rollback: boolean;
  seedPath?: string;
  statsPath?: string;
  cwd: string;
  /** One line of progress for a person watching (stderr). */
  progress(line: string): void;
  /** A one-line notice that must reach the user even without a terminal (stderr, Action notice). */
  notice?(line: string): void;
  /** The report's words for the target (`target.name`). */
  targetName?: string;
}

/**
 * The staging part of `check`: apply the history untraced, then the files under check with
 * tracing, run the post-migration checks, and fold what the database saw into the report.
 */
export async function runStaging(outcome: CheckOutcome, request: StagingRequest): Promise<Report> {
  const stats = request.statsPath ? await readStats(request.cwd, request.statsPath) : undefined;
  const seed = request.seedPath ? await readSeed(request.cwd, request.seedPath) : undefined;
  const { db, target, watchdog } = await openTarget(request, createdExtensions(outcome));
  try {
    return await stage(outcome, request, db, target, seed, stats, watchdog);
  } finally {
    await watchdog?.close();
    await db.close();
  }
}

async function stage(
  outcome: CheckOutcome,
  request: StagingRequest,
  db: DatabasePort,
  target: ReportTarget,
  seed: { file: string; sql: string } | undefined,
  stats: ProductionStats | undefined,
  watchdog: DatabasePort | undefined,
): Promise<Report> {
  const kept = request.dbUrl !== undefined && !request.rollback;
  // A server's recorded history is not applied again, kept target or rolled back. (Replaying
  // history inside the rollback transaction would hide the locks later files take on the
  // tables it touched: Postgres lists a lock once per transaction.)
  const recorded = request.dbUrl !== undefined ? await readRecordedVersions(db) : new Set<string>();
  const ordered = outcome.files.filter((f) => f.version !== null).sort(compareMigrations);
  // Files after the last one under check are not needed to judge it.
  const lastChecked = ordered.findLastIndex((f) => outcome.checked.has(f.path));
  const needed = ordered.slice(0, lastChecked + 1);
  const alreadyApplied = needed.filter((f) => recorded.has(f.version ?? ''));
  const toApply = needed.filter((f) => !recorded.has(f.version ?? ''));
  const parsed = new Map<string, ParsedSql>(toApply.map((f) => [f.path, parseSql(f.sql)]));
  const checkedFiles = toApply.filter((f) => outcome.checked.has(f.path));
  const history = toApply.filter((f) => !outcome.checked.has(f.path));
  const plan = planChecks(
    outcome.results
      .filter((r) => outcome.checked.has(r.file.path))
      .map((r) => ({ path: r.file.path, statements: r.statements })),
    outcome.schema,
  );

  const probeTargets = planProbeTargets(
    outcome.results
      .filter((r) => outcome.checked.has(r.file.path))
      .map((r) => ({ path: r.file.path, statements: r.statements })),
    outcome.schema,
    outcome.config.tenantColumns,
  );
  let probes: ProbeRun = { probes: [], checks: [] };

  const tracer = new StatementTracer();
  let countsBefore: RowCountSnapshot | undefined;
  let checks: CheckReport[] = [];
  let tableBytes = new Map<string, number>();
  const firstChecked = checkedFiles[0]?.path;
  const traced = (file: MigrationFile) => outcome.checked.has(file.path);
  const hooks: ApplyHooks = {
    beforeFile: async (c) => {
      if (c.file.path === firstChecked) {
        if (seed) {
          request.progress(`loading seed ${seed.file}`);
          await loadSeed(c.db, seed);
        }
        countsBefore = await snapshotRowCounts(c.db, plan.countBefore);
        request.progress(`applying ${checkedFiles.length} migration(s) under check, traced`);
      }
      if (traced(c.file)) await tracer.hooks.beforeFile?.(c);
    },
    beforeUnit: async (c) => (traced(c.file) ? tracer.hooks.beforeUnit?.(c) : undefined),
    afterStatement: async (c) => (traced(c.file) ? tracer.hooks.afterStatement?.(c) : undefined),
    beforeCommit: async (c) => (traced(c.file) ? tracer.hooks.beforeCommit?.(c) : undefined),
    afterUnit: async (c) => (traced(c.file) ? tracer.hooks.afterUnit?.(c) : undefined),
    onNotice: (notice, c) => (traced(c.file) ? tracer.hooks.onNotice?.(notice, c) : undefined),
  };
  if (history.length > 0) request.progress(`replaying ${history.length} earlier migration(s)`);
  const { apply } = outcome.config;
  let results: MigrationApplyResult[];
  try {
    results = await applyMigrations(
      db,
      toApply.map((file) => ({ file, parsed: parsed.get(file.path) })),
      {
        lockTimeoutMs: apply.lockTimeoutMs,
        statementTimeoutMs: apply.statementTimeoutMs,
        retry: {
          maxAttempts: apply.maxAttempts,
          baseDelayMs: apply.baseDelayMs,
          maxDelayMs: apply.maxDelayMs,
        },
        record: kept,
        mode: request.rollback ? 'rollback' : 'commit',
        onFailure: 'continue',
        // Nothing runs on an embedded database stopped after a statement timed out.
        shouldStop: () => stoppedAfterTimeout(db),
        hooks,
        ...(watchdog ? { watchdog } : {}),
        beforeEnd: async (end) => {
          try {
            request.progress('running post-migration checks');
            checks = await runChecks(end, plan, countsBefore);
            if (probeTargets.length > 0) request.progress('probing tenant isolation');
            probes = await runProbes(end, probeTargets, {
              tenantColumns: outcome.config.tenantColumns,
              ...outcome.config.probes,
            });
            if (stats) tableBytes = await stagedTableBytes(end, tracer);
          } catch (error) {
            if (!stoppedAfterTimeout(db)) throw error;
            ({ checks, probes } = skippedAfterStop(probeTargets));
          }
        },
      },
    );
  } catch (error) {
    if (error instanceof SeedError) {
      throw new InputError(error.message, 'fix the seed file, or run without --seed');
    }
    throw error;
  }

  const byPath = new Map(results.map((r) => [r.file.path, r]));
  const onStandIns = await standInsOf(db, target);
  const historyFailures = results.filter((r) => !traced(r.file) && r.failure);
  const report = outcome.report;
  report.target = {
    ...target,
    ...(request.targetName !== undefined ? { name: request.targetName } : {}),
    timings: stats ? 'production-estimate' : 'staging',
  };
  for (const migration of report.migrations) {
    const result = byPath.get(migration.file);
    if (recorded.has(migration.version ?? '') && outcome.checked.has(migration.file)) {
      migration.staging = 'already-applied';
      continue;
    }
    if (!result || !traced(result.file)) continue;
    migration.staging = result.status;
    if (result.plan.halfApply) {
      migration.halfApplyRisk = {
        line: result.plan.halfApply.line,
        explanation: result.plan.halfApply.explanation,
      };
    }
    const trace = tracer.traceOf(migration.file);
    if (trace) {
      migration.statements = statementReports(result, trace, (s) =>
        standInUse(s, onStandIns.functions, onStandIns.created),
      );
      if (stats) productionEstimates(migration.statements, trace, tableBytes, stats);
      const reconciled = reconcileTrace({
        findings: migration.findings,
        trace,
        predictsOf: (id) => ruleById(id)?.meta.predicts,
        parsed: parsed.get(migration.file),
        newRelations: newRelations(outcome),
        severityOf: (id) =>
          outcome.config.rules[id] ?? ruleById(id)?.meta.defaultSeverity ?? 'error',
        // A missing object that an earlier failed migration would have created is that
        // failure's doing: not validated, naming it, rather than a bug of this file.
        earlierFailures: failedBefore(results, result),
      });
      migration.findings = [...reconciled.findings, ...reconciled.traceFindings].sort(
        compareFindings,
      );
    }
  }
  for (const probe of probes.probes) {
    const found = probeFindings(probe.target, probe.verdicts, {
      severityOf: (id) => outcome.config.rules[id] ?? ruleById(id)?.meta.defaultSeverity ?? 'error',
      parsedOf: (file) => parsed.get(file),
    });
    for (const { file, finding } of found) {
      const migration = report.migrations.find((m) => m.file === file);
      if (!migration) continue;
      migration.findings = [...migration.findings, finding].sort(compareFindings);
    }
  }
  if (history.length > 0) {
    report.history = {
      files: history.length,
      failures: historyFailures.flatMap(({ file, failure }) =>
        failure ? [{ file: file.path, line: failure.line, message: failureMessage(failure) }] : [],
      ),
    };
  }
  report.checks = [...historyCheck(report.history, alreadyApplied), ...checks, ...probes.checks];
  report.summary = summarize(report.migrations);
  return report;
}

/**
 * What ran on a stand-in on this target: the functions stand-ins and the replica imitate, and
 * the stand-in extensions (on PGlite all of them; on a server, those it does not offer itself).
 */
async function standInsOf(
  db: DatabasePort,
  target: ReportTarget,
): Promise<{ functions: StandInFunction[]; created: Set<string> }> {
  let offered = new Set<string>();
  if (target.kind !== 'pglite' && !stoppedAfterTimeout(db)) {
    const { rows } = await db.query<{ name: string }>('select name from pg_available_extensions');
    offered = new Set(rows.map((r) => r.name));
  }
  const replaced = standIns.filter((s) => !offered.has(s.name));
  return {
    functions: standInFunctions(replaced, parseSql),
    created: new Set(replaced.map((s) => s.name)),
  };
}

/** True when the embedded database was stopped because a statement ran past statement_timeout. */
function stoppedAfterTimeout(db: DatabasePort): boolean {
  const inner = db instanceof SupabaseReplicaDatabase ? db.inner : db;
  return inner instanceof PgliteDatabase && inner.stoppedAfterTimeout;
}

/** The checks and probes that could not run on the stopped embedded database, as skipped. */
function skippedAfterStop(targets: readonly ProbeTarget[]): {
  checks: CheckReport[];
  probes: ProbeRun;
} {
  const why =
    'not run: the embedded database was stopped after a statement ran past statement_timeout, and no later migration was applied';
  const probeChecks: CheckReport[] =
    targets.length > 0
      ? [
          {
            id: PROBE_CHECK_ID,
            status: 'skipped',
            detail: `${targets.map((t) => t.table).join(', ')}: ${why}`,
          },
        ]
      : [];
  return {
    checks: skippedChecks(`${why}.`),
    probes: { probes: [], checks: probeChecks },
  };
}

/** The files applied before `result` in this run that failed, in apply order. */
function failedBefore(
  results: MigrationApplyResult[],
  result: MigrationApplyResult,
): EarlierFailure[] {
  const index = results.indexOf(result);
  return results
    .slice(0, index)
    .flatMap(({ file, failure }) =>
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
function newRelations(outcome: CheckOutcome): Set<string> {
  const names = new Set<string>();
  for (const [name, table] of outcome.schema.tables) {
    if (outcome.added.has(table.createdBy.file)) names.add(name);
  }
  return names;
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

/** The extensions the migrations create, by name (the embedded database loads only these). */
function createdExtensions(outcome: CheckOutcome): Set<string> {
  const names = new Set<string>();
  for (const result of outcome.results) {
    for (const statement of result.statements) {
      const name = nodeAs(statement.node, 'CreateExtensionStmt')?.extname;
      if (name) names.add(name);
    }
  }
  return names;
}

async function openTarget(
  request: StagingRequest,
  extensions: ReadonlySet<string>,
): Promise<{ db: DatabasePort; target: ReportTarget; watchdog?: DatabasePort }> {
  if (request.dbUrl === undefined) {
    request.progress('starting the embedded database (PGlite, a Supabase replica)');
    const embedded = await PgliteDatabase.start({ extensions });
    const { startup } = embedded;
    const how =
      startup.source === 'cache'
        ? 'from cache'
        : startup.cacheNotice === undefined
          ? 'cold start, now cached'
          : 'cold start, not cached';
    request.progress(
      `embedded database ready in ${(startup.durationMs / 1000).toFixed(1)} s (${how})`,
    );
    // Shown even without a terminal: every later run pays the cold start until it is fixed.
    if (startup.cacheNotice !== undefined) request.notice?.(startup.cacheNotice);
    const db = new SupabaseReplicaDatabase(embedded, { interceptStandIns: false });
    return {
      db,
      target: { kind: 'pglite', serverVersion: await serverVersion(db), mode: 'commit' },
    };
  }
  let server: PgDatabase;
  try {
    server = await PgDatabase.connect({ url: request.dbUrl, applicationName: 'migration-guard' });
  } catch (error) {
    if (error instanceof DatabaseConnectionError) {
      throw new InputError(`cannot connect to ${error.target}: ${error.reason}`, error.fix);
    }
    throw error;
  }
  const db = new SupabaseReplicaDatabase(server, { interceptStandIns: true });
  try {
    // A plain Postgres gets Supabase's roles, auth schema and helpers; a Supabase database has them.
    const { rows } = await db.query<{ has_auth: boolean }>(
      "select to_regnamespace('auth') is not null as has_auth",
    );
    if (!rows[0]?.has_auth) {
      request.progress('the target has no auth schema: adding the Supabase shim');
      await bootstrapSupabaseShim(db);
    }
    const version = await serverVersion(db);
    // The engine's second session, from which it cancels a statement that switched its limits
    // off inside itself. A server with no connection slot left still gets the checks between
    // statements.
    const watchdog = await PgDatabase.connect({
      url: request.dbUrl,
      applicationName: 'migration-guard watchdog',
    }).catch(() => undefined);
    if (!watchdog) request.progress('no second session for the lock watchdog; going on without it');
    return {
      db,
      target: {
        kind: 'postgres',
        serverVersion: version,
        mode: request.rollback ? 'rollback' : 'commit',
      },
      ...(watchdog ? { watchdog } : {}),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function serverVersion(db: DatabasePort): Promise<string | null> {
  const { rows } = await db.query<{ v: string }>("select current_setting('server_version') as v");
  return rows[0]?.v ?? null;
}

/** Sizes on staging of the relations the traced statements locked or rewrote. */
async function stagedTableBytes(
  db: DatabasePort,
  tracer: StatementTracer,
): Promise<Map<string, number>> {
  const relations = new Set<string>();
  for (const trace of tracer.traces) {
    for (const s of trace.statements) {
      for (const l of s.locks) relations.add(l.relation);
      for (const r of s.rewrites) relations.add(r);
    }
  }
  const sizes = new Map<string, number>();
  for (const relation of relations) {
    const { rows } = await db.query<{ bytes: string | null }>(
      'select pg_total_relation_size(to_regclass($1))::text as bytes',
      [relation],
    );
    const bytes = rows[0]?.bytes;
    if (bytes !== null && bytes !== undefined) sizes.set(relation, Number(bytes));
  }
  return sizes;
}

async function readStats(cwd: string, path: string): Promise<ProductionStats> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    throw new InputError(
      `cannot read --stats file ${path}`,
      "create it with 'migration-guard stats --db <production URL> --output FILE'",
    );
  }
  try {
    return parseProductionStats(text, path);
  } catch (error) {
    if (error instanceof StatsFileError) {
      throw new InputError(error.message, "regenerate it with 'migration-guard stats --db URL'");
    }
    throw error;
  }
}

async function readSeed(cwd: string, path: string): Promise<{ file: string; sql: string }> {
  try {
    return { file: path, sql: await readFile(resolve(cwd, path), 'utf8') };
  } catch {
    throw new InputError(
      `cannot read --seed file ${path}`,
      'check the path (e.g. supabase/seed.sql)',
    );
  }
}
