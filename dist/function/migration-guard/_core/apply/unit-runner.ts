import {
  type DatabaseError,
  isDatabaseError,
  type QueryOutcome,
  SqlState,
} from '../db/database-port.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { quoteIdent } from '../sql/quote-identifier.ts';
import type { ApplyFailure } from './apply-failure.ts';
import type { UnitHookContext } from './apply-hooks.ts';
import { backoffDelayMs, MIN_TIME_LEFT_MS } from './apply-options.ts';
import type { StatementOutcome } from './apply-result.ts';
import { describeFailure } from './describe-failure.ts';
import { recordMigration } from './migration-history.ts';
import { LimitWatchdog } from './limit-watchdog.ts';
import { OutOfTimeError } from './out-of-time.ts';
import { checkAfterStatement, enterUnit, sessionStateQuery } from './session-guard.ts';
import type { TryFailure, UnitRun } from './unit-run.ts';

export interface UnitResult {
  ok: boolean;
  failure?: ApplyFailure;
  retries: number;
  recorded: boolean;
}

const unitSavepoint = 'migration_guard_unit';

/**
 * Run one unit with lock-timeout retries. A transaction unit is retried whole: a lock timeout
 * anywhere in it rolls everything back, waits (capped exponential backoff, full jitter) and
 * starts again from BEGIN. Any other error ends the unit, rolled back.
 */
export async function runUnit(run: UnitRun): Promise<UnitResult> {
  const { options } = run;
  let retries = 0;
  for (let attempt = 1; ; attempt++) {
    const context: UnitHookContext = {
      db: run.db,
      file: run.file,
      unit: run.unit,
      unitIndex: run.unitIndex,
      attempt,
      inTransaction: run.scope !== 'none',
    };
    const failed =
      run.scope === 'none' ? await tryAlone(run, context) : await tryTransaction(run, context);
    if (!failed) {
      for (const s of run.unit.statements) setStatus(run, s, 'applied');
      await options.hooks.afterUnit?.({ ...context, outcome: 'committed' });
      return { ok: true, retries, recorded: run.record };
    }
    await options.hooks.afterUnit?.({ ...context, outcome: 'rolled-back' });
    const lockTimeout =
      isDatabaseError(failed.error) && failed.error.code === SqlState.lockNotAvailable;
    if (lockTimeout && attempt < options.maxAttempts && (await readyToRetry(run, failed))) {
      retries++;
      await options.clock.sleep(backoffDelayMs(attempt, options));
      continue;
    }
    for (const s of run.unit.statements) {
      const outcome = run.outcomes[s.index];
      if (outcome?.status === 'applied') outcome.status = 'rolled-back';
    }
    if (failed.statement) setStatus(run, failed.statement, 'failed');
    return {
      ok: false,
      retries,
      recorded: false,
      failure: await describeFailure(run, failed, attempt),
    };
  }
}

async function tryTransaction(
  run: UnitRun,
  context: UnitHookContext,
): Promise<TryFailure | undefined> {
  const { db, options } = run;
  // The file's own `BEGIN ...` text is one statement: sent alone like the file's others.
  if (run.scope === 'savepoint') await db.exec(`SAVEPOINT ${unitSavepoint}`);
  else await db.query(run.unit.begin);
  const failed = await runStatements(run, context);
  if (failed) {
    await rollback(run);
    return failed;
  }
  try {
    if (run.record) await recordMigration(db, run.file, run.parsed);
  } catch (error) {
    await rollback(run);
    return { error, phase: 'record' };
  }
  try {
    await options.hooks.beforeCommit?.(context);
  } catch (error) {
    await rollback(run);
    return { error, phase: 'hook' };
  }
  try {
    await db.exec(run.scope === 'savepoint' ? `RELEASE SAVEPOINT ${unitSavepoint}` : 'COMMIT');
  } catch (error) {
    // A failed COMMIT (deferred constraint) has already ended the transaction.
    await rollback(run);
    return { error, phase: 'commit', statement: run.unit.statements.at(-1) };
  }
  return undefined;
}

