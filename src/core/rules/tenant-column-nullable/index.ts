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
  },
  statement: recordTableChanges,
  fileEnd(ctx) {
    for (const found of changedTenantColumns(ctx)) {
      const { tableName, table, column } = found;
      if (column.notNull || hasNotNullCheck(table, column.name)) continue;
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
        message: `Tenant column ${tableName}.${column.name} allows NULL: a row saved without a tenant belongs to no tenant. Tenant policies never match it (NULL equals nothing), so its own users lose it; a policy or query that treats NULL as shared shows it to every tenant; and tenant exports and deletions miss it.`,
        fix,
      });
    }
  },
};
