import type { Node } from 'libpg-query';
import { type LockMode, LOCK_LABELS, blocksOperations, conflictingModes } from '../../locks/lock-modes.ts';
import type { PredictedLock } from '../../locks/statement-locks.ts';
import { relationName } from '../../schema/apply-statement.ts';
import type { SchemaModel } from '../../schema/schema-model.ts';
import { nameParts, type QualifiedName } from '../../sql/names.ts';
import { kindOf, nodeAs, type Statement } from '../../sql/statement.ts';
import { walkNodes } from '../../sql/walk.ts';

/** What the rule needs to know about the transaction so far. */
export interface TransactionView {
  schema: SchemaModel;
  /** Created in this file (or an added file): no one else is using it. */
  isNew(table: QualifiedName): boolean;
  /** Modes this transaction already holds on a relation. */
  held(relation: QualifiedName): ReadonlySet<LockMode>;
}

const CATALOG_SCHEMAS: ReadonlySet<string> = new Set(['pg_catalog', 'information_schema']);

/**
 * Why a statement can take long (or wait long) while an earlier ACCESS EXCLUSIVE lock is
 * held, or undefined for the quick catalog-only statements (comments, grants, policies,
 * further ALTERs on the locked table that neither scan nor rewrite, new empty tables).
 *
 * Long: data changes on tables with rows, queries that read tables or call migration-defined
 * functions, index builds and validations and rewrites of tables with rows, DO blocks with
 * loops or dynamic SQL, CALL, and any lock on another existing table strong enough to queue
 * behind ordinary traffic (then two tables wait, and deadlock becomes possible).
 */
export function longRunningWork(
  statement: Statement,
  locks: readonly PredictedLock[],
  tx: TransactionView,
): string | undefined {
  const node = statement.node;
  const hasRows = (t: QualifiedName) => !tx.isNew(t) || tx.schema.table(t)?.rowsWritten === true;
  const other = (t: QualifiedName) => !tx.isNew(t) && !tx.held(t).has('AccessExclusiveLock');
  switch (kindOf(node)) {
    case 'DoStmt': {
      // The SQL a visible body runs is judged statement by statement; opaque bodies are not.
      const body = statement.plpgsql;
      if (!body) return 'a DO block whose body cannot be analysed';
      if (body.dynamic) return 'a DO block that runs dynamic SQL (EXECUTE)';
      if (body.loops.length > 0) return 'a DO block with a loop';
      return undefined;
    }
    case 'CallStmt':
      return 'a procedure CALL';
    case 'SelectStmt':
      return queryWork(node, tx);
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'MergeStmt': {
      const target = locks[0]?.relation;
      const verb = kindOf(node).replace('Stmt', '').toUpperCase();
      if (target && hasRows(target)) return `${verb} of ${target}`;
      break;
    }
    case 'InsertStmt': {
      const target = locks[0]?.relation;
      const source = nodeAs(nodeAs(node, 'InsertStmt')?.selectStmt, 'SelectStmt');
      if (target && (source?.fromClause?.length ?? 0) > 0) return `INSERT ... SELECT into ${target}`;
      if (target && other(target)) return `INSERT into another existing table, ${target}`;
      break;
    }
    case 'CopyStmt': {
      const target = locks[0]?.relation;
      if (target) return `COPY into ${target}`;
      break;
    }
    default:
      break;
  }
  for (const lock of locks) {
    if (lock.relationKind !== 'table' || !hasRows(lock.relation)) continue;
    if (lock.rewrite) return `${lock.reason} rewrites ${lock.relation}`;
    if (lock.scan) return `${lock.reason} reads every row of ${lock.relation}`;
  }
  for (const lock of locks) {
    if (lock.relationKind !== 'table' || !other(lock.relation)) continue;
    const { reads, writes } = blocksOperations(lock.mode);
    if (!reads && !writes) continue;
    if (alreadyCovered(tx.held(lock.relation), lock.mode)) continue;
    return `${lock.reason} needs a ${LOCK_LABELS[lock.mode]} lock on another existing table, ${lock.relation}`;
  }
  return undefined;
}

/** Holding modes whose conflicts include all of `mode`'s: the request cannot wait on others. */
function alreadyCovered(held: ReadonlySet<LockMode>, mode: LockMode): boolean {
  const covered = new Set([...held].flatMap((h) => conflictingModes(h)));
  return conflictingModes(mode).every((m) => covered.has(m));
}

function queryWork(node: Node, tx: TransactionView): string | undefined {
  let found: string | undefined;
  walkNodes(node, (n) => {
    if (found) return false;
    const rv = nodeAs(n, 'RangeVar');
    if (rv) {
      const name = relationName(tx.schema, rv);
      if (!CATALOG_SCHEMAS.has(name.slice(0, name.indexOf('.')))) found = `a query reading ${name}`;
    }
    const call = nodeAs(n, 'FuncCall');
    if (call) {
      const parts = nameParts(call.funcname);
      const fn = parts.at(-1) ?? '';
      const schema = parts.length >= 2 ? parts.at(-2) : undefined;
      const defined = [...tx.schema.functions.values()].some(
        (f) => f.name === fn && (schema === undefined || f.schema === schema),
      );
      if (defined) found = `a call of ${parts.join('.')}(), a function the migrations define`;
    }
    return true;
  });
  return found;
}
