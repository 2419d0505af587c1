import { relationName, relationNameOfParts } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { nameParts, splitQualified } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { concurrentIndexSql } from '../rules/create-index-non-concurrent/concurrent-index-sql.ts';
import { labelOf, type RewriteOutcome } from './fix-step.ts';
import { sqlName } from './statement-slices.ts';

/**
 * CREATE INDEX, DROP INDEX and REINDEX on an existing table, rewritten to their CONCURRENTLY
 * form, each in a file of its own (Postgres refuses CONCURRENTLY inside a transaction).
 */
export function rewriteIndexStatement(
  statement: Statement,
  schema: SchemaModel,
): RewriteOutcome | undefined {
  const create = nodeAs(statement.node, 'IndexStmt');
  if (create) {
    const sql = concurrentIndexSql(statement.text);
    if (!sql) return { ok: false, reason: 'the INDEX keyword was not found' };
    const table = relationName(schema, create.relation);
    const name = create.idxname ?? `${splitQualified(table).name}_index`;
    return alone(sql, [table], labelOf('create_index', name, 'concurrently'));
  }
  const drop = nodeAs(statement.node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_INDEX') {
    if (drop.behavior === 'DROP_CASCADE') {
      return {
        ok: false,
        reason: 'DROP INDEX ... CASCADE cannot run CONCURRENTLY; drop what depends on it first',
      };
    }
    const later = [];
    const tables = [];
    for (const object of drop.objects ?? []) {
      const parts = nameParts(nodeAs(object, 'List')?.items);
      const qualified = relationNameOfParts(schema, parts);
      const index = schema.indexes.get(qualified);
      if (index) tables.push(index.table);
      const name = parts.map(sqlName).join('.');
      later.push({
        kind: 'alone' as const,
        statements: [`DROP INDEX CONCURRENTLY ${drop.missing_ok ? 'IF EXISTS ' : ''}${name};`],
        label: labelOf('drop_index', parts.at(-1) ?? 'index', 'concurrently'),
        why: 'drops the index without blocking reads and writes (CONCURRENTLY: a file of its own)',
      });
    }
    return { ok: true, rewrite: { now: [], later, tables, label: 'drop_index' } };
  }
  const reindex = nodeAs(statement.node, 'ReindexStmt');
  if (reindex) {
    if ((reindex.params ?? []).length > 0) {
      return { ok: false, reason: 'REINDEX with options is not rewritten; write CONCURRENTLY' };
    }
    const what =
      reindex.kind === 'REINDEX_OBJECT_INDEX'
        ? 'INDEX'
        : reindex.kind === 'REINDEX_OBJECT_TABLE'
          ? 'TABLE'
          : undefined;
    if (!what || !reindex.relation) {
      return { ok: false, reason: 'only REINDEX INDEX and REINDEX TABLE are rewritten' };
    }
    const rv = reindex.relation;
    const name = [rv.schemaname, rv.relname].filter((p) => p !== undefined).map(sqlName);
    const qualified = relationName(schema, rv);
    const table = what === 'TABLE' ? qualified : schema.indexes.get(qualified)?.table;
    return alone(
      `REINDEX ${what} CONCURRENTLY ${name.join('.')};`,
      table ? [table] : [],
      labelOf('reindex', rv.relname ?? '', 'concurrently'),
    );
  }
  return undefined;
}

function alone(sql: string, tables: string[], label: string): RewriteOutcome {
  return {
    ok: true,
    rewrite: {
      now: [],
      later: [
        {
          kind: 'alone',
          statements: [sql],
          label,
          why: 'runs CONCURRENTLY, so reads and writes go on; Postgres refuses it inside a transaction, hence a file of its own',
        },
      ],
      tables,
      label,
    },
  };
}
