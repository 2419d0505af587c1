import type { DatabasePort } from '../db/database-port.ts';
import { type MigrationFile, migrationFileNameProblem } from '../migrations/migration-file.ts';
import { migrationIdentityProblems } from '../migrations/migration-identity.ts';
import { loadParser, type ParsedSql, parseSql } from '../sql/parse-sql.ts';
import type { Statement } from '../sql/statement.ts';
import { historyWriteMessage } from '../rules/writes-migration-history/index.ts';
import { historyWritesOf } from '../rules/writes-migration-history/history-writes.ts';
import { stringSyntaxMessage } from '../rules/string-syntax-setting/index.ts';
import { stringSyntaxChangesOf } from '../rules/string-syntax-setting/string-syntax.ts';
import { refusedInBody, timeoutOverrideMessage } from '../rules/overrides-timeouts/index.ts';
import {
  type TimeoutLimits,
  timeoutOverridesOf,
} from '../rules/overrides-timeouts/timeout-overrides.ts';
import type { ApplyFailure } from './apply-failure.ts';
import {
  type ApplyOptions,
  type ResolvedApplyOptions,
  resolveApplyOptions,
} from './apply-options.ts';
import { type PlanProblem, planMigration } from './apply-plan.ts';
import { runBackfill } from './backfill-runner.ts';
import type { MigrationApplyResult, MigrationToApply, StatementOutcome } from './apply-result.ts';
import { ensureHistoryTable, HISTORY_TABLE_DDL } from './migration-history.ts';
import { settleStringSyntax, type StringSyntax } from './session-guard.ts';
import type { UnitScope } from './unit-run.ts';
import { runUnit } from './unit-runner.ts';

/**
 * Apply migration files in the order given, on one session. The same code runs on staging
 * and in the production edge function, so a staging run predicts production.
 *
 * `commit` mode (default): each file's units commit as they finish. `rollback` mode: one outer
 * transaction, a savepoint per file, ROLLBACK at the end, so the target is left as it was;
 * statements that cannot run in a transaction are reported `skipped` (not validated).
 *
 * Files whose plan has problems (syntax errors, unbalanced BEGIN/COMMIT, a write to the CLI's
 * history or the function's audit schema: `writes-migration-history`) are `refused`: not a
 * statement of them runs. Callers skip files already recorded (`readRecordedVersions`).
 */
export async function applyMigrations(
  db: DatabasePort,
  migrations: readonly MigrationToApply[],
  options: ApplyOptions = {},
): Promise<MigrationApplyResult[]> {
  // A file over the size limit was never read: its empty text must not run, or be recorded, as
  // the migration. Callers stop before it; this is the last line of defence.
  const unread = migrations.find((m) => m.file.oversize !== undefined);
  if (unread) {
    throw new Error(
      `${unread.file.path} is over the size limit on a migration file and was not read; it cannot be applied`,
    );
  }
  await loadParser();
  const resolved = resolveApplyOptions(options);
  const session: SessionState = { file: undefined, statement: undefined };
  const unsubscribe = db.onNotice((notice) => {
    if (session.file)
      resolved.hooks.onNotice?.(notice, { file: session.file, statement: session.statement });
  });
  const results: MigrationApplyResult[] = [];
  const rollbackMode = resolved.mode === 'rollback';
  try {
    if (rollbackMode) {
      await db.exec('BEGIN');
      if (resolved.record) for (const ddl of HISTORY_TABLE_DDL) await db.exec(ddl);
    } else if (resolved.record) {
      await ensureHistoryTable(db);
    }
    await resolved.prepare?.(db);
    const start = await readStartingState(db, resolved.sessionSettings);
    let stopped = false;
    for (const migration of migrations) {
      if (!stopped && resolved.shouldStop()) stopped = true;
      if (stopped) {
        results.push(notRun(migration));
        continue;
      }
      const result = await applyFile(db, migration, resolved, session, start.syntax);
      results.push(result);
      // Nothing a file set for its session reaches the next file, or the next call.
      await resetSession(db, start, resolved.sessionSettings).catch((error: unknown) => {
        if (!result.failure) throw error;
      });
      if (result.failure && resolved.onFailure === 'stop') stopped = true;
      if (result.status === 'paused') stopped = true;
    }
    await resolved.beforeEnd?.(db);
  } finally {
    unsubscribe();
    if (rollbackMode) await db.exec('ROLLBACK').catch(() => undefined);
  }
  return results;
}

interface SessionState {
  file: MigrationFile | undefined;
  statement: Statement | undefined;
}

/**
 * The session state every file starts from, however a deployment is split across calls: the
 * settings as the session had them when the run began (the role's and database's defaults, and
 * the search path the caller gave it). A file's own `SET search_path`, `SET ROLE` or
 * `set_config(..., false)` must not change where, or as whom, the next file creates its objects.
 */
interface StartingState {
  searchPath: string;
  /** `standard_conforming_strings` on (whatever the database's default), as the parser reads. */
  syntax: StringSyntax;
}

