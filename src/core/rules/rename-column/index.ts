import { relationName } from '../../schema/relation-names.ts';
import type { TableModel } from '../../schema/schema-model.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';

const RELATIONS: ReadonlySet<string> = new Set([
  'OBJECT_TABLE',
  'OBJECT_VIEW',
  'OBJECT_MATVIEW',
  'OBJECT_FOREIGN_TABLE',
]);

export const renameColumn: Rule = {
  meta: {
    id: 'rename-column',
    defaultSeverity: 'error',
    category: 'breaking',
    summary:
      'RENAME COLUMN on an existing table breaks running code that still uses the old column name.',
    fix: 'ALTER TABLE table_name ADD COLUMN new_name <type>;  -- write both, backfill, switch reads, then retire old_name after the deprecation window',
  },
  statementKinds: ['RenameStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'RenameStmt');
    if (stmt?.renameType !== 'OBJECT_COLUMN' || !RELATIONS.has(stmt.relationType ?? '')) return;
    const tableName = relationName(ctx.schema, stmt.relation);
    if (ctx.isNew(tableName)) return;
    const table = ctx.schema.table(tableName);
    if (!table && stmt.missing_ok) return;
    const from = stmt.subname ?? '';
    const to = stmt.newname ?? '';
    // A column added by this file (or, with --base, this change) is not known to running code.
    const column = table?.columns.get(from);
    if (column && ctx.isNewOrigin(column.addedBy)) return;
    ctx.report({
      message: `RENAME COLUMN ${tableName}.${from} to ${to} takes a brief ACCESS EXCLUSIVE lock and breaks every running query and API request that names ${from}: they fail from the moment this migration commits until new code is deployed.`,
      fix: isView(stmt.relationType, table)
        ? `CREATE OR REPLACE VIEW ${tableName} AS SELECT ..., ${from}, ${from} AS ${to} FROM ...;  -- keep ${from}, append ${to} at the end; drop ${from} once no code uses it`
        : `ALTER TABLE ${tableName} ADD COLUMN ${to} ${column?.type.display ?? '<type>'};  -- write both columns and backfill ${to}, switch reads to it, then mark ${from} deprecated and drop it after the deprecation window`,
    });
  },
};

function isView(relationType: string | undefined, table: TableModel | undefined): boolean {
  if (table) return table.kind === 'view' || table.kind === 'materialized-view';
  return relationType === 'OBJECT_VIEW' || relationType === 'OBJECT_MATVIEW';
}
