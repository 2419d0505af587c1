import { splitQualified, typeRef } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';
import { existingTableAlter } from '../shared/altered-table.ts';
import type { Rule } from '../rule.ts';
import { fileSetsUtc } from './session-time-zone.ts';
import { indexesRebuiltFor, isPlainColumnUsing, typeChange } from '../../locks/type-change.ts';

export const alterColumnType: Rule = {
  meta: {
    id: 'alter-column-type',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      'ALTER COLUMN ... TYPE on an existing table rewrites it and rebuilds its indexes under ACCESS EXCLUSIVE, unless the change is binary-coercible.',
    fix: 'ALTER TABLE t ADD COLUMN c_new new_type;  -- then dual-write, backfill in batches, switch reads, drop the old column',
    predicts: 'rewrite',
  },
  statementKinds: ['AlterTableStmt'],
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name) continue;
      const def = nodeAs(cmd.def, 'ColumnDef');
      if (!def?.typeName) continue;
      const column = cmd.name;
      const to = typeRef(def.typeName);
      const from = alter.table?.columns.get(column)?.type;
      const where = `${alter.name}.${column}`;
      const lock = `rewrites ${alter.name} and rebuilds its indexes under an ACCESS EXCLUSIVE lock: every read and write of the table waits until it ends`;
      const fix = expandContract(alter.name, column, to.display);
      if (def.raw_default && !isPlainColumnUsing(def.raw_default, column, to)) {
        ctx.report({
          message: `ALTER COLUMN ${where} TYPE ${to.display} USING an expression ${lock}.`,
          fix,
        });
        continue;
      }
      if (!from) {
        ctx.report({
          message: `ALTER COLUMN ${where} TYPE ${to.display}: the column's current type is unknown to the migrations, so this may rewrite the table under an ACCESS EXCLUSIVE lock. Only a widening such as varchar(n) to varchar(m >= n) or text skips the rewrite.`,
          fix,
        });
        continue;
      }
      const change = typeChange(from, to, ctx.options.pgVersion);
      if (change === 'none' || change === 'free') continue;
      if (change === 'reindex') {
        const rebuilt = indexesRebuiltFor(ctx.schema.indexesOf(alter.name), column);
        if (rebuilt.length === 0) continue;
        const names = rebuilt.map((i) => splitQualified(i.name).name).join(', ');
        ctx.report({
          message: `ALTER COLUMN ${where} TYPE ${from.display} -> ${to.display} keeps the rows (the cast is binary-coercible) but changes the column's operator class, so Postgres rebuilds ${rebuilt.length === 1 ? 'index' : 'indexes'} ${names} under an ACCESS EXCLUSIVE lock: every read and write of ${alter.name} waits until ${rebuilt.length === 1 ? 'it is' : 'they are'} built.`,
          fix,
        });
        continue;
      }
      if (change === 'free-in-utc') {
        if (fileSetsUtc(ctx.statements, ctx.statement.index)) continue;
        ctx.report({
          message: `ALTER COLUMN ${where} TYPE ${from.display} -> ${to.display} skips the rewrite only when the session TimeZone is UTC; in any other zone it ${lock}. The file does not set the time zone, so the result depends on the role's and database's settings.`,
          fix: `SET LOCAL timezone = 'UTC';  -- makes the change catalog-only (Postgres 12+)\nALTER TABLE ${alter.name} ALTER COLUMN ${column} TYPE ${to.display};`,
        });
        continue;
      }
      ctx.report({
        message: `ALTER COLUMN ${where} TYPE ${from.display} -> ${to.display} ${lock}.`,
        fix,
      });
    }
  },
};

function expandContract(table: string, column: string, type: string): string {
  return `ALTER TABLE ${table} ADD COLUMN ${column}_new ${type};  -- instant
-- keep ${column}_new in step with a trigger, backfill it in batches, switch the code to it,
-- then in a later migration drop ${column} and rename ${column}_new to ${column}`;
}
