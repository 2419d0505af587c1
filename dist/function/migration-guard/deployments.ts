import type { DatabasePort } from '@core/db/database-port.ts';
import type {
  ApplyRequest,
  BackfillProgress,
  DeploymentMigrationState,
  DeploymentMigrationStatus,
  DeploymentState,
  DeploymentStatementStatus,
  DeploymentStatus,
} from '@core/deploy/protocol.ts';

/**
 * Deployments and their files in the audit tables (`migration_guard.deployments`,
 * `migration_guard.deployment_migrations`), and the status object built from them. The rows
 * are the record of what happened; which versions production has is read from its history.
 */

/** A migration as a deployment records it: without its SQL. */
interface RecordedMigration {
  version: string;
  name: string;
  sha256: string;
}

export interface DeploymentRecord {
  id: string;
  repository: string;
  commit: string;
  status: DeploymentState;
  migrations: RecordedMigration[];
}

/** What the audit row keeps of a failure; the status shows `message`. */
export interface RecordedError {
  message: string;
  sqlState?: string;
  line?: number;
  statementIndex?: number;
  attempts?: number;
}

export interface MigrationProgress {
  version: string;
  name: string;
  sha256: string;
  status: DeploymentMigrationState;
  retries: number;
  durationMs: number | null;
  error: RecordedError | null;
  statements: DeploymentStatementStatus[];
}

export function isFinal(status: DeploymentState): boolean {
  return status !== 'running';
}

function recordedMigrations(request: ApplyRequest): RecordedMigration[] {
  return request.migrations.map(({ version, name, sha256 }) => ({ version, name, sha256 }));
}

/** Postgres returns jsonb already parsed on every adapter; tolerate text too. */
function jsonValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

export async function findDeployment(
  db: DatabasePort,
  id: string,
): Promise<DeploymentRecord | undefined> {
  const { rows } = await db.query<{
    repository: string;
    commit: string;
    status: DeploymentState;
    request: unknown;
  }>('SELECT repository, commit, status, request FROM migration_guard.deployments WHERE id = $1', [
    id,
  ]);
  const row = rows[0];
  if (!row) return undefined;
  const request = jsonValue(row.request);
  const migrations =
    typeof request === 'object' && request !== null ? Reflect.get(request, 'migrations') : [];
  return {
    id,
    repository: row.repository,
    commit: row.commit,
    status: row.status,
    migrations: Array.isArray(migrations) ? (migrations as RecordedMigration[]) : [],
  };
}

/** True when a re-sent apply asks for exactly what the recorded deployment holds. */
export function sameDeployment(record: DeploymentRecord, request: ApplyRequest): boolean {
  const wanted = recordedMigrations(request);
  return (
    record.repository === request.repository &&
    record.commit === request.commit &&
    record.migrations.length === wanted.length &&
    record.migrations.every(
      (m, i) =>
        m.version === wanted[i]?.version &&
        m.name === wanted[i]?.name &&
        m.sha256 === wanted[i]?.sha256,
    )
  );
}

/** Insert the deployment (status `running`) and a `pending` row per file; no-op when present. */
export async function createDeployment(db: DatabasePort, request: ApplyRequest): Promise<void> {
  const migrations = recordedMigrations(request);
  await db.query(
    `INSERT INTO migration_guard.deployments (id, repository, commit, status, request)
     VALUES ($1, $2, $3, 'running', $4::jsonb) ON CONFLICT (id) DO NOTHING`,
    [
      request.deploymentId,
      request.repository,
      request.commit,
      JSON.stringify({ migrations, allowOutOfOrder: request.allowOutOfOrder }),
    ],
  );
  await db.query(
    `INSERT INTO migration_guard.deployment_migrations (deployment_id, version, name, sha256, status)
     SELECT $1, m.version, m.name, m.sha256, 'pending'
       FROM jsonb_to_recordset($2::jsonb) AS m(version text, name text, sha256 text)
     ON CONFLICT (deployment_id, version) DO NOTHING`,
    [request.deploymentId, JSON.stringify(migrations)],
  );
}

export async function saveMigrationProgress(
  db: DatabasePort,
  deploymentId: string,
  progress: MigrationProgress,
): Promise<void> {
  await db.query(
    `UPDATE migration_guard.deployment_migrations
        SET status = $3, retries = $4, duration_ms = $5, error = $6::jsonb, statements = $7::jsonb
      WHERE deployment_id = $1 AND version = $2`,
    [
      deploymentId,
      progress.version,
      progress.status,
      progress.retries,
      progress.durationMs,
      progress.error === null ? null : JSON.stringify(progress.error),
      JSON.stringify(progress.statements),
    ],
  );
  await touchDeployment(db, deploymentId);
}

