import { notNullCheck } from '../../schema/not-null-proof.ts';
import type { TableModel } from '../../schema/schema-model.ts';
import { nameParts, splitQualified } from '../../sql/names.ts';
import { addedConstraint, existingTableAlter } from '../altered-table.ts';
import type { Rule } from '../rule.ts';

/** Postgres 12 taught SET NOT NULL to trust a validated CHECK (col IS NOT NULL). */
const CHECK_SKIPS_SCAN_SINCE = 12;

export const setNotNull: Rule = {
  meta: {
    id: 'set-not-null',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      'ALTER COLUMN ... SET NOT NULL on an existing table scans every row under ACCESS EXCLUSIVE unless a validated CHECK (col IS NOT NULL) proves it.',
    fix: 'ALTER TABLE t ADD CONSTRAINT t_c_not_null CHECK (c IS NOT NULL) NOT VALID;\n-- in a later migration:\nALTER TABLE t VALIDATE CONSTRAINT t_c_not_null;\nALTER TABLE t ALTER COLUMN c SET NOT NULL;\nALTER TABLE t DROP CONSTRAINT t_c_not_null;',
    predicts: 'scan',
  },
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      let column: string | undefined;
      let verb = 'SET NOT NULL';
      if (cmd.subtype === 'AT_SetNotNull') column = cmd.name;
      const con = addedConstraint(cmd);
      // Postgres 18: ADD CONSTRAINT name NOT NULL col checks the rows like SET NOT NULL does;
      // with NOT VALID it checks nothing now and VALIDATE scans under a weaker lock.
      if (con?.contype === 'CONSTR_NOTNULL' && !con.skip_validation) {
        column = nameParts(con.keys)[0];
        verb = 'ADD CONSTRAINT ... NOT NULL';
      }
      if (column === undefined) continue;
      const reason = scanReason(alter.table, column, ctx.options.pgVersion);
      if (reason === undefined) continue;
      const name = `${splitQualified(alter.name).name}_${column}_not_null`;
      ctx.report({
        message: `${verb} on ${alter.name}.${column} reads every row of the existing table to prove there is no NULL, holding an ACCESS EXCLUSIVE lock that blocks all reads and writes of ${alter.name} for the whole scan${reason}.`,
        fix: `ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} CHECK (${column} IS NOT NULL) NOT VALID;
-- in a later migration file (the scan runs under SHARE UPDATE EXCLUSIVE, which blocks no reads or writes):
ALTER TABLE ${alter.name} VALIDATE CONSTRAINT ${name};
ALTER TABLE ${alter.name} ALTER COLUMN ${column} SET NOT NULL;  -- uses the CHECK: no scan
ALTER TABLE ${alter.name} DROP CONSTRAINT ${name};`,
      });
    }
  },
};

/**
 * Why the scan happens (a clause for the message, possibly empty), or undefined when it does
 * not: the column is already NOT NULL, or a validated CHECK proves it on Postgres 12+.
 */
function scanReason(
  table: TableModel | undefined,
  column: string,
  pgVersion: number,
): string | undefined {
  const model = table?.columns.get(column);
  // Already NOT NULL: nothing to check. A Postgres 18 NOT VALID not-null is checked now.
  if (model?.notNull && !model.notNullPending) return undefined;
  const check = table ? notNullCheck(table, column) : undefined;
  if (!check) return '';
  if (!check.validated) {
    return ` (CHECK ${check.name} is still NOT VALID here, so it proves nothing: validate it in an earlier migration)`;
  }
  if (pgVersion < CHECK_SKIPS_SCAN_SINCE) {
    return ` (Postgres ${pgVersion} ignores the validated CHECK ${check.name}; only Postgres 12 and later use it to skip the scan)`;
  }
  return undefined;
}
