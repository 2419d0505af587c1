import { errorPosition, missingObjectOf } from '../../core/apply/apply-failure.ts';
import type {
  ApplyHooks,
  FileHookContext,
  StatementHookContext,
  StatementResultContext,
  UnitEndContext,
  UnitHookContext,
} from '../../core/apply/apply-hooks.ts';
import type { DatabasePort } from '../../core/db/database-port.ts';
import {
  blocksOperations,
  isLockMode,
  LOCK_MODES,
  type LockMode,
} from '../../core/locks/lock-modes.ts';
import { quoteIdentIfNeeded } from '../../core/sql/quote-identifier.ts';
import type { Statement } from '../../core/sql/statement.ts';
import { kindOf } from '../../core/sql/statement.ts';
import { rangeVarsIn } from '../../core/sql/walk.ts';
import {
  readCatalogState,
  readRelations,
  type RelationEntry,
  relationKind,
} from './catalog-snapshot.ts';
import { repeatable, repeatTimings } from './repeat-timings.ts';
import type { FileTrace, StatementTrace, TracedLock, TraceEvent } from './trace-model.ts';

/** What the tracer keeps while one file runs. */
interface FileState {
  trace: FileTrace;
  /** Relations when the file started: only these are "pre-existing". */
  before: Map<string, RelationEntry>;
  /** Relation files as last committed (a rolled-back try does not count). */
  committedFilenodes: Map<string, string>;
  /** Relations known at the last commit: before the file, or created by a committed unit. */
  committedKnown: Map<string, string>;
  unit?: UnitState;
}

/** What the tracer keeps during one try of one unit. */
interface UnitState {
  held: Map<string, Set<string>>;
  /**
   * Pre-existing relations the transaction already held a lock of SHARE UPDATE EXCLUSIVE or
   * stronger on when the unit began (a rolled-back run's outer transaction: the history replay
   * or the Supabase shim created or locked them), by name.
   */
  lockedEarlier: Set<string>;
  scans: Map<string, number>;
  filenodes: Map<string, string>;
  /** oid -> `relkind:name` of every relation seen so far in this try. */
  seen: Map<string, string>;
  /** Statements run so far in this try, with their durations, for lock hold times. */
  ran: { index: number; durationMs: number }[];
  /** Blocking locks taken in this try, by the statement that took them. */
  taken: { statement: number; lock: TracedLock }[];
  /** Extra timings of the statement about to run (`repeatTimings`), by statement index. */
  repeats: Map<number, number[]>;
}

/**
 * Observes an apply through the engine's hooks and records, per statement, the locks it took
 * on pre-existing relations (from `pg_locks` of this backend), rewrites (relfilenode changes),
 * sequential scans (`pg_stat_xact_user_tables` deltas), created relations, and errors.
 *
 * Staging only: it adds three catalog queries per statement. With `repeatTimings` (for
 * `--stats`), DDL on existing relations is also timed again in rolled-back savepoints before it
 * runs (`repeatMs`), so that estimates rest on a median rather than on one noisy timing.
 */
export class StatementTracer {
  readonly #files = new Map<string, FileState>();
  #current: FileState | undefined;
  readonly #repeatTimings: { now: () => number } | undefined;
  /** True while a statement is timed again: its notices were already seen, or will be. */
  #repeating = false;

  /** `repeatTimings.now`: the clock the repeats are timed with (see `repeatTimings`). */
  constructor(options: { repeatTimings?: { now: () => number } } = {}) {
    this.#repeatTimings = options.repeatTimings;
  }

