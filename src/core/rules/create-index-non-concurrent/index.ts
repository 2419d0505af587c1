import { relationName } from '../../schema/relation-names.ts';
import { splitQualified } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';
import { concurrentIndexSql } from './concurrent-index-sql.ts';

export const createIndexNonConcurrent: Rule = {
  meta: {
    id: 'create-index-non-concurrent',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      'CREATE INDEX without CONCURRENTLY on a table that existed before this file blocks writes while the index builds.',
    fix: 'CREATE INDEX CONCURRENTLY idx_name ON table_name (column_name);  -- in a migration file of its own',
    predicts: 'lock',
  },
  statementKinds: ['IndexStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'IndexStmt');
    if (!stmt || stmt.concurrent) return;
    const table = relationName(ctx.schema, stmt.relation);
    if (ctx.isNew(table)) return;
    // IF NOT EXISTS naming an index the history already built is a no-op: nothing is built.
    const existing = stmt.idxname
      ? ctx.schema.index(stmt.idxname, splitQualified(table).schema)
      : undefined;
    if (stmt.if_not_exists && existing) return;
    const model = ctx.schema.table(table);
    if (model && model.kind !== 'table' && model.kind !== 'partitioned-table') {
      // A materialized view is indexed like a table; a partitioned parent cannot be indexed concurrently.
      if (model.kind !== 'materialized-view') return;
    }
    if (model?.kind === 'partitioned-table') return;
    ctx.report({
      message: `CREATE INDEX on existing table ${table} takes a SHARE lock: inserts, updates and deletes wait until the whole index is built.`,
      fix: `-- in a migration file of its own (CONCURRENTLY cannot run inside a transaction block):\n${
        concurrentIndexSql(ctx.statement.text) ??
        `CREATE INDEX CONCURRENTLY ${stmt.idxname ?? 'index_name'} ON ${table} (...);`
      }`,
    });
  },
};
