import type { Node } from 'libpg-query';
import {
  blocksOperations,
  LOCK_LABELS,
  type LockMode,
  strongerLock,
} from '../../locks/lock-modes.ts';
import { transactionBlockForbidden } from '../../locks/transaction-block.ts';
import { relationName } from '../../schema/relation-names.ts';
import type { SchemaModel } from '../../schema/schema-model.ts';
import { dataChangeOf } from '../../sql/data-change.ts';
import { nameParts, type QualifiedName } from '../../sql/names.ts';
import { embeddedSqlOf } from '../../sql/plpgsql.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import type { Rule, StatementContext } from '../rule.ts';
import { statementLocks } from '../../locks/statement-locks.ts';

/** The strongest DDL lock on a table that the open transaction holds, and what took it. */
interface HeldLock {
  mode: LockMode;
  line: number;
  what: string;
}

interface FileState {
  held: Map<QualifiedName, HeldLock>;
  reported: Set<QualifiedName>;
}

/** Per-file state, keyed by the file's statement list (one list per linted file). */
const files = new WeakMap<readonly Statement[], FileState>();

export const mixedSchemaAndData: Rule = {
  meta: {
    id: 'mixed-schema-and-data',
    defaultSeverity: 'warning',
    category: 'data',
    summary:
      'DDL and a data change on the same existing table in one transaction: the DDL lock is held while the data changes.',
    fix: 'ALTER TABLE table_name ADD COLUMN column_name type;  -- alone in its migration; backfill afterwards in batches (one transaction each), then add NOT NULL or CHECK in a later migration',
    predicts: 'lock',
  },
  statement(ctx) {
    let state = files.get(ctx.statements);
    if (!state) {
      state = { held: new Map(), reported: new Set() };
      files.set(ctx.statements, state);
    }
    const { statement } = ctx;
    const tx = nodeAs(statement.node, 'TransactionStmt')?.kind;
    const ends =
      tx === 'TRANS_STMT_COMMIT' || tx === 'TRANS_STMT_ROLLBACK' || tx === 'TRANS_STMT_PREPARE';
    // A statement that cannot run in a transaction block is run on its own by the applier,
    // which commits what came before it.
    const runsAlone =
      !statement.parent && !ctx.inTransactionBlock && transactionBlockForbidden(statement.node);
    if (ends || runsAlone) {
      state.held.clear();
      return;
    }
    holdDdlLocks(ctx, state);
    reportDataChange(ctx, state);
  },
};

/** Record the locks a DDL statement takes that block reads or writes of an existing table. */
function holdDdlLocks(ctx: StatementContext, state: FileState): void {
  const { node, line } = ctx.statement;
  // Data changes and an explicit LOCK TABLE are not schema changes.
  if (dataChangeOf(node) || nodeAs(node, 'LockStmt')) return;
  for (const lock of statementLocks(ctx)) {
    if (lock.relationKind !== 'table' || ctx.isNew(lock.relation)) continue;
    const { reads, writes } = blocksOperations(lock.mode);
    if (!reads && !writes) continue;
    const held = state.held.get(lock.relation);
    if (held && strongerLock(held.mode, lock.mode) === held.mode) continue;
    state.held.set(lock.relation, { mode: lock.mode, line, what: lock.reason });
  }
}

function reportDataChange(ctx: StatementContext, state: FileState): void {
  const change = dataChangeOf(ctx.statement.node);
  if (!change || change.literalRows || commitsEachPass(ctx.statement)) return;
  const table = relationName(ctx.schema, change.relation);
  const held = state.held.get(table);
  if (!held || state.reported.has(table) || ctx.isNew(table)) return;
  if (touchesOneRow(ctx.statement.node, ctx.schema, table)) return;
  state.reported.add(table);
  const blocked = blocksOperations(held.mode).reads
    ? 'every query on it, reads included, waits'
    : 'every INSERT, UPDATE and DELETE on it waits';
  ctx.report({
    message: `${change.verb} on existing table ${table} runs in the same transaction as line ${held.line} (${held.what}), so the ${LOCK_LABELS[held.mode]} lock that statement took on ${table} is held for the whole data change: ${blocked} until the migration commits.`,
    fix: `-- let the statement on line ${held.line} commit on its own (a migration file of its own);\n-- run this ${change.verb} afterwards in batches of one transaction each (a file with a\n-- migration-guard:batch header), and add any constraint that needs the data in a later migration`,
  });
}

/** A data change inside a DO-block loop that COMMITs releases the DDL lock at the first COMMIT. */
function commitsEachPass(statement: Statement): boolean {
  const body = statement.parent?.plpgsql;
  if (!body) return false;
  return embeddedSqlOf(body, statement.node)?.loops.some((l) => l.commits) ?? false;
}

/** UPDATE/DELETE pinned to one row by equality on a single-column primary key or unique key. */
function touchesOneRow(node: Node, schema: SchemaModel, table: QualifiedName): boolean {
  const where = nodeAs(node, 'UpdateStmt')?.whereClause ?? nodeAs(node, 'DeleteStmt')?.whereClause;
  if (!where) return false;
  const keys = new Set(
    (schema.table(table)?.constraints ?? [])
      .filter((c) => (c.kind === 'primary-key' || c.kind === 'unique') && c.columns.length === 1)
      .flatMap((c) => c.columns),
  );
  const bool = nodeAs(where, 'BoolExpr');
  const conjuncts = bool?.boolop === 'AND_EXPR' ? (bool.args ?? []) : [where];
  return conjuncts.some((c) => {
    const expr = nodeAs(c, 'A_Expr');
    if (expr?.kind !== 'AEXPR_OP' || nameParts(expr.name)[0] !== '=') return false;
    const column = nameParts(nodeAs(expr.lexpr, 'ColumnRef')?.fields).at(-1);
    return column !== undefined && keys.has(column) && isConstant(expr.rexpr);
  });
}

function isConstant(node: Node | undefined): boolean {
  if (nodeAs(node, 'A_Const')) return true;
  return nodeAs(nodeAs(node, 'TypeCast')?.arg, 'A_Const') !== undefined;
}
