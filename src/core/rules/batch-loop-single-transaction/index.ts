import { relationName } from '../../schema/relation-names.ts';
import { type DataChange, dataChangeOf } from '../../sql/data-change.ts';
import { nameParts } from '../../sql/names.ts';
import type { EmbeddedSql, PlpgsqlLoop } from '../../sql/plpgsql-body.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule, StatementContext } from '../rule.ts';

export const batchLoopSingleTransaction: Rule = {
  meta: {
    id: 'batch-loop-single-transaction',
    defaultSeverity: 'error',
    category: 'data',
    summary:
      'A loop in a DO block or procedure writes rows batch after batch but never COMMITs, so all batches share one transaction.',
    fix: '-- migration-guard:batch table=public.table_name key=id size=5000\nUPDATE public.table_name SET col = ... WHERE col IS NULL;  -- alone in its migration file: the engine runs it in keyset batches, one transaction each',
  },
  statementKinds: ['DoStmt', 'CreateFunctionStmt'],
  statement(ctx) {
    // DO-block statements also reach the rule one by one; the loops are judged on the block.
    if (ctx.statement.parent) return;
    const body = ctx.statement.plpgsql;
    if (!body) return;
    const fn = nodeAs(ctx.statement.node, 'CreateFunctionStmt');
    // A function cannot COMMIT: it runs inside its caller's transaction by design (trigger
    // functions once per row of the caller's statement), so only DO blocks and procedures count.
    if (body.context === 'function' && !fn?.is_procedure) return;
    const where = fn ? `procedure ${nameParts(fn.funcname).join('.')}` : 'this DO block';
    for (const loop of body.loops) {
      if (!isSingleTransactionBatch(ctx, loop)) continue;
      // An enclosing loop that also qualifies is reported instead (nothing inside it commits).
      if (enclosingLoops(loop).some((outer) => isSingleTransactionBatch(ctx, outer))) continue;
      const writes = batchWrites(ctx, loop);
      const first = writes[0];
      if (!first) continue;
      const tables = [...new Set(writes.map((w) => w.table))].join(', ');
      ctx.report({
        line: loop.line,
        message: `This ${loopName(loop)} in ${where} writes ${tables} (${first.change.verb} on line ${first.sql.line}) batch after batch but never COMMITs inside the loop: every batch runs in one transaction, so the row locks and dead row versions of all batches pile up until the end and no batch is visible — or kept, if anything fails — before the last one.`,
        fix:
          body.context === 'do'
            ? 'Replace the loop with one UPDATE, alone in its migration file, under a `-- migration-guard:batch table=... key=id size=...` header: the apply engine runs it in keyset batches, one transaction each (see docs/batched-backfills.md). Without the engine, use a procedure that COMMITs after each batch, CALLed outside a transaction block.'
            : `COMMIT after each batch inside the loop, and CALL ${nameParts(fn?.funcname).join('.')}() outside a transaction block.`,
      });
    }
  },
};

interface BatchWrite {
  change: DataChange;
  table: string;
  sql: EmbeddedSql;
}

/**
 * Writes in the loop that can touch many rows, to tables other sessions can see. A DO block
 * runs now, so tables created earlier in this file are private to it; a procedure runs later,
 * when every table it names is live.
 */
function batchWrites(ctx: StatementContext, loop: PlpgsqlLoop): BatchWrite[] {
  const runsNow = ctx.statement.plpgsql?.context === 'do';
  return loop.statements.flatMap((sql) =>
    sql.nodes.flatMap((node) => {
      const change = dataChangeOf(node);
      // Single-row INSERT ... VALUES in a loop seeds rows; it is not a batch.
      if (!change || change.literalRows || change.verb === 'COPY') return [];
      const table = relationName(ctx.schema, change.relation);
      if (runsNow && ctx.isNew(table)) return [];
      return [{ change, table, sql }];
    }),
  );
}

function isSingleTransactionBatch(ctx: StatementContext, loop: PlpgsqlLoop): boolean {
  return !loop.commits && batchWrites(ctx, loop).length > 0;
}

/** The loops around `loop`, found through the loop list of any statement inside it. */
function enclosingLoops(loop: PlpgsqlLoop): PlpgsqlLoop[] {
  const inner = loop.statements[0];
  if (!inner) return [];
  const at = inner.loops.indexOf(loop);
  return at > 0 ? inner.loops.slice(0, at) : [];
}

function loopName(loop: PlpgsqlLoop): string {
  if (loop.kind === 'while') return 'WHILE loop';
  if (loop.kind === 'for') return 'FOR loop';
  return 'LOOP';
}