async function runStatements(
  run: UnitRun,
  context: UnitHookContext,
): Promise<TryFailure | undefined> {
  const { db, options } = run;
  const hooks = options.hooks;
  const unit = run.scope === 'none' ? undefined : await enterUnit(db, options);
  const marker = unit?.marker;
  // The process id is read inside the unit's transaction: behind a transaction pooler that is
  // the one server session the unit runs on. A statement run alone (CREATE INDEX
  // CONCURRENTLY) is not watched: no query can name its session for sure there, and it
  // cannot lift its own limits.
  const pid = unit?.pid;
  const watchdog =
    options.watchdog && pid !== undefined
      ? new LimitWatchdog(options.watchdog, options)
      : undefined;
  const send = (sql: string) =>
    watchdog && pid !== undefined ? watchdog.watch(pid, () => db.query(sql)) : db.query(sql);
  const expected = { syntax: run.syntax, limits: options, marker };
  // Where nothing runs between a statement and the check after it (no trace hook, no
  // watchdog), a session that offers it sends both as one call: on the embedded database that
  // is one thread hop instead of two per statement of an untraced replay.
  const queryThen = !hooks.afterStatement && !watchdog ? db.queryThen?.bind(db) : undefined;
  try {
    await hooks.beforeUnit?.(context);
  } catch (error) {
    return { error, phase: 'hook' };
  }
  for (const statement of run.unit.statements) {
    const startedAt = options.clock.now();
    try {
      await hooks.beforeStatement?.({ ...context, statement, startedAt });
    } catch (error) {
      return { error, phase: 'hook', statement };
    }
    const capped = await capToTimeLeft(run);
    if (capped === 'out')
      return { error: new OutOfTimeError(statement.line), phase: 'statement', statement };
    run.setCurrent(statement);
    const began = options.clock.now();
    let error: DatabaseError | undefined;
    let state: QueryOutcome<unknown> | undefined;
    try {
      // One statement per message (the extended protocol refuses two), rows discarded.
      if (queryThen) state = await queryThen(statement.text, sessionStateQuery(expected));
      else await send(statement.text);
    } catch (caught) {
      if (!isDatabaseError(caught)) {
        run.setCurrent(undefined);
        return { error: caught, phase: 'statement', statement };
      }
      error = caught;
    }
    const durationMs = options.clock.now() - began;
    run.setCurrent(undefined);
    const outcome = run.outcomes[statement.index];
    if (outcome) outcome.durationMs = durationMs;
    try {
      const result = { ...context, statement, startedAt: began, durationMs };
      await hooks.afterStatement?.(error ? { ...result, error } : result);
    } catch (hookError) {
      return { error: error ?? hookError, phase: error ? 'statement' : 'hook', statement };
    }
    if (error && capped && error.code === SqlState.queryCanceled)
      return {
        error: new OutOfTimeError(statement.line, error.message),
        phase: 'statement',
        statement,
      };
    if (error) return { error, phase: 'statement', statement };
    // Still in the file's transaction, strings still read as the parser read them, and the
    // engine's limits back if the statement disabled or raised them (pg_dump writes
    // `SET lock_timeout = 0`; a DO block can call set_config).
    try {
      if (state && !state.ok) throw state.error;
      await checkAfterStatement(db, expected, statement.line, state?.result.rows);
    } catch (guardError) {
      return { error: guardError, phase: 'statement', statement };
    }
    setStatus(run, statement, 'applied');
  }
  return undefined;
}

/** A statement that cannot run in a transaction: session timeouts around it, then restored. */
async function tryAlone(run: UnitRun, context: UnitHookContext): Promise<TryFailure | undefined> {
  const { db, options } = run;
  const { rows } = await db.query<{ lock: string; statement: string }>(
    "SELECT pg_catalog.current_setting('lock_timeout') AS lock, pg_catalog.current_setting('statement_timeout') AS statement",
  );
  const saved = rows[0];
  await db.query(
    "SELECT pg_catalog.set_config('lock_timeout', $1, false), pg_catalog.set_config('statement_timeout', $2, false)",
    [`${options.lockTimeoutMs}ms`, `${options.statementTimeoutMs}ms`],
  );
  let failed: TryFailure | undefined;
  try {
    failed = await runStatements(run, context);
    if (!failed) {
      try {
        await options.hooks.beforeCommit?.(context);
      } catch (error) {
        failed = { error, phase: 'hook' };
      }
    }
  } finally {
    if (saved) {
      await db
        .query(
          "SELECT pg_catalog.set_config('lock_timeout', $1, false), pg_catalog.set_config('statement_timeout', $2, false)",
          [saved.lock, saved.statement],
        )
        // A session lost with the statement (the embedded database stopped after a statement
        // timeout, a dropped connection) cannot restore them: report the statement's failure.
        .catch((error: unknown) => {
          if (!failed) throw error;
        });
    }
  }
  if (failed || !run.record) return failed;
  // The history row needs a transaction of its own after a last statement that ran alone.
  try {
    await db.exec('BEGIN');
    await recordMigration(db, run.file, run.parsed);
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => undefined);
    return { error, phase: 'record' };
  }
  return undefined;
}

