import { transactionBlockForbidden } from '../../locks/transaction-block.ts';
import type { Rule } from '../rule.ts';

export const concurrentlyInTransaction: Rule = {
  meta: {
    id: 'concurrently-in-transaction',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and other commands Postgres refuses inside a transaction block, written inside BEGIN ... COMMIT or a DO block.',
    fix: 'Move the statement out of BEGIN ... COMMIT (and out of DO blocks), into a migration file of its own.',
  },
  statement(ctx) {
    const command = transactionBlockForbidden(ctx.statement.node);
    if (command === undefined) return;
    const parent = ctx.statement.parent;
    if (parent) {
      ctx.report({
        message: `${command} inside a DO block always fails ("cannot be executed from a function"): the block runs as one statement in the migration's transaction.`,
        fix: `-- in a migration file of its own, as a top-level statement:\n${ctx.statement.text.trim()};`,
      });
      return;
    }
    if (!ctx.inTransactionBlock) return;
    ctx.report({
      message: `${command} cannot run inside a transaction block: this statement sits between BEGIN and COMMIT, so the migration fails here with SQLSTATE 25001 and everything before it in the block is rolled back.`,
      fix: `-- remove BEGIN/COMMIT around it, or move it to a migration file of its own:\n${ctx.statement.text.trim()};`,
    });
  },
};
