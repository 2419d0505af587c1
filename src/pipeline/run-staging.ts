import { engineLimits } from '../core/config/config.ts';
import { createHash } from 'node:crypto';
import type { ApplyHooks, FileHookContext } from '../core/apply/apply-hooks.ts';
import type { ApplyFailure } from '../core/apply/apply-failure.ts';
import type { FileApplyStatus } from '../core/apply/apply-hooks.ts';
import { applyMigrations } from '../core/apply/apply-migrations.ts';
import type { MigrationApplyResult } from '../core/apply/apply-result.ts';
import type { ProductionStats } from '../core/checks/production-stats.ts';
import { productionTable, sizeFactor } from '../core/checks/production-weighting.ts';
import type { DatabasePort } from '../core/db/database-port.ts';
import { type StandInFunction, standInFunctions } from '../core/extensions/stand-in-calls.ts';
import { standIns } from '../core/extensions/stand-ins/index.ts';
import type { MigrationFile } from '../core/migrations/migration-file.ts';
import type { ProbeTarget } from '../core/probes/probe-targets.ts';
import type { CheckReport, Report, ReportTarget } from '../core/report/report.ts';
import type { RowCountSnapshot } from '../staging/checks/row-counts.ts';
import { snapshotRowCounts } from '../staging/checks/row-counts.ts';
import { runChecks, skippedChecks } from '../staging/checks/run-checks.ts';
import { defaultCacheDir, historySnapshotMinMs } from '../staging/embedded-cache.ts';
import { embeddedNeeds } from './embedded-needs.ts';
import { PgliteDatabase } from '../staging/pglite-database.ts';
import { discardReadyWorkerThread, prestartWorkerThread } from '../staging/pglite-worker-thread.ts';
import { PROBE_CHECK_ID, type ProbeRun, runProbes } from '../staging/probes/run-probes.ts';
import { SupabaseReplicaDatabase } from '../staging/replica-database.ts';
import {
  calibrateRowWork,
  type RowWork,
  type RowWorkRates,
  processCpuMs,
  rowWorkOf,
  tablesRead,
} from '../staging/row-work.ts';
import { loadSeed, SeedError } from '../staging/seed.ts';
import { StatementTracer } from '../staging/trace/statement-tracer.ts';
import { InputError } from '../workspace/input-error.ts';
import type { CheckOutcome, FilesRead } from './run-check.ts';
import { replayProgress } from './replay-progress.ts';
import { embeddedPrefix, planStaging, type StagingPlan } from './staging-plan.ts';
import { readSeed, readStats } from './staging-inputs.ts';
import { openTarget, type TargetRequest } from './staging-target.ts';
import { foldStaging, type ReplayedFile, type StagingObservations } from './staging-report.ts';

export interface StagingRequest extends TargetRequest {
  seedPath?: string;
  statsPath?: string;
  cwd: string;
  /** The report's words for the target (`target.name`). */
  targetName?: string;
  /**
   * The embedded database `startEmbedded` started during the lint; used instead of a new one
   * (undefined: it found nothing to stage).
   */
  embeddedStart?: Promise<PgliteDatabase | undefined>;
}

/**
 * Start the embedded database for a check whose files are read but not linted yet, so that it
 * unpacks and boots (in its worker thread) while the lint runs; undefined when the check has
 * nothing to stage. Hand the result to `runStaging`, or to `discardEmbedded` if it never runs.
 */
export function startEmbedded(
  read: FilesRead,
  /** `cacheDir: null` (`--no-cache`): no snapshot is read or written. */
  options: { cacheDir?: null } = {},
): Promise<PgliteDatabase> | undefined {
  if (!read.files.some((f) => f.version !== null && read.checked.has(f.path))) return undefined;
  const prefix = embeddedPrefix(read);
  const started = PgliteDatabase.start({
    // Every file the run applies, the history too: a history file's extension not loaded made
    // it fail on the embedded database, and every later file that used it.
    ...embeddedNeeds(
      read.files.filter((f) => f.version !== null).map((f) => f.sql),
      read.parse,
    ),
    historyKey: replayKey(prefix, read.config),
    historyPaths: prefix.map((f) => f.path),
    ...(options.cacheDir === null ? { cacheDir: null } : {}),
  });
  // A failed start is reported when runStaging awaits it, not as an unhandled rejection.
  started.catch(() => undefined);
  return started;
}

