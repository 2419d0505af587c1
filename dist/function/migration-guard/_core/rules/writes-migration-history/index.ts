import type { Statement } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';
import { type HistoryWrite, historyWritesOf } from './history-writes.ts';

export const writesMigrationHistory: Rule = {
  meta: {
    id: 'writes-migration-history',
    defaultSeverity: 'error',
    category: 'history',
    summary:
      "A statement that writes, alters, drops, truncates, grants on or creates objects in supabase_migrations (the CLI's history) or migration_guard (the edge function's audit schema), directly or in a DO block or function body; the engine refuses the file too.",
    fix: 'Leave the history to the tools: supabase migration repair --status applied|reverted <version> fixes a row; SELECT from it to read. The function manages migration_guard itself.',
  },
  statement(ctx) {
    const reported = new Set<string>();
    for (const write of writesOf(ctx.statement)) {
      const line = write.line ?? ctx.statement.line;
      const key = `${line}:${write.what}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        ...(write.line !== undefined && write.line !== ctx.statement.line
          ? { line, column: 1 }
          : {}),
        message: historyWriteMessage(write),
      });
    }
  },
};

/** What a write to a protected schema breaks; the engine's refusal says the same. */
export function historyWriteMessage(write: HistoryWrite): string {
  const harm =
    write.schema === 'supabase_migrations'
      ? "the Supabase CLI's migration history: a row written there makes a real migration of that version be skipped as already applied, and a changed or deleted row hides what production ran"
      : "the migration-guard edge function's audit schema: deleting a used request id makes a signed request acceptable again, and its deployment records are the trace of what production ran";
  return `${write.what} changes the ${write.schema} schema, ${harm}. migration-guard refuses to apply this file.`;
}

/**
 * The statement's writes. The SQL a DO block runs reaches the rule as statements of their own
 * (with `parent`), so for a top-level DO block only its conditions and assignments are read here.
 */
function writesOf(statement: Statement): HistoryWrite[] {
  const body = statement.plpgsql;
  const plpgsql =
    body?.context === 'do'
      ? { ...body, sql: body.sql.filter((s) => s.mode !== 'statement') }
      : body;
  return historyWritesOf({
    node: statement.node,
    text: statement.text,
    line: statement.line,
    ...(plpgsql ? { plpgsql } : {}),
  });
}
