import { applyMigrations } from '@core/apply/apply-migrations.ts';
import type { MigrationApplyResult, MigrationToApply } from '@core/apply/apply-result.ts';
import type { DatabasePort } from '@core/db/database-port.ts';
import { contractGate } from '@core/deploy/contract-gate.ts';
import type { ApplyMigration, ApplyRequest, DeploymentStatus } from '@core/deploy/protocol.ts';
import { migrationFile } from '@core/migrations/migration-file.ts';
import { loadParser } from '@core/sql/parse-sql.ts';
import { DeploymentLease } from './deployment-lease.ts';
import {
  createDeployment,
  type DeploymentRecord,
  findDeployment,
  finishDeployment,
  isFinal,
  loadDeploymentStatus,
  markPresent,
  type MigrationProgress,
  runningDeploymentId,
  sameDeployment,
  touchDeployment,
} from './deployments.ts';
import type { FunctionConfig } from './function-config.ts';
import { planDeployment, readProductionHistory } from './production-history.ts';
import { ProgressRecorder, recordChecksum, refusalMessage } from './progress-recorder.ts';

/**
 * One apply request: wait for the deployment lock, compare the request with production's
 * history (refusing the whole deployment on a changed or out-of-order version), skip what
 * production has, apply the rest with the shared engine, and record everything. Stops cleanly
 * when the time budget is spent; the next apply with the same deployment id continues after the
 * last committed file, because production's own history says which files committed.
 */

/** The deployment stopped at once and cannot say so through its audit session: answer 503. */
export class DeploymentInterruptedError extends Error {
  override readonly name = 'DeploymentInterruptedError';
}

export type ApplyOutcome =
  | { kind: 'status'; httpStatus: 200 | 202 | 409; status: DeploymentStatus }
  | { kind: 'busy'; runningDeploymentId: string }
  | { kind: 'conflict'; message: string };

export interface ApplyDeploymentContext {
  config: FunctionConfig;
  /** The session the deployment records through (audit schema ready). */
  audit: DatabasePort;
  /** True once the audit session is gone: the deployment stops at once. */
  auditLost?: () => boolean;
  /** Open the session the engine applies on. */
  openApplySession(): Promise<DatabasePort & { readonly lost: boolean }>;
  /** True once this invocation should stop starting new work. */
  shouldStop(): boolean;
  /** Wall-clock time this invocation has left for statements. */
  timeLeftMs?: () => number;
  log(message: string): void;
}

export async function applyDeployment(
  request: ApplyRequest,
  context: ApplyDeploymentContext,
): Promise<ApplyOutcome> {
  const { audit } = context;
  const existing = await findDeployment(audit, request.deploymentId);
  if (existing && !sameDeployment(existing, request)) return reusedId(existing);
  if (existing && isFinal(existing.status)) return statusOutcome(audit, request.deploymentId);

  const lease = new DeploymentLease(request.deploymentId, context.config.leaseTtlMs);
  const claim = await lease.claim(audit, context.config.lockWaitMs);
  if (!claim.claimed) {
    // Our own deployment, continuing in another invocation: report it rather than "busy".
    if (existing) return statusOutcome(audit, request.deploymentId, 202);
    const running = claim.heldBy ?? (await runningDeploymentId(audit));
    return { kind: 'busy', runningDeploymentId: running ?? 'unknown' };
  }
  try {
    return await applyUnderLease(request, context, lease);
  } finally {
    await lease.release(audit).catch(() => undefined);
  }
}

