import { relationName, relationNameOfParts } from '../../schema/relation-names.ts';
import { nameParts } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule, StatementContext } from '../rule.ts';

export const dropIndexNonConcurrent: Rule = {
  meta: {
    id: 'drop-index-non-concurrent',
    defaultSeverity: 'warning',
    category: 'locks',
    summary:
      'DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table of the index, queuing every read and write behind it.',
    fix: 'DROP INDEX CONCURRENTLY IF EXISTS index_name;  -- one index per statement, in a migration file of its own',
    predicts: 'lock',
  },
  statementKinds: ['DropStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'DropStmt');
    if (stmt?.removeType !== 'OBJECT_INDEX' || stmt.concurrent) return;
    const dropped: { index: string; table: string | undefined }[] = [];
    for (const object of stmt.objects ?? []) {
      const parts = nameParts(nodeAs(object, 'List')?.items);
      const name = parts.at(-1);
      if (name === undefined) continue;
      const qualified = ctx.schema.resolveRelation(parts.at(-2), name);
      const index = ctx.schema.indexes.get(qualified);
      if (index) {
        if (ctx.isNew(index.table)) continue;
        // Postgres dropped it with its UNIQUE or PRIMARY KEY constraint earlier: a schema diff's
        // `DROP INDEX IF EXISTS` after the `DROP CONSTRAINT` finds nothing, and locks nothing.
        if (index.droppedWithConstraint) continue;
        // A partitioned index cannot be dropped concurrently: nothing better to suggest.
        if (ctx.schema.table(index.table)?.kind === 'partitioned-table') continue;
        // The table goes later in this file, and its indexes with it: drop-table says the rest.
        if (tableDroppedLater(ctx, index.table)) continue;
      }
      // One the migrations made and dropped since (itself, or with its table or view, or by a
      // rename) is not there to drop: IF EXISTS finds nothing, and without it the drop fails.
      if (!index && ctx.schema.indexes.isGone(qualified)) continue;
      // One the model never saw, built again under that name later in this file on a table the
      // file (or the change) created: the drop-then-create of a re-runnable script; no such
      // index can stand on that new table, and the statement finds nothing to drop.
      if (!index && rebuiltOnNewTable(ctx, qualified)) continue;
      // An index the model does not know was created outside the migrations: it exists.
      dropped.push({ index: qualified, table: index?.table });
    }
    if (dropped.length === 0) return;
    const names = dropped.map((d) => d.index).join(', ');
    const tables = [...new Set(dropped.map((d) => d.table ?? `the table of ${d.index}`))].join(
      ', ',
    );
    ctx.report({
      message: `DROP INDEX ${names} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on ${tables}: the drop itself is quick, but it first waits for every running query on the table, and all reads and writes queue behind it meanwhile.`,
      fix: dropped
        .map((d) => `DROP INDEX CONCURRENTLY IF EXISTS ${d.index};`)
        .join('\n')
        .concat('  -- outside a transaction block, one index per statement'),
    });
  },
};

/** A later statement of the file creates an index named `index` on a table new in this change. */
function rebuiltOnNewTable(ctx: StatementContext, index: string): boolean {
  return ctx.statements.slice(ctx.statement.index + 1).some((later) => {
    const create = nodeAs(later.node, 'IndexStmt');
    if (!create?.idxname || !create.relation) return false;
    const table = relationName(ctx.schema, create.relation);
    const schema = table.slice(0, table.indexOf('.'));
    return `${schema}.${create.idxname}` === index && ctx.isNew(table);
  });
}

/**
 * A later top-level statement of the file drops `table` (`DROP TABLE`, under the name it has
 * now), with no rename or move of it in between. A drop inside a DO block may not run, so it
 * does not count.
 */
function tableDroppedLater(ctx: StatementContext, table: string): boolean {
  for (const later of ctx.statements.slice(ctx.statement.index + 1)) {
    const drop = nodeAs(later.node, 'DropStmt');
    if (drop?.removeType === 'OBJECT_TABLE') {
      const names = (drop.objects ?? []).map((o) =>
        relationNameOfParts(ctx.schema, nameParts(nodeAs(o, 'List')?.items)),
      );
      if (names.includes(table)) return true;
    }
    const rename = nodeAs(later.node, 'RenameStmt');
    const move = nodeAs(later.node, 'AlterObjectSchemaStmt');
    const moved = rename?.relation ?? move?.relation;
    if (moved && relationName(ctx.schema, moved) === table) return false;
  }
  return false;
}