  /** Pass as `ApplyOptions.hooks`. */
  readonly hooks: ApplyHooks = {
    beforeFile: (c) => this.#beforeFile(c),
    beforeUnit: (c) => this.#beforeUnit(c),
    beforeStatement: (c) => this.#beforeStatement(c),
    afterStatement: (c) => this.#afterStatement(c),
    beforeCommit: (c) => this.#beforeCommit(c),
    afterUnit: (c) => this.#afterUnit(c),
    onNotice: (notice, { statement }) => {
      if (this.#repeating) return;
      const event: TraceEvent = {
        kind: 'notice',
        severity: notice.severity,
        message: notice.message,
      };
      if (statement) event.statement = statement.index;
      this.#current?.trace.events.push(event);
    },
  };

  /** The trace of a file (by `MigrationFile.path`), once the apply has started it. */
  traceOf(path: string): FileTrace | undefined {
    const trace = this.#files.get(path)?.trace;
    // Statements are stored by index; those never reached leave holes.
    return trace && { ...trace, statements: trace.statements.filter((s) => s !== undefined) };
  }

  get traces(): FileTrace[] {
    return [...this.#files.keys()].flatMap((path) => this.traceOf(path) ?? []);
  }

  async #beforeFile({ db, file }: FileHookContext): Promise<void> {
    const before = await readRelations(db);
    const state: FileState = {
      trace: { file: file.path, statements: [], events: [] },
      before,
      committedFilenodes: new Map([...before].map(([oid, r]) => [oid, r.filenode])),
      committedKnown: new Map([...before].map(([oid, r]) => [oid, `${r.relkind}:${r.name}`])),
    };
    this.#files.set(file.path, state);
    this.#current = state;
  }

  async #beforeUnit(context: UnitHookContext): Promise<void> {
    const state = this.#current;
    if (!state) return;
    if (context.attempt > 1) {
      state.trace.events.push({ kind: 'retry', unit: context.unitIndex, attempt: context.attempt });
    }
    const { locks, scans } = await readCatalogState(context.db, {
      relations: false,
      inTransaction: context.inTransaction,
    });
    state.unit = {
      held: locks,
      lockedEarlier: lockedEarlier(locks, state.before),
      scans,
      filenodes: new Map(state.committedFilenodes),
      seen: new Map(state.committedKnown),
      ran: [],
      taken: [],
      repeats: new Map(),
    };
  }

