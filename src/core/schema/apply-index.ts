import type { IndexStmt, Node } from 'libpg-query';
import { qualify, splitQualified } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { relationName } from './relation-names.ts';
import type { Origin, SchemaModel } from './schema-model.ts';

/**
 * Replay CREATE INDEX. `builtOnData`: the table had rows in every indexed column when the index
 * was built (or is unknown to the model, so it predates the migrations).
 */
export function replayCreateIndex(model: SchemaModel, stmt: IndexStmt, origin: Origin): void {
  const table = relationName(model, stmt.relation);
  const { schema } = splitQualified(table);
  const name = qualify(schema, stmt.idxname ?? defaultIndexName(stmt, table));
  if (stmt.if_not_exists && model.indexes.has(name)) return;
  const columns = (stmt.indexParams ?? []).map((p) => {
    const elem = nodeAs(p, 'IndexElem');
    return elem?.name ?? '(expression)';
  });
  const t = model.tables.get(table);
  const builtOnData =
    t === undefined || (t.rowsWritten && columns.every((c) => t.columns.get(c)?.filled ?? true));
  model.indexes.set(name, {
    name,
    table,
    columns,
    unique: stmt.unique ?? false,
    method: stmt.accessMethod ?? 'btree',
    builtOnData,
    addedBy: origin,
  });
}

function defaultIndexName(stmt: { indexParams?: Node[]; unique?: boolean }, table: string): string {
  const { name } = splitQualified(table);
  const cols = (stmt.indexParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.name ?? 'expr');
  return `${name}_${cols.join('_')}_${stmt.unique ? 'key' : 'idx'}`;
}
