import type { SchemaModel, TableModel } from '../../schema/schema-model.ts';
import { type QualifiedName, qualify } from '../../sql/names.ts';
import type { Rule } from '../rule.ts';
import { recordTableChanges } from '../shared/table-changes.ts';
import { changedTenantColumns } from '../shared/tenant-columns.ts';

export const tenantColumnNoFk: Rule = {
  meta: {
    id: 'tenant-column-no-fk',
    defaultSeverity: 'warning',
    category: 'tenancy',
    summary:
      'A tenant column has no foreign key to the tenant table: rows can name tenants that do not exist or no longer exist.',
    fix: 'ALTER TABLE public.table_name ADD CONSTRAINT table_name_workspace_id_fkey\n  FOREIGN KEY (workspace_id) REFERENCES public.workspaces (id);  -- ON DELETE CASCADE if rows go with their tenant',
  },
  statement: recordTableChanges,
  fileEnd(ctx) {
    for (const found of changedTenantColumns(ctx)) {
      const { tableName, table, column } = found;
      const hasFk = table.constraints.some(
        (c) => c.kind === 'foreign-key' && c.columns.includes(column.name),
      );
      if (hasFk || isTenantTable(ctx.schema, tableName, table, column.name)) continue;
      const target = tenantTable(ctx.schema, column.name);
      const constraint = `${table.name}_${column.name}_fkey`;
      const add = `ALTER TABLE ${tableName} ADD CONSTRAINT ${constraint}\n  FOREIGN KEY (${column.name}) REFERENCES ${target.table} (${target.column})`;
      const fix = ctx.isNew(table)
        ? `${add};`
        : `-- NOT VALID skips the scan under the lock; validate with a weaker lock afterwards\n${add} NOT VALID;\nALTER TABLE ${tableName} VALIDATE CONSTRAINT ${constraint};`;
      ctx.report(found.statement, {
        line: found.line,
        message: `Tenant column ${tableName}.${column.name} has no foreign key: nothing stops a row from naming a tenant that does not exist (a typo, another environment's id) or outliving its deleted tenant, and such orphans are missed when a tenant's data is exported or deleted.`,
        fix,
      });
    }
  },
};

/**
 * The tenant table itself (e.g. `tenants.tenant_id`): its tenant column is its own generated
 * key, or other tables' tenant columns reference it.
 */
function isTenantTable(
  schema: SchemaModel,
  tableName: QualifiedName,
  table: TableModel,
  column: string,
): boolean {
  const col = table.columns.get(column);
  const ownKey = table.constraints.some(
    (c) => c.kind === 'primary-key' && c.columns.length === 1 && c.columns[0] === column,
  );
  if (!ownKey) return false;
  if (col?.defaultExpr !== undefined || col?.identity) return true;
  return [...schema.tables.values()].some((t) =>
    t.constraints.some(
      (c) =>
        c.kind === 'foreign-key' &&
        c.references?.table === tableName &&
        c.references.columns.includes(column),
    ),
  );
}

/** Where the fix should point: a table other FKs on this column use, else the conventional name. */
function tenantTable(
  schema: SchemaModel,
  column: string,
): { table: QualifiedName; column: string } {
  for (const t of schema.tables.values()) {
    for (const c of t.constraints) {
      const i = c.columns.indexOf(column);
      const target = c.references?.columns[i];
      if (c.kind === 'foreign-key' && c.references && i >= 0 && target) {
        return { table: c.references.table, column: target };
      }
    }
  }
  return { table: qualify('public', `${column.replace(/_id$/, '')}s`), column: 'id' };
}
