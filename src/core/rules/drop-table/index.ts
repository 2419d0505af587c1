import { relationName } from '../../schema/relation-names.ts';
import { nameParts } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';
import { contractWindow } from '../shared/contract-window.ts';

export const dropTable: Rule = {
  meta: {
    id: 'drop-table',
    defaultSeverity: 'error',
    category: 'breaking',
    summary:
      'DROP TABLE of a table that existed before this file breaks code still using it and loses its data for good.',
    fix: 'ALTER TABLE table_name RENAME TO table_name_retired;  -- once no code uses it; DROP TABLE table_name_retired in a later migration',
  },
  statementKinds: ['DropStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'DropStmt');
    if (stmt?.removeType !== 'OBJECT_TABLE') return;
    const existing: string[] = [];
    for (const object of stmt.objects ?? []) {
      const parts = nameParts(nodeAs(object, 'List')?.items ?? [object]);
      const name = parts.at(-1);
      if (name === undefined) continue;
      const table = ctx.schema.resolveRelation(parts.length >= 2 ? parts.at(-2) : undefined, name);
      if (ctx.isNew(table)) continue;
      // IF EXISTS of a table no migration created: most likely cleanup of something that never
      // reached this database, and nothing here says it did.
      const model = ctx.schema.table(table);
      if (!model && stmt.missing_ok) continue;
      // DROP TABLE refuses views; drop-table is about tables and their rows.
      if (model?.kind === 'view' || model?.kind === 'materialized-view') continue;
      // Marked deprecated earlier, dropped by a contract step dated after the window.
      if (model?.deprecatedAt && contractWindow(ctx, model.deprecatedAt) === 'in-window') continue;
      existing.push(table);
    }
    const first = existing[0];
    if (first === undefined) return;
    const list = existing.join(', ');
    const cascade =
      stmt.behavior === 'DROP_CASCADE'
        ? ' CASCADE also drops the views and foreign keys that depend on it.'
        : '';
    // Dropped and created again further down the file (a table rebuilt from scratch): code still
    // finds a table of that name when the migration commits, but none of the old rows.
    const later = ctx.statements.slice(ctx.statement.index + 1).flatMap((s) => {
      const create = nodeAs(s.node, 'CreateStmt');
      return create?.relation ? [relationName(ctx.schema, create.relation)] : [];
    });
    const recreated = existing.every((t) => later.includes(t));
    const effect = recreated
      ? `, and this file creates ${existing.length > 1 ? 'them' : 'it'} again: code that uses ${list} finds ${existing.length > 1 ? 'tables' : 'a table'} of that name when this migration commits, but none of the old rows, and there is no rollback (migrations are one-way)`
      : ': running code that reads or writes it fails from the moment this migration commits, and there is no rollback (migrations are one-way)';
    ctx.report({
      message: `DROP TABLE ${list} takes an ACCESS EXCLUSIVE lock and deletes the table with all its rows${effect}.${cascade}`,
      fix: `ALTER TABLE ${first} RENAME TO ${retiredName(first)};  -- after the app stops using it; DROP TABLE ${retiredName(first)} in a later migration`,
    });
  },
};

/** The name a table is parked under before it is dropped for good. */
function retiredName(table: string): string {
  const name = table.slice(table.indexOf('.') + 1);
  return `${name}_retired`;
}