/**
 * Start the embedded database's worker thread now, before the files are read: it loads PGlite
 * meanwhile, and `startEmbedded` hands it the database to open. `discardEmbedded` stops it when
 * the run does not stage.
 */
export function prestartEmbedded(): void {
  prestartWorkerThread();
}

/**
 * Close an embedded database `startEmbedded` started (and a worker thread `prestartEmbedded`
 * started) for a run that ends without staging.
 */
export async function discardEmbedded(
  started: Promise<PgliteDatabase | undefined> | undefined,
): Promise<void> {
  await started?.then(
    (db) => db?.close(),
    () => undefined,
  );
  await discardReadyWorkerThread();
}

/**
 * The staging part of `check`: apply the history untraced, then the files under check with
 * tracing, run the post-migration checks, and fold what the database saw into the report.
 */
export async function runStaging(outcome: CheckOutcome, request: StagingRequest): Promise<Report> {
  let stats: ProductionStats | undefined;
  let seed: { file: string; sql: string } | undefined;
  try {
    stats = request.statsPath ? await readStats(request.cwd, request.statsPath) : undefined;
    seed = request.seedPath ? await readSeed(request.cwd, request.seedPath) : undefined;
  } catch (error) {
    await discardEmbedded(request.embeddedStart);
    throw error;
  }
  const { db, target, watchdog, embedded, prepare } = await openTarget(
    request,
    async () =>
      (await request.embeddedStart) ??
      startEmbedded(outcome, request) ??
      PgliteDatabase.start(request.cacheDir === null ? { cacheDir: null } : {}),
  );
  try {
    return await stage(outcome, request, { db, seed, stats, watchdog, embedded, prepare }, target);
  } finally {
    await watchdog?.close();
    await db.close();
  }
}

