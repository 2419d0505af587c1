import { versionTime } from '../../migrations/migration-file.ts';
import { relationName } from '../../schema/relation-names.ts';
import type { Origin } from '../../schema/schema-model.ts';
import { nodeAs } from '../../sql/statement.ts';
import type { Rule, RuleReport, StatementContext } from '../rule.ts';
import { contractWindow } from '../shared/contract-window.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export const dropColumn: Rule = {
  meta: {
    id: 'drop-column',
    defaultSeverity: 'error',
    category: 'breaking',
    summary:
      'DROP COLUMN on an existing table breaks running code that still uses the column, unless it was marked deprecated long enough ago.',
    fix: "COMMENT ON COLUMN table_name.column_name IS 'deprecated: <what replaces it>';  -- ship first; drop the column in a later migration, after the deprecation window",
  },
  statementKinds: ['AlterTableStmt'],
  statement(ctx) {
    const stmt = nodeAs(ctx.statement.node, 'AlterTableStmt');
    if (!stmt) return;
    if (stmt.objtype !== 'OBJECT_TABLE' && stmt.objtype !== 'OBJECT_FOREIGN_TABLE') return;
    const tableName = relationName(ctx.schema, stmt.relation);
    if (ctx.isNew(tableName)) return;
    const table = ctx.schema.table(tableName);
    // ALTER TABLE IF EXISTS on a table no migration created: nothing to say about it.
    if (!table && stmt.missing_ok) return;
    // Views have no columns to drop this way: Postgres refuses the statement.
    if (table?.kind === 'view' || table?.kind === 'materialized-view') return;
    for (const item of stmt.cmds ?? []) {
      const cmd = nodeAs(item, 'AlterTableCmd');
      if (cmd?.subtype !== 'AT_DropColumn' || !cmd.name) continue;
      const qualified = `${tableName}.${cmd.name}`;
      const column = table?.columns.get(cmd.name);
      // DROP COLUMN IF EXISTS of a column the table is known not to have: Postgres skips it.
      if (!column && cmd.missing_ok && table && !table.columnsUnknown) continue;
      // Added by this file (or, with --base, by this change): no running code knows it yet.
      if (column && ctx.isNewOrigin(column.addedBy)) continue;
      // A stored generated column dropped and added back in the same transaction: the name never
      // disappears for other sessions and its values are recomputed from the row, so nothing is lost.
      if (column?.generated !== undefined || !column) {
        if (regeneratedInTransaction(ctx, tableName, cmd.name)) continue;
      }
      const deprecatedAt =
        column?.deprecatedAt ?? ctx.schema.untrackedColumnDeprecations.get(qualified);
      const report = verdict(ctx, qualified, deprecatedAt);
      if (report) ctx.report(report);
    }
  },
};

/**
 * Whether the same transaction adds `column` back to `table` as a GENERATED ... STORED column:
 * later in this ALTER TABLE, or in a later statement of the file before any COMMIT.
 */
function regeneratedInTransaction(ctx: StatementContext, table: string, column: string): boolean {
  const top = ctx.statement.parent ?? ctx.statement;
  for (const s of ctx.statements) {
    if (s.index < top.index) continue;
    if (s.index > top.index && nodeAs(s.node, 'TransactionStmt')?.kind === 'TRANS_STMT_COMMIT') {
      return false;
    }
    const stmt = nodeAs(s.node, 'AlterTableStmt');
    if (!stmt?.relation || relationName(ctx.schema, stmt.relation) !== table) continue;
    for (const item of stmt.cmds ?? []) {
      const cmd = nodeAs(item, 'AlterTableCmd');
      const def = cmd?.subtype === 'AT_AddColumn' ? nodeAs(cmd.def, 'ColumnDef') : undefined;
      if (def?.colname !== column) continue;
      return (def.constraints ?? []).some(
        (c) => nodeAs(c, 'Constraint')?.contype === 'CONSTR_GENERATED',
      );
    }
  }
  return false;
}

/** The finding for dropping `column`, or null when its deprecation window has passed. */
function verdict(
  ctx: StatementContext,
  column: string,
  deprecatedAt: Origin | undefined,
): RuleReport | null {
  const days = ctx.options.deprecationDays;
  const consequence =
    'queries of the running app that name it fail as soon as this migration commits, and its data is gone for good (migrations are one-way)';
  if (!deprecatedAt) {
    return {
      message: `DROP COLUMN ${column} removes a column that is not marked deprecated: ${consequence}.`,
      fix: `COMMENT ON COLUMN ${column} IS 'deprecated: <what replaces it>';  -- ship this and stop using the column in code; drop it in a migration at least ${plural(days, 'day')} later`,
    };
  }
  const contract = contractWindow(ctx, deprecatedAt);
  if (contract === 'in-window') return null;
  if (contract) {
    return {
      message: `DROP COLUMN ${column} is a contract step due before the column's ${plural(days, 'day')} deprecation window (from ${deprecatedAt.file}) has passed: ${consequence}.`,
      fix: `Write the header as -- migration-guard:contract after=${contract.earliest} or later.`,
    };
  }
  if (deprecatedAt.file === ctx.file.path) {
    return {
      message: `DROP COLUMN ${column} follows its deprecation comment in the same file, so running code has had no time to stop using it: ${consequence}.`,
      fix: `Keep the COMMENT ON COLUMN ${column} here and move the DROP COLUMN to a migration at least ${plural(days, 'day')} later.`,
    };
  }
  if (ctx.isNewOrigin(deprecatedAt)) {
    return {
      message: `DROP COLUMN ${column} is in the same change as its deprecation comment (${deprecatedAt.file}), so production gets both at once and running code has no time to stop using it: ${consequence}.`,
      fix: `Ship the COMMENT ON COLUMN ${column} on its own first; drop the column in a later change, at least ${plural(days, 'day')} after it is deployed.`,
    };
  }
  const markedAt = versionTime(deprecatedAt.version);
  const droppedAt = versionTime(ctx.file.version);
  // Versions that are not timestamps carry no dates: the deprecation came first, which is all we can check.
  if (!markedAt || !droppedAt) return null;
  const elapsed = (droppedAt.getTime() - markedAt.getTime()) / DAY_MS;
  if (elapsed >= days) return null;
  const left = Math.max(1, Math.ceil(days - elapsed));
  const earliest = versionOf(new Date(markedAt.getTime() + days * DAY_MS));
  const ago = elapsed < 1 ? 'less than a day' : plural(Math.floor(elapsed), 'day');
  return {
    message: `DROP COLUMN ${column} comes ${ago} after the column was marked deprecated (in ${deprecatedAt.file}); the deprecation window is ${plural(days, 'day')}, so ${plural(left, 'day')} ${left === 1 ? 'is' : 'are'} left. Until then ${consequence}.`,
    fix: `Move the DROP COLUMN to a migration versioned ${earliest} or later.`,
  };
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A Date as a Supabase migration version, `YYYYMMDDHHMMSS` in UTC. */
function versionOf(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d+Z$/, '');
}
