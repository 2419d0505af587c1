import type { UpdateStmt } from 'libpg-query';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { splitQualified } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { rangeVarsIn } from '../sql/walk.ts';
import { type FixStep, labelOf, type RewriteOutcome, type StatementRewrite } from './fix-step.ts';
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
  return { ok: true, rewrite: updateRewrite(update, statement.text, schema) };
}

/**
 * The UPDATE `text` (whose parse tree is `update`) in a file of its own: batched when the
 * table has a one-column primary key the UPDATE does not set, else one transaction.
 */
export function updateRewrite(
  update: UpdateStmt,
  text: string,
  schema: SchemaModel,
): StatementRewrite {
  const relation = update.relation;
  const table = relationName(schema, relation);
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
    relation?.alias === undefined;
  const written = [relation?.schemaname, relation?.relname]
    .filter((p): p is string => p !== undefined)
    .map(sqlName)
    .join('.');
  const label = labelOf('backfill', name, ...set);
  const fills = filledColumns(update).map((column) => ({ table, column }));
  const step: FixStep = batchable
    ? {
        kind: 'batch' as const,
        statements: [
          `-- migration-guard:batch table=${sqlName(schemaName)}.${sqlName(name)} key=${sqlName(key)} size=${BACKFILL_BATCH_ROWS}\n${text};`,
        ],
        label,
        why: 'changes the rows in keyset batches, each its own short transaction',
      }
    : {
        kind: 'transaction' as const,
        statements: [`${text};`],
        label,
        why: `changes the rows in a transaction of its own, holding no lock a DDL statement took on ${written}`,
      };
  if (fills.length > 0) step.fills = fills;
  // Tables the UPDATE reads (a subquery, FROM): the proof seeds them, so it has values to copy.
  const reads = [...new Set(rangeVarsIn(update).map((r) => relationName(schema, r)))].filter(
    (t) => t !== table && schema.table(t) !== undefined,
  );
  return { now: [], later: [step], tables: [table], label, ...(reads.length > 0 ? { reads } : {}) };
}

/**
 * The columns the UPDATE gives a value in every row that has none: it has no WHERE, or its
 * WHERE is `col IS NULL` for a column it sets, to something else than a NULL constant. (Whether
 * a computed value is never NULL is for VALIDATE to find out.)
 */
function filledColumns(update: UpdateStmt): string[] {
  if ((update.fromClause ?? []).length > 0 || update.withClause !== undefined) return [];
  const set = (update.targetList ?? []).flatMap((t) => {
    const target = nodeAs(t, 'ResTarget');
    const isNull = nodeAs(target?.val, 'A_Const')?.isnull === true;
    return target?.name && (target.indirection ?? []).length === 0 && !isNull ? [target.name] : [];
  });
  if (update.whereClause === undefined) return set;
  const test = nodeAs(update.whereClause, 'NullTest');
  const fields = nodeAs(test?.arg, 'ColumnRef')?.fields ?? [];
  const column = fields.length === 1 ? nodeAs(fields[0], 'String')?.sval : undefined;
  return test?.nulltesttype === 'IS_NULL' && column !== undefined && set.includes(column)
    ? [column]
    : [];
}
