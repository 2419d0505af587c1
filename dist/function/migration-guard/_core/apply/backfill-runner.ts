import { DatabaseError, isDatabaseError, SqlState } from '../db/database-port.ts';
import { MAX_BATCH_SIZE } from '../migrations/batch-header.ts';
import type { ApplyFailure } from './apply-failure.ts';
import type { UnitHookContext } from './apply-hooks.ts';
import { backoffDelayMs } from './apply-options.ts';
import { type BackfillCursor, type BackfillSummary, EMPTY_CURSOR } from './backfill-cursor.ts';
import { type BackfillPlan, planBackfill } from './backfill-plan.ts';
import { checkBackfillKey } from './backfill-key-check.ts';
import { describeFailure } from './describe-failure.ts';
import { recordMigration } from './migration-history.ts';
import { checkAfterStatement, enterUnit } from './session-guard.ts';
import type { TryFailure, UnitRun } from './unit-run.ts';
import { capToTimeLeft } from './unit-runner.ts';
import { OutOfTimeError } from './out-of-time.ts';

/** A backfill unit runs in its own transactions (commit mode) or savepoints (rollback mode). */
export type BackfillRun = UnitRun & { scope: 'transaction' | 'savepoint' };

export interface BackfillResult {
  status: 'done' | 'paused' | 'failed' | 'refused';
  failure?: ApplyFailure;
  retries: number;
  recorded: boolean;
  summary: BackfillSummary;
}

const batchSavepoint = 'migration_guard_batch';

/**
 * Run the UPDATE under a batch header in keyset batches on its key, one transaction per batch:
 * find the key of the batch's last row (`key > cursor ORDER BY key OFFSET size-1`), run the
 * UPDATE restricted to `key > cursor AND key <= upper AND (its own WHERE)`, save the cursor,
 * commit. Each batch has the engine's lock_timeout and statement_timeout and is retried whole
 * on a lock timeout. The last batch (fewer than `size` rows left) has no upper bound and also
 * writes the history row, so the file is recorded exactly when the backfill is done.
 *
 * Batch size adapts toward the header's target-ms: after each full batch the size is scaled by
 * target / duration, by at most x2 or /2 per step, within [size/10, size*10] of the header's size.
 */
