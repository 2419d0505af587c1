import { columnDefinitions } from '../shared/column-definitions.ts';
import type { Rule } from '../rule.ts';

export const preferJsonb: Rule = {
  meta: {
    id: 'prefer-jsonb',
    defaultSeverity: 'off',
    category: 'style',
    summary:
      'A json column stores raw text that is parsed again on every access and cannot be indexed or compared.',
    fix: "settings jsonb NOT NULL DEFAULT '{}'::jsonb",
  },
  statementKinds: ['CreateStmt', 'AlterTableStmt'],
  statement(ctx) {
    for (const column of columnDefinitions(ctx)) {
      if (column.type.name !== 'json' || column.type.schema !== undefined) continue;
      const type = `jsonb${column.type.array ? '[]' : ''}`;
      ctx.report({
        line: column.line,
        message: `${column.table}.${column.column} is ${column.type.display}: json keeps the input text as is, so every ->, ->> or containment test parses it again, it has no equality operator (no DISTINCT, GROUP BY or UNIQUE on it) and no GIN index can speed up queries on it.`,
        fix:
          column.via === 'alter-type'
            ? `ALTER TABLE ${column.table} ALTER COLUMN ${column.column} TYPE ${type};`
            : `${column.column} ${type}`,
      });
    }
  },
};
