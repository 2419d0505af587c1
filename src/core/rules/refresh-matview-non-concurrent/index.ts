import { relationName } from '../../schema/relation-names.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

export const refreshMatviewNonConcurrent: Rule = {
  meta: {
    id: 'refresh-matview-non-concurrent',
    defaultSeverity: 'warning',
    category: 'locks',
    summary:
      'REFRESH MATERIALIZED VIEW without CONCURRENTLY locks the view ACCESS EXCLUSIVE, so every read of it waits for the whole refresh.',
    fix: 'CREATE UNIQUE INDEX CONCURRENTLY view_key ON view_name (key_columns);  -- once\nREFRESH MATERIALIZED VIEW CONCURRENTLY view_name;',
    predicts: 'lock',
  },
  statementKinds: ['RefreshMatViewStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'RefreshMatViewStmt');
    // WITH NO DATA has no concurrent form (and is instant): nothing better to suggest.
    if (!stmt || stmt.concurrent || stmt.skipData) return;
    const name = relationName(ctx.schema, stmt.relation);
    const view = ctx.schema.table(name);
    if (view) {
      if (view.kind !== 'materialized-view' || ctx.isNew(view)) return;
      // Never populated: CONCURRENTLY is refused, and nobody can be reading it yet.
      if (!view.rowsWritten) return;
    }
    // CONCURRENTLY needs a unique index on plain columns, without WHERE, covering all rows.
    const key = ctx.schema
      .indexesOf(name)
      .find((i) => i.unique && !i.columns.includes('(expression)'));
    const fix = key
      ? `REFRESH MATERIALIZED VIEW CONCURRENTLY ${name};  -- uses unique index ${key.name}`
      : `CREATE UNIQUE INDEX CONCURRENTLY ${name.replace(/^.*\./, '')}_key ON ${name} (key_columns);  -- in its own migration file first\nREFRESH MATERIALIZED VIEW CONCURRENTLY ${name};`;
    ctx.report({
      message: `REFRESH MATERIALIZED VIEW ${name} without CONCURRENTLY holds an ACCESS EXCLUSIVE lock while the view's query re-runs: every SELECT on ${name} waits until the refresh and the migration's transaction end.${key ? '' : ' CONCURRENTLY needs a unique index on the view first.'}`,
      fix,
    });
  },
};
