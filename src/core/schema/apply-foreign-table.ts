import type { CreateForeignTableStmt, ImportForeignSchemaStmt } from 'libpg-query';
import { qualify } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { replayCreateTable } from './apply-create-table.ts';
import { initSelectPrivileges } from './apply-privileges.ts';
import { relationName } from './relation-names.ts';
import type { Origin, SchemaModel } from './schema-model.ts';
import { newTable } from './table-definition.ts';

/** Replay CREATE FOREIGN TABLE: a relation like a table's, whose rows live on a remote server. */
export function replayCreateForeignTable(
  model: SchemaModel,
  stmt: CreateForeignTableStmt,
  origin: Origin,
): void {
  if (!stmt.base) return;
  const name = relationName(model, stmt.base.relation);
  if (model.tables.has(name) && stmt.base.if_not_exists) return;
  replayCreateTable(model, stmt.base, origin);
  const table = model.tables.get(name);
  if (!table) return;
  table.kind = 'foreign-table';
  initSelectPrivileges(model, table);
}

/**
 * Replay IMPORT FOREIGN SCHEMA ... LIMIT TO (...): the named foreign tables, columns unknown.
 * Without LIMIT TO the names are the remote server's, unknown here.
 */
export function replayImportForeignSchema(
  model: SchemaModel,
  stmt: ImportForeignSchemaStmt,
  origin: Origin,
): void {
  if (stmt.list_type !== 'FDW_IMPORT_SCHEMA_LIMIT_TO' || !stmt.local_schema) return;
  for (const item of stmt.table_list ?? []) {
    const relname = nodeAs(item, 'RangeVar')?.relname;
    if (!relname) continue;
    const name = qualify(stmt.local_schema, relname);
    const table = newTable(name, 'foreign-table', origin);
    table.columnsUnknown = true;
    initSelectPrivileges(model, table);
    model.tables.set(name, table);
  }
}
