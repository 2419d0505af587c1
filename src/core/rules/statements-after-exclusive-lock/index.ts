import type { LockMode } from '../../locks/lock-modes.ts';
import { transactionBlockForbidden } from '../../locks/transaction-block.ts';
import { statementLocks } from '../../locks/statement-locks.ts';
import type { QualifiedName } from '../../sql/names.ts';
import { relationName } from '../../schema/relation-names.ts';
import { dataChangeOf } from '../../sql/data-change.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';
import { longRunningWork } from './long-running-work.ts';

/** An ACCESS EXCLUSIVE lock on an existing table, held until the transaction ends. */
interface ExclusiveLock {
  table: QualifiedName;
  line: number;
  reason: string;
  reported: boolean;
}

/** The open transaction of one file: what it holds so far. */
interface OpenTransaction {
  held: Map<QualifiedName, Set<LockMode>>;
  exclusive: ExclusiveLock[];
}

const EMPTY: ReadonlySet<LockMode> = new Set();

/** One open transaction per file being checked, keyed by the file's statement list. */
const transactions = new WeakMap<readonly Statement[], OpenTransaction>();

function fresh(): OpenTransaction {
  return { held: new Map(), exclusive: [] };
}

export const statementsAfterExclusiveLock: Rule = {
  meta: {
    id: 'statements-after-exclusive-lock',
    defaultSeverity: 'warning',
    category: 'locks',
    summary:
      'Long-running statements after one that took an ACCESS EXCLUSIVE lock in the same transaction keep that table blocked while they run.',
    fix: 'Put the statement that takes the ACCESS EXCLUSIVE lock last in its transaction, or in a migration file of its own, and do the slow work in another file.',
    predicts: 'lock',
  },
  statement(ctx) {
    let tx = transactions.get(ctx.statements);
    if (!tx) {
      tx = fresh();
      transactions.set(ctx.statements, tx);
    }
    const { statement } = ctx;
    const control = nodeAs(statement.node, 'TransactionStmt')?.kind;
    if (
      control === 'TRANS_STMT_COMMIT' ||
      control === 'TRANS_STMT_ROLLBACK' ||
      control === 'TRANS_STMT_PREPARE'
    ) {
      transactions.set(ctx.statements, fresh());
      return;
    }
    if (!statement.parent && !ctx.inTransactionBlock && transactionBlockForbidden(statement.node)) {
      // The applier commits what came before and runs this statement on its own (supabase
      // CLI 2.109+, and migration-guard's apply engine): the earlier locks are released.
      transactions.set(ctx.statements, fresh());
      return;
    }
    const open = tx;
    const locks = statementLocks(ctx);
    // A data change on the locked table itself is mixed-schema-and-data's finding.
    const changed = dataChangeOf(statement.node);
    const changedTable = changed?.relation ? relationName(ctx.schema, changed.relation) : undefined;
    // A table this statement itself locks ACCESS EXCLUSIVE (a rewrite, SET NOT NULL, a CHECK's
    // scan) is blocked while it runs whatever came before: the earlier lock adds nothing there,
    // and the statement's own finding (table-rewrite-command, set-not-null, ...) says so.
    const ownExclusive = new Set(
      locks.filter((l) => l.mode === 'AccessExclusiveLock').map((l) => l.relation),
    );
    const pending = open.exclusive.filter(
      (l) => !l.reported && l.table !== changedTable && !ownExclusive.has(l.table),
    );
    if (pending.length > 0) {
      const work = longRunningWork(statement, locks, {
        schema: ctx.schema,
        isNew: (t) => ctx.isNew(t),
        held: (t) => open.held.get(t) ?? EMPTY,
      });
      if (work !== undefined) {
        for (const l of pending) l.reported = true;
        const tables = pending.map((l) => l.table).join(', ');
        const taken = pending.map((l) => `${l.table} at line ${l.line} (${l.reason})`).join('; ');
        const consequence = `every read and write on ${tables} keeps waiting until it finishes and the transaction commits`;
        ctx.report({
          message: `This statement (${work.reason}) runs while the transaction still holds the ACCESS EXCLUSIVE lock taken on ${taken}: ${consequence}.`,
          fix: `-- end the transaction right after the statement at line ${pending[0]?.line ?? 1}: move it to a migration file of its own (with SET lock_timeout = '2s'), then do this work in the next file`,
        });
      }
    }
    for (const lock of locks) {
      let modes = open.held.get(lock.relation);
      if (!modes) {
        modes = new Set();
        open.held.set(lock.relation, modes);
      }
      const first = !modes.has('AccessExclusiveLock');
      modes.add(lock.mode);
      if (
        first &&
        lock.mode === 'AccessExclusiveLock' &&
        lock.relationKind === 'table' &&
        !ctx.isNew(lock.relation)
      ) {
        open.exclusive.push({
          table: lock.relation,
          line: statement.line,
          reason: lock.reason,
          reported: false,
        });
      }
    }
  },
};
