import type { AlterTableCmd } from 'libpg-query';
import { isPlainColumnUsing } from '../locks/type-change.ts';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel, TableModel } from '../schema/schema-model.ts';
import { type QualifiedName, splitQualified, typeRef } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import {
  type AlterContext,
  type CommandRewrite,
  notNullCheckName,
  setNotNullStep,
} from './alter-context.ts';
import { type FixStep, labelOf, type RewriteOutcome } from './fix-step.ts';
import { BACKFILL_BATCH_ROWS } from './rewrite-data-change.ts';
import { contractStep, DROPPED_LATER, qualifiedSql } from './rewrite-contract.ts';
import { StatementSlices, sqlName } from './statement-slices.ts';

/**
 * A column replaced by a new one that a trigger keeps in step: the new column added nullable,
 * a BEFORE trigger copying every write of the old column into it (both ways for a rename),
 * the old column marked deprecated, the existing rows backfilled in keyset batches, NOT NULL
 * through a validated CHECK when the old column had it, and, as a contract step, the trigger
 * and the old column dropped (and, for a type change, the new column renamed into its place).
 */
interface ColumnSwap {
  context: AlterContext;
  /** The column the code uses today. */
  from: string;
  /** The column that replaces it. */
  to: string;
  /** SQL type of `to`. */
  type: string;
  /** Writes of `to` flow back to `from` (a rename: new code writes the new name). */
  twoWay: boolean;
  /** In the contract step, `to` takes the name `from` (a type change). */
  takeName: boolean;
  words: string[];
}

/** RENAME COLUMN on an existing table, as an expand/contract with a synced column. */
export function renameColumnSynced(
  statement: Statement,
  schema: SchemaModel,
): RewriteOutcome | undefined {
  const rename = nodeAs(statement.node, 'RenameStmt');
  if (rename?.renameType !== 'OBJECT_COLUMN' || !rename.relation) return undefined;
  if (rename.relationType !== 'OBJECT_TABLE') {
    return { ok: false, reason: 'only a table column rename is rewritten' };
  }
  const from = rename.subname ?? '';
  const to = rename.newname ?? '';
  const table = relationName(schema, rename.relation);
  const slices = new StatementSlices(statement);
  const at = slices.offsetOf(rename.relation.location);
  const first = at === undefined ? -1 : slices.tokenAt(at);
  if (at === undefined || first < 0) return { ok: false, reason: 'the table name was not found' };
  const nameEnd = slices.nameEnd(first);
  const context: AlterContext = {
    slices,
    head: `ALTER TABLE ${slices.text(at, nameEnd)}`,
    written: slices.text(at, nameEnd),
    table,
    model: schema.table(table),
  };
  const column = context.model?.columns.get(from);
  if (!column) return { ok: false, reason: `the type of ${table}.${from} is unknown` };
  const type = `${column.type.schema ? `${sqlName(column.type.schema)}.` : ''}${column.type.display}`;
  const swap = columnSwap(schema, context, from, to, type, {
    twoWay: true,
    takeName: false,
  });
  if ('reason' in swap) return { ok: false, reason: swap.reason };
  return {
    ok: true,
    rewrite: { now: swap.now, later: swap.later, tables: [table], label: swap.label },
  };
}

/** ALTER COLUMN ... TYPE that rewrites the table, as an expand/contract with a synced column. */
export function changeTypeSynced(
  cmd: AlterTableCmd,
  piece: { start: number; end: number },
  context: AlterContext,
  schema: SchemaModel,
): CommandRewrite | { reason: string } {
  const from = cmd.name ?? '';
  const def = nodeAs(cmd.def, 'ColumnDef');
  if (!def?.typeName) return { reason: 'the new type was not found' };
  if (def.collClause) return { reason: 'a type change with COLLATE is not rewritten yet' };
  if (def.raw_default && !isPlainColumnUsing(def.raw_default, from, typeRef(def.typeName))) {
    return { reason: 'a type change USING an expression is not rewritten yet' };
  }
  // The type as written: from the word after TYPE to USING (or the end of the subcommand).
  const { slices } = context;
  const tokens = slices.tokens.filter((t) => t.start >= piece.start && t.end <= piece.end);
  const typeAt = tokens.findIndex((t) => t.text.toUpperCase() === 'TYPE');
  const usingAt = tokens.findIndex((t) => t.text.toUpperCase() === 'USING');
  const start = tokens[typeAt + 1]?.start;
  const end = usingAt >= 0 ? tokens[usingAt]?.start : piece.end;
  if (typeAt < 0 || start === undefined || end === undefined) {
    return { reason: 'the new type was not found' };
  }
  const to = `${from}_new`.slice(0, 63);
  if (context.model?.columns.has(to)) return { reason: `${context.table} already has ${to}` };
  return columnSwap(schema, context, from, to, slices.text(start, end), {
    twoWay: false,
    takeName: true,
  });
}

