import { relationName } from '../../schema/relation-names.ts';
import type { IndexModel } from '../../schema/schema-model.ts';
import { type QualifiedName, splitQualified } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

export const reindexNonConcurrent: Rule = {
  meta: {
    id: 'reindex-non-concurrent',
    defaultSeverity: 'warning',
    category: 'locks',
    summary:
      'REINDEX without CONCURRENTLY blocks writes to the table and queries that would use the index while it rebuilds.',
    fix: 'REINDEX INDEX CONCURRENTLY index_name;  -- Postgres 12+, outside a transaction block',
    predicts: 'lock',
  },
  statementKinds: ['ReindexStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'ReindexStmt');
    if (!stmt) return;
    const concurrently = (stmt.params ?? []).some(
      (p) => nodeAs(p, 'DefElem')?.defname === 'concurrently',
    );
    // REINDEX SYSTEM rebuilds catalogs only and has no concurrent form.
    if (concurrently || stmt.kind === 'REINDEX_OBJECT_SYSTEM') return;
    const modern = ctx.options.pgVersion >= 12;
    let target: string;
    let table: string | undefined;
    let fix: string;
    switch (stmt.kind) {
      case 'REINDEX_OBJECT_INDEX': {
        const name = relationName(ctx.schema, stmt.relation);
        const index = ctx.schema.indexes.get(name);
        table = index?.table;
        if (table && ctx.isNew(table)) return;
        target = `index ${name}`;
        fix = modern ? `REINDEX INDEX CONCURRENTLY ${name};` : swapFix(name, index);
        break;
      }
      case 'REINDEX_OBJECT_TABLE': {
        table = relationName(ctx.schema, stmt.relation);
        if (ctx.isNew(table)) return;
        target = `the indexes of ${table}`;
        fix = modern
          ? `REINDEX TABLE CONCURRENTLY ${table};`
          : swapFix(`${splitQualified(table).schema}.index_name`);
        break;
      }
      default: {
        const scope =
          stmt.kind === 'REINDEX_OBJECT_SCHEMA'
            ? `SCHEMA ${stmt.name}`
            : `DATABASE ${stmt.name ?? ''}`.trim();
        target = `every index in ${scope.toLowerCase()}`;
        fix = modern
          ? `REINDEX ${scope} CONCURRENTLY;`
          : swapFix(`${stmt.name ?? 'public'}.index_name`);
        break;
      }
    }
    const where = table ?? 'each table';
    ctx.report({
      message: `REINDEX of ${target} without CONCURRENTLY locks ${where} against writes (SHARE) and each index it rebuilds ACCESS EXCLUSIVE, so inserts, updates, deletes and any query the planner would run against that index wait until the rebuild ends.${modern ? '' : ` Postgres ${ctx.options.pgVersion} has no REINDEX CONCURRENTLY: build a replacement index concurrently and swap it in.`}`,
      fix: `${fix}  -- outside a transaction block, in a migration file of its own`,
    });
  },
};

/** Before Postgres 12: build a twin concurrently, drop the old one concurrently, rename. */
function swapFix(index: QualifiedName, model?: IndexModel): string {
  const { schema, name } = splitQualified(index);
  const plain = model && model.method === 'btree' && !model.columns.includes('(expression)');
  const definition = plain
    ? `ON ${model.table} (${model.columns.join(', ')})`
    : 'ON table_name (same columns, method and options)';
  return [
    `CREATE ${model?.unique ? 'UNIQUE ' : ''}INDEX CONCURRENTLY ${name}_new ${definition};`,
    `DROP INDEX CONCURRENTLY ${index};`,
    `ALTER INDEX ${schema}.${name}_new RENAME TO ${name};`,
  ].join('\n');
}
