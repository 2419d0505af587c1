import type { AlterTableCmd, AlterTableStmt, ColumnDef, Constraint, Node } from 'libpg-query';
import { relationName } from '../../schema/relation-names.ts';
import type { TableModel } from '../../schema/schema-model.ts';
import type { QualifiedName } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { StatementContext } from '../rule.ts';

/**
 * An ALTER TABLE on a table that other sessions may be using: it existed before this file (or
 * is unknown to the model, so it predates the migrations). The lock rules start from here.
 */
export interface ExistingTableAlter {
  stmt: AlterTableStmt;
  name: QualifiedName;
  /** The table as the model knows it; undefined when it was created outside the migrations. */
  table: TableModel | undefined;
  cmds: AlterTableCmd[];
}

/** The ALTER TABLE of the statement under check, when it targets an existing table. */
export function existingTableAlter(ctx: StatementContext): ExistingTableAlter | undefined {
  const stmt = nodeAs(ctx.statement.node, 'AlterTableStmt');
  if (stmt?.objtype !== 'OBJECT_TABLE') return undefined;
  const name = relationName(ctx.schema, stmt.relation);
  if (ctx.isNew(name)) return undefined;
  const table = ctx.schema.table(name);
  // ALTER TABLE also reaches views and sequences; only tables hold rows to scan or rewrite.
  if (table && table.kind !== 'table' && table.kind !== 'partitioned-table') return undefined;
  const cmds = (stmt.cmds ?? []).flatMap((c) => {
    const cmd = nodeAs(c, 'AlterTableCmd');
    return cmd ? [cmd] : [];
  });
  return { stmt, name, table, cmds };
}

/** A column an `ADD COLUMN` really adds: not one that `ADD COLUMN IF NOT EXISTS` skips. */
export function addedColumn(alter: ExistingTableAlter, cmd: AlterTableCmd): ColumnDef | undefined {
  if (cmd.subtype !== 'AT_AddColumn') return undefined;
  const def = nodeAs(cmd.def, 'ColumnDef');
  if (!def?.colname) return undefined;
  if (cmd.missing_ok && alter.table?.columns.has(def.colname)) return undefined;
  return def;
}

/** The constraint clauses written on a column definition (DEFAULT, NOT NULL, CHECK, ...). */
export function columnConstraints(def: ColumnDef): Constraint[] {
  return (def.constraints ?? []).flatMap((c) => {
    const con = nodeAs(c, 'Constraint');
    return con ? [con] : [];
  });
}

/** The constraint an `ADD CONSTRAINT` subcommand adds. */
export function addedConstraint(cmd: AlterTableCmd): Constraint | undefined {
  if (cmd.subtype !== 'AT_AddConstraint') return undefined;
  return nodeAs(cmd.def, 'Constraint');
}

/** `NULL` written as an expression, e.g. `DEFAULT NULL`. */
export function isNullConstant(expr: Node | undefined): boolean {
  return nodeAs(expr, 'A_Const')?.isnull === true;
}

const SERIAL_TYPES: ReadonlySet<string> = new Set([
  'serial',
  'bigserial',
  'smallserial',
  'serial2',
  'serial4',
  'serial8',
]);

/** serial, bigserial, smallserial and their aliases: a column with a sequence default. */
export function isSerialType(typeName: string): boolean {
  return SERIAL_TYPES.has(typeName);
}
