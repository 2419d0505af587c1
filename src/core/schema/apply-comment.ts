import type { CommentStmt } from 'libpg-query';
import { nameParts } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import type { ColumnModel, Origin, SchemaModel } from './schema-model.ts';

/**
 * Replay COMMENT ON COLUMN / TABLE. A comment may mark the column or table deprecated; the
 * model keeps a column's mark even for columns it does not know (created outside the migrations).
 */
export function replayComment(model: SchemaModel, stmt: CommentStmt, origin: Origin): void {
  const parts = nameParts(nodeAs(stmt.object, 'List')?.items);
  if (stmt.objtype === 'OBJECT_COLUMN' && parts.length >= 2) {
    const column = parts[parts.length - 1]!;
    const tableName = model.resolveRelation(
      parts.length >= 3 ? parts[parts.length - 3] : undefined,
      parts[parts.length - 2]!,
    );
    const col = model.column(tableName, column);
    if (col) {
      if (stmt.comment === undefined) delete col.comment;
      else col.comment = stmt.comment;
    }
    recordDeprecation(model, `${tableName}.${column}`, col, stmt.comment, origin);
  } else if (stmt.objtype === 'OBJECT_TABLE' && parts.length >= 1) {
    const t = model.tables.get(
      model.resolveRelation(parts.length >= 2 ? parts[0] : undefined, parts.at(-1)!),
    );
    if (t) {
      if (stmt.comment === undefined) delete t.comment;
      else t.comment = stmt.comment;
      if (!isDeprecationComment(stmt.comment)) delete t.deprecatedAt;
      else t.deprecatedAt ??= origin;
    }
  }
}

/** The comment convention that marks a column or table deprecated: `deprecated: <why>`. */
function isDeprecationComment(comment: string | undefined): boolean {
  return comment !== undefined && /^\s*deprecated\b/i.test(comment);
}

/**
 * Keep the first time a column was marked deprecated: re-wording the comment does not restart
 * the window; removing the mark clears it.
 */
function recordDeprecation(
  model: SchemaModel,
  key: string,
  column: ColumnModel | undefined,
  comment: string | undefined,
  origin: Origin,
): void {
  const deprecated = isDeprecationComment(comment);
  if (column) {
    if (!deprecated) delete column.deprecatedAt;
    else column.deprecatedAt ??= origin;
    return;
  }
  if (!deprecated) model.untrackedColumnDeprecations.delete(key);
  else if (!model.untrackedColumnDeprecations.has(key)) {
    model.untrackedColumnDeprecations.set(key, origin);
  }
}