/**
 * A file production already has: `applied` (by this deployment, in an earlier call) or
 * `skipped-already-applied`. What an earlier call recorded about it (statements, durations)
 * is kept.
 */
export async function markPresent(
  db: DatabasePort,
  deploymentId: string,
  version: string,
  status: 'applied' | 'skipped-already-applied',
): Promise<void> {
  await db.query(
    `UPDATE migration_guard.deployment_migrations SET status = $3
      WHERE deployment_id = $1 AND version = $2 AND status <> $3`,
    [deploymentId, version, status],
  );
}

export async function touchDeployment(db: DatabasePort, deploymentId: string): Promise<void> {
  await db.query('UPDATE migration_guard.deployments SET updated_at = now() WHERE id = $1', [
    deploymentId,
  ]);
}

export async function finishDeployment(
  db: DatabasePort,
  deploymentId: string,
  status: Exclude<DeploymentState, 'running'>,
  reasons: readonly string[],
): Promise<void> {
  await db.query(
    `UPDATE migration_guard.deployments
        SET status = $2, reasons = $3::jsonb, finished_at = now(), updated_at = now()
      WHERE id = $1`,
    [deploymentId, status, JSON.stringify(reasons)],
  );
}

/** The deployment that most recently made progress while still running, for a busy answer. */
export async function runningDeploymentId(db: DatabasePort): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM migration_guard.deployments WHERE status = 'running'
      ORDER BY updated_at DESC LIMIT 1`,
  );
  return rows[0]?.id;
}

interface DeploymentRow {
  repository: string;
  commit: string;
  status: DeploymentState;
  reasons: unknown;
  started_at: Date | string;
  finished_at: Date | string | null;
}

interface MigrationRow {
  version: string;
  name: string;
  sha256: string;
  status: DeploymentMigrationState;
  retries: number;
  duration_ms: number | null;
  error: unknown;
  statements: unknown;
  backfill: unknown;
}

function isoTime(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

function errorMessage(value: unknown): string | null {
  const error = jsonValue(value);
  if (error === null || error === undefined) return null;
  const message = typeof error === 'object' ? Reflect.get(error, 'message') : error;
  return typeof message === 'string' ? message : JSON.stringify(error);
}

function backfillProgress(value: unknown): BackfillProgress | null {
  const saved = jsonValue(value);
  if (typeof saved !== 'object' || saved === null) return null;
  const field = (key: string): unknown => Reflect.get(saved, key);
  const lastKey = field('lastKey');
  return {
    table: String(field('table') ?? ''),
    key: String(field('key') ?? ''),
    cursor: typeof lastKey === 'string' ? lastKey : null,
    rowsUpdated: Number(field('rowsUpdated') ?? 0),
    batches: Number(field('batches') ?? 0),
    done: field('done') === true,
  };
}

/** The contract's status object, or undefined when no deployment has that id. */
export async function loadDeploymentStatus(
  db: DatabasePort,
  deploymentId: string,
): Promise<DeploymentStatus | undefined> {
  const { rows } = await db.query<DeploymentRow>(
    `SELECT repository, commit, status, reasons, started_at, finished_at
       FROM migration_guard.deployments WHERE id = $1`,
    [deploymentId],
  );
  const deployment = rows[0];
  if (!deployment) return undefined;
  const { rows: files } = await db.query<MigrationRow>(
    `SELECT version, name, sha256, status, retries, duration_ms, error, statements, backfill
       FROM migration_guard.deployment_migrations WHERE deployment_id = $1 ORDER BY version`,
    [deploymentId],
  );
  const reasons = jsonValue(deployment.reasons);
  return {
    deploymentId,
    status: deployment.status,
    repository: deployment.repository,
    commit: deployment.commit,
    startedAt: isoTime(deployment.started_at),
    finishedAt: deployment.finished_at === null ? null : isoTime(deployment.finished_at),
    reasons: Array.isArray(reasons) ? reasons.map(String) : [],
    migrations: files.map(
      (f): DeploymentMigrationStatus => ({
        version: f.version,
        name: f.name,
        sha256: f.sha256,
        status: f.status,
        retries: f.retries,
        durationMs: f.duration_ms === null ? null : Math.round(f.duration_ms),
        error: errorMessage(f.error),
        statements: (jsonValue(f.statements) as DeploymentStatementStatus[] | null) ?? [],
        backfill: backfillProgress(f.backfill),
      }),
    ),
  };
}
