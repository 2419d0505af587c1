import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { splitQualified } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { labelOf, type RewriteOutcome } from './fix-step.ts';
import { sqlName } from './statement-slices.ts';

/** Rows in the first batch; the engine adapts the size to its target duration. */
export const BACKFILL_BATCH_ROWS = 1000;

/**
 * An UPDATE of every row of an existing table, or one sharing a transaction with DDL on it
 * (`unbatched-data-change`, `mixed-schema-and-data`): moved out of the DDL's transaction into a
 * file of its own, under the engine's batch header when the table has a one-column primary key
 * the UPDATE does not set, so each batch commits on its own and no lock is held across it.
 */
export function rewriteDataChange(
  statement: Statement,
  schema: SchemaModel,
): RewriteOutcome | undefined {
  const update = nodeAs(statement.node, 'UpdateStmt');
  if (!update?.relation) return undefined;
  const table = relationName(schema, update.relation);
  const { schema: schemaName, name } = splitQualified(table);
  const key = schema
    .table(table)
    ?.constraints.find((c) => c.kind === 'primary-key' && c.columns.length === 1)?.columns[0];
  const set = (update.targetList ?? []).flatMap((t) => {
    const column = nodeAs(t, 'ResTarget')?.name;
    return column ? [column] : [];
  });
  const batchable =
    key !== undefined &&
    !set.includes(key) &&
    update.withClause === undefined &&
    (update.fromClause ?? []).length === 0 &&
    update.returningClause === undefined &&
    update.relation.alias === undefined;
  const written = [update.relation.schemaname, update.relation.relname]
    .filter((p): p is string => p !== undefined)
    .map(sqlName)
    .join('.');
  const label = labelOf('backfill', name, ...set);
  const step = batchable
    ? {
        kind: 'batch' as const,
        statements: [
          `-- migration-guard:batch table=${sqlName(schemaName)}.${sqlName(name)} key=${sqlName(key)} size=${BACKFILL_BATCH_ROWS}\n${statement.text};`,
        ],
        label,
        why: 'changes the rows in keyset batches, each its own short transaction',
      }
    : {
        kind: 'transaction' as const,
        statements: [`${statement.text};`],
        label,
        why: `changes the rows in a transaction of its own, holding no lock a DDL statement took on ${written}`,
      };
  return { ok: true, rewrite: { now: [], later: [step], tables: [table], label } };
}