  async #beforeStatement(context: StatementHookContext): Promise<void> {
    const unit = this.#current?.unit;
    const clock = this.#repeatTimings;
    if (!clock || !unit || !repeatable(context.statement, context.inTransaction)) return;
    this.#repeating = true;
    try {
      unit.repeats.set(
        context.statement.index,
        await repeatTimings(context.db, context.statement, clock.now),
      );
    } finally {
      this.#repeating = false;
    }
    // The repeats' sequential scans count in pg_stat_xact_user_tables although they were rolled
    // back: the statement's own scans are counted from here.
    const { scans } = await readCatalogState(context.db, { relations: false, inTransaction: true });
    unit.scans = scans;
  }

  async #afterStatement(context: StatementResultContext): Promise<void> {
    const state = this.#current;
    const unit = state?.unit;
    if (!state || !unit) return;
    const { statement, durationMs, error } = context;
    const trace: StatementTrace = {
      index: statement.index,
      line: statement.line,
      sql: statement.text,
      status: error ? 'failed' : 'applied',
      durationMs,
      locksTraced: context.inTransaction,
      locks: [],
      rewrites: [],
      rebuiltIndexes: [],
      truncated: [],
      scans: [],
      created: [],
      unit: context.unitIndex,
      attempt: context.attempt,
    };
    const repeats = unit.repeats.get(statement.index);
    if (repeats && repeats.length > 0) trace.repeatMs = repeats;
    state.trace.statements[statement.index] = trace;
    unit.ran.push({ index: statement.index, durationMs });
    if (error) {
      // The transaction is aborted: no query can run until the engine rolls it back.
      const at = errorPosition(statement, error);
      trace.error = { message: error.message, code: error.code, line: at.line, column: at.column };
      const missing = missingObjectOf(error, statement);
      if (missing) trace.error.missing = missing;
      state.trace.events.push({ kind: 'error', statement: statement.index, error: trace.error });
      return;
    }
    const { db, inTransaction } = context;
    // One round trip per statement: its locks, the relations it changed, the scans it ran.
    const now = await readCatalogState(db, { relations: true, inTransaction });
    if (inTransaction) this.#traceLocks(state, unit, trace, now.locks);
    // Postgres lists a lock once per transaction: what this statement asked for on a table
    // locked before its unit began cannot be seen, so its locks count as not traced.
    if (inTransaction && namesAny(context.statement, unit.lockedEarlier)) {
      trace.locksTraced = false;
      trace.locksHeldEarlier = true;
    }
    await this.#traceRelations(
      state,
      unit,
      trace,
      db,
      now.relations,
      kindOf(statement.node) === 'TruncateStmt',
    );
    if (inTransaction) this.#traceScans(state, unit, trace, now.scans);
  }

  #traceLocks(
    state: FileState,
    unit: UnitState,
    trace: StatementTrace,
    now: Map<string, Set<string>>,
  ): void {
    for (const [oid, modes] of now) {
      const relation = state.before.get(oid);
      const heldBefore = unit.held.get(oid) ?? new Set<string>();
      unit.held.set(oid, new Set([...heldBefore, ...modes]));
      if (!relation) continue;
      const strongestBefore = strongest(heldBefore);
      const fresh = [...modes].filter((m) => !heldBefore.has(m) && isLockMode(m));
      const mode = strongest(new Set(fresh));
      if (
        !mode ||
        (strongestBefore && LOCK_MODES.indexOf(strongestBefore) >= LOCK_MODES.indexOf(mode))
      )
        continue;
      const lock: TracedLock = {
        relation: relation.name,
        relationKind: relationKind(relation.relkind),
        mode,
        blocks: blocksOperations(mode),
      };
      trace.locks.push(lock);
      state.trace.events.push({ kind: 'lock', statement: trace.index, lock });
      if (lock.blocks.reads || lock.blocks.writes)
        unit.taken.push({ statement: trace.index, lock });
    }
  }

  async #traceRelations(
    state: FileState,
    unit: UnitState,
    trace: StatementTrace,
    db: DatabasePort,
    relations: Map<string, RelationEntry>,
    truncate: boolean,
  ): Promise<void> {
    const rewrittenTables = new Set<string>();
    const rebuilt: RelationEntry[] = [];
    // An index rebuilt by ALTER COLUMN TYPE gets a new oid under its old name: not a new object.
    // Its storage is new only when Postgres could not reuse the old one (varchar(10) ->
    // varchar(20) keeps it; text -> citext does not): key -> the old oid's filenode.
    const vanished = new Map<string, string | undefined>();
    for (const [oid, key] of unit.seen) {
      if (relations.has(oid)) continue;
      vanished.set(key, unit.filenodes.get(oid));
      unit.seen.delete(oid);
    }
    for (const [oid, entry] of relations) {
      if (!unit.seen.has(oid)) {
        const key = `${entry.relkind}:${entry.name}`;
        unit.seen.set(oid, key);
        if (vanished.has(key)) {
          // Rebuilt under a new oid (ALTER COLUMN TYPE): an index of a table the file found.
          const previous = vanished.get(key);
          if (
            relationKind(entry.relkind) === 'index' &&
            existedBefore(state, entry) &&
            previous !== undefined &&
            previous !== entry.filenode
          ) {
            rebuilt.push(entry);
          }
          continue;
        }
        const kind = relationKind(entry.relkind);
        trace.created.push({ relation: entry.name, kind });
        state.trace.events.push({
          kind: 'created',
          statement: trace.index,
          relation: entry.name,
          relationKind: kind,
        });
        continue;
      }
      const previous = unit.filenodes.get(oid);
      if (previous === undefined || previous === entry.filenode || !state.before.has(oid)) continue;
      unit.filenodes.set(oid, entry.filenode);
      const kind = relationKind(entry.relkind);
      if (kind === 'table' || kind === 'materialized view') rewrittenTables.add(oid);
      else if (kind === 'index') rebuilt.push(entry);
    }
    const indexTables =
      rebuilt.length > 0 ? await indexOwners(db, rebuilt) : new Map<string, string>();
    for (const oid of rewrittenTables) {
      const name = state.before.get(oid)?.name;
      if (!name) continue;
      if (truncate) {
        trace.truncated.push(name);
      } else {
        trace.rewrites.push(name);
        state.trace.events.push({ kind: 'rewrite', statement: trace.index, relation: name });
      }
    }
    for (const index of rebuilt) {
      const owner = indexTables.get(index.oid);
      if (!truncate && !(owner && rewrittenTables.has(owner)))
        trace.rebuiltIndexes.push(index.name);
    }
  }

  #traceScans(
    state: FileState,
    unit: UnitState,
    trace: StatementTrace,
    now: Map<string, number>,
  ): void {
    for (const [oid, count] of now) {
      const delta = count - (unit.scans.get(oid) ?? 0);
      unit.scans.set(oid, count);
      const relation = state.before.get(oid);
      if (delta <= 0 || !relation) continue;
      trace.scans.push({ relation: relation.name, count: delta });
      state.trace.events.push({
        kind: 'scan',
        statement: trace.index,
        relation: relation.name,
        count: delta,
      });
    }
  }

  async #beforeCommit(_context: UnitHookContext): Promise<void> {
    const unit = this.#current?.unit;
    if (!unit) return;
    for (const { statement, lock } of unit.taken) {
      lock.heldMs = unit.ran
        .filter((r) => r.index >= statement)
        .reduce((sum, r) => sum + r.durationMs, 0);
    }
  }

  async #afterUnit(context: UnitEndContext): Promise<void> {
    const state = this.#current;
    if (!state) return;
    if (context.outcome === 'committed' && state.unit) {
      state.committedFilenodes = new Map(state.unit.filenodes);
      state.committedKnown = new Map(state.unit.seen);
    }
    if (context.outcome === 'skipped') {
      for (const statement of context.unit.statements) {
        state.trace.statements[statement.index] = {
          index: statement.index,
          line: statement.line,
          sql: statement.text,
          status: 'skipped',
          durationMs: null,
          locksTraced: false,
          locks: [],
          rewrites: [],
          rebuiltIndexes: [],
          truncated: [],
          scans: [],
          created: [],
          unit: context.unitIndex,
          attempt: 0,
          skipReason: `${context.unit.command ?? 'the statement'} cannot run inside the rolled-back transaction, so it was not run`,
        };
      }
    }
    if (context.outcome === 'rolled-back') {
      for (const statement of context.unit.statements) {
        const trace = state.trace.statements[statement.index];
        if (trace?.status === 'applied') trace.status = 'rolled-back';
      }
    }
    state.unit = undefined;
  }
}

