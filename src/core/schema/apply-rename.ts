import type { AlterObjectSchemaStmt, RenameStmt } from 'libpg-query';
import { qualify, splitQualified } from '../sql/names.ts';
import { policiesOf } from './apply-policy.ts';
import { relationName } from './relation-names.ts';
import type { SchemaModel } from './schema-model.ts';

/** Replay RENAME of tables, views, columns, indexes, constraints and policies. */
export function replayRename(model: SchemaModel, stmt: RenameStmt): void {
  const newname = stmt.newname ?? '';
  switch (stmt.renameType) {
    case 'OBJECT_TABLE':
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW': {
      const from = relationName(model, stmt.relation);
      const table = model.tables.get(from);
      if (!table) return;
      model.tables.delete(from);
      table.name = newname;
      const to = qualify(table.schema, newname);
      model.tables.set(to, table);
      for (const index of model.indexes.values()) if (index.table === from) index.table = to;
      model.indexes.tablesChanged();
      return;
    }
    case 'OBJECT_COLUMN': {
      const table = model.tables.get(relationName(model, stmt.relation));
      const col = table?.columns.get(stmt.subname ?? '');
      if (!table || !col) return;
      table.columns.delete(col.name);
      const oldName = col.name;
      col.name = newname;
      table.columns.set(newname, col);
      const renamed = (n: string) => (n === oldName ? newname : n);
      for (const c of table.constraints) c.columns = c.columns.map(renamed);
      for (const index of model.indexesOf(qualify(table.schema, table.name))) {
        index.columns = index.columns.map(renamed);
        if (!index.definition) continue;
        for (const key of index.definition.keys) if (key.column) key.column = renamed(key.column);
        index.definition.include = index.definition.include.map(renamed);
      }
      return;
    }
    case 'OBJECT_INDEX': {
      const from = relationName(model, stmt.relation);
      const index = model.indexes.get(from);
      if (!index) return;
      model.indexes.delete(from);
      index.name = qualify(splitQualified(from).schema, newname);
      model.indexes.set(index.name, index);
      return;
    }
    case 'OBJECT_TABCONSTRAINT': {
      const table = relationName(model, stmt.relation);
      const c = model.constraint(table, stmt.subname ?? '');
      if (!c) return;
      // Renaming a unique or primary key constraint renames the index it built.
      const { schema } = splitQualified(table);
      const index = c.index ? undefined : model.indexes.get(qualify(schema, c.name));
      if (index && (c.kind === 'unique' || c.kind === 'primary-key')) {
        model.indexes.delete(index.name);
        index.name = qualify(schema, newname);
        model.indexes.set(index.name, index);
      }
      c.name = newname;
      return;
    }
    case 'OBJECT_POLICY': {
      const policies = policiesOf(model, relationName(model, stmt.relation));
      const policy = policies?.get(stmt.subname ?? '');
      if (!policies || !policy) return;
      policies.delete(policy.name);
      policy.name = newname;
      policies.set(newname, policy);
      return;
    }
    default:
      return;
  }
}

/** Replay ALTER TABLE / VIEW ... SET SCHEMA: the relation and its indexes move. */
export function replayRelationSchema(model: SchemaModel, stmt: AlterObjectSchemaStmt): void {
  if (!stmt.relation || !stmt.newschema) return;
  const from = relationName(model, stmt.relation);
  const table = model.tables.get(from);
  if (!table) return;
  model.tables.delete(from);
  table.schema = stmt.newschema;
  model.tables.set(qualify(table.schema, table.name), table);
  for (const index of model.indexes.values()) {
    if (index.table === from) index.table = qualify(table.schema, table.name);
  }
  model.indexes.tablesChanged();
}
