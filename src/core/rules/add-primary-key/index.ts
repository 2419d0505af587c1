import { notNullCheck } from '../../schema/not-null-proof.ts';
import type { TableModel } from '../../schema/schema-model.ts';
import { nameParts, splitQualified, typeRef } from '../../sql/names.ts';
import {
  addedColumn,
  addedConstraint,
  columnConstraints,
  existingTableAlter,
} from '../shared/altered-table.ts';
import type { Rule } from '../rule.ts';

/** Postgres 12 taught the implied SET NOT NULL to trust a validated CHECK (col IS NOT NULL). */
const CHECK_SKIPS_SCAN_SINCE = 12;

export const addPrimaryKey: Rule = {
  meta: {
    id: 'add-primary-key',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      'ADD PRIMARY KEY on an existing table builds its index (and checks NOT NULL) under ACCESS EXCLUSIVE; build the index CONCURRENTLY and attach it with USING INDEX.',
    fix: 'CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON t (id);  -- in a migration file of its own\nALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;',
    predicts: 'lock',
  },
  statementKinds: ['AlterTableStmt'],
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    const { schema, name: tableName } = splitQualified(alter.name);
    const pgVersion = ctx.options.pgVersion;
    for (const cmd of alter.cmds) {
      const con = addedConstraint(cmd);
      if (con?.contype === 'CONSTR_PRIMARY') {
        const name = con.conname ?? `${tableName}_pkey`;
        if (con.indexname) {
          // Attaching a built index is catalog-only, except that nullable key columns are
          // made NOT NULL, which scans the table unless a validated CHECK proves it.
          const index = ctx.schema.index(con.indexname, schema);
          const nullable = nullableColumns(alter.table, index?.columns ?? [], pgVersion);
          if (nullable.length === 0) continue;
          const attach = `ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} PRIMARY KEY USING INDEX ${con.indexname};`;
          ctx.report({
            message: `ADD CONSTRAINT ${name} PRIMARY KEY USING INDEX on existing table ${alter.name} must also make ${nullable.join(', ')} NOT NULL, which reads every row under an ACCESS EXCLUSIVE lock: all reads and writes of ${alter.name} wait for the scan${oldVersionNote(pgVersion)}.`,
            fix:
              pgVersion < CHECK_SKIPS_SCAN_SINCE
                ? `-- Postgres ${pgVersion} always scans to make key columns NOT NULL: run this in a maintenance window,\n-- or keep the unique index (it enforces uniqueness) and add the primary key after upgrading.`
                : `${notNullFirst(alter.name, tableName, nullable)}\n-- then, in a file after the VALIDATE:\n${attach}`,
          });
          continue;
        }
        const columns = nameParts(con.keys);
        const nullable = nullableColumns(alter.table, columns, pgVersion);
        const alsoScan =
          nullable.length > 0 ? `, and scans it again to make ${nullable.join(', ')} NOT NULL` : '';
        ctx.report({
          message: `ADD CONSTRAINT ${name} PRIMARY KEY on existing table ${alter.name} builds a unique index over every row${alsoScan}, all under an ACCESS EXCLUSIVE lock: every read and write of ${alter.name} waits until it ends.`,
          fix: `${nullable.length > 0 ? `${notNullFirst(alter.name, tableName, nullable)}\n` : ''}-- in a migration file of its own (CONCURRENTLY cannot run in a transaction block):
CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${alter.name} (${columns.join(', ')});
-- then, in a later file:
ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} PRIMARY KEY USING INDEX ${name};`,
        });
        continue;
      }
      const def = addedColumn(alter, cmd);
      if (!def || !columnConstraints(def).some((c) => c.contype === 'CONSTR_PRIMARY')) continue;
      const column = def.colname ?? 'column';
      ctx.report({
        message: `ADD COLUMN ${column} ... PRIMARY KEY on existing table ${alter.name} builds a unique index over every row under the ACCESS EXCLUSIVE lock of ADD COLUMN: every read and write of ${alter.name} waits until it ends.`,
        fix: `ALTER TABLE ${alter.name} ADD COLUMN ${column} ${typeRef(def.typeName).display};  -- without PRIMARY KEY
-- fill it in batches and make it NOT NULL through a validated CHECK, then in a file of its own:
CREATE UNIQUE INDEX CONCURRENTLY ${tableName}_pkey ON ${alter.name} (${column});
-- and in a later file:
ALTER TABLE ${alter.name} ADD CONSTRAINT ${tableName}_pkey PRIMARY KEY USING INDEX ${tableName}_pkey;`,
      });
    }
  },
};

/**
 * Key columns the model knows to be nullable and that no validated CHECK proves not null
 * (Postgres 12+). Columns the model does not know are not counted: nothing is known of them.
 */
function nullableColumns(
  table: TableModel | undefined,
  columns: string[],
  pgVersion: number,
): string[] {
  if (!table) return [];
  return columns.filter((name) => {
    const column = table.columns.get(name);
    if (!column || (column.notNull && !column.notNullPending)) return false;
    const check = notNullCheck(table, name);
    return !(check?.validated && pgVersion >= CHECK_SKIPS_SCAN_SINCE);
  });
}

function oldVersionNote(pgVersion: number): string {
  return pgVersion < CHECK_SKIPS_SCAN_SINCE
    ? ` (Postgres ${pgVersion} cannot use a validated CHECK to skip it)`
    : '';
}

function notNullFirst(table: string, tableName: string, columns: string[]): string {
  return columns
    .map((c) => {
      const check = `${tableName}_${c}_not_null`;
      return `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${c} IS NOT NULL) NOT VALID;
-- in a later file: ALTER TABLE ${table} VALIDATE CONSTRAINT ${check};`;
    })
    .join('\n');
}
