import type { Node } from 'libpg-query';
import type { LockMode } from '../../locks/lock-modes.ts';
import type { PredictedLock } from '../../locks/statement-locks.ts';
import { relationName } from '../../schema/relation-names.ts';
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

const DML_KINDS: ReadonlySet<string> = new Set([
  'UpdateStmt',
  'DeleteStmt',
  'InsertStmt',
  'MergeStmt',
]);

const CATALOG_SCHEMAS: ReadonlySet<string> = new Set(['pg_catalog', 'information_schema']);

/** Why a statement holds the transaction open for long. */
export interface LongRunningWork {
  reason: string;
}

/**
 * Why a statement can take long (or wait long) while an earlier ACCESS EXCLUSIVE lock is
 * held, or undefined for the quick catalog-only statements (comments, grants, policies,
 * further ALTERs on the locked table that neither scan nor rewrite, new empty tables).
 *
 * Long: data changes on tables with rows, queries that read tables or call migration-defined
 * functions, index builds and validations and rewrites of tables with rows, DO blocks with
 * loops that change data, and CALL. A quick statement that locks another table is not reported:
 * it can queue behind traffic, but the apply engine's lock_timeout bounds that wait.
 */
export function longRunningWork(
  statement: Statement,
  locks: readonly PredictedLock[],
  tx: TransactionView,
): LongRunningWork | undefined {
  const reason = workReason(statement, locks, tx);
  return reason === undefined ? undefined : { reason };
}

function workReason(
  statement: Statement,
  locks: readonly PredictedLock[],
  tx: TransactionView,
): string | undefined {
  const node = statement.node;
  const hasRows = (t: QualifiedName) => !tx.isNew(t) || tx.schema.table(t)?.rowsWritten === true;
  switch (kindOf(node)) {
    case 'DoStmt': {
      // The SQL a visible body runs is judged statement by statement; opaque bodies are not.
      const body = statement.plpgsql;
      // Loops over catalog rows that EXECUTE DDL (dropping old policies, say) are quick; a loop
      // that changes table data is a batch job and keeps the lock for its whole run.
      const changesData = body?.loops.some((loop) =>
        loop.statements.some((sql) => sql.nodes.some((n) => DML_KINDS.has(kindOf(n)))),
      );
      return changesData ? 'a DO block that changes data in a loop' : undefined;
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
      // INSERT ... VALUES is quick, and its ROW EXCLUSIVE lock queues behind almost nothing.
      if (target && (source?.fromClause?.length ?? 0) > 0)
        return `INSERT ... SELECT into ${target}`;
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
  return undefined;
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
      // An extension's own functions (cron.schedule, pgmq.send) are not the migration's code.
      const defined = [...tx.schema.functions.values()].some(
        (f) =>
          f.extension === undefined &&
          f.name === fn &&
          (schema === undefined || f.schema === schema),
      );
      if (defined) found = `a call of ${parts.join('.')}(), a function the migrations define`;
    }
    return true;
  });
  return found;
}
