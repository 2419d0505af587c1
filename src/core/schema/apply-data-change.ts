import type { CopyStmt, InsertStmt, RefreshMatViewStmt, UpdateStmt } from 'libpg-query';
import type { QualifiedName } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { relationName } from './relation-names.ts';
import type { SchemaModel } from './schema-model.ts';

/**
 * Statements that write rows: the model records that a table has rows, and which columns hold
 * values, so the rules can tell an index or constraint built on data from one on an empty table.
 */

export function replayInsert(model: SchemaModel, stmt: InsertStmt): void {
  markWritten(model, relationName(model, stmt.relation), undefined);
}

export function replayUpdate(model: SchemaModel, stmt: UpdateStmt): void {
  const columns = (stmt.targetList ?? []).flatMap((t) => {
    const name = nodeAs(t, 'ResTarget')?.name;
    return name ? [name] : [];
  });
  markWritten(model, relationName(model, stmt.relation), columns);
}

export function replayCopy(model: SchemaModel, stmt: CopyStmt): void {
  if (stmt.is_from && stmt.relation) markWritten(model, relationName(model, stmt.relation));
}

/** A refresh populates the view (WITH NO DATA empties it): CONCURRENTLY needs it populated. */
export function replayRefreshMatView(model: SchemaModel, stmt: RefreshMatViewStmt): void {
  const view = model.tables.get(relationName(model, stmt.relation));
  if (view) view.rowsWritten = !stmt.skipData;
}

function markWritten(model: SchemaModel, table: QualifiedName, columns?: string[]): void {
  const t = model.tables.get(table);
  if (!t) return;
  t.rowsWritten = true;
  for (const col of t.columns.values()) {
    if (columns === undefined || columns.includes(col.name)) col.filled = true;
  }
}
