import type { AlterTableCmd, Constraint } from 'libpg-query';
import { addedConstraint } from '../rules/shared/altered-table.ts';
import { notNullCheck } from '../schema/not-null-proof.ts';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { nameParts, type QualifiedName, splitQualified, typeRef } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { findNodes } from '../sql/walk.ts';
import { rewriteAddColumn } from './rewrite-add-column.ts';
import { changeTypeSynced } from './rewrite-column-swap.ts';
import { deprecateThenDropColumn } from './rewrite-contract.ts';
import { indexesRebuiltFor, typeChange } from '../locks/type-change.ts';
import {
  type AlterContext,
  type CommandRewrite,
  notNullCheckName,
  setNotNullStep,
} from './alter-context.ts';
import { type FixStep, labelOf, type RewriteOutcome } from './fix-step.ts';
import { StatementSlices, sqlName } from './statement-slices.ts';

/** The Postgres version whether a type change rewrites is judged for (Supabase runs 15 and later). */
const PG_VERSION = 15;

/**
 * An ALTER TABLE on an existing table, one subcommand at a time: the ones with a safe multi-step
 * form are rewritten, the others kept as written, each as an ALTER TABLE of its own.
 */
export function rewriteAlterTable(
  statement: Statement,
  schema: SchemaModel,
  file: string,
): RewriteOutcome | undefined {
  const stmt = nodeAs(statement.node, 'AlterTableStmt');
  if (stmt?.objtype !== 'OBJECT_TABLE' || !stmt.relation) return undefined;
  const slices = new StatementSlices(statement);
  const at = slices.offsetOf(stmt.relation.location);
  const first = at === undefined ? -1 : slices.tokenAt(at);
  const cmds = (stmt.cmds ?? []).flatMap((c) => {
    const cmd = nodeAs(c, 'AlterTableCmd');
    return cmd ? [cmd] : [];
  });
  if (at === undefined || first < 0) return { ok: false, reason: 'the table name was not found' };
  const nameEnd = slices.nameEnd(first);
  const pieces = slices.topLevelPieces(nameEnd);
  if (pieces.length !== cmds.length) {
    return { ok: false, reason: 'the subcommands could not be told apart' };
  }
  const table = relationName(schema, stmt.relation);
  const context: AlterContext = {
    slices,
    head: slices.text(0, nameEnd),
    written: slices.text(at, nameEnd),
    table,
    model: schema.table(table),
  };
  const now: string[] = [];
  const later: FixStep[] = [];
  let label: string | undefined;
  for (const [i, cmd] of cmds.entries()) {
    const piece = pieces[i] as { start: number; end: number };
    const result = rewriteCommand(cmd, piece, context, schema, file);
    if (result === undefined) {
      now.push(`${context.head} ${slices.text(piece.start, piece.end)};`);
      continue;
    }
    if ('reason' in result) return { ok: false, reason: result.reason };
    now.push(...result.now);
    later.push(...result.later);
    if (result.now.length > 0) label ??= result.label;
  }
  return {
    ok: true,
    rewrite: {
      now,
      later,
      tables: [table],
      label: label ?? labelOf('alter', splitQualified(table).name),
    },
  };
}

function rewriteCommand(
  cmd: AlterTableCmd,
  piece: { start: number; end: number },
  context: AlterContext,
  schema: SchemaModel,
  file: string,
): CommandRewrite | { reason: string } | undefined {
  if (cmd.subtype === 'AT_AddColumn') return rewriteAddColumn(cmd, piece, context);
  if (cmd.subtype === 'AT_DropColumn' && cmd.name) {
    // A column this file added (or the table never had) is no one else's yet.
    const column = context.model?.columns.get(cmd.name);
    if (!column || column.addedBy.file === file) return undefined;
    return deprecateThenDropColumn(cmd.name, piece, context);
  }
  if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
    const from = context.model?.columns.get(cmd.name)?.type;
    const def = nodeAs(cmd.def, 'ColumnDef');
    const change =
      from && def?.typeName && !def.raw_default
        ? typeChange(from, typeRef(def.typeName), PG_VERSION)
        : 'rewrite';
    if (change === 'none' || change === 'free') return undefined;
    // Only the indexes on the column are rebuilt: with none, the change is catalog-only.
    if (
      change === 'reindex' &&
      indexesRebuiltFor(schema.indexesOf(context.table), cmd.name).length === 0
    )
      return undefined;
    return changeTypeSynced(cmd, piece, context, schema);
  }
  if (cmd.subtype === 'AT_SetNotNull' && cmd.name) return setNotNullSteps(cmd.name, context);
  const con = addedConstraint(cmd);
  if (!con) return undefined;
  if (
    (con.contype === 'CONSTR_CHECK' || con.contype === 'CONSTR_FOREIGN') &&
    !con.skip_validation
  ) {
    return notValidThenValidate(con, piece, context);
  }
  if ((con.contype === 'CONSTR_UNIQUE' || con.contype === 'CONSTR_PRIMARY') && !con.indexname) {
    return indexThenAttach(con, context);
  }
  return undefined;
}

