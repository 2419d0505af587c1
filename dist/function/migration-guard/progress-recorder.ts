import type { ApplyHooks, FileApplyStatus } from '@core/apply/apply-hooks.ts';
import type { MigrationApplyResult } from '@core/apply/apply-result.ts';
import type { BackfillCursor, BackfillStore } from '@core/apply/backfill-cursor.ts';
import type { DatabasePort } from '@core/db/database-port.ts';
import type { DeploymentStatementStatus } from '@core/deploy/protocol.ts';
import { STATEMENTS_MD5 } from './audit-schema.ts';
import {
  type MigrationProgress,
  type RecordedError,
  saveMigrationProgress,
} from './deployments.ts';

/**
 * Writes a deployment's progress to the audit tables while the engine applies, so that a
 * deployment cut off anywhere (time budget, killed connection, crashed isolate) shows how far it
 * got and resumes from there. Writes go through the deployment's audit session, never the
 * engine's (whose transaction they would join), except the backfill cursor, which is saved in
 * the batch's own transaction so a batch and its cursor commit together.
 */
export class ProgressRecorder {
  #audit: DatabasePort;
  readonly #deploymentId: string;
  readonly #checksums: ReadonlyMap<string, string>;
  readonly #statements = new Map<string, DeploymentStatementStatus[]>();
  readonly #startedAt = new Map<string, number>();
  /** Failures of audit writes: logged, never allowed to stop a migration. */
  readonly problems: string[] = [];
  /** A file ended or a backfill batch committed in this call. */
  progressMade = false;

  constructor(audit: DatabasePort, deploymentId: string, checksums: ReadonlyMap<string, string>) {
    this.#audit = audit;
    this.#deploymentId = deploymentId;
    this.#checksums = checksums;
  }

  /** Write from now on through `db` (the applying session, when the audit session was lost). */
  writeThrough(db: DatabasePort): void {
    this.#audit = db;
  }

  get hooks(): ApplyHooks {
    return {
      beforeFile: async ({ file }) => {
        const version = file.version ?? '';
        this.#startedAt.set(version, performance.now());
        this.#statements.set(version, []);
        await this.#save(progressOf(file.version, file.name, this.#sha256(version), 'running'));
      },
      afterStatement: async ({ file, statement, durationMs, error }) => {
        const statements = this.#statements.get(file.version ?? '');
        if (!statements) return;
        const entry: DeploymentStatementStatus = {
          index: statement.index,
          line: statement.line,
          status: error ? 'failed' : 'applied',
          durationMs: Math.round(durationMs),
        };
        const at = statements.findIndex((s) => s.index === statement.index);
        if (at >= 0) statements[at] = entry;
        else statements.push(entry);
      },
      afterUnit: async ({ file, unit, outcome }) => {
        if (outcome !== 'rolled-back') return;
        const inUnit = new Set(unit.statements.map((s) => s.index));
        for (const s of this.#statements.get(file.version ?? '') ?? []) {
          if (inUnit.has(s.index) && s.status === 'applied') s.status = 'rolled-back';
        }
      },
      afterFile: async ({ file, status }) => {
        this.progressMade = true;
        const version = file.version ?? '';
        if (status === 'applied') await this.#recordChecksum(version);
        const progress = progressOf(
          file.version,
          file.name,
          this.#sha256(version),
          fileState(status),
        );
        progress.statements = this.#statements.get(version) ?? [];
        progress.durationMs = this.#elapsed(version);
        await this.#save(progress);
      },
      onBackfillBatch: async ({ file, table, key }) => {
        this.progressMade = true;
        await this.#audit
          .query(
            `UPDATE migration_guard.deployment_migrations
                SET backfill = coalesce(backfill, '{}'::jsonb) || pg_catalog.jsonb_build_object('table', $3::text, 'key', $4::text)
              WHERE deployment_id = $1 AND version = $2`,
            [this.#deploymentId, file.version, table, key],
          )
          .catch((error: unknown) => this.#problem('backfill progress', error));
      },
    };
  }

  /**
   * One cursor per backfill, whichever deployment runs it: `backfill_cursors`, keyed by the
   * file's version and checksum. It moves in each batch's own transaction, and only from where
   * the batch started (compare-and-set on the batch count): two deployments carrying the same
   * backfill, calls interleaved, never run a batch twice. The deployment's own
   * `deployment_migrations.backfill` copies it for the status answer. Installs from before the
   * shared cursor resume from the furthest cursor any deployment saved.
   */
  get backfill(): BackfillStore {
    return {
      load: async (version, db) => {
        const sha256 = this.#sha256(version);
        const { rows } = await db.query<{ cursor: unknown }>(
          `SELECT pg_catalog.jsonb_build_object('lastKey', last_key, 'rowsUpdated', rows_updated,
                                     'batches', batches, 'done', done) AS cursor
             FROM migration_guard.backfill_cursors WHERE version = $1 AND sha256 = $2`,
          [version, sha256],
        );
        if (rows[0]) return cursorOf(rows[0].cursor);
        const { rows: legacy } = await db.query<{ backfill: unknown }>(
          `SELECT backfill FROM migration_guard.deployment_migrations
            WHERE version = $1 AND sha256 = $2 AND backfill ? 'batches'
            ORDER BY (backfill->>'batches')::bigint DESC LIMIT 1`,
          [version, sha256],
        );
        return cursorOf(legacy[0]?.backfill);
      },
      save: async (version, cursor, db) => {
        const { rows } = await db.query<{ batches: string }>(
          `INSERT INTO migration_guard.backfill_cursors AS c
                  (version, sha256, last_key, rows_updated, batches, done, deployment_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (version, sha256) DO UPDATE
              SET last_key = EXCLUDED.last_key, rows_updated = EXCLUDED.rows_updated,
                  batches = EXCLUDED.batches, done = EXCLUDED.done,
                  deployment_id = EXCLUDED.deployment_id, updated_at = now()
            WHERE c.batches = EXCLUDED.batches - 1
           RETURNING c.batches::text AS batches`,
          [
            version,
            this.#sha256(version),
            cursor.lastKey,
            cursor.rowsUpdated,
            cursor.batches,
            cursor.done,
            this.#deploymentId,
          ],
        );
        if (rows.length === 0) {
          throw new Error(
            `the cursor of the backfill in ${version} moved under this deployment (another one ran a batch); this batch is rolled back and the next call resumes from the shared cursor`,
          );
        }
        await db.query(
          `UPDATE migration_guard.deployment_migrations
              SET backfill = coalesce(backfill, '{}'::jsonb) || $3::jsonb
            WHERE deployment_id = $1 AND version = $2`,
          [this.#deploymentId, version, JSON.stringify(cursor)],
        );
      },
    };
  }

  /** Write the engine's final word on a file (statements, retries, error, backfill). */
  async saveResult(result: MigrationApplyResult, status: MigrationProgress['status']) {
    const { file } = result;
    const version = file.version ?? '';
    const progress = progressOf(file.version, file.name, this.#sha256(version), status);
    progress.retries = result.lockRetries;
    progress.durationMs = this.#elapsed(version);
    progress.statements = result.statements.map((s) => ({
      index: s.index,
      line: s.line,
      status: s.status,
      ...(s.durationMs === undefined ? {} : { durationMs: Math.round(s.durationMs) }),
    }));
    if (result.failure) {
      const failure = result.failure;
      const message = status === 'refused' ? refusalMessage(failure.message) : failure.message;
      const error: RecordedError = { message, line: failure.line };
      if (failure.sqlState !== undefined) error.sqlState = failure.sqlState;
      if (failure.statementIndex !== undefined) error.statementIndex = failure.statementIndex;
      if (failure.attempts !== undefined) error.attempts = failure.attempts;
      progress.error = error;
    }
    if (status === 'refused' && !result.failure) {
      progress.error = { message: refusalMessage('the apply engine refused the file') };
    }
    await this.#save(progress);
    if (result.backfill) {
      const { table, key, ...cursor } = result.backfill;
      await this.#audit.query(
        `UPDATE migration_guard.deployment_migrations SET backfill = $3::jsonb
          WHERE deployment_id = $1 AND version = $2`,
        [this.#deploymentId, version, JSON.stringify({ table, key, ...cursor })],
      );
    }
    if (status === 'applied') await this.#recordChecksum(version);
  }

  /** `applied_checksums` row for a version this deployment applied. */
  async #recordChecksum(version: string): Promise<void> {
    await recordChecksum(this.#audit, version, this.#sha256(version), this.#deploymentId).catch(
      (error: unknown) => this.#problem(`checksum of ${version}`, error),
    );
  }

  async #save(progress: MigrationProgress): Promise<void> {
    await saveMigrationProgress(this.#audit, this.#deploymentId, progress).catch((error: unknown) =>
      this.#problem(`progress of ${progress.version}`, error),
    );
  }

  #sha256(version: string): string {
    return this.#checksums.get(version) ?? '';
  }

  #elapsed(version: string): number | null {
    const started = this.#startedAt.get(version);
    return started === undefined ? null : performance.now() - started;
  }