export async function runBackfill(run: BackfillRun): Promise<BackfillResult> {
  const { db, file, options } = run;
  const header = run.unit.batch;
  const statement = run.unit.statements[0];
  if (!header || !statement) throw new Error('runBackfill needs a backfill unit');
  const planned = planBackfill(header);
  const table = 'problem' in planned ? header.table.name : planned.tableName;
  const summary = (cursor: BackfillCursor): BackfillSummary => ({
    ...cursor,
    table,
    key: header.key,
  });
  const refuse = async (reason: string): Promise<BackfillResult> => ({
    status: 'refused',
    retries: 0,
    recorded: false,
    summary: summary(EMPTY_CURSOR),
    failure: {
      kind: 'refused',
      file: file.path,
      line: header.line,
      statementLine: statement.line,
      statementIndex: statement.index,
      message: `${file.path}:${header.line}: not applied: the batched UPDATE cannot run: ${reason}. Nothing of the file was run.`,
      halfApplied: false,
    },
  });
  if ('problem' in planned) return refuse(planned.problem);
  const keyProblem = await checkBackfillKey(db, planned);
  if (keyProblem) return refuse(keyProblem);

  const keep = run.scope === 'transaction' && file.version !== null ? options.backfill : undefined;
  let cursor =
    (file.version !== null ? await keep?.load(file.version, db) : undefined) ?? EMPTY_CURSOR;
  let size = header.size;
  let retries = 0;
  let recorded = false;
  let ranThisCall = 0;
  const outcome = run.outcomes[statement.index];
  if (cursor.done) return { status: 'done', retries, recorded, summary: summary(cursor) };

  for (;;) {
    if (ranThisCall > 0 && options.shouldStop()) {
      return { status: 'paused', retries, recorded, summary: summary(cursor) };
    }
    let batch: BatchDone | undefined;
    for (let attempt = 1; ; attempt++) {
      const context: UnitHookContext = {
        db,
        file,
        unit: run.unit,
        unitIndex: run.unitIndex,
        attempt,
        inTransaction: true,
      };
      const tried = await tryBatch(run, planned, context, cursor, size);
      if ('cursor' in tried) {
        batch = tried;
        await options.hooks.afterUnit?.({ ...context, outcome: 'committed' });
        break;
      }
      await options.hooks.afterUnit?.({ ...context, outcome: 'rolled-back' });
      const lockTimeout =
        isDatabaseError(tried.error) && tried.error.code === SqlState.lockNotAvailable;
      if (lockTimeout && attempt < options.maxAttempts) {
        retries++;
        await options.clock.sleep(backoffDelayMs(attempt, options));
        continue;
      }
      if (outcome) outcome.status = 'failed';
      const failure = await describeFailure(
        { ...run, earlierCommitted: run.scope === 'transaction' && cursor.batches > 0 },
        tried,
        attempt,
      );
      const where =
        cursor.lastKey === null
          ? 'the first batch'
          : `the batch after ${header.key} ${cursor.lastKey}`;
      failure.message += ` The backfill failed in ${where}; ${cursor.batches} batch(es) committed before it, and the next run resumes there.`;
      return { status: 'failed', failure, retries, recorded, summary: summary(cursor) };
    }
    cursor = batch.cursor;
    ranThisCall++;
    if (outcome) outcome.durationMs = (outcome.durationMs ?? 0) + batch.durationMs;
    const nextSize = cursor.done ? size : adaptSize(size, batch.durationMs, header);
    try {
      await options.hooks.onBackfillBatch?.({
        file,
        table,
        key: header.key,
        cursor,
        batchRows: batch.rows,
        batchSize: size,
        durationMs: batch.durationMs,
        nextSize,
      });
    } catch {
      // A progress logger must not stop a backfill whose batch has already committed.
    }
    size = nextSize;
    if (batch.recorded) recorded = true;
    if (cursor.done) {
      if (outcome) outcome.status = 'applied';
      return { status: 'done', retries, recorded, summary: summary(cursor) };
    }
  }
}

interface BatchDone {
  cursor: BackfillCursor;
  rows: number;
  durationMs: number;
  recorded: boolean;
}

