import type { ColumnDef, Node } from 'libpg-query';
import { parseStatements } from '../../sql/function-body.ts';
import { relationName } from '../../schema/relation-names.ts';
import type { SchemaModel } from '../../schema/schema-model.ts';
import { nameParts, type QualifiedName, type TypeRef, typeRef } from '../../sql/names.ts';
import { SourceText } from '../../sql/source-text.ts';
import { kindOf, nodeAs, type Statement } from '../../sql/statement.ts';
import type { StatementContext } from '../rule.ts';

/** A column type written by a statement: a new column, or a new type for an existing one. */
export interface ColumnDefinition {
  table: QualifiedName;
  column: string;
  type: TypeRef;
  def: ColumnDef;
  via: 'create-table' | 'add-column' | 'alter-type';
  /** The column is (part of) the primary key the same statement declares. */
  primaryKey: boolean;
  /** Line of the column definition in the file. */
  line: number;
}

/**
 * The column types that CREATE TABLE, ALTER TABLE ... ADD COLUMN and ALTER COLUMN ... TYPE
 * write, each at its own line, so a finding points at the column rather than the statement.
 * Worked out once per statement (`ctx.memo`): six rules ask. Read only.
 */
export function columnDefinitions(ctx: StatementContext): readonly ColumnDefinition[] {
  return ctx.memo(columnDefinitions, () => definitionsOf(ctx.statement, ctx.schema));
}

function definitionsOf(statement: Statement, schema: SchemaModel): ColumnDefinition[] {
  const kind = statement.kind;
  if (kind !== 'CreateStmt' && kind !== 'AlterTableStmt') return [];
  const located = locate(statement);
  const lineOf = (def: ColumnDef): number => {
    const offset = def.location ?? def.typeName?.location;
    if (!located || offset === undefined || offset < 0) return statement.line;
    const position = located.source.position(located.source.charOffset(offset - located.base));
    return statement.line + position.line - 1;
  };
  const create = nodeAs(located?.node ?? statement.node, 'CreateStmt');
  if (create) {
    const table = relationName(schema, create.relation);
    // CREATE TABLE IF NOT EXISTS of a table that is already there defines nothing.
    if (create.if_not_exists && schema.table(table)) return [];
    const keyColumns = new Set<string>();
    for (const elt of create.tableElts ?? []) {
      const con = nodeAs(elt, 'Constraint');
      if (con?.contype === 'CONSTR_PRIMARY') for (const k of nameParts(con.keys)) keyColumns.add(k);
    }
    return (create.tableElts ?? []).flatMap((elt) => {
      const def = nodeAs(elt, 'ColumnDef');
      if (!def?.colname || !def.typeName) return [];
      const primaryKey = keyColumns.has(def.colname) || hasInlinePrimaryKey(def);
      return [definition(table, def.colname, def, 'create-table', primaryKey, lineOf(def))];
    });
  }
  const alter = nodeAs(located?.node ?? statement.node, 'AlterTableStmt');
  if (alter?.objtype !== 'OBJECT_TABLE') return [];
  const table = relationName(schema, alter.relation);
  return (alter.cmds ?? []).flatMap((item) => {
    const cmd = nodeAs(item, 'AlterTableCmd');
    const def = nodeAs(cmd?.def, 'ColumnDef');
    if (!cmd || !def?.typeName) return [];
    if (cmd.subtype === 'AT_AddColumn' && def.colname) {
      // ADD COLUMN IF NOT EXISTS of a column the table has: Postgres skips it.
      if (cmd.missing_ok && schema.column(table, def.colname)) return [];
      const primaryKey = hasInlinePrimaryKey(def);
      return [definition(table, def.colname, def, 'add-column', primaryKey, lineOf(def))];
    }
    if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
      return [definition(table, cmd.name, def, 'alter-type', false, lineOf(def))];
    }
    return [];
  });
}

function definition(
  table: QualifiedName,
  column: string,
  def: ColumnDef,
  via: ColumnDefinition['via'],
  primaryKey: boolean,
  line: number,
): ColumnDefinition {
  return { table, column, type: typeRef(def.typeName), def, via, primaryKey, line };
}

function hasInlinePrimaryKey(def: ColumnDef): boolean {
  return (def.constraints ?? []).some((c) => nodeAs(c, 'Constraint')?.contype === 'CONSTR_PRIMARY');
}

/**
 * Node locations are byte offsets into whatever text was parsed (the file, a piece of it, or a
 * DO block's body). A top-level statement knows where it starts in that text
 * (`locationBase`), so its own node serves; SQL from a DO block is parsed again on its own to
 * get offsets we can map.
 */
const locatedStatements = new WeakMap<Statement, Located | null>();

interface Located {
  node: Node;
  source: SourceText;
  /** Subtracted from a node location to make it an offset into `source`. */
  base: number;
}

function locate(statement: Statement): Located | null {
  const cached = locatedStatements.get(statement);
  if (cached !== undefined) return cached;
  let located: Located | null = null;
  if (statement.locationBase !== undefined) {
    located = {
      node: statement.node,
      source: new SourceText(statement.text),
      base: statement.locationBase,
    };
  } else {
    // Shared with the other rules that parse the same SQL again (`parseStatements`).
    const nodes = parseStatements(statement.text);
    const only = nodes.length === 1 ? nodes[0] : undefined;
    if (only && kindOf(only) === statement.kind) {
      located = { node: only, source: new SourceText(statement.text), base: 0 };
    }
  }
  locatedStatements.set(statement, located);
  return located;
}