/**
 * Before a statement, with a caller's wall clock: lower `statement_timeout` to the time left
 * (true when it did), or 'out' when too little is left to start it.
 */
export async function capToTimeLeft(run: UnitRun): Promise<boolean | 'out'> {
  const left = run.options.timeLeftMs?.();
  if (left === undefined) return false;
  if (left < MIN_TIME_LEFT_MS) return 'out';
  if (left >= run.options.statementTimeoutMs) return false;
  await run.db.query("SELECT pg_catalog.set_config('statement_timeout', $1, $2)", [
    `${Math.floor(left)}ms`,
    run.scope !== 'none',
  ]);
  return true;
}

async function rollback(run: UnitRun): Promise<void> {
  const sql =
    run.scope === 'savepoint'
      ? `ROLLBACK TO SAVEPOINT ${unitSavepoint}; RELEASE SAVEPOINT ${unitSavepoint}`
      : 'ROLLBACK';
  await run.db.exec(sql).catch(() => undefined);
}

function setStatus(run: UnitRun, statement: Statement, status: StatementOutcome['status']): void {
  const outcome = run.outcomes[statement.index];
  if (outcome) outcome.status = status;
}

/**
 * Before retrying a statement that ran alone: a CREATE INDEX CONCURRENTLY cancelled after its
 * first phase leaves an INVALID index under its name, which the retry would trip over. Drop it
 * (concurrently); refuse to retry when the index has no name to look for.
 */
async function readyToRetry(run: UnitRun, failed: TryFailure): Promise<boolean> {
  const index = failed.statement ? nodeAs(failed.statement.node, 'IndexStmt') : undefined;
  if (run.scope !== 'none' || !index?.concurrent) return true;
  if (!index.idxname || !index.relation?.relname) return false;
  const table = index.relation.schemaname
    ? `${quoteIdent(index.relation.schemaname)}.${quoteIdent(index.relation.relname)}`
    : quoteIdent(index.relation.relname);
  // Every name qualified, operators included: the migrations may have created functions (a
  // public.format(text, name, name) is a closer match than pg_catalog's VARIADIC "any"),
  // operators or relations an unqualified name would resolve to, and the DROP below is built
  // from this answer. Only the schema is read back; the index's name is the statement's own.
  const { rows } = await run.db.query<{ schema: string }>(
    `SELECT n.nspname AS schema
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid
       JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
      WHERE i.indrelid OPERATOR(pg_catalog.=) pg_catalog.to_regclass($1::pg_catalog.text)::pg_catalog.oid
        AND c.relname OPERATOR(pg_catalog.=) $2::pg_catalog.name
        AND NOT i.indisvalid`,
    [table, index.idxname],
  );
  const schema = rows[0]?.schema;
  if (schema === undefined) return true;
  // Under the engine's limits: the writers the CREATE waited for are likely still there, and
  // the DROP waits for them too (it hung without them). No retry when it cannot drop in time.
  const { db, options } = run;
  const saved = (
    await db.query<{ lock: string; statement: string }>(
      "SELECT pg_catalog.current_setting('lock_timeout') AS lock, pg_catalog.current_setting('statement_timeout') AS statement",
    )
  ).rows[0];
  await db.query(
    "SELECT pg_catalog.set_config('lock_timeout', $1, false), pg_catalog.set_config('statement_timeout', $2, false)",
    [`${options.lockTimeoutMs}ms`, `${options.statementTimeoutMs}ms`],
  );
  try {
    await db.exec(
      `DROP INDEX CONCURRENTLY IF EXISTS ${quoteIdent(schema)}.${quoteIdent(index.idxname)}`,
    );
  } catch (error) {
    if (isDatabaseError(error) && error.code === SqlState.lockNotAvailable) return false;
    throw error;
  } finally {
    if (saved) {
      await db.query(
        "SELECT pg_catalog.set_config('lock_timeout', $1, false), pg_catalog.set_config('statement_timeout', $2, false)",
        [saved.lock, saved.statement],
      );
    }
  }
  return true;
}