/** One try of one batch, in its own transaction (or savepoint). */
async function tryBatch(
  run: BackfillRun,
  plan: BackfillPlan,
  context: UnitHookContext,
  cursor: BackfillCursor,
  size: number,
): Promise<BatchDone | TryFailure> {
  const { db, options, file } = run;
  const statement = run.unit.statements[0];
  const hooks = options.hooks;
  const savepoint = run.scope === 'savepoint';
  await db.exec(savepoint ? `SAVEPOINT ${batchSavepoint}` : 'BEGIN');
  const rollback = () =>
    db
      .exec(
        savepoint
          ? `ROLLBACK TO SAVEPOINT ${batchSavepoint}; RELEASE SAVEPOINT ${batchSavepoint}`
          : 'ROLLBACK',
      )
      .catch(() => undefined);
  const lower = cursor.lastKey;
  let phase: TryFailure['phase'] = 'statement';
  try {
    const { marker } = await enterUnit(db, options);
    phase = 'hook';
    await hooks.beforeUnit?.(context);
    phase = 'statement';
    const upperRows = await db.query<{ upper: string }>(
      plan.upperKeySql(lower !== null),
      lower !== null ? [lower, size - 1] : [size - 1],
    );
    const upper = upperRows.rows[0]?.upper;
    // No row `size` places on: this is the last batch. Its last key, for the cursor.
    const lastKey =
      upper ??
      (
        await db.query<{ last: string }>(
          `SELECT ${plan.key}::text AS last FROM ${plan.table}${lower !== null ? ` WHERE ${plan.key} > $1` : ''} ORDER BY ${plan.key} DESC LIMIT 1`,
          lower !== null ? [lower] : [],
        )
      ).rows[0]?.last ??
      lower;
    const params = [...(lower !== null ? [lower] : []), ...(upper !== undefined ? [upper] : [])];
    const sql = plan.batchSql(lower !== null, upper !== undefined);
    if (statement) {
      phase = 'hook';
      await hooks.beforeStatement?.({ ...context, statement, startedAt: options.clock.now() });
      phase = 'statement';
    }
    run.setCurrent(statement);
    const began = options.clock.now();
    // The caller's wall clock bounds a batch as it bounds any statement.
    const capped = await capToTimeLeft(run);
    if (capped === 'out') throw new OutOfTimeError(statement?.line ?? 1);
    let result: { rowCount: number } | undefined;
    let error: DatabaseError | undefined;
    try {
      result = await db.query(sql, params);
    } catch (caught) {
      if (!isDatabaseError(caught)) throw caught;
      error = withoutPosition(caught);
    }
    if (error && capped && error.code === SqlState.queryCanceled) {
      run.setCurrent(undefined);
      throw new OutOfTimeError(statement?.line ?? 1, error.message);
    }
    const durationMs = options.clock.now() - began;
    run.setCurrent(undefined);
    if (statement) {
      const ended = { ...context, statement, startedAt: began, durationMs };
      phase = 'hook';
      await hooks.afterStatement?.(error ? { ...ended, error } : ended);
      phase = 'statement';
    }
    if (error) throw error;
    if (statement)
      await checkAfterStatement(
        db,
        { syntax: run.syntax, limits: options, marker },
        statement.line,
      );
    const next: BackfillCursor = {
      lastKey,
      rowsUpdated: cursor.rowsUpdated + (result?.rowCount ?? 0),
      batches: cursor.batches + 1,
      done: upper === undefined,
    };
    let recorded = false;
    if (next.done && run.record) {
      phase = 'record';
      await recordMigration(db, file, run.parsed);
      recorded = true;
    }
    phase = 'hook';
    const keep = run.scope === 'transaction' ? options.backfill : undefined;
    if (keep && file.version !== null) await keep.save(file.version, next, db);
    await hooks.beforeCommit?.(context);
    phase = 'commit';
    try {
      await db.exec(savepoint ? `RELEASE SAVEPOINT ${batchSavepoint}` : 'COMMIT');
    } catch (commitError) {
      await rollback();
      if (keep && file.version !== null)
        await keep.save(file.version, cursor, db).catch(() => undefined);
      return { error: commitError, phase, ...(statement ? { statement } : {}) };
    }
    return { cursor: next, rows: result?.rowCount ?? 0, durationMs, recorded };
  } catch (error) {
    run.setCurrent(undefined);
    await rollback();
    return { error, phase, ...(statement ? { statement } : {}) };
  }
}

/** The batch SQL is not the file's text: a character offset into it would point at the wrong line. */
function withoutPosition(error: DatabaseError): DatabaseError {
  if (error.position === undefined) return error;
  const { position: _dropped, name: _name, stack: _stack, ...fields } = error;
  return new DatabaseError({ ...fields, code: error.code, message: error.message });
}

/** Scale toward the target duration: x2 or /2 at most per batch, within 1/10..10x of the header's size. */
function adaptSize(
  size: number,
  durationMs: number,
  header: { size: number; targetMs: number },
): number {
  const factor = Math.min(2, Math.max(0.5, header.targetMs / Math.max(durationMs, 1)));
  const min = Math.max(1, Math.floor(header.size / 10));
  const max = Math.min(MAX_BATCH_SIZE, header.size * 10);
  return Math.min(max, Math.max(min, Math.round(size * factor)));
}
