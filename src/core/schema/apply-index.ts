import type { IndexStmt, Node } from 'libpg-query';
import { qualify, splitQualified } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { indexDefinitionOfStmt } from './index-definition.ts';
import { relationName } from './relation-names.ts';
import type { Origin, SchemaModel } from './schema-model.ts';

/**
 * Replay CREATE INDEX. `builtOnData`: the table had rows in every indexed column when the index
 * was built (or is unknown to the model, so it predates the migrations).
 */
export function replayCreateIndex(model: SchemaModel, stmt: IndexStmt, origin: Origin): void {
  const table = relationName(model, stmt.relation);
  const { schema } = splitQualified(table);
  const name = stmt.idxname
    ? qualify(schema, stmt.idxname)
    : freeName(model, schema, defaultIndexName(stmt, table));
  if (
    stmt.if_not_exists &&
    model.indexes.has(name) &&
    !model.indexes.get(name)?.droppedWithConstraint
  )
    return;
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
    definition: indexDefinitionOfStmt(stmt),
    addedBy: origin,
  });
}

function defaultIndexName(stmt: { indexParams?: Node[]; unique?: boolean }, table: string): string {
  const { name } = splitQualified(table);
  const cols = (stmt.indexParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.name ?? 'expr');
  return `${name}_${cols.join('_')}_${stmt.unique ? 'key' : 'idx'}`;
}

/** Postgres numbers a generated name until it is free: `t_c_idx`, `t_c_idx1`, ... */
function freeName(model: SchemaModel, schema: string, base: string): string {
  let name = qualify(schema, base);
  for (let n = 1; model.indexes.has(name) || model.tables.has(name); n++) {
    name = qualify(schema, `${base}${n}`);
  }
  return name;
}
