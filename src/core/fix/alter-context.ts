import type { TableModel } from '../schema/schema-model.ts';
import { type QualifiedName, splitQualified } from '../sql/names.ts';
import { type FixStep, labelOf } from './fix-step.ts';
import { sqlName, type StatementSlices } from './statement-slices.ts';

/** What a subcommand's rewrite needs to know about its statement. */
export interface AlterContext {
  slices: StatementSlices;
  /** `ALTER TABLE [IF EXISTS] [ONLY] name`, as written. */
  head: string;
  /** The table's name as written (for CREATE INDEX ... ON). */
  written: string;
  table: QualifiedName;
  model: TableModel | undefined;
}

/** A subcommand's safe form: `now` replaces it in place, `later` files follow. */
export interface CommandRewrite {
  now: string[];
  later: FixStep[];
  /** What `now` does, for the name of the file it lands in. */
  label: string;
}

/** VALIDATE the CHECKs, SET NOT NULL (which trusts them: no scan), `extra`, DROP the CHECKs. */
export function setNotNullStep(
  context: Pick<AlterContext, 'written' | 'table'>,
  columns: string[],
  checks: string[],
  extra?: string,
): FixStep {
  const t = context.written;
  return {
    kind: 'transaction',
    statements: [
      ...checks.map((c) => `ALTER TABLE ${t} VALIDATE CONSTRAINT ${sqlName(c)};`),
      ...columns.map((c) => `ALTER TABLE ${t} ALTER COLUMN ${sqlName(c)} SET NOT NULL;`),
      ...(extra ? [extra] : []),
      ...checks.map((c) => `ALTER TABLE ${t} DROP CONSTRAINT ${sqlName(c)};`),
    ],
    label: labelOf('set', splitQualified(context.table).name, ...columns, 'not_null'),
    why: 'VALIDATE scans under SHARE UPDATE EXCLUSIVE; SET NOT NULL then trusts the validated CHECK and skips its scan',
  };
}

/**
 * The CHECK a rewrite adds to prove a column NOT NULL. Not `<table>_<col>_not_null`: Postgres
 * 18 gives that name to the NOT NULL constraint SET NOT NULL creates.
 */
export function notNullCheckName(table: QualifiedName, column: string): string {
  return `${splitQualified(table).name}_${column}_not_null_check`;
}
