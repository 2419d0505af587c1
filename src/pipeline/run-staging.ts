import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApplyHooks, FileHookContext } from '../core/apply/apply-hooks.ts';
import { applyMigrations } from '../core/apply/apply-migrations.ts';
import { parseProductionStats, StatsFileError } from '../core/checks/production-stats.ts';
import type { ProductionStats } from '../core/checks/production-stats.ts';
import type { DatabasePort } from '../core/db/database-port.ts';
import { type StandInFunction, standInFunctions } from '../core/extensions/stand-in-calls.ts';
import { standIns } from '../core/extensions/stand-ins/index.ts';
import type { MigrationFile } from '../core/migrations/migration-file.ts';
import type { ProbeTarget } from '../core/probes/probe-targets.ts';
import type { CheckReport, Report, ReportTarget } from '../core/report/report.ts';
import { parseSql } from '../core/sql/parse-sql.ts';
import { nodeAs } from '../core/sql/statement.ts';
import type { RowCountSnapshot } from '../staging/checks/row-counts.ts';
import { snapshotRowCounts } from '../staging/checks/row-counts.ts';
import { runChecks, skippedChecks } from '../staging/checks/run-checks.ts';
import { PgliteDatabase } from '../staging/pglite-database.ts';
import { PROBE_CHECK_ID, type ProbeRun, runProbes } from '../staging/probes/run-probes.ts';
import { SupabaseReplicaDatabase } from '../staging/replica-database.ts';
import { loadSeed, SeedError } from '../staging/seed.ts';
import { StatementTracer } from '../staging/trace/statement-tracer.ts';
import { InputError } from '../workspace/input-error.ts';
import type { CheckOutcome } from './run-check.ts';
import { planStaging, type StagingPlan } from './staging-plan.ts';
import { openTarget, type TargetRequest } from './staging-target.ts';
import { foldStaging, type StagingObservations } from './staging-report.ts';

export interface StagingRequest extends TargetRequest {
  seedPath?: string;
  statsPath?: string;
  cwd: string;
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

/** Plan what to apply, apply it (traced where under check), fold what was seen into the report. */
async function stage(
  outcome: CheckOutcome,
  request: StagingRequest,
  db: DatabasePort,
  target: ReportTarget,
  seed: { file: string; sql: string } | undefined,
  stats: ProductionStats | undefined,
  watchdog: DatabasePort | undefined,
): Promise<Report> {
  const plan = await planStaging(outcome, db, request.dbUrl !== undefined);
  const applied = await applyPlan(outcome, request, plan, { db, seed, stats, watchdog });
  const standIns = await standInsOf(db, target);
  outcome.report.target = {
    ...target,
    ...(request.targetName !== undefined ? { name: request.targetName } : {}),
    timings: stats ? 'production-estimate' : 'staging',
  };
  foldStaging(outcome, plan, { ...applied, standIns }, stats);
  return outcome.report;
}

interface ApplyTarget {
  db: DatabasePort;
  seed: { file: string; sql: string } | undefined;
  stats: ProductionStats | undefined;
  watchdog: DatabasePort | undefined;
}

/**
 * Apply the plan: the history untraced, then, after the seed and a count of the rows the checks
 * compare against, the files under check traced; then, before the run ends (and rolls back),
 * the post-migration checks, the tenant probes and, with --stats, the sizes of what was touched.
 */
async function applyPlan(
  outcome: CheckOutcome,
  request: StagingRequest,
  plan: StagingPlan,
  { db, seed, stats, watchdog }: ApplyTarget,
): Promise<Omit<StagingObservations, 'standIns'>> {
  const tracer = new StatementTracer();
  let countsBefore: RowCountSnapshot | undefined;
  let checks: CheckReport[] = [];
  let probes: ProbeRun = { probes: [], checks: [] };
  let tableBytes = new Map<string, number>();
  const hooks = tracedHooks(outcome.checked, tracer, plan.checkedFiles[0]?.path, async (c) => {
    if (seed) {
      request.progress(`loading seed ${seed.file}`);
      await loadSeed(c.db, seed);
    }
    countsBefore = await snapshotRowCounts(c.db, plan.checks.countBefore);
    request.progress(`applying ${plan.checkedFiles.length} migration(s) under check, traced`);
  });
  if (plan.history.length > 0) {
    request.progress(`replaying ${plan.history.length} earlier migration(s)`);
  }
  const { apply } = outcome.config;
  try {
    const results = await applyMigrations(
      db,
      plan.toApply.map((file) => ({ file, parsed: plan.parsed.get(file.path) })),
      {
        lockTimeoutMs: apply.lockTimeoutMs,
        statementTimeoutMs: apply.statementTimeoutMs,
        retry: {
          maxAttempts: apply.maxAttempts,
          baseDelayMs: apply.baseDelayMs,
          maxDelayMs: apply.maxDelayMs,
        },
        record: request.dbUrl !== undefined && !request.rollback,
        mode: request.rollback ? 'rollback' : 'commit',
        onFailure: 'continue',
        // Nothing runs on an embedded database stopped after a statement timed out.
        shouldStop: () => stoppedAfterTimeout(db),
        hooks,
        ...(watchdog ? { watchdog } : {}),
        beforeEnd: async (end) => {
          try {
            request.progress('running post-migration checks');
            checks = await runChecks(end, plan.checks, countsBefore);
            if (plan.probeTargets.length > 0) request.progress('probing tenant isolation');
            probes = await runProbes(end, plan.probeTargets, {
              tenantColumns: outcome.config.tenantColumns,
              ...outcome.config.probes,
            });
            if (stats) tableBytes = await stagedTableBytes(end, tracer);
          } catch (error) {
            if (!stoppedAfterTimeout(db)) throw error;
            ({ checks, probes } = skippedAfterStop(plan.probeTargets));
          }
        },
      },
    );
    return { results, tracer, checks, probes, tableBytes };
  } catch (error) {
    if (error instanceof SeedError) {
      throw new InputError(error.message, 'fix the seed file, or run without --seed');
    }
    throw error;
  }
}

/**
 * The tracer's hooks, for the files under check only; before the first of them,
 * `beforeFirstChecked` (the seed and the row counts).
 */
function tracedHooks(
  checked: ReadonlySet<string>,
  tracer: StatementTracer,
  firstChecked: string | undefined,
  beforeFirstChecked: (c: FileHookContext) => Promise<void>,
): ApplyHooks {
  const traced = (file: MigrationFile) => checked.has(file.path);
  return {
    beforeFile: async (c) => {
      if (c.file.path === firstChecked) await beforeFirstChecked(c);
      if (traced(c.file)) await tracer.hooks.beforeFile?.(c);
    },
    beforeUnit: async (c) => (traced(c.file) ? tracer.hooks.beforeUnit?.(c) : undefined),
    afterStatement: async (c) => (traced(c.file) ? tracer.hooks.afterStatement?.(c) : undefined),
    beforeCommit: async (c) => (traced(c.file) ? tracer.hooks.beforeCommit?.(c) : undefined),
    afterUnit: async (c) => (traced(c.file) ? tracer.hooks.afterUnit?.(c) : undefined),
    onNotice: (notice, c) => (traced(c.file) ? tracer.hooks.onNotice?.(notice, c) : undefined),
  };
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