async function readStartingState(
  db: DatabasePort,
  settings: Readonly<Record<string, string>>,
): Promise<StartingState> {
  await applySessionSettings(db, settings);
  const syntax = await settleStringSyntax(db);
  const { rows } = await db.query<{ path: string }>(
    "SELECT pg_catalog.current_setting('search_path') AS path",
  );
  return { searchPath: rows[0]?.path ?? '"$user", public', syntax };
}

async function applySessionSettings(
  db: DatabasePort,
  settings: Readonly<Record<string, string>>,
): Promise<void> {
  for (const [name, value] of Object.entries(settings)) {
    await db.query('SELECT pg_catalog.set_config($1, $2, false)', [name, value]);
  }
}

async function resetSession(
  db: DatabasePort,
  start: StartingState,
  settings: Readonly<Record<string, string>>,
): Promise<void> {
  await db.exec('RESET ALL');
  await db.exec('SET SESSION AUTHORIZATION DEFAULT');
  await applySessionSettings(db, settings);
  await db.query(
    `SELECT pg_catalog.set_config('search_path', $1, false),
            pg_catalog.set_config('standard_conforming_strings', $2, false),
            pg_catalog.set_config('backslash_quote', $3, false),
            pg_catalog.set_config('escape_string_warning', $4, false),
            pg_catalog.set_config('client_encoding', $5, false)`,
    [
      start.searchPath,
      start.syntax.standard_conforming_strings,
      start.syntax.backslash_quote,
      start.syntax.escape_string_warning,
      start.syntax.client_encoding,
    ],
  );
}

const fileSavepoint = 'migration_guard_file';

/**
 * Everything that makes the engine refuse a file before a statement of it runs (on staging and
 * in production alike, whatever the lint configuration or a suppression comment says): its
 * plan's problems (syntax errors, transaction control, a bad batch header), history writes,
 * string-syntax changes and timeouts lifted inside a DO block. The lint reports each of these,
 * so that a check never passes a file production would refuse (`apply-refused`).
 */
export function fileRefusals(parsed: ParsedSql, limits: TimeoutLimits): PlanProblem[] {
  return [
    ...planMigration(parsed).problems,
    ...historyWriteProblems(parsed),
    ...settingProblems(parsed, limits),
  ];
}

/**
 * Statements that write the CLI's history or the function's audit schema (the
 * `writes-migration-history` rule): the file is refused on staging and in production alike,
 * whatever the lint configuration or a suppression comment says.
 */
