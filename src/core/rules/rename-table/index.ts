import type { Node, ViewStmt } from 'libpg-query';
import { relationName } from '../../schema/relation-names.ts';
import type { TableModel } from '../../schema/schema-model.ts';
import { splitQualified } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule, StatementContext } from '../rule.ts';

const RENAMED_KINDS: Partial<Record<string, string>> = {
  OBJECT_TABLE: 'table',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_FOREIGN_TABLE: 'foreign table',
};

/** What a later statement of the same file puts under the old name. */
type Replacement =
  | { kind: 'compatibility-view'; view: ViewStmt }
  | { kind: 'other-view' }
  | { kind: 'table' }
  | undefined;

export const renameTable: Rule = {
  meta: {
    id: 'rename-table',
    defaultSeverity: 'error',
    category: 'breaking',
    summary:
      'RENAME TO on an existing table or view breaks running code that still uses the old name, unless a compatibility view keeps it.',
    fix: 'ALTER TABLE old_name RENAME TO new_name;\nCREATE VIEW old_name WITH (security_invoker = true) AS SELECT * FROM new_name;  -- same migration; drop the view once no code uses old_name',
  },
  statementKinds: ['RenameStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'RenameStmt');
    const word = RENAMED_KINDS[stmt?.renameType ?? ''];
    if (!stmt || word === undefined || !stmt.newname) return;
    const from = relationName(ctx.schema, stmt.relation);
    if (ctx.isNew(from)) return;
    const model = ctx.schema.table(from);
    if (!model && stmt.missing_ok) return;
    // ALTER TABLE ... RENAME also reaches indexes; index names are not part of any API.
    if (!model && ctx.schema.indexes.has(from)) return;
    const { schema, name } = splitQualified(from);
    const to = stmt.newname;
    const kind = model ? kindWord(model) : word;
    const compatView = `CREATE VIEW ${from} WITH (security_invoker = true) AS SELECT * FROM ${schema}.${to};`;
    const replacement = replacementOf(ctx, schema, name, to);

    if (replacement?.kind === 'compatibility-view') {
      if (!needsSecurityInvoker(ctx, model) || laterSetsSecurityInvoker(ctx, replacement.view)) {
        return;
      }
      ctx.report({
        message: `RENAME ${kind} ${from} to ${to} keeps ${name} as a compatibility view, but the view does not set security_invoker: it runs with its owner's rights, so row-level security on ${to} no longer filters what running code reads and writes through ${name}.`,
        fix: compatView,
      });
      return;
    }
    if (replacement?.kind === 'table') {
      ctx.report({
        message: `RENAME ${kind} ${from} to ${to} swaps another table in under the name ${name} in this file: rows that running code writes to ${name} after they were copied and before this migration commits stay behind in ${to}, and queries expecting the old columns break.`,
        fix: `LOCK TABLE ${from} IN EXCLUSIVE MODE;  -- before copying the rows, so no write slips past the copy; or change ${name} in place with expand/contract`,
      });
      return;
    }
    ctx.report({
      message: `RENAME ${kind} ${from} to ${to} takes an ACCESS EXCLUSIVE lock and breaks every running query and API request that names ${name}: they fail from the moment this migration commits until new code is deployed.`,
      fix: `${compatView}  -- in the same migration, right after the rename; drop the view once no code uses ${name}`,
    });
  },
};

function kindWord(model: TableModel): string {
  return model.kind === 'partitioned-table' ? 'table' : model.kind.replace('-', ' ');
}

/** Statements of the file after the one being checked (a DO block counts as its own). */
function laterStatements(ctx: StatementContext): Node[] {
  const index = (ctx.statement.parent ?? ctx.statement).index;
  return ctx.statements.filter((s) => s.index > index).map((s) => s.node);
}

function sameName(ctx: StatementContext, schema: string, rvSchema: string | undefined): boolean {
  return (rvSchema ?? ctx.schema.defaultSchema) === schema;
}

function replacementOf(
  ctx: StatementContext,
  schema: string,
  name: string,
  to: string,
): Replacement {
  for (const node of laterStatements(ctx)) {
    const view = nodeAs(node, 'ViewStmt');
    if (view?.view?.relname === name && sameName(ctx, schema, view.view.schemaname)) {
      return isPassThrough(ctx, view, schema, to)
        ? { kind: 'compatibility-view', view }
        : { kind: 'other-view' };
    }
    const table = nodeAs(node, 'CreateStmt');
    if (table?.relation?.relname === name && sameName(ctx, schema, table.relation.schemaname)) {
      return { kind: 'table' };
    }
    const rename = nodeAs(node, 'RenameStmt');
    if (
      rename?.newname === name &&
      RENAMED_KINDS[rename.renameType ?? ''] !== undefined &&
      sameName(ctx, schema, rename.relation?.schemaname)
    ) {
      return { kind: 'table' };
    }
  }
  return undefined;
}

/**
 * `SELECT ... FROM new_name` and nothing else: Postgres can update such a view automatically, so
 * old code keeps reading and writing through it.
 */
function isPassThrough(ctx: StatementContext, view: ViewStmt, schema: string, to: string): boolean {
  const select = nodeAs(view.query, 'SelectStmt');
  if (!select || (select.op !== undefined && select.op !== 'SETOP_NONE')) return false;
  if (select.whereClause || select.groupClause || select.havingClause) return false;
  if (select.distinctClause || select.limitCount || select.limitOffset || select.withClause) {
    return false;
  }
  const from = select.fromClause ?? [];
  const source = from.length === 1 ? nodeAs(from[0], 'RangeVar') : undefined;
  return source?.relname === to && sameName(ctx, schema, source.schemaname);
}

/**
 * Before Postgres 15 views cannot run as the caller; a table known to have no row-level security
 * loses nothing through an owner-rights view.
 */
function needsSecurityInvoker(ctx: StatementContext, model: TableModel | undefined): boolean {
  if (ctx.options.pgVersion < 15) return false;
  if (model && (model.kind === 'table' || model.kind === 'partitioned-table')) {
    return model.rlsEnabled;
  }
  return true;
}

function laterSetsSecurityInvoker(ctx: StatementContext, view: ViewStmt): boolean {
  if (securityInvoker(view.options)) return true;
  const name = view.view?.relname;
  return laterStatements(ctx).some((node) => {
    const alter = nodeAs(node, 'AlterTableStmt');
    if (alter?.objtype !== 'OBJECT_VIEW' || alter.relation?.relname !== name) return false;
    return (alter.cmds ?? []).some((item) => {
      const cmd = nodeAs(item, 'AlterTableCmd');
      return cmd?.subtype === 'AT_SetRelOptions' && securityInvoker(nodeAs(cmd.def, 'List')?.items);
    });
  });
}

function securityInvoker(options: Node[] | undefined): boolean {
  return (options ?? []).some((option) => {
    const def = nodeAs(option, 'DefElem');
    if (def?.defname !== 'security_invoker') return false;
    if (def.arg === undefined) return true;
    const text =
      nodeAs(def.arg, 'String')?.sval ??
      String(nodeAs(def.arg, 'Boolean')?.boolval ?? nodeAs(def.arg, 'Integer')?.ival ?? '');
    return ['true', 'on', '1', 'yes'].includes(text.toLowerCase());
  });
}