/** Plan what to apply, apply it (traced where under check), fold what was seen into the report. */
async function stage(
  outcome: CheckOutcome,
  request: StagingRequest,
  on: ApplyTarget,
  target: ReportTarget,
): Promise<Report> {
  const { db, stats } = on;
  const plan = await planStaging(outcome, db, request.dbUrl !== undefined);
  const applied = await applyPlan(outcome, request, plan, on);
  const standIns = await standInsOf(db, target);
  const kept = target.kind === 'postgres' && target.mode === 'commit';
  outcome.report.target = {
    ...target,
    ...(request.targetName !== undefined ? { name: request.targetName } : {}),
    ...(kept ? { recorded: recordedVersions(applied.results) } : {}),
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
  /** The embedded database under `db`, whose post-history snapshot spares the replay. */
  embedded: PgliteDatabase | undefined;
  /** Run first inside the run's transaction (the Supabase shim of a rolled-back server run). */
  prepare: ((db: DatabasePort) => Promise<void>) | undefined;
}

/** The versions the run wrote to the server's history table, in the order it applied them. */
function recordedVersions(results: readonly MigrationApplyResult[]): string[] {
  return results.flatMap((r) => (r.recorded && r.file.version !== null ? [r.file.version] : []));
}

/**
 * What names a replay of `prefix` on the embedded database: each file's path and checksum, and
 * the apply options (limits and retries decide what fails). What the database starts from and
 * the extensions it loads are added by the cache itself.
 */
function replayKey(prefix: readonly MigrationFile[], config: CheckOutcome['config']): unknown {
  return {
    files: prefix.map((f) => [f.path, createHash('sha256').update(f.sql).digest('hex')]),
    apply: config.apply,
  };
}

/**
 * Replay the files before the first one under check, untraced; or, when the embedded database
 * started from a post-history snapshot of them, take what that replay reported. A fresh replay
 * is saved as such a snapshot for the next check on the same base.
 */
async function replayPrefix(
  plan: StagingPlan,
  on: ApplyTarget,
  apply: (files: readonly MigrationFile[]) => Promise<MigrationApplyResult[]>,
): Promise<ReplayedFile[]> {
  const saved = on.embedded?.startup.replayed;
  if (saved !== undefined) {
    const replayed = replayedFrom(saved, plan.prefix);
    // The start dropped a saved replay of other files (a damaged or foreign entry), so this is a
    // bug; the database already holds the history, so replaying it again would be wrong.
    if (!replayed) {
      throw new Error(
        `the embedded database's post-history snapshot does not describe this history; delete the history-pglite-* files in ${defaultCacheDir()} and run again`,
      );
    }
    return replayed;
  }
  // CPU time, not wall time: on a loaded machine a small history's replay can take seconds of
  // wall, and writing a snapshot for it then would only add to the load.
  const began = process.cpuUsage();
  const results = await apply(plan.prefix);
  const spent = process.cpuUsage(began);
  const replayMs = (spent.user + spent.system) / 1000;
  const replayed = results.map(({ file, status, failure }) => ({
    file,
    status,
    ...(failure ? { failure } : {}),
  }));
  // Without a history the snapshot the database started from is the same thing; a history
  // that replays faster than a snapshot is written is not worth one.
  if (plan.prefix.length === 0 || replayMs < historySnapshotMinMs()) return replayed;
  await on.embedded?.saveHistory(
    replayed.map(({ file, status, failure }) => ({ path: file.path, status, failure })),
  );
  return replayed;
}

/** What a post-history snapshot says of `prefix`, or undefined when it does not match. */
function replayedFrom(
  saved: unknown,
  prefix: readonly MigrationFile[],
): ReplayedFile[] | undefined {
  if (!Array.isArray(saved) || saved.length !== prefix.length) return undefined;
  const replayed: ReplayedFile[] = [];
  for (const [i, entry] of saved.entries()) {
    const file = prefix[i];
    if (!file || typeof entry !== 'object' || entry === null) return undefined;
    const { path, status, failure } = entry as Record<string, unknown>;
    if (path !== file.path || typeof status !== 'string') return undefined;
    replayed.push({
      file,
      status: status as FileApplyStatus,
      ...(failure !== undefined ? { failure: failure as ApplyFailure } : {}),
    });
  }
  return replayed;
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
  on: ApplyTarget,
): Promise<Omit<StagingObservations, 'standIns'>> {
  const { db, seed, stats, watchdog } = on;
  // With --stats, DDL is timed more than once, estimates resting on the median; on the embedded
  // database (in this process) by CPU time, which other work on the machine does not stretch:
  // its worker thread's own where the system shows it, else the process's.
  const clock = {
    now: on.embedded ? (on.embedded.cpuClock ?? processCpuMs) : () => performance.now(),
  };
  const tracer = new StatementTracer(stats ? { repeatTimings: clock } : {});
  let countsBefore: RowCountSnapshot | undefined;
  let checks: CheckReport[] = [];
  let probes: ProbeRun = { probes: [], checks: [] };
  let tableBytes = new Map<string, number>();
  let rowWorkRates: RowWorkRates | undefined;
  // A long history replays for minutes: say how far it got now and then.
  const historyFileDone = replayProgress(plan.history.length, request.progress);
  const hooks = tracedHooks(
    outcome.checked,
    tracer,
    historyFileDone,
    plan.checkedFiles[0]?.path,
    async (c) => {
      if (seed) {
        request.progress(`loading seed ${seed.file}`);
        await loadSeed(c.db, seed);
      }
      countsBefore = await snapshotRowCounts(c.db, plan.checks.countBefore);
      request.progress(`applying ${plan.checkedFiles.length} migration(s) under check, traced`);
    },
  );
  if (plan.history.length > 0) {
    request.progress(`replaying ${plan.history.length} earlier migration(s)`);
  }
  const { apply } = outcome.config;
  // Rolling back is for a server the run must leave as it was. The embedded database is thrown
  // away after the run, and its history replay must commit: rolled back, the files under check
  // would run on a database without the tables the history made (and a post-history snapshot
  // saved after it would hold no history).
  const rollback = request.rollback && !on.embedded;
  // Applying for real on a server stops at the first failed file, as `supabase db push` does:
  // a later file is never recorded while an earlier one stays unapplied.
  const kept = request.dbUrl !== undefined && !rollback;
  const options = {
    ...engineLimits(apply),
    record: kept,
    mode: rollback ? ('rollback' as const) : ('commit' as const),
    onFailure: kept ? ('stop' as const) : ('continue' as const),
    ...(watchdog ? { watchdog } : {}),
  };
  const toApply = (files: readonly MigrationFile[]) =>
    files.map((file) => ({ file, parsed: plan.parsed.get(file.path) }));
  try {
    // Only the embedded database has a post-history snapshot; a server's run stays one call (in
    // rollback mode one transaction, the history part of it).
    const replayed = on.embedded
      ? await replayPrefix(plan, on, (files) =>
          applyMigrations(db, toApply(files), {
            ...options,
            shouldStop: () => stoppedAfterTimeout(db),
            hooks: { afterFile: async () => historyFileDone() },
          }),
        )
      : [];
    // A file the engine paused (a batched backfill) ends the run, as within one call.
    const paused = replayed.some((r) => r.status === 'paused');
    const results = await applyMigrations(db, toApply(plan.toApply.slice(replayed.length)), {
      ...options,
      ...(on.prepare ? { prepare: on.prepare } : {}),
      // Nothing runs on an embedded database stopped after a statement timed out.
      shouldStop: () => paused || stoppedAfterTimeout(db),
      hooks,
      beforeEnd: async (end) => {
        try {
          request.progress('running post-migration checks');
          checks = await runChecks(end, plan.checks, countsBefore);
          if (plan.probeTargets.length > 0) request.progress('probing tenant isolation');
          probes = await runProbes(end, plan.probeTargets, {
            tenantColumns: outcome.config.tenantColumns,
            ...outcome.config.probes,
          });
          if (stats) {
            tableBytes = await stagedTableBytes(end, tracer);
            rowWorkRates = await calibrateRowWork(
              end,
              rowWorkKinds(tracer, tableBytes, stats),
              options.mode === 'rollback',
              clock.now,
            );
          }
        } catch (error) {
          if (!stoppedAfterTimeout(db)) throw error;
          ({ checks, probes } = skippedAfterStop(plan.probeTargets));
        }
      },
    });
    return { replayed, results, tracer, checks, probes, tableBytes, rowWorkRates };
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
  historyFileDone: () => void,
  firstChecked: string | undefined,
  beforeFirstChecked: (c: FileHookContext) => Promise<void>,
): ApplyHooks {
  const traced = (file: MigrationFile) => checked.has(file.path);
  return {
    afterFile: async (c) => {
      if (!traced(c.file)) historyFileDone();
    },
    beforeFile: async (c) => {
      if (c.file.path === firstChecked) await beforeFirstChecked(c);
      if (traced(c.file)) await tracer.hooks.beforeFile?.(c);
    },
    beforeUnit: async (c) => (traced(c.file) ? tracer.hooks.beforeUnit?.(c) : undefined),
    beforeStatement: async (c) => (traced(c.file) ? tracer.hooks.beforeStatement?.(c) : undefined),
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
    functions: standInFunctions(replaced),
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

/**
 * The kinds of row work whose cost per byte the estimates need (`calibrateRowWork`): those done
 * on a table production lists that is too small on staging for its own timing to scale.
 */
function rowWorkKinds(
  tracer: StatementTracer,
  stagedBytes: ReadonlyMap<string, number>,
  stats: ProductionStats,
): Set<RowWork> {
  const kinds = new Set<RowWork>();
  for (const trace of tracer.traces) {
    for (const s of trace.statements) {
      const work = rowWorkOf(s);
      const small = tablesRead(s).some(
        (relation) =>
          sizeFactor(stagedBytes.get(relation) ?? 0, productionTable(stats, relation)).basis ===
          'low-confidence',
      );
      if (work && small) kinds.add(work);
    }
  }
  return kinds;
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