function historyWriteProblems(parsed: ParsedSql): PlanProblem[] {
  const seen = new Set<string>();
  return parsed.statements.flatMap((statement) =>
    historyWritesOf(statement).flatMap((write) => {
      const line = write.line ?? statement.line;
      const key = `${line}:${write.what}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        {
          line,
          message: `writes-migration-history: ${historyWriteMessage(write).replace(/\.$/, '')}`,
          rule: 'writes-migration-history',
        },
      ];
    }),
  );
}

/**
 * Statements that change how the server splits strings (`string-syntax-setting`), or lift the
 * engine's `lock_timeout` inside a DO block (`overrides-timeouts`): refused before anything of
 * the file runs, whatever a suppression comment says. What no reading of the SQL sees (a value
 * built at run time) the checks after each statement and the watchdog catch.
 */
function settingProblems(parsed: ParsedSql, limits: TimeoutLimits): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const seen = new Set<string>();
  const add = (line: number, message: string, rule: string) => {
    const key = `${line}:${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ line, message, rule });
  };
  for (const statement of parsed.statements) {
    // A DO block's statements are read with the block itself.
    if (statement.parent) continue;
    for (const change of stringSyntaxChangesOf(statement)) {
      add(
        change.line ?? statement.line,
        `string-syntax-setting: ${stringSyntaxMessage(change).replace(/\.$/, '')}`,
        'string-syntax-setting',
      );
    }
    for (const override of timeoutOverridesOf(statement, limits)) {
      if (!refusedInBody(override)) continue;
      add(
        override.line ?? statement.line,
        `overrides-timeouts: ${timeoutOverrideMessage(override, limits).replace(/\.$/, '')}`,
        'overrides-timeouts',
      );
    }
  }
  return problems;
}

/**
 * Problems with the file's version and name (the definition request validation and the CLI use
 * too); for a file without a version, those of its file name when it is named like a migration.
 */
function identityRefusal(file: MigrationFile): string[] {
  if (file.version !== null) {
    return migrationIdentityProblems(file.version, file.name).map(
      (p) =>
        `${p}; the engine applies only files whose version and name it can record as the Supabase CLI does`,
    );
  }
  const problem = migrationFileNameProblem(file.fileName);
  return problem === undefined
    ? []
    : [
        `${problem}; the engine applies only files whose version and name it can record as the Supabase CLI does`,
      ];
}

async function applyFile(
  db: DatabasePort,
  migration: MigrationToApply,
  options: ResolvedApplyOptions,
  session: SessionState,
  syntax: StringSyntax,
): Promise<MigrationApplyResult> {
  const { file } = migration;
  const parsed = migration.parsed ?? parseSql(file.sql);
  const plan = planMigration(parsed);
  plan.problems.push(...historyWriteProblems(parsed), ...settingProblems(parsed, options));
  const outcomes: StatementOutcome[] = parsed.statements.map((s) => ({
    index: s.index,
    line: s.line,
    status: 'not-run',
  }));
  const result: MigrationApplyResult = {
    file,
    status: 'not-run',
    plan,
    statements: outcomes,
    recorded: false,
    lockRetries: 0,
  };
  const first = plan.problems[0];
  if (first) {
    result.status = 'refused';
    result.failure = refusal(
      file,
      first.line,
      plan.problems.map((p) => `line ${p.line}: ${p.message}`),
    );
    return result;
  }
  const identity = identityRefusal(file);
  if (identity.length > 0 || (options.record && file.version === null)) {
    result.status = 'refused';
    result.failure = refusal(
      file,
      1,
      identity.length > 0
        ? identity
        : ['the file name is not <version>_<name>.sql, so it cannot be recorded'],
    );
    return result;
  }
  const rollbackMode = options.mode === 'rollback';
  if (rollbackMode) await db.exec(`SAVEPOINT ${fileSavepoint}`);
  session.file = file;
  await options.hooks.beforeFile?.({ db, file });

  const lastRunnable = rollbackMode
    ? plan.units.findLastIndex((u) => u.kind !== 'alone')
    : plan.units.length - 1;
  let committedUnits = 0;
  for (const [unitIndex, unit] of plan.units.entries()) {
    if (rollbackMode && unit.kind === 'alone') {
      for (const s of unit.statements) {
        const outcome = outcomes[s.index];
        if (outcome) {
          outcome.status = 'skipped';
          outcome.skipReason = `${unit.command ?? 'it'} cannot run inside the rolled-back transaction, so it was not run`;
        }
      }
      const context = { db, file, unit, unitIndex, attempt: 1, inTransaction: false };
      await options.hooks.afterUnit?.({ ...context, outcome: 'skipped' });
      continue;
    }
    if (unit.kind === 'backfill') {
      const backfill = await runBackfill({
        db,
        file,
        parsed,
        unit,
        unitIndex,
        scope: rollbackMode ? 'savepoint' : 'transaction',
        record: options.record && unitIndex === lastRunnable,
        options,
        outcomes,
        earlierCommitted: false,
        setCurrent: (statement) => {
          session.statement = statement;
        },
        syntax,
      });
      result.backfill = backfill.summary;
      result.lockRetries += backfill.retries;
      if (backfill.recorded) result.recorded = true;
      if (backfill.status === 'paused') result.status = 'paused';
      if (backfill.failure) {
        result.failure = backfill.failure;
        result.status =
          backfill.status === 'refused'
            ? 'refused'
            : !rollbackMode && backfill.summary.batches > 0
              ? 'half-applied'
              : 'failed';
        if (result.status === 'half-applied') result.failure.halfApplied = true;
      }
      break;
    }
    const scope: UnitScope = rollbackMode
      ? 'savepoint'
      : unit.kind === 'alone'
        ? 'none'
        : 'transaction';
    const unitResult = await runUnit({
      db,
      file,
      parsed,
      unit,
      unitIndex,
      scope,
      record: options.record && unitIndex === lastRunnable,
      options,
      outcomes,
      earlierCommitted: !rollbackMode && committedUnits > 0,
      setCurrent: (statement) => {
        session.statement = statement;
      },
      syntax,
    });
    result.lockRetries += unitResult.retries;
    if (unitResult.recorded) result.recorded = true;
    if (!unitResult.ok) {
      result.failure = unitResult.failure;
      result.status = !rollbackMode && committedUnits > 0 ? 'half-applied' : 'failed';
      break;
    }
    committedUnits++;
  }
  if (!result.failure && result.status !== 'paused')
    result.status = rollbackMode ? 'validated' : 'applied';
  if (rollbackMode) {
    const end = result.failure
      ? `ROLLBACK TO SAVEPOINT ${fileSavepoint}; RELEASE SAVEPOINT ${fileSavepoint}`
      : `RELEASE SAVEPOINT ${fileSavepoint}`;
    await db.exec(end);
  }
  await options.hooks.afterFile?.({ db, file, status: result.status });
  session.file = undefined;
  return result;
}

function refusal(file: MigrationFile, line: number, reasons: string[]): ApplyFailure {
  return {
    kind: 'refused',
    file: file.path,
    line,
    message: `${file.path}:${line}: not applied: ${reasons.join('; ')}. Nothing of the file was run.`,
    halfApplied: false,
  };
}

function notRun(migration: MigrationToApply): MigrationApplyResult {
  const parsed = migration.parsed ?? parseSql(migration.file.sql);
  return {
    file: migration.file,
    status: 'not-run',
    plan: planMigration(parsed),
    statements: parsed.statements.map((s) => ({ index: s.index, line: s.line, status: 'not-run' })),
    recorded: false,
    lockRetries: 0,
  };
}
