import type { CreateStmt, CreateTableAsStmt } from 'libpg-query';
import { qualify } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { initSelectPrivileges } from './apply-privileges.ts';
import { viewSourceNames } from './apply-view.ts';
import { relationName } from './relation-names.ts';
import type { Origin, RelationKind, SchemaModel } from './schema-model.ts';
import { columnFromDef, constraintFromNode, newTable } from './table-definition.ts';

/** Replay CREATE TABLE: columns, constraints (with the indexes keys create), LIKE, partitions. */
export function replayCreateTable(model: SchemaModel, stmt: CreateStmt, origin: Origin): void {
  const name = relationName(model, stmt.relation);
  if (model.tables.has(name) && stmt.if_not_exists) return;
  const kind: RelationKind = stmt.partspec ? 'partitioned-table' : 'table';
  const table = newTable(name, kind, origin);
  table.unlogged = stmt.relation?.relpersistence === 'u';
  if (stmt.partbound || stmt.inhRelations?.length) table.columnsUnknown = true;
  for (const elt of stmt.tableElts ?? []) {
    const colDef = nodeAs(elt, 'ColumnDef');
    if (colDef) {
      const { column, constraints } = columnFromDef(model, table, colDef, origin, false);
      table.columns.set(column.name, column);
      model.addConstraints(table, constraints);
      continue;
    }
    const con = nodeAs(elt, 'Constraint');
    if (con) {
      const c = constraintFromNode(model, table, con, [], origin);
      model.addConstraints(table, [c]);
      if (c.kind === 'primary-key') {
        for (const colName of c.columns) {
          const col = table.columns.get(colName);
          if (col) col.notNull = true;
        }
      }
      continue;
    }
    const like = nodeAs(elt, 'TableLikeClause');
    if (like) {
      const source = model.tables.get(relationName(model, like.relation));
      if (!source || source.columnsUnknown) table.columnsUnknown = true;
      for (const col of source?.columns.values() ?? []) {
        table.columns.set(col.name, { ...col, addedBy: origin, filled: false });
      }
    }
  }
  model.tables.set(name, table);
  // Unique and primary key constraints create their indexes.
  for (const c of table.constraints) {
    if (c.kind === 'unique' || c.kind === 'primary-key') {
      const indexName = qualify(table.schema, c.index ?? c.name);
      model.indexes.set(indexName, {
        name: indexName,
        table: name,
        columns: c.columns,
        unique: true,
        method: 'btree',
        builtOnData: false,
        definition: c.indexDefinition,
        addedBy: origin,
      });
    }
  }
}

/**
 * Replay CREATE TABLE AS and CREATE MATERIALIZED VIEW: the columns come from a query the model
 * does not type, so they stay unknown.
 */
export function replayCreateTableAs(
  model: SchemaModel,
  stmt: CreateTableAsStmt,
  origin: Origin,
): void {
  const kind = stmt.objtype === 'OBJECT_MATVIEW' ? 'materialized-view' : 'table';
  const name = relationName(model, stmt.into?.rel);
  if (stmt.if_not_exists && model.tables.has(name)) return;
  const table = newTable(name, kind, origin);
  table.columnsUnknown = true;
  table.rowsWritten = !stmt.into?.skipData;
  if (kind === 'materialized-view') {
    table.viewSources = viewSourceNames(model, stmt.query);
    initSelectPrivileges(model, table);
  }
  model.tables.set(name, table);
}
