import { type ColumnDefinition, columnDefinitions } from '../shared/column-definitions.ts';
import type { Rule } from '../rule.ts';

export const preferTimestamptz: Rule = {
  meta: {
    id: 'prefer-timestamptz',
    defaultSeverity: 'off',
    category: 'style',
    summary:
      'A column of type timestamp (without time zone) stores wall-clock times that cannot be placed on the timeline.',
    fix: 'created_at timestamptz NOT NULL DEFAULT now()',
  },
  statementKinds: ['CreateStmt', 'AlterTableStmt'],
  statement(ctx) {
    for (const column of columnDefinitions(ctx)) {
      if (column.type.name !== 'timestamp' || column.type.schema !== undefined) continue;
      ctx.report({
        line: column.line,
        message: `${column.table}.${column.column} is ${column.type.display} without time zone: it keeps no offset, so values written by sessions or clients in different time zones cannot be compared or converted reliably, and now() is silently converted to the session's TimeZone on write.`,
        fix: replacement(column),
      });
    }
  },
};

function replacement(column: ColumnDefinition): string {
  const precision = column.type.mods.length ? `(${column.type.mods.join(',')})` : '';
  const type = `timestamptz${precision}${column.type.array ? '[]' : ''}`;
  if (column.via === 'alter-type') {
    return `ALTER TABLE ${column.table} ALTER COLUMN ${column.column} TYPE ${type};`;
  }
  return `${column.column} ${type}`;
}
