import { nameParts, splitQualified, typeRef } from '../../sql/names.ts';
import {
  addedColumn,
  addedConstraint,
  columnConstraints,
  existingTableAlter,
} from '../shared/altered-table.ts';
import type { Rule } from '../rule.ts';

export const addUniqueConstraint: Rule = {
  meta: {
    id: 'add-unique-constraint',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      'ADD CONSTRAINT ... UNIQUE on an existing table builds its index under ACCESS EXCLUSIVE; build it CONCURRENTLY and attach it with USING INDEX.',
    fix: 'CREATE UNIQUE INDEX CONCURRENTLY t_c_key ON t (c);  -- in a migration file of its own\nALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE USING INDEX t_c_key;',
    predicts: 'lock',
  },
  statementKinds: ['AlterTableStmt'],
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    const tableName = splitQualified(alter.name).name;
    for (const cmd of alter.cmds) {
      const con = addedConstraint(cmd);
      if (con?.contype === 'CONSTR_UNIQUE' && !con.indexname) {
        const columns = nameParts(con.keys);
        const name = con.conname ?? `${tableName}_${columns.join('_')}_key`;
        const nulls = con.nulls_not_distinct ? ' NULLS NOT DISTINCT' : '';
        ctx.report({
          message: `ADD CONSTRAINT ${name} UNIQUE on existing table ${alter.name} builds a unique index over every row while holding an ACCESS EXCLUSIVE lock: all reads and writes of ${alter.name} wait until the index is built.`,
          fix: `-- in a migration file of its own (CONCURRENTLY cannot run in a transaction block):
CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${alter.name} (${columns.join(', ')})${nulls};
-- then, in a later file (brief lock, no build):
ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} UNIQUE USING INDEX ${name};`,
        });
        continue;
      }
      const def = addedColumn(alter, cmd);
      if (!def || !columnConstraints(def).some((c) => c.contype === 'CONSTR_UNIQUE')) continue;
      const column = def.colname ?? 'column';
      const name = `${tableName}_${column}_key`;
      ctx.report({
        message: `ADD COLUMN ${column} ... UNIQUE on existing table ${alter.name} builds a unique index over every row under the ACCESS EXCLUSIVE lock of ADD COLUMN: all reads and writes of ${alter.name} wait until the index is built.`,
        fix: `ALTER TABLE ${alter.name} ADD COLUMN ${column} ${typeRef(def.typeName).display};  -- without UNIQUE: instant
-- in a migration file of its own:
CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${alter.name} (${column});
-- then, in a later file:
ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} UNIQUE USING INDEX ${name};`,
      });
    }
  },
};
