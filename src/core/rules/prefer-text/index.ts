import { type ColumnDefinition, columnDefinitions } from '../shared/column-definitions.ts';
import type { Rule } from '../rule.ts';

export const preferText: Rule = {
  meta: {
    id: 'prefer-text',
    defaultSeverity: 'off',
    category: 'style',
    summary:
      'varchar(n) and char(n) columns put a length limit in the type, where changing it later means ALTER COLUMN TYPE.',
    fix: 'name text NOT NULL CHECK (char_length(name) <= 200)',
  },
  statementKinds: ['CreateStmt', 'AlterTableStmt'],
  statement(ctx) {
    for (const column of columnDefinitions(ctx)) {
      if (column.type.schema !== undefined) continue;
      const limit = column.type.mods[0];
      // varchar without a limit is text under another name; bpchar always has one (char = char(1)).
      if (limit === undefined) continue;
      if (column.type.name !== 'varchar' && column.type.name !== 'bpchar') continue;
      const padding =
        column.type.name === 'bpchar'
          ? ' char(n) also pads values with spaces and ignores trailing spaces in comparisons.'
          : '';
      ctx.report({
        line: column.line,
        message: `${column.table}.${column.column} is ${column.type.display}: the limit lives in the type, so changing it later is an ALTER COLUMN TYPE under an ACCESS EXCLUSIVE lock (a table rewrite when it shrinks, and refused while a view uses the column), where a CHECK constraint can be swapped with NOT VALID and VALIDATE.${padding}`,
        fix: replacement(column, limit),
      });
    }
  },
};

function replacement(column: ColumnDefinition, limit: number): string {
  const { table, column: name } = column;
  if (column.type.array) {
    return column.via === 'alter-type'
      ? `ALTER TABLE ${table} ALTER COLUMN ${name} TYPE text[];`
      : `${name} text[]`;
  }
  const check = `CHECK (char_length(${name}) <= ${limit})`;
  if (column.via === 'alter-type') {
    return `ALTER TABLE ${table} ALTER COLUMN ${name} TYPE text;\nALTER TABLE ${table} ADD CONSTRAINT ${column.table.slice(column.table.indexOf('.') + 1)}_${name}_length ${check} NOT VALID;`;
  }
  return `${name} text ${check}`;
}
