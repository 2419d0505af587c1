import { isDatabaseError, SqlState } from '../db/database-port.ts';
import { type ApplyFailure, errorPosition, missingObjectOf } from './apply-failure.ts';
import { describeLockWait } from './lock-wait.ts';
import { SessionGuardError } from './session-guard.ts';
import { OutOfTimeError } from './out-of-time.ts';
import type { TryFailure, UnitRun } from './unit-run.ts';

/** The complete, printable account of why a unit failed: where, Postgres's words, what was left. */
export async function describeFailure(
  run: UnitRun,
  failed: TryFailure,
  attempts: number,
): Promise<ApplyFailure> {
  const { file, unit, options } = run;
  const statement = failed.statement ?? unit.statements.at(-1);
  const base: ApplyFailure = {
    kind: failed.phase === 'hook' ? 'hook-failed' : 'statement-failed',
    file: file.path,
    line: statement?.line ?? 1,
    message: '',
    halfApplied: run.earlierCommitted,
  };
  if (statement) {
    base.statementLine = statement.line;
    base.statementIndex = statement.index;
  }
  const transactionWord = run.scope === 'none' ? 'this statement' : 'this transaction';
  const earlier = run.earlierCommitted
    ? '; earlier transactions of the file stay committed, so the file is half applied'
    : '';
  const error = failed.error;
  if (error instanceof OutOfTimeError) {
    return {
      ...base,
      kind: 'out-of-time',
      message: `${file.path}:${base.line}: ${error.message}. Nothing from ${transactionWord} was applied${earlier}.`,
    };
  }
  if (error instanceof SessionGuardError) {
    if (error.kind === 'left-transaction') {
      return {
        ...base,
        kind: 'refused',
        halfApplied: true,
        message: `${file.path}:${base.line}: ${error.message}; the engine stopped the file there.`,
      };
    }
    return {
      ...base,
      kind: 'refused',
      message: `${file.path}:${base.line}: ${error.message}. Nothing from ${transactionWord} was applied${earlier}.`,
    };
  }
  if (!isDatabaseError(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    const what =
      failed.phase === 'hook'
        ? 'the trace of the statement failed'
        : 'the statement could not be sent';
    base.message = `${file.path}:${base.line}: ${what}: ${reason}. Nothing from ${transactionWord} was applied${earlier}`;
    return base;
  }
  base.postgresMessage = error.message;
  base.sqlState = error.code;
  if (error.detail) base.detail = error.detail;
  if (error.hint) base.hint = error.hint;
  if (statement && failed.phase === 'statement') {
    const at = errorPosition(statement, error);
    base.line = at.line;
    base.column = at.column;
  }
  if (error.code === SqlState.lockNotAvailable && statement) {
    const wait = await describeLockWait(run.db, statement);
    const on = wait.relations.length > 0 ? ` on ${wait.relations.join(', ')}` : '';
    const holders = wait.holders.length > 0 ? ` Held by: ${wait.holders.join('; ')}.` : '';
    return {
      ...base,
      kind: 'lock-timeout',
      attempts,
      lockWait: wait,
      message:
        `${file.path}:${statement.line}: gave up after ${attempts} ${attempts === 1 ? 'try' : 'tries'}: ` +
        `each time the statement waited longer than lock_timeout (${options.lockTimeoutMs} ms) for a lock${on}.${holders} ` +
        `Nothing from ${transactionWord} was applied${earlier}. Apply it again when the table is quieter, ` +
        'or raise the lock timeout or the number of attempts.',
    };
  }
  const missing = missingObjectOf(error, statement);
  if (missing) base.missing = missing;
  const where =
    failed.phase === 'record'
      ? 'recording the file in supabase_migrations.schema_migrations'
      : `the statement at line ${statement?.line ?? base.line}`;
  const leftover =
    unit.command === 'CREATE INDEX CONCURRENTLY'
      ? '; an INVALID index may remain and must be dropped before a retry'
      : '';
  base.message =
    `${file.path}:${base.line}: ${error.message} (SQLSTATE ${error.code}) in ${where}. ` +
    `Nothing from ${transactionWord} was applied${leftover}${earlier}.`;
  return base;
}
