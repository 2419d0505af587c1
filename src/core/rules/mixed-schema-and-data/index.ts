import type { Node } from 'libpg-query';
import { relationName } from '../../schema/apply-statement.ts';
import type { SchemaModel } from '../../schema/schema-model.ts';
import { dataChangeOf } from '../../sql/data-change.ts';
import { nameParts, type QualifiedName } from '../../sql/names.ts';
import { embeddedSqlOf } from '../../sql/plpgsql.ts';
import { kindOf, nodeAs, type Statement } from '../../sql/statement.ts';
import type { Rule, StatementContext } from '../rule.ts';
import { type BlockingLock, blockingDdlLocks, LOCK_STRENGTH } from './ddl-locks.ts';

/** The strongest DDL lock on a table that the current transaction holds, and where it came from. */
interface HeldLock {
  mode: BlockingLock;
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
    const { node } = ctx.statement;
    const tx = nodeAs(node, 'TransactionStmt');
    if (tx?.kind === 'TRANS_STMT_COMMIT' || tx?.kind === 'TRANS_STMT_ROLLBACK') {
      // An explicit COMMIT ends the transaction and releases its locks.
      state.held.clear();
      return;
    }
    for (const lock of blockingDdlLocks(node, ctx.schema)) {
      if (ctx.isNew(lock.table)) continue;
      const held = state.held.get(lock.table);
      if (held && LOCK_STRENGTH[held.mode] >= LOCK_STRENGTH[lock.mode]) continue;
      state.held.set(lock.table, { mode: lock.mode, line: ctx.statement.line, what: ddlName(node) });
    }
    reportDataChange(ctx, state);
  },
};

function reportDataChange(ctx: StatementContext, state: FileState): void {
  const change = dataChangeOf(ctx.statement.node);
  if (!change || change.literalRows || commitsEachPass(ctx.statement)) return;
  const table = relationName(ctx.schema, change.relation);
  const held = state.held.get(table);
  if (!held || state.reported.has(table) || ctx.isNew(table)) return;
  if (touchesOneRow(ctx.statement.node, ctx.schema, table)) return;
  state.reported.add(table);
  const blocked =
    held.mode === 'ACCESS EXCLUSIVE'
      ? 'every query on it, reads included, waits'
      : 'every INSERT, UPDATE and DELETE on it waits';
  ctx.report({
    message: `${change.verb} on existing table ${table} runs in the same transaction as the ${held.what} on line ${held.line}, so that statement's ${held.mode} lock on ${table} is held for the whole data change: ${blocked} until the migration commits.`,
    fix: `Move the ${change.verb} out of this transaction: ship the ${held.what} on its own, run the data change afterwards in batches (one transaction each), and add any constraint that depends on the data in a later migration.`,
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

const DDL_NAMES: Partial<Record<string, string>> = {
  AlterTableStmt: 'ALTER TABLE',
  IndexStmt: 'CREATE INDEX',
  CreateTrigStmt: 'CREATE TRIGGER',
  CreatePolicyStmt: 'CREATE POLICY',
  AlterPolicyStmt: 'ALTER POLICY',
  RenameStmt: 'ALTER TABLE ... RENAME',
  DropStmt: 'DROP',
};

function ddlName(node: Node): string {
  const drop = nodeAs(node, 'DropStmt');
  if (drop) return `DROP ${(drop.removeType ?? '').replace('OBJECT_', '')}`;
  return DDL_NAMES[kindOf(node)] ?? 'DDL';
}
