import type { AlterTableCmd, ColumnDef, Constraint } from 'libpg-query';
import { relationName } from '../../schema/relation-names.ts';
import type { Origin } from '../../schema/schema-model.ts';
import { nameParts, splitQualified, typeRef } from '../../sql/names.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import {
  addedColumn,
  addedConstraint,
  columnConstraints,
  type ExistingTableAlter,
  existingTableAlter,
  isSerialType,
} from '../shared/altered-table.ts';
import type { Rule, RuleReport, StatementContext } from '../rule.ts';

/** Postgres 18 accepts NOT VALID foreign keys on partitioned tables; earlier versions reject them. */
const NOT_VALID_FK_ON_PARTITIONED_SINCE = 18;

export const constraintNotValidMissing: Rule = {
  meta: {
    id: 'constraint-not-valid-missing',
    defaultSeverity: 'error',
    category: 'locks',
    summary:
      'ADD CONSTRAINT ... CHECK or FOREIGN KEY on an existing table without NOT VALID scans it under lock; VALIDATE belongs in a later file.',
    fix: 'ALTER TABLE t ADD CONSTRAINT c ... NOT VALID;\n-- in a later migration file:\nALTER TABLE t VALIDATE CONSTRAINT c;',
    predicts: 'scan',
  },
  statementKinds: ['AlterTableStmt'],
  statement(ctx) {
    const alter = existingTableAlter(ctx);
    if (!alter) return;
    for (const cmd of alter.cmds) {
      const report =
        addedConstraintReport(ctx, alter, cmd) ??
        addedColumnReport(ctx, alter, cmd) ??
        validateReport(ctx, alter, cmd);
      if (report) ctx.report(report);
    }
  },
};

function addedConstraintReport(
  ctx: StatementContext,
  alter: ExistingTableAlter,
  cmd: AlterTableCmd,
): RuleReport | undefined {
  const con = addedConstraint(cmd);
  if (!con || con.skip_validation || con.is_enforced === false) return undefined;
  const name = con.conname ?? 'constraint_name';
  const later = `-- in a later migration file (the scan runs under SHARE UPDATE EXCLUSIVE; reads and writes continue):\nALTER TABLE ${alter.name} VALIDATE CONSTRAINT ${name};`;
  if (con.contype === 'CONSTR_CHECK') {
    return {
      message: `ADD CONSTRAINT ${name} CHECK on existing table ${alter.name} reads every row to check it while holding an ACCESS EXCLUSIVE lock: all reads and writes of ${alter.name} wait for the whole scan.`,
      fix: `ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} CHECK (...) NOT VALID;  -- checks new rows only\n${later}`,
    };
  }
  if (con.contype !== 'CONSTR_FOREIGN') return undefined;
  const referenced = relationName(ctx.schema, con.pktable);
  const partitioned =
    alter.table?.kind === 'partitioned-table' &&
    ctx.options.pgVersion < NOT_VALID_FK_ON_PARTITIONED_SINCE;
  return {
    message: `ADD CONSTRAINT ${name} FOREIGN KEY on existing table ${alter.name} looks up every row in ${referenced} while holding SHARE ROW EXCLUSIVE locks on both tables: inserts, updates and deletes on ${alter.name} and ${referenced} wait for the whole scan.`,
    fix: partitioned
      ? `-- Postgres ${ctx.options.pgVersion} rejects NOT VALID foreign keys on a partitioned table: add the key NOT VALID
-- to each partition, VALIDATE each in a later file, then add it to ${alter.name}, which adopts the validated
-- partition constraints instead of checking the rows again.`
      : `ALTER TABLE ${alter.name} ADD CONSTRAINT ${name} FOREIGN KEY (...) REFERENCES ${referenced} (...) NOT VALID;\n${later}`,
  };
}

function addedColumnReport(
  ctx: StatementContext,
  alter: ExistingTableAlter,
  cmd: AlterTableCmd,
): RuleReport | undefined {
  const def = addedColumn(alter, cmd);
  if (!def) return undefined;
  const column = def.colname ?? 'column';
  const type = typeRef(def.typeName).display;
  const constraints = columnConstraints(def);
  const check = constraints.find((c) => c.contype === 'CONSTR_CHECK' && c.is_enforced !== false);
  const steps = `ALTER TABLE ${alter.name} ADD COLUMN ${column} ${type};  -- no constraint: instant`;
  if (check) {
    const rows = hasDefault(def)
      ? `every existing row gets the default, and each one is checked`
      : `every existing row is NULL and passes, yet Postgres still reads each one`;
    return {
      message: `ADD COLUMN ${column} with a CHECK on existing table ${alter.name}: ${rows}, all under the ACCESS EXCLUSIVE lock of ADD COLUMN, which blocks every read and write of ${alter.name} for the whole scan.`,
      fix: `${steps}\nALTER TABLE ${alter.name} ADD CONSTRAINT ${check.conname ?? `${splitQualified(alter.name).name}_${column}_check`} CHECK (...) NOT VALID;\n-- VALIDATE CONSTRAINT in a later migration file`,
    };
  }
  const foreign = constraints.find((c) => c.contype === 'CONSTR_FOREIGN');
  // Without a default the new column is all NULL and Postgres skips validating the key; with
  // any DEFAULT clause (even DEFAULT NULL) it checks every row.
  if (!foreign || !hasDefault(def)) return undefined;
  const referenced = relationName(ctx.schema, foreign.pktable);
  return {
    message: `ADD COLUMN ${column} with a DEFAULT and REFERENCES ${referenced} on existing table ${alter.name}: Postgres checks the default of every row against ${referenced}, holding ACCESS EXCLUSIVE on ${alter.name} and SHARE ROW EXCLUSIVE on ${referenced} (no writes to either) for the whole scan.`,
    fix: `${steps}\nALTER TABLE ${alter.name} ADD CONSTRAINT ${foreign.conname ?? `${splitQualified(alter.name).name}_${column}_fkey`} FOREIGN KEY (${column}) REFERENCES ${referenced}${referencedColumns(foreign)} NOT VALID;\n-- set the default, backfill in batches, then VALIDATE CONSTRAINT in a later migration file`,
  };
}