/** ADD CONSTRAINT ... CHECK / FOREIGN KEY: NOT VALID now, VALIDATE in the next file. */
function notValidThenValidate(
  con: Constraint,
  piece: { start: number; end: number },
  context: AlterContext,
): CommandRewrite | { reason: string } {
  const { slices, head } = context;
  const name = con.conname ?? defaultConstraintName(con, context.table);
  let text = slices.text(piece.start, piece.end);
  if (!con.conname) {
    // `ADD CHECK (...)` gets the name Postgres would have chosen, so VALIDATE can name it.
    const add = slices.tokens.find((t) => t.start >= piece.start && t.end <= piece.end);
    if (add?.text.toUpperCase() !== 'ADD') return { reason: 'ADD was not found' };
    text = `${add.text} CONSTRAINT ${sqlName(name)} ${slices.text(add.end, piece.end)}`;
  }
  return {
    label: labelOf('add', name, 'not_valid'),
    now: [`${head} ${text} NOT VALID;`],
    later: [
      {
        kind: 'transaction',
        statements: [`ALTER TABLE ${context.written} VALIDATE CONSTRAINT ${sqlName(name)};`],
        label: labelOf('validate', name),
        why: 'checks the existing rows under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on',
      },
    ],
  };
}

/** SET NOT NULL: a NOT VALID CHECK now; VALIDATE, SET NOT NULL (no scan), DROP CHECK next. */
function setNotNullSteps(
  column: string,
  context: AlterContext,
): CommandRewrite | { reason: string } | undefined {
  const model = context.model?.columns.get(column);
  if (model?.notNull) return undefined;
  if (context.model && notNullCheck(context.model, column)) {
    return {
      reason: `a CHECK already proves ${column} IS NOT NULL: validate it in an earlier file`,
    };
  }
  const check = notNullCheckName(context.table, column);
  return {
    label: labelOf('add', check, 'not_valid'),
    now: [notNullCheckSql(context, column, check)],
    later: [setNotNullStep(context, [column], [check])],
  };
}

/** ADD UNIQUE / PRIMARY KEY: the index built CONCURRENTLY, then attached with USING INDEX. */
function indexThenAttach(
  con: Constraint,
  context: AlterContext,
): CommandRewrite | { reason: string } {
  if (
    (con.including ?? []).length > 0 ||
    (con.options ?? []).length > 0 ||
    con.indexspace !== undefined ||
    con.deferrable ||
    con.where_clause !== undefined
  ) {
    return {
      reason: 'a key with INCLUDE, WITH, USING INDEX TABLESPACE or DEFERRABLE is not rewritten yet',
    };
  }
  const columns = nameParts(con.keys);
  const primary = con.contype === 'CONSTR_PRIMARY';
  const name = con.conname ?? defaultConstraintName(con, context.table);
  const nullable = primary
    ? columns.filter((c) => context.model?.columns.get(c)?.notNull !== true)
    : [];
  const checks = nullable.map((c) => notNullCheckName(context.table, c));
  const keys = columns.map(sqlName).join(', ');
  const distinct = con.nulls_not_distinct ? ' NULLS NOT DISTINCT' : '';
  const attach = `${context.head} ADD CONSTRAINT ${sqlName(name)} ${primary ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${sqlName(name)};`;
  const index: FixStep = {
    kind: 'alone',
    statements: [
      `CREATE UNIQUE INDEX CONCURRENTLY ${sqlName(name)} ON ${context.written} (${keys})${distinct};`,
    ],
    label: labelOf('create_index', name, 'concurrently'),
    why: 'builds the key index without blocking writes (CONCURRENTLY: a file of its own)',
  };
  const attachStep: FixStep =
    nullable.length > 0
      ? setNotNullStep(context, nullable, checks, attach)
      : {
          kind: 'transaction',
          statements: [attach],
          label: labelOf('add', name, 'using_index'),
          why: 'makes the built index the constraint: no scan, a brief lock',
        };
  return {
    label: labelOf('add', ...checks, 'not_valid'),
    now: nullable.map((c, i) => notNullCheckSql(context, c, checks[i] as string)),
    later: [index, attachStep],
  };
}

function notNullCheckSql(context: AlterContext, column: string, check: string): string {
  return `${context.head} ADD CONSTRAINT ${sqlName(check)} CHECK (${sqlName(column)} IS NOT NULL) NOT VALID;`;
}

/** The name Postgres gives an unnamed table constraint (before any de-duplicating suffix). */
function defaultConstraintName(con: Constraint, table: QualifiedName): string {
  const t = splitQualified(table).name;
  switch (con.contype) {
    case 'CONSTR_PRIMARY':
      return `${t}_pkey`;
    case 'CONSTR_UNIQUE':
      return `${t}_${nameParts(con.keys).join('_')}_key`;
    case 'CONSTR_FOREIGN':
      return `${t}_${nameParts(con.fk_attrs).join('_')}_fkey`;
    default: {
      // A CHECK is named after its column when it reads exactly one.
      const columns = new Set(
        findNodes(con.raw_expr, 'ColumnRef').map((r) => nameParts(r.fields).at(-1) ?? ''),
      );
      return columns.size === 1 ? `${t}_${[...columns][0]}_check` : `${t}_check`;
    }
  }
}