/** The pre-existing relations `held` has a lock of SHARE UPDATE EXCLUSIVE or stronger on. */
function lockedEarlier(
  held: ReadonlyMap<string, ReadonlySet<string>>,
  before: ReadonlyMap<string, RelationEntry>,
): Set<string> {
  const floor = LOCK_MODES.indexOf('ShareUpdateExclusiveLock');
  const names = new Set<string>();
  for (const [oid, modes] of held) {
    const relation = before.get(oid);
    const mode = strongest(modes);
    if (relation && mode && LOCK_MODES.indexOf(mode) >= floor) names.add(relation.name);
  }
  return names;
}

/** True when the statement names one of `relations` (`schema.name`; unqualified: any schema). */
function namesAny(statement: Statement, relations: ReadonlySet<string>): boolean {
  if (relations.size === 0) return false;
  return rangeVarsIn(statement.node).some((rv) => {
    const table = quoteIdentIfNeeded(rv.relname);
    if (rv.schemaname) return relations.has(`${quoteIdentIfNeeded(rv.schemaname)}.${table}`);
    return [...relations].some((name) => name.endsWith(`.${table}`));
  });
}

function strongest(modes: ReadonlySet<string>): LockMode | undefined {
  let best: LockMode | undefined;
  for (const mode of modes) {
    if (isLockMode(mode) && (!best || LOCK_MODES.indexOf(mode) > LOCK_MODES.indexOf(best)))
      best = mode;
  }
  return best;
}

/** index oid -> table oid, for telling a REINDEX from a table rewrite. */
async function indexOwners(
  db: DatabasePort,
  indexes: RelationEntry[],
): Promise<Map<string, string>> {
  const { rows } = await db.query<{ index: string; table: string }>(
    'SELECT indexrelid::text AS index, indrelid::text AS table FROM pg_index WHERE indexrelid::text = ANY($1::text[])',
    [`{${indexes.map((i) => i.oid).join(',')}}`],
  );
  return new Map(rows.map((r) => [r.index, r.table]));
}

/** A relation of that kind and name was there when the file began. */
function existedBefore(state: FileState, entry: RelationEntry): boolean {
  for (const before of state.before.values()) {
    if (before.name === entry.name && before.relkind === entry.relkind) return true;
  }
  return false;
}