/** ` (id)` when the REFERENCES clause names the referenced columns. */
function referencedColumns(con: Constraint): string {
  const columns = nameParts(con.pk_attrs);
  return columns.length > 0 ? ` (${columns.join(', ')})` : '';
}

/** A DEFAULT clause (any, even NULL) or a serial type's implied nextval() default. */
function hasDefault(def: ColumnDef): boolean {
  return (
    isSerialType(typeRef(def.typeName).name) ||
    columnConstraints(def).some((c: Constraint) => c.contype === 'CONSTR_DEFAULT')
  );
}

function validateReport(
  ctx: StatementContext,
  alter: ExistingTableAlter,
  cmd: AlterTableCmd,
): RuleReport | undefined {
  if (cmd.subtype !== 'AT_ValidateConstraint' || !cmd.name) return undefined;
  const name = cmd.name;
  const con = alter.table?.constraints.find((c) => c.name === name && !c.validated);
  const pendingNotNull = [...(alter.table?.columns.values() ?? [])].find(
    (c) => c.notNullPending?.constraint === name,
  )?.notNullPending;
  const modelled: Origin | undefined = con?.addedBy ?? pendingNotNull?.addedBy;
  // A table created outside the migrations has no model to remember the add: look in this file.
  const unmodelled = alter.table ? undefined : notValidAddInFile(ctx, alter, name);
  const added =
    modelled ?? (unmodelled && { file: ctx.file.path, statement: unmodelled.statement });
  if (!added || added.file !== ctx.file.path) return undefined;
  if (committedBetween(ctx.statements, added.statement, ctx.statement.index)) return undefined;
  const addLine = ctx.statements[added.statement]?.line;
  const foreignKey = con
    ? con.kind === 'foreign-key'
    : unmodelled?.constraint.contype === 'CONSTR_FOREIGN';
  const referenced =
    con?.references?.table ??
    (unmodelled?.constraint.pktable
      ? relationName(ctx.schema, unmodelled.constraint.pktable)
      : undefined);
  const held = foreignKey
    ? `SHARE ROW EXCLUSIVE locks the add took on ${alter.name} and ${referenced ?? 'the referenced table'} (no writes to either) are`
    : `ACCESS EXCLUSIVE lock the add took on ${alter.name} (no reads or writes) is`;
  return {
    message: `VALIDATE CONSTRAINT ${name} runs in the same transaction as the ADD CONSTRAINT ... NOT VALID${addLine === undefined ? '' : ` on line ${addLine}`}: the ${held} held until the file commits, so the validation scan runs under them and NOT VALID gains nothing.`,
    fix: `-- move this statement to a later migration file, so it runs after the add has committed:\nALTER TABLE ${alter.name} VALIDATE CONSTRAINT ${name};`,
  };
}

/** The `ADD CONSTRAINT name ... NOT VALID` on the same table earlier in this file, if any. */
function notValidAddInFile(
  ctx: StatementContext,
  alter: ExistingTableAlter,
  name: string,
): { statement: number; constraint: Constraint } | undefined {
  const top = ctx.statement.parent ?? ctx.statement;
  for (const s of ctx.statements) {
    if (s.index >= top.index) break;
    const stmt = nodeAs(s.node, 'AlterTableStmt');
    if (!stmt?.relation || relationName(ctx.schema, stmt.relation) !== alter.name) continue;
    for (const c of stmt.cmds ?? []) {
      const con = addedConstraint(nodeAs(c, 'AlterTableCmd') ?? {});
      if (con?.conname === name && con.skip_validation)
        return { statement: s.index, constraint: con };
    }
  }
  return undefined;
}

/** An explicit COMMIT between two top-level statements ends the transaction and its locks. */
function committedBetween(statements: readonly Statement[], from: number, to: number): boolean {
  return statements.some((s) => {
    if (s.index <= from || s.index >= to) return false;
    return nodeAs(s.node, 'TransactionStmt')?.kind === 'TRANS_STMT_COMMIT';
  });
}