async function applyUnderLease(
  request: ApplyRequest,
  context: ApplyDeploymentContext,
  lease: DeploymentLease,
): Promise<ApplyOutcome> {
  const { audit } = context;
  const id = request.deploymentId;
  // Another invocation may have finished or started it while we waited.
  const existing = await findDeployment(audit, id);
  if (existing && !sameDeployment(existing, request)) return reusedId(existing);
  if (existing && isFinal(existing.status)) return statusOutcome(audit, id);
  if (!existing) await createDeployment(audit, request);

  const history = await readProductionHistory(audit);
  const plan = planDeployment(
    id,
    request.migrations,
    history,
    request.allowOutOfOrder,
    await versionsStartedBy(audit, id),
  );
  if (plan.refusals.length > 0) {
    await finishDeployment(audit, id, 'refused', plan.refusals);
    context.log(`deployment ${id} refused: ${plan.refusals.join('; ')}`);
    return statusOutcome(audit, id, 409);
  }
  // A contract step before its date (or with a header that cannot be read) refuses the whole
  // request, before anything runs: the Action sends only what is due.
  await loadParser();
  const gate = contractGate(plan.toApply, new Date());
  if (gate.reason !== undefined) {
    await finishDeployment(audit, id, 'refused', [gate.reason]);
    context.log(`deployment ${id} refused: ${gate.reason}`);
    return statusOutcome(audit, id, 409);
  }
  for (const migration of plan.missingChecksums) {
    await recordChecksum(audit, migration.version, migration.sha256, id);
  }
  for (const migration of request.migrations) {
    const present = plan.present.get(migration.version);
    if (present) await markPresent(audit, id, migration.version, present);
  }
  if (plan.toApply.length === 0) {
    await finishDeployment(audit, id, 'succeeded', []);
    return statusOutcome(audit, id, 200);
  }

  const outcome = await applyPending(id, plan.toApply, context, lease);
  if (outcome.finished) {
    await finishDeployment(audit, id, outcome.failed ? 'failed' : 'succeeded', outcome.reasons);
    context.log(`deployment ${id} ${outcome.failed ? 'failed' : 'succeeded'}`);
    return statusOutcome(audit, id, 200);
  }
  if (outcome.interrupted && context.auditLost?.()) {
    context.log(`deployment ${id} interrupted: ${outcome.reasons.join('; ')}`);
    throw new DeploymentInterruptedError(outcome.reasons.join('; '));
  }
  await touchDeployment(audit, id);
  context.log(`deployment ${id} continues on the next call: ${outcome.reasons.join('; ')}`);
  return statusOutcome(audit, id, 202);
}

interface EngineOutcome {
  /** False when work remains for a later call (budget spent, session lost before commit). */
  finished: boolean;
  failed: boolean;
  reasons: string[];
  /** Stopped at once: the audit session was lost, or the lease taken over. */
  interrupted?: boolean;
}

async function applyPending(
  deploymentId: string,
  pending: readonly ApplyMigration[],
  context: ApplyDeploymentContext,
  lease: DeploymentLease,
): Promise<EngineOutcome> {
  const { config, audit } = context;
  const auditLost = context.auditLost ?? (() => false);
  const checksums = new Map(pending.map((m) => [m.version, m.sha256]));
  const recorder = new ProgressRecorder(audit, deploymentId, checksums);
  const files: MigrationToApply[] = await Promise.all(
    pending.map(async (m) => ({
      file: await migrationFile(`supabase/migrations/${m.version}_${m.name}.sql`, m.sql, 'added'),
    })),
  );
  const db = await context.openApplySession();
  let results: MigrationApplyResult[];
  try {
    results = await applyMigrations(db, files, {
      record: true,
      mode: 'commit',
      onFailure: 'stop',
      lockTimeoutMs: config.lockTimeoutMs,
      statementTimeoutMs: config.statementTimeoutMs,
      retry: {
        maxAttempts: config.maxAttempts,
        baseDelayMs: config.retryBaseDelayMs,
        maxDelayMs: config.retryMaxDelayMs,
      },
      // Every unit checks, in its own transaction, that this invocation still holds the lease.
      hooks: lease.guard(recorder.hooks),
      backfill: recorder.backfill,
      // The audit session is idle while a statement runs: the engine watches it from there.
      watchdog: audit,
      ...(context.timeLeftMs ? { timeLeftMs: context.timeLeftMs } : {}),
      // A statement whose client (this function) is gone stops within a second.
      sessionSettings: { client_connection_check_interval: '1000' },
      // Every call moves the deployment forward by at least one file or batch; a lost audit
      // session or lease stops it at once.
      shouldStop: () =>
        auditLost() || lease.lost !== undefined || (recorder.progressMade && context.shouldStop()),
    });
  } catch (error) {
    // The engine throws only when the session fails outside a statement (BEGIN, ROLLBACK).
    const lost = db.lost;
    await db.close();
    const reason = error instanceof Error ? error.message : String(error);
    if (!lost) throw error;
    return {
      finished: false,
      failed: false,
      reasons: [`the database session was lost: ${reason}`],
    };
  }
  const sessionLost = db.lost;
  const interruption = auditLost()
    ? 'interrupted: the audit session was lost; nothing of the file in progress was committed. Send the request again to resume'
    : lease.lost;
  try {
    // With the audit session gone, the final word goes through the applying session.
    if (auditLost() && !sessionLost) recorder.writeThrough(db);
    for (const problem of recorder.problems) context.log(`audit write failed: ${problem}`);

    const reasons: string[] = [];
    let finished = true;
    let failed = false;
    for (const result of results) {
      const state = migrationState(result, sessionLost || interruption !== undefined);
      await recorder.saveResult(result, state);
      if (state === 'failed' || state === 'half-applied') {
        failed = true;
        if (result.failure) reasons.push(result.failure.message);
      } else if (state === 'refused') {
        failed = true;
        reasons.push(refusalMessage(result.failure?.message ?? `${result.file.path}: refused`));
      } else if (state !== 'applied') {
        finished = false;
      }
    }
    if (failed) return { finished: true, failed, reasons };
    if (interruption !== undefined) {
      reasons.push(interruption);
      if (auditLost() && !sessionLost) {
        await markInterrupted(db, deploymentId, reasons);
        // The audit session cannot give the lease up: the applying one does, so a deployment
        // waiting for it need not wait for it to expire.
        await lease.release(db).catch(() => undefined);
      }
      return { finished: false, failed: false, reasons, interrupted: true };
    }
    if (!finished) {
      reasons.push(
        sessionLost
          ? 'the database session was lost; nothing of the interrupted file was committed'
          : 'the time budget of this call was spent',
      );
    }
    return { finished, failed, reasons };
  } finally {
    await db.close();
  }
}