function columnSwap(
  schema: SchemaModel,
  context: AlterContext,
  from: string,
  to: string,
  type: string,
  how: { twoWay: boolean; takeName: boolean },
): CommandRewrite | { reason: string } {
  const model = context.model;
  const column = model?.columns.get(from);
  if (!model || !column) return { reason: `${context.table}.${from} is unknown to the migrations` };
  const tie = tiedTo(schema, context.table, model, from);
  if (tie) return { reason: `${context.table}.${from} ${tie}: not rewritten yet` };
  const key = model.constraints.find((c) => c.kind === 'primary-key' && c.columns.length === 1)
    ?.columns[0];
  if (!key || key === from) {
    return {
      reason: `${context.table} has no one-column primary key (other than ${from}) for the backfill's batches to walk`,
    };
  }
  const { name } = splitQualified(context.table);
  const swap: ColumnSwap = {
    context,
    from,
    to,
    type,
    ...how,
    words: [name, from, how.takeName ? 'type' : to],
  };
  const check = notNullCheckName(context.table, to);
  return {
    label: labelOf('add', name, to, 'synced'),
    now: expandStatements(swap),
    later: [
      {
        kind: 'batch',
        statements: [
          `-- migration-guard:batch table=${qualifiedSql(context.table)} key=${sqlName(key)} size=${BACKFILL_BATCH_ROWS}\nUPDATE ${context.written} SET ${sqlName(to)} = ${sqlName(from)} WHERE ${sqlName(to)} IS NULL AND ${sqlName(from)} IS NOT NULL;`,
        ],
        label: labelOf('backfill', name, to),
        why: 'copies the existing rows into the new column in keyset batches, each its own short transaction',
      },
      ...(column.notNull
        ? [
            {
              kind: 'transaction' as const,
              statements: [
                `ALTER TABLE ${context.written} ADD CONSTRAINT ${sqlName(check)} CHECK (${sqlName(to)} IS NOT NULL) NOT VALID;`,
              ],
              label: labelOf('check', name, to, 'not_null_not_valid'),
              why: 'keeps NULLs out of new rows; checks no existing row (a brief lock)',
            },
            setNotNullStep(context, [to], [check]),
          ]
        : []),
      contract(swap),
    ],
  };
}

/** What stops a column from being swapped here: an index, a constraint, a default, identity. */
function tiedTo(
  schema: SchemaModel,
  table: QualifiedName,
  model: TableModel,
  column: string,
): string | undefined {
  const c = model.columns.get(column);
  if (c?.identity) return 'is an identity column';
  if (c?.generated) return 'is a generated column';
  if (c?.defaultExpr) return 'has a DEFAULT';
  const constraint = model.constraints.find((k) => k.columns.includes(column));
  if (constraint) return `is in the constraint ${constraint.name}`;
  const mention = `"sval":${JSON.stringify(column)}`;
  const index = schema
    .indexesOf(table)
    .find(
      (i) =>
        i.columns.includes(column) ||
        i.definition?.include.includes(column) ||
        i.columns.some((k) => k.startsWith('(')) ||
        i.definition?.predicate?.includes(mention),
    );
  if (index) return `is in the index ${index.name}`;
  return undefined;
}

function triggerNames(swap: ColumnSwap): { fn: string; trigger: string } {
  const { schema, name } = splitQualified(swap.context.table);
  const trigger = `${name}_sync_${swap.from}`.slice(0, 63);
  return { fn: `${sqlName(schema)}.${sqlName(trigger)}`, trigger: sqlName(trigger) };
}

function expandStatements(swap: ColumnSwap): string[] {
  const { context, from, to } = swap;
  const t = context.written;
  const { fn, trigger } = triggerNames(swap);
  const oldCol = `NEW.${sqlName(from)}`;
  const newCol = `NEW.${sqlName(to)}`;
  const body = swap.twoWay
    ? [
        "  IF TG_OP = 'INSERT' THEN",
        `    IF ${newCol} IS NULL THEN ${newCol} := ${oldCol}; ELSE ${oldCol} := ${newCol}; END IF;`,
        `  ELSIF ${newCol} IS DISTINCT FROM OLD.${sqlName(to)} THEN`,
        `    ${oldCol} := ${newCol};`,
        '  ELSE',
        `    ${newCol} := ${oldCol};`,
        '  END IF;',
      ]
    : [`  ${newCol} := ${oldCol};`];
  return [
    `ALTER TABLE ${t} ADD COLUMN ${sqlName(to)} ${swap.type};`,
    [
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql SET search_path = '' AS $sync$`,
      'BEGIN',
      ...body,
      '  RETURN NEW;',
      'END',
      '$sync$;',
    ].join('\n'),
    `CREATE TRIGGER ${trigger} BEFORE INSERT OR UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION ${fn}();`,
    `COMMENT ON COLUMN ${qualifiedSql(context.table)}.${sqlName(from)} IS ${DROPPED_LATER};`,
  ];
}

function contract(swap: ColumnSwap): FixStep {
  const t = swap.context.written;
  const { fn, trigger } = triggerNames(swap);
  return contractStep(
    [
      `DROP TRIGGER ${trigger} ON ${t};`,
      `DROP FUNCTION ${fn}();`,
      `ALTER TABLE ${t} DROP COLUMN ${sqlName(swap.from)};`,
      ...(swap.takeName
        ? [`ALTER TABLE ${t} RENAME COLUMN ${sqlName(swap.to)} TO ${sqlName(swap.from)};`]
        : []),
    ],
    labelOf(swap.takeName ? 'swap' : 'drop', ...swap.words),
    swap.takeName
      ? 'puts the new column in place of the old one once the code reads it (a contract step: deploy applies it from its date)'
      : 'drops the old column and its trigger once the code uses the new name (a contract step: deploy applies it from its date)',
  );
}
