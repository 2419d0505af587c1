import { relationName } from '../../schema/relation-names.ts';
import { nodeAs } from '../../sql/statement.ts';
import { walkNodes } from '../../sql/walk.ts';
import { type ColumnDefinition, columnDefinitions } from '../shared/column-definitions.ts';
import type { Rule } from '../rule.ts';

/** serial types and the integer size each one really is. */
const SERIAL_TYPES: Partial<Record<string, string>> = {
  smallserial: 'smallint',
  serial2: 'smallint',
  serial: 'integer',
  serial4: 'integer',
  bigserial: 'bigint',
  serial8: 'bigint',
};

const SMALL_INTEGERS: Partial<Record<string, string>> = { int2: 'smallint', int4: 'integer' };

const LIMITS: Record<string, string> = { smallint: '32,767', integer: '2,147,483,647' };

export const preferBigintIdentity: Rule = {
  meta: {
    id: 'prefer-bigint-identity',
    defaultSeverity: 'off',
    category: 'style',
    summary:
      'Generated ids should be bigint identity columns, not serial types or 2- and 4-byte integers.',
    fix: 'id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  },
  statementKinds: ['CreateStmt', 'AlterTableStmt'],
  statement(ctx) {
    const columns = columnDefinitions(ctx);
    for (const column of columns) {
      const message = verdict(column);
      if (message === undefined) continue;
      ctx.report({
        line: column.line,
        message,
        fix: `${column.column} bigint GENERATED ALWAYS AS IDENTITY${column.primaryKey ? ' PRIMARY KEY' : ''}`,
      });
    }
    // ALTER COLUMN ... ADD GENERATED AS IDENTITY turns an existing integer column into an id.
    const alter = nodeAs(ctx.statement.node, 'AlterTableStmt');
    if (!alter) return;
    const table = relationName(ctx.schema, alter.relation);
    for (const item of alter.cmds ?? []) {
      const cmd = nodeAs(item, 'AlterTableCmd');
      if (cmd?.subtype !== 'AT_AddIdentity' || !cmd.name) continue;
      // The same statement may change the type first (ALTER COLUMN id TYPE bigint, ...).
      const retyped = columns.find((c) => c.via === 'alter-type' && c.column === cmd.name);
      const type = retyped?.type ?? ctx.schema.column(table, cmd.name)?.type;
      const size = SMALL_INTEGERS[type?.name ?? ''];
      if (size === undefined) continue;
      ctx.report({
        message: `${table}.${cmd.name} becomes an identity column of type ${size}: it runs out after ${LIMITS[size]} ids, and widening it later rewrites the table and every column that references it.`,
        fix: `ALTER TABLE ${table} ALTER COLUMN ${cmd.name} TYPE bigint;  -- before adding the identity, while the table is small`,
      });
    }
  },
};

function verdict(column: ColumnDefinition): string | undefined {
  const name = `${column.table}.${column.column}`;
  const serialSize = SERIAL_TYPES[column.type.name];
  if (serialSize !== undefined && column.type.schema === undefined) {
    const limit = LIMITS[serialSize];
    const overflow = limit
      ? `, ${article(serialSize)} underneath: its ids run out after ${limit}, and`
      : ':';
    return `${name} is ${column.type.name}${overflow} its sequence is a separate object with its own ownership and grants, unlike a standard identity column.`;
  }
  const size = SMALL_INTEGERS[column.type.name];
  if (size === undefined || column.type.array) return undefined;
  const limit = LIMITS[size];
  if (isIdentity(column)) {
    return `${name} is ${article(size)} identity column: it runs out after ${limit} ids, and widening it later rewrites the table and every column that references it.`;
  }
  if (column.primaryKey && hasSequenceDefault(column)) {
    return `${name} is ${article(size)} primary key filled from a sequence: it runs out after ${limit} ids, and widening it later rewrites the table and every column that references it.`;
  }
  return undefined;
}

function isIdentity(column: ColumnDefinition): boolean {
  return (column.def.constraints ?? []).some(
    (c) => nodeAs(c, 'Constraint')?.contype === 'CONSTR_IDENTITY',
  );
}

/** `DEFAULT nextval(...)`: a serial column written out by hand. */
function hasSequenceDefault(column: ColumnDefinition): boolean {
  return (column.def.constraints ?? []).some((c) => {
    const con = nodeAs(c, 'Constraint');
    if (con?.contype !== 'CONSTR_DEFAULT') return false;
    let found = false;
    walkNodes(con.raw_expr, (node) => {
      const call = nodeAs(node, 'FuncCall');
      const fn = call?.funcname?.at(-1);
      if (nodeAs(fn, 'String')?.sval === 'nextval') found = true;
      return !found;
    });
    return found;
  });
}

function article(size: string): string {
  return `${/^[aeiou]/.test(size) ? 'an' : 'a'} ${size}`;
}