/** The deployment stays `running` (a resend resumes it), with why it stopped. */
async function markInterrupted(
  db: DatabasePort,
  deploymentId: string,
  reasons: readonly string[],
): Promise<void> {
  await db
    .query(
      `UPDATE migration_guard.deployments SET reasons = $2::jsonb, updated_at = now()
        WHERE id = $1 AND status = 'running'`,
      [deploymentId, JSON.stringify(reasons)],
    )
    .catch(() => undefined);
}

/**
 * A file the engine could not finish because the session died before its transaction
 * committed is `pending` again: the next call runs it from the start. A batched backfill keeps
 * its committed batches and continues after them.
 */
function migrationState(
  result: MigrationApplyResult,
  sessionLost: boolean,
): MigrationProgress['status'] {
  switch (result.status) {
    case 'applied':
      return 'applied';
    case 'paused':
      return 'running';
    case 'not-run':
      return 'pending';
    case 'failed':
      // Out of time: rolled back before anything of the unit applied; the next call runs it.
      return sessionLost || result.failure?.kind === 'out-of-time' ? 'pending' : 'failed';
    case 'half-applied':
      // A backfill keeps its committed batches; one cut off by the wall clock continues later.
      return (sessionLost || result.failure?.kind === 'out-of-time') && result.backfill
        ? 'running'
        : 'half-applied';
    case 'refused':
      // Decided before anything of the file ran, so a lost session changes nothing.
      return 'refused';
    default:
      return 'failed';
  }
}

async function versionsStartedBy(db: DatabasePort, deploymentId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ version: string }>(
    `SELECT version FROM migration_guard.deployment_migrations
      WHERE deployment_id = $1 AND status IN ('running', 'applied')`,
    [deploymentId],
  );
  return new Set(rows.map((r) => r.version));
}

function reusedId(existing: DeploymentRecord): ApplyOutcome {
  return {
    kind: 'conflict',
    message:
      `deployment ${existing.id} was started for other migrations (or another repository or ` +
      'commit); use a new deployment id',
  };
}

async function statusOutcome(
  db: DatabasePort,
  deploymentId: string,
  httpStatus?: 200 | 202 | 409,
): Promise<ApplyOutcome> {
  const status = await loadDeploymentStatus(db, deploymentId);
  if (!status) throw new Error(`deployment ${deploymentId} vanished from the audit tables`);
  const code =
    httpStatus ?? (status.status === 'refused' ? 409 : status.status === 'running' ? 202 : 200);
  return { kind: 'status', httpStatus: code, status };
}
