import type { AlterObjectSchemaStmt, ColumnRef, Node, RenameStmt } from 'libpg-query';
import { type QualifiedName, qualify, splitQualified } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { findNodes } from '../sql/walk.ts';
import { policiesOf } from './apply-policy.ts';
import { renamePolicyColumn, renamePolicyTable } from './policy-renames.ts';
import { relationName } from './relation-names.ts';
import type { SchemaModel, TableModel } from './schema-model.ts';
import { moveTriggers } from './apply-trigger.ts';

/** Replay RENAME of tables, views, columns, indexes, constraints and policies. */
export function replayRename(model: SchemaModel, stmt: RenameStmt): void {
  const newname = stmt.newname ?? '';
  switch (stmt.renameType) {
    case 'OBJECT_TABLE':
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW': {
      const from = relationName(model, stmt.relation);
      const table = model.tables.get(from);
      const to = qualify(table?.schema ?? splitQualified(from).schema, newname);
      // A table created outside the migrations keeps its deprecation marks under the new name.
      moveUntrackedDeprecations(model, from, to);
      if (!table) return;
      renamePolicyTable(model, from, newname);
      moveTable(model, table, from, to);
      return;
    }
    case 'OBJECT_COLUMN': {
      const tableName = relationName(model, stmt.relation);
      const table = model.tables.get(tableName);
      const oldName = stmt.subname ?? '';
      const col = table?.columns.get(oldName);
      renameUntrackedDeprecation(model, tableName, oldName, newname);
      if (!table || !col) return;
      table.columns.delete(col.name);
      col.name = newname;
      table.columns.set(newname, col);
      const renamed = (n: string) => (n === oldName ? newname : n);
      for (const c of table.constraints) {
        c.columns = c.columns.map(renamed);
        // A CHECK's expression names the column too: the proofs read from it (a validated
        // CHECK (col IS NOT NULL)) must follow the column, as Postgres's catalog does.
        if (c.expr !== undefined) c.expr = withColumnRenamed(c.expr, oldName, newname);
      }
      // Foreign keys of any table that point at the renamed column.
      for (const other of model.tables.values()) {
        for (const c of other.constraints) {
          if (c.references?.table === tableName) {
            c.references.columns = c.references.columns.map(renamed);
          }
        }
      }
      for (const index of model.indexesOf(qualify(table.schema, table.name))) {
        index.columns = index.columns.map(renamed);
        if (!index.definition) continue;
        for (const key of index.definition.keys) {
          if (key.column) key.column = renamed(key.column);
          if (key.expression)
            key.expression = jsonWithColumnRenamed(key.expression, oldName, newname);
        }
        index.definition.include = index.definition.include.map(renamed);
        // An index's predicate and expressions, like a CHECK, read only its table's row.
        const { predicate } = index.definition;
        if (predicate)
          index.definition.predicate = jsonWithColumnRenamed(predicate, oldName, newname);
      }
      renamePolicyColumn(model, tableName, oldName, newname);
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
  const to = qualify(stmt.newschema, splitQualified(from).name);
  moveUntrackedDeprecations(model, from, to);
  if (!table) return;
  moveTable(model, table, from, to);
}

/**
 * Move a relation to a new qualified name. Postgres refers to it by OID, so everything that
 * points at it follows: its indexes, foreign keys of other tables, the sources of views.
 */
function moveTable(model: SchemaModel, table: TableModel, from: QualifiedName, to: QualifiedName) {
  model.tables.delete(from);
  const { schema, name } = splitQualified(to);
  table.schema = schema;
  table.name = name;
  model.tables.set(to, table);
  moveTriggers(model, from, to);
  for (const index of model.indexes.values()) if (index.table === from) index.table = to;
  model.indexes.tablesChanged();
  for (const other of model.tables.values()) {
    for (const c of other.constraints) if (c.references?.table === from) c.references.table = to;
    if (other.viewSources?.includes(from)) {
      other.viewSources = other.viewSources.map((s) => (s === from ? to : s));
    }
  }
}

/** Deprecation marks kept for columns of a relation the model does not know, under a new name. */
function moveUntrackedDeprecations(model: SchemaModel, from: QualifiedName, to: QualifiedName) {
  const marks = model.untrackedColumnDeprecations;
  for (const [key, origin] of [...marks]) {
    if (!key.startsWith(`${from}.`)) continue;
    marks.delete(key);
    marks.set(`${to}.${key.slice(from.length + 1)}`, origin);
  }
}

function renameUntrackedDeprecation(
  model: SchemaModel,
  table: QualifiedName,
  from: string,
  to: string,
): void {
  const marks = model.untrackedColumnDeprecations;
  const origin = marks.get(`${table}.${from}`);
  if (origin === undefined) return;
  marks.delete(`${table}.${from}`);
  marks.set(`${table}.${to}`, origin);
}

/**
 * A copy of a constraint expression with its references to column `from` renamed to `to`. A
 * CHECK reads only its own table's row, so every column reference in it is to that table. The
 * parse tree is copied, not changed in place: parsed statements are shared (the parse cache).
 */
function withColumnRenamed(expr: Node, from: string, to: string): Node {
  if (!findNodes(expr, 'ColumnRef').some((ref) => lastField(ref) === from)) return expr;
  const copy = structuredClone(expr);
  for (const ref of findNodes(copy, 'ColumnRef')) {
    const last = nodeAs(ref.fields?.[ref.fields.length - 1], 'String');
    if (last?.sval === from) last.sval = to;
  }
  return copy;
}

/** The same for an expression kept as its parse tree in JSON (index keys and predicates). */
function jsonWithColumnRenamed(json: string, from: string, to: string): string {
  const expr = JSON.parse(json) as Node;
  const renamed = withColumnRenamed(expr, from, to);
  return renamed === expr ? json : JSON.stringify(renamed);
}

/** The name a column reference ends with (its column), if it ends with a name. */
function lastField(ref: ColumnRef): string | undefined {
  return nodeAs(ref.fields?.[ref.fields.length - 1], 'String')?.sval;
}
