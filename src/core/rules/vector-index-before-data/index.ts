import { relationName } from '../../schema/relation-names.ts';
import { nameParts } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

export const vectorIndexBeforeData: Rule = {
  meta: {
    id: 'vector-index-before-data',
    defaultSeverity: 'warning',
    category: 'data',
    summary:
      'An ivfflat index built on a vector column this migration added or left empty: its lists are trained on no data.',
    fix: 'CREATE INDEX CONCURRENTLY index_name ON table_name USING hnsw (embedding vector_cosine_ops);  -- or build the ivfflat index after the backfill, WITH (lists = rows / 1000)',
  },
  statementKinds: ['IndexStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'IndexStmt');
    if (stmt?.accessMethod?.toLowerCase() !== 'ivfflat') return;
    const tableName = relationName(ctx.schema, stmt.relation);
    const table = ctx.schema.table(tableName);
    // A table no migration created existed before, with whatever data it holds.
    if (!table) return;
    const newTable = ctx.isNew(table);
    for (const param of stmt.indexParams ?? []) {
      const elem = nodeAs(param, 'IndexElem');
      const column = elem?.name ? table.columns.get(elem.name) : undefined;
      if (!column) continue;
      let why: string | undefined;
      if (newTable && !table.rowsWritten) {
        why = `${tableName} is created by this migration and no rows are inserted before the index`;
      } else if ((newTable || ctx.isNewOrigin(column.addedBy)) && !column.filled) {
        why = `${column.name} is ${newTable ? 'part of a table created' : 'added'} by this migration and nothing fills it before the index`;
      }
      if (!why) continue;
      const opclass = nameParts(elem?.opclass).join('.') || 'vector_cosine_ops';
      const indexName = stmt.idxname ?? 'index_name';
      ctx.report({
        message: `ivfflat index ${indexName} on ${tableName} (${column.name}) is built while the column is empty (${why}): ivfflat picks its lists' centroids from the vectors present at build time, so with none the lists are meaningless and nearest-neighbour queries silently miss most matches until the index is rebuilt.`,
        fix: `CREATE INDEX CONCURRENTLY ${indexName} ON ${tableName} USING hnsw (${column.name} ${opclass});  -- HNSW needs no training; or create the ivfflat index in a migration after the backfill, WITH (lists = rows / 1000)`,
      });
    }
  },
};
