import type { AlterTableCmd } from 'libpg-query';
import { volatileCall } from '../locks/volatile-functions.ts';
import { columnConstraints, isSerialType } from '../rules/shared/altered-table.ts';
import { splitQualified, typeRef } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { labelOf } from './fix-step.ts';
import { BACKFILL_BATCH_ROWS } from './rewrite-data-change.ts';
import {
  type AlterContext,
  type CommandRewrite,
  notNullCheckName,
  setNotNullStep,
} from './alter-context.ts';
import { sqlName } from './statement-slices.ts';

/**
 * ADD COLUMN with a volatile default (NOT NULL or not), which rewrites the table: the column
 * added nullable with its default for new rows, existing rows backfilled in keyset batches
 * under the engine's batch header, then NOT NULL through a validated CHECK. Undefined when
 * the column adds without a rewrite.
 */
export function rewriteAddColumn(
  cmd: AlterTableCmd,
  piece: { start: number; end: number },
  context: AlterContext,
): CommandRewrite | { reason: string } | undefined {
  const def = nodeAs(cmd.def, 'ColumnDef');
  if (!def?.colname) return undefined;
  const constraints = columnConstraints(def);
  const fallback = constraints.find((c) => c.contype === 'CONSTR_DEFAULT');
  const notNull = constraints.some((c) => c.contype === 'CONSTR_NOTNULL');
  const volatile = fallback?.raw_expr ? volatileCall(fallback.raw_expr) : undefined;
  if (!volatile) {
    return notNull && !fallback
      ? { reason: `existing rows need a value for ${def.colname}: give the column a DEFAULT` }
      : undefined;
  }
  const other = constraints.find(
    (c) => !['CONSTR_DEFAULT', 'CONSTR_NOTNULL', 'CONSTR_NULL'].includes(c.contype ?? ''),
  );
  if (other || isSerialType(typeRef(def.typeName).name) || def.collClause) {
    return { reason: `ADD COLUMN ${def.colname} has clauses the rewrite does not handle yet` };
  }
  if (constraints.some((c) => c.conname)) {
    return { reason: 'named column constraints are not rewritten yet' };
  }
  const key = context.model?.constraints.find(
    (c) => c.kind === 'primary-key' && c.columns.length === 1,
  )?.columns[0];
  if (!key) {
    return {
      reason: `${context.table} has no one-column primary key for the backfill's batches to walk`,
    };
  }
  const { slices } = context;
  const offsets = constraints.map((c) => slices.offsetOf(c.location));
  const firstClause = Math.min(...offsets.map((o) => o ?? Number.POSITIVE_INFINITY));
  const defaultAt = slices.offsetOf(fallback?.location);
  const defaultToken = defaultAt === undefined ? -1 : slices.tokenAt(defaultAt);
  if (!Number.isFinite(firstClause) || defaultToken < 0) {
    return { reason: 'the column clauses were not found' };
  }
  const defaultEnd = Math.min(
    piece.end,
    ...offsets.filter((o): o is number => o !== undefined && o > (defaultAt as number)),
  );
  const expr = slices.text(slices.tokens[defaultToken]?.end ?? 0, defaultEnd);
  const column = sqlName(def.colname);
  const t = context.written;
  const { schema, name } = splitQualified(context.table);
  const check = notNullCheckName(context.table, def.colname);
  const words = [name, def.colname];
  return {
    label: labelOf('add', name, def.colname, 'nullable'),
    now: [
      `${context.head} ${slices.text(piece.start, firstClause)};`,
      `ALTER TABLE ${t} ALTER COLUMN ${column} SET DEFAULT ${expr};`,
    ],
    later: [
      {
        kind: 'batch',
        statements: [
          `-- migration-guard:batch table=${sqlName(schema)}.${sqlName(name)} key=${sqlName(key)} size=${BACKFILL_BATCH_ROWS}\nUPDATE ${t} SET ${column} = ${expr} WHERE ${column} IS NULL;`,
        ],
        label: labelOf('backfill', ...words),
        why: 'fills the existing rows in keyset batches, each its own short transaction',
      },
      ...(notNull
        ? [
            {
              kind: 'transaction' as const,
              statements: [
                `ALTER TABLE ${t} ADD CONSTRAINT ${sqlName(check)} CHECK (${column} IS NOT NULL) NOT VALID;`,
              ],
              label: labelOf('check', ...words, 'not_null_not_valid'),
              why: 'keeps NULLs out of new rows; checks no existing row (a brief lock)',
            },
            setNotNullStep(context, [def.colname], [check]),
          ]
        : []),
    ],
  };
}
