import type { SchemaModel } from '../../schema/schema-model.ts';
import type { QualifiedName } from '../../sql/names.ts';
import type { Rule } from '../rule.ts';
import { recordTableChanges } from '../shared/table-changes.ts';
import { changedTenantColumns, hasNotNullCheck } from '../shared/tenant-columns.ts';

export const tenantColumnNullable: Rule = {
  meta: {
    id: 'tenant-column-nullable',
    defaultSeverity: 'error',
    category: 'tenancy',
    summary:
      'A tenant column allows NULL: rows without a tenant belong to nobody, and no tenant policy can place them.',
    fix: 'workspace_id uuid NOT NULL REFERENCES public.workspaces (id)',
    // Added nullable, backfilled, then made NOT NULL (or given a NOT NULL CHECK) by a later
    // file of the same change: the change leaves no nullable tenant column.
    settledBy: (problem, schema) => {
      const subject = nullableColumnOf(problem);
      return subject !== undefined && !isNullable(schema, subject.table, subject.column);
    },
  },
  statement: recordTableChanges,
  fileEnd(ctx) {
    for (const found of changedTenantColumns(ctx)) {
      const { tableName, table, column } = found;
      if (column.notNull || hasNotNullCheck(table, column.name)) continue;
      // A tenant column before this one in `tenantColumns` that is never NULL places every row
      // (`org_id NOT NULL` beside an optional `team_id`, a group within the organization): it is
      // the table's tenant, as tenant-policy-missing takes it. Only an earlier one: a NOT NULL
      // column added after the real tenant column does not excuse it.
      const columns = ctx.options.tenantColumns;
      const placed = columns.slice(0, columns.indexOf(column.name)).some((name) => {
        const other = table.columns.get(name);
        return other !== undefined && (other.notNull || hasNotNullCheck(table, name));
      });
      if (placed) continue;
      const constraint = `${table.name}_${column.name}_not_null`;
      const fix = ctx.isNew(table)
        ? `-- declare it NOT NULL where the table is created:\n${column.name} ${column.type.display} NOT NULL`
        : [
            `-- existing rows: enforce for new rows now, check old rows after the backfill`,
            `ALTER TABLE ${tableName} ADD CONSTRAINT ${constraint} CHECK (${column.name} IS NOT NULL) NOT VALID;`,
            `ALTER TABLE ${tableName} VALIDATE CONSTRAINT ${constraint};`,
            `ALTER TABLE ${tableName} ALTER COLUMN ${column.name} SET NOT NULL;  -- no scan once the CHECK is validated (Postgres 12+)`,
          ].join('\n');
      ctx.report(found.statement, {
        line: found.line,
        problems: [nullableColumnProblem(tableName, column.name)],
        message: `Tenant column ${tableName}.${column.name} allows NULL: a row saved without a tenant belongs to no tenant. Tenant policies never match it (NULL equals nothing), so its own users lose it; a policy or query that treats NULL as shared shows it to every tenant; and tenant exports and deletions miss it.`,
        fix,
      });
    }
  },
};

const PROBLEM = 'nullable-tenant-column ';

function nullableColumnProblem(table: QualifiedName, column: string): string {
  return `${PROBLEM}${JSON.stringify([table, column])}`;
}

/** The table and column a problem of this rule names; undefined for another problem. */
export function nullableColumnOf(
  problem: string,
): { table: QualifiedName; column: string } | undefined {
  if (!problem.startsWith(PROBLEM)) return undefined;
  const [table, column] = JSON.parse(problem.slice(PROBLEM.length)) as [QualifiedName, string];
  return { table, column };
}

/** True unless the column exists and is NOT NULL or has a NOT NULL CHECK (as the rule asks). */
function isNullable(schema: SchemaModel, tableName: QualifiedName, name: string): boolean {
  const table = schema.table(tableName);
  const column = schema.column(tableName, name);
  if (!table || !column) return true;
  return !(column.notNull || hasNotNullCheck(table, name));
}
