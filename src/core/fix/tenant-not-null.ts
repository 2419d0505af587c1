import type { Finding } from '../report/finding.ts';
import { nullableColumnOf } from '../rules/tenant-column-nullable/index.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { type QualifiedName, splitQualified } from '../sql/names.ts';
import { notNullCheckName, setNotNullStep } from './alter-context.ts';
import { type FixStep, labelOf } from './fix-step.ts';
import { sqlName } from './statement-slices.ts';

const RULE = 'tenant-column-nullable';

/** What making the file's nullable tenant columns NOT NULL adds to its rewrite. */
interface TenantNotNull {
  /** Steps that follow the rewrite's other steps (before its contract steps). */
  steps: FixStep[];
  /** What the rewrite adds on purpose: the original plus these must equal the rewrite. */
  declared: string[];
  tables: QualifiedName[];
  /** The rule's findings the steps settle, and why the others are left. */
  settled: Finding[];
  unsettled: { finding: Finding; reason: string }[];
}

/**
 * `tenant-column-nullable` asks for a tenant column that allows no NULL. When a step of the
 * rewrite fills every NULL of the column (a backfill with no WHERE, or `WHERE col IS NULL`),
 * the rewrite goes on as the playbook does: a CHECK (col IS NOT NULL) NOT VALID, then VALIDATE
 * (no lock that blocks reads or writes), SET NOT NULL (which trusts the validated CHECK) and the
 * CHECK dropped. This adds to the original on purpose, so the proof runs `SET NOT NULL` after the
 * original too. A column nothing fills is left: VALIDATE would fail on the rows it misses.
 */
export function tenantNotNull(
  findings: readonly Finding[],
  steps: readonly FixStep[],
  schema: SchemaModel,
): TenantNotNull {
  const out: TenantNotNull = { steps: [], declared: [], tables: [], settled: [], unsettled: [] };
  const done = new Set<string>();
  for (const finding of findings) {
    if (finding.rule !== RULE) continue;
    const columns = (finding.problems ?? []).flatMap((p) => {
      const subject = nullableColumnOf(p);
      return subject ? [subject] : [];
    });
    const left = columns.find(
      ({ table, column }) =>
        !steps.some((s) => s.fills?.some((f) => f.table === table && f.column === column)),
    );
    if (columns.length === 0 || left) {
      out.unsettled.push({
        finding,
        reason: `fix makes a tenant column NOT NULL only after a backfill it writes gives every row a value (UPDATE ... SET ${left?.column ?? 'column'} = ... with no WHERE, or WHERE ${left?.column ?? 'column'} IS NULL); add one, or declare the column NOT NULL`,
      });
      continue;
    }
    out.settled.push(finding);
    for (const { table, column } of columns) {
      const key = `${table}.${column}`;
      if (done.has(key) || schema.column(table, column)?.notNull) continue;
      done.add(key);
      const { schema: schemaName, name } = splitQualified(table);
      const written = `${sqlName(schemaName)}.${sqlName(name)}`;
      const check = notNullCheckName(table, column);
      out.steps.push(
        {
          kind: 'transaction',
          statements: [
            `ALTER TABLE ${written} ADD CONSTRAINT ${sqlName(check)} CHECK (${sqlName(column)} IS NOT NULL) NOT VALID;`,
          ],
          label: labelOf('check', name, column, 'not_null_not_valid'),
          why: `tenant-column-nullable: a row without a tenant belongs to nobody, so the tenant column becomes NOT NULL; this keeps NULLs out of new rows and checks no existing row (a brief lock)`,
        },
        setNotNullStep({ written, table }, [column], [check]),
      );
      out.declared.push(`ALTER TABLE ${written} ALTER COLUMN ${sqlName(column)} SET NOT NULL;`);
      if (!out.tables.includes(table)) out.tables.push(table);
    }
  }
  return out;
}
