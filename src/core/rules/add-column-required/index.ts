import type { ColumnDef } from 'libpg-query';
import { typeRef } from '../../sql/names.ts';
import {
  addedColumn,
  columnConstraints,
  existingTableAlter,
  isNullConstant,
  isSerialType,
} from '../shared/altered-table.ts';
import type { Rule } from '../rule.ts';

export const addColumnRequired: Rule = {
  meta: {
    id: 'add-column-required',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      'ADD COLUMN ... NOT NULL without a DEFAULT on an existing table fails when the table has rows and breaks inserts from code already deployed.',
    fix: 'ALTER TABLE t ADD COLUMN c type NOT NULL DEFAULT <constant>;  -- or add it nullable, backfill, then SET NOT NULL safely',
    // Postgres reads the table to prove no row lacks the value (failing at the first one), so a
    // staging trace sees the scan under the ACCESS EXCLUSIVE lock: this finding accounts for it.
    predicts: 'scan',
  },
  statementKinds: ['AlterTableStmt'],
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      const def = addedColumn(alter, cmd);
      const required = def ? requiredWithoutValue(def) : undefined;
      if (!def || !required) continue;
      const column = def.colname ?? 'column';
      const type = typeRef(def.typeName).display;
      ctx.report({
        message: `ADD COLUMN ${column} ${type} ${required} on existing table ${alter.name} has no DEFAULT: the migration fails ("column contains null values") as soon as the table holds a row, and once it succeeds, inserts from application code that does not yet set ${column} fail.`,
        fix: `ALTER TABLE ${alter.name} ADD COLUMN ${column} ${type} NOT NULL DEFAULT <constant>;  -- instant on Postgres 11+ for a constant\n-- or: ADD COLUMN ${column} ${type} (nullable); deploy code that writes it; backfill in batches;\n-- then ADD CONSTRAINT ... CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE it in a later file, SET NOT NULL`,
      });
    }
  },
};

/**
 * `NOT NULL` or `PRIMARY KEY` (whichever is written) when nothing gives existing rows a value.
 */
function requiredWithoutValue(def: ColumnDef): 'NOT NULL' | 'PRIMARY KEY' | undefined {
  if (isSerialType(typeRef(def.typeName).name)) return undefined;
  let required: 'NOT NULL' | 'PRIMARY KEY' | undefined;
  for (const con of columnConstraints(def)) {
    switch (con.contype) {
      case 'CONSTR_NOTNULL':
        required ??= 'NOT NULL';
        break;
      case 'CONSTR_PRIMARY':
        required = 'PRIMARY KEY';
        break;
      case 'CONSTR_IDENTITY':
      case 'CONSTR_GENERATED':
        return undefined;
      case 'CONSTR_DEFAULT':
        // DEFAULT NULL gives existing rows nothing.
        if (!isNullConstant(con.raw_expr)) return undefined;
        break;
      default:
        break;
    }
  }
  return required;
}
