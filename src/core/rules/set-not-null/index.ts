import { notNullCheck } from '../../schema/not-null-proof.ts';
import type { TableModel } from '../../schema/schema-model.ts';
import { nameParts, splitQualified } from '../../sql/names.ts';
import { addedConstraint, existingTableAlter } from '../shared/altered-table.ts';
import type { Rule } from '../rule.ts';

/** Postgres 12 taught SET NOT NULL to trust a validated CHECK (col IS NOT NULL). */
const CHECK_SKIPS_SCAN_SINCE = 12;
/** Postgres 18 added NOT NULL constraints that can be NOT VALID. */
const NOT_NULL_NOT_VALID_SINCE = 18;

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
  statementKinds: ['AlterTableStmt'],
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
      const scan = scanCause(alter.table, column, ctx.options.pgVersion);
      if (scan === undefined) continue;
      const table = alter.name;
      const check = `${splitQualified(table).name}_${column}_not_null`;
      const checkSteps = `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${column} IS NOT NULL) NOT VALID;
-- in a later migration file (the scan runs under SHARE UPDATE EXCLUSIVE, which blocks no reads or writes):
ALTER TABLE ${table} VALIDATE CONSTRAINT ${check};
ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL;  -- uses the CHECK: no scan
ALTER TABLE ${table} DROP CONSTRAINT ${check};`;
      const nativeSteps = `ALTER TABLE ${table} ADD CONSTRAINT ${check} NOT NULL ${column} NOT VALID;
-- in a later migration file (the scan runs under SHARE UPDATE EXCLUSIVE):
ALTER TABLE ${table} VALIDATE CONSTRAINT ${check};`;
      const fixes: Record<ScanCause['kind'], string> = {
        'no-check': ctx.options.pgVersion >= NOT_NULL_NOT_VALID_SINCE ? nativeSteps : checkSteps,
        'check-not-validated': `-- in a migration file before this one:\nALTER TABLE ${table} VALIDATE CONSTRAINT ${scan.constraint};`,
        'pending-not-null': `-- in a migration file before this one (SET NOT NULL is then a no-op):\nALTER TABLE ${table} VALIDATE CONSTRAINT ${scan.constraint};`,
        'old-version': `-- Postgres ${ctx.options.pgVersion} always scans for SET NOT NULL. The validated CHECK ${scan.constraint}
-- already keeps NULLs out: leave the column nullable, or run this in a maintenance window.`,
      };
      // Added by this file with no default and filled by nothing since: every existing row holds
      // NULL, so there is no long scan to speak of. The statement fails at the first row.
      const model = alter.table?.columns.get(column);
      if (model && model.addedBy.file === ctx.file.path && !model.filled) {
        ctx.report({
          message: `${verb} on ${table}.${column}, a column this file added without a default and has not filled: every existing row holds NULL in it, so the statement fails at the first row of a non-empty ${table} (an empty one passes at once).`,
          fix: `-- give existing rows a value where the column is added:
ALTER TABLE ${table} ADD COLUMN ${column} ${model.type.display} NOT NULL DEFAULT <constant>;
-- or fill it in batches first, then make it NOT NULL through a validated CHECK`,
        });
        continue;
      }
      ctx.report({
        message: `${verb} on ${table}.${column} reads every row of the existing table to prove there is no NULL, holding an ACCESS EXCLUSIVE lock that blocks all reads and writes of ${table} for the whole scan${scan.detail}.`,
        fix: fixes[scan.kind],
      });
    }
  },
};

interface ScanCause {
  kind: 'no-check' | 'check-not-validated' | 'pending-not-null' | 'old-version';
  /** The constraint the cause is about, when there is one. */
  constraint: string;
  /** A clause for the message, possibly empty. */
  detail: string;
}

/**
 * Why the statement scans the table, or undefined when it does not: the column is already
 * NOT NULL, or a validated CHECK proves it on Postgres 12+.
 */
function scanCause(
  table: TableModel | undefined,
  column: string,
  pgVersion: number,
): ScanCause | undefined {
  const model = table?.columns.get(column);
  const pending = model?.notNullPending?.constraint;
  // Already NOT NULL: nothing to check.
  if (model?.notNull && pending === undefined) return undefined;
  const check = table ? notNullCheck(table, column) : undefined;
  if (check?.validated && pgVersion >= CHECK_SKIPS_SCAN_SINCE) return undefined;
  if (pending !== undefined) {
    return {
      kind: 'pending-not-null',
      constraint: pending,
      detail: ` (it validates the NOT VALID constraint ${pending} under that lock)`,
    };
  }
  if (!check) return { kind: 'no-check', constraint: '', detail: '' };
  if (!check.validated) {
    return {
      kind: 'check-not-validated',
      constraint: check.name,
      detail: ` (CHECK ${check.name} is still NOT VALID here, so it proves nothing)`,
    };
  }
  return {
    kind: 'old-version',
    constraint: check.name,
    detail: ` (Postgres ${pgVersion} ignores the validated CHECK ${check.name}; only Postgres 12 and later use it to skip the scan)`,
  };
}