  #problem(what: string, error: unknown): void {
    this.problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The `applied_checksums` row of a version whose history row this function just wrote, with
 * what that history row holds (`statements_md5`, computed by the server). Replaces an older row
 * of the version: a version is applied again only after `supabase migration repair --status
 * reverted` removed its history row, and the new file is what production has now.
 */
export async function recordChecksum(
  db: DatabasePort,
  version: string,
  sha256: string,
  deploymentId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO migration_guard.applied_checksums (version, sha256, deployment_id, statements_md5)
     SELECT $1, $2, $3,
            (SELECT ${STATEMENTS_MD5} FROM supabase_migrations.schema_migrations h WHERE h.version = $1)
     ON CONFLICT (version) DO UPDATE
        SET sha256 = EXCLUDED.sha256, deployment_id = EXCLUDED.deployment_id,
            statements_md5 = EXCLUDED.statements_md5, applied_at = now()`,
    [version, sha256, deploymentId],
  );
}

/** A refused file's error says that none of it ran (the engine's own words usually do). */
export function refusalMessage(message: string): string {
  return /nothing of the file was run/i.test(message)
    ? message
    : `${message.replace(/\.?\s*$/, '.')} Nothing of the file was run.`;
}

function progressOf(
  version: string | null,
  name: string,
  sha256: string,
  status: MigrationProgress['status'],
): MigrationProgress {
  return {
    version: version ?? '',
    name,
    sha256,
    status,
    retries: 0,
    durationMs: null,
    error: null,
    statements: [],
  };
}

/** While the engine runs, a file that stopped is not final yet; `saveResult` decides. */
function fileState(status: FileApplyStatus): MigrationProgress['status'] {
  switch (status) {
    case 'applied':
      return 'applied';
    case 'half-applied':
      return 'half-applied';
    case 'failed':
      return 'failed';
    case 'refused':
      return 'refused';
    default:
      return 'running';
  }
}

function cursorOf(value: unknown): BackfillCursor | undefined {
  const saved = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (typeof saved !== 'object' || saved === null) return undefined;
  const field = (key: string): unknown => Reflect.get(saved, key);
  const lastKey = field('lastKey');
  return {
    lastKey: typeof lastKey === 'string' ? lastKey : null,
    rowsUpdated: Number(field('rowsUpdated') ?? 0),
    batches: Number(field('batches') ?? 0),
    done: field('done') === true,
  };
}
