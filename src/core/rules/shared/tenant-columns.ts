import type { Node } from 'libpg-query';
import type { ColumnModel, SchemaModel, TableModel } from '../../schema/schema-model.ts';
import { type QualifiedName, splitQualified } from '../../sql/names.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import type { FileContext } from '../rule.ts';
import { type TableChange, tableChanges } from './table-changes.ts';

/** A tenant column on a table the file under check created, or whose column it touched. */
export interface ChangedTenantColumn {
  tableName: QualifiedName;
  table: TableModel;
  column: ColumnModel;
  /** Where to report: the column's definition, or the statement that touched it. */
  statement: Statement;
  line: number;
}

/**
 * Tenant columns (options.tenantColumns) the file is answerable for: on tables it created, or
 * that it added, renamed or altered; `alsoWhen` adds table-wide changes that matter to a rule
 * (e.g. a dropped index for the index rule).
 */
export function changedTenantColumns(
  ctx: FileContext,
  alsoWhen: (change: TableChange, column: string) => boolean = () => false,
): ChangedTenantColumn[] {
  const found: ChangedTenantColumn[] = [];
  for (const [tableName, changes] of tableChanges(ctx)) {
    const table = ctx.schema.table(tableName);
    if (!table || (table.kind !== 'table' && table.kind !== 'partitioned-table')) continue;
    for (const name of tenantColumnsOf(ctx.schema, table, ctx.options.tenantColumns)) {
      const column = table.columns.get(name);
      if (!column) continue;
      const where = reportPlace(changes, name, alsoWhen);
      if (where) found.push({ tableName, table, column, ...where });
    }
  }
  return found;
}

function reportPlace(
  changes: readonly TableChange[],
  column: string,
  alsoWhen: (change: TableChange, column: string) => boolean,
): { statement: Statement; line: number } | undefined {
  for (const change of changes) {
    // A constraint added over the column (`UNIQUE (year, tenant_id)`), or such a key dropped,
    // changes neither its nullability nor its foreign keys: not where a problem begins.
    if (change.keysOnly) continue;
    const defined = change.columns.find((c) => c.name === column);
    if (defined) return { statement: change.statement, line: defined.line };
  }
  const other = changes.find((c) => c.kind === 'create' || alsoWhen(c, column));
  return other ? { statement: other.statement, line: other.line } : undefined;
}

/** `CHECK (col IS NOT NULL)`, alone or in an AND: enforced for new rows even while NOT VALID. */
export function hasNotNullCheck(table: TableModel, column: string): boolean {
  return table.constraints.some((c) => c.kind === 'check' && requiresNotNull(c.expr, column));
}

function requiresNotNull(expr: Node | undefined, column: string): boolean {
  const test = nodeAs(expr, 'NullTest');
  if (test) {
    if (test.nulltesttype !== 'IS_NOT_NULL') return false;
    const fields = nodeAs(test.arg, 'ColumnRef')?.fields ?? [];
    return nodeAs(fields.at(-1), 'String')?.sval === column;
  }
  const bool = nodeAs(expr, 'BoolExpr');
  if (bool?.boolop === 'AND_EXPR') return (bool.args ?? []).some((a) => requiresNotNull(a, column));
  return false;
}

/**
 * The table that maps users to tenants, for writing a policy in a fix: a table with the tenant
 * column and a user_id column, preferring one whose name says "member".
 */
function membershipTable(schema: SchemaModel, tenantColumn: string): QualifiedName | undefined {
  const candidates = [...schema.tables.entries()].filter(
    ([, t]) => t.kind === 'table' && t.columns.has(tenantColumn) && t.columns.has('user_id'),
  );
  const member = candidates.find(([, t]) => /member/.test(t.name));
  return (member ?? candidates[0])?.[0];
}

/** A tenant policy for a fix: members of the row's tenant may use the row, nobody else. */
export function tenantPolicySql(
  schema: SchemaModel,
  tableName: QualifiedName,
  table: TableModel,
  tenantColumn: string,
): string {
  const members =
    membershipTable(schema, tenantColumn) ?? `public.${tenantColumn.replace(/_id$/, '')}_members`;
  if (members === tableName) {
    // Reading the membership table from its own policy recurses; members see their own rows,
    // and joining or leaving goes through a checked SECURITY DEFINER function or service_role.
    return [
      `CREATE POLICY ${table.name}_own_rows ON ${tableName}`,
      '  FOR SELECT TO authenticated',
      '  USING (user_id = (SELECT auth.uid()));',
    ].join('\n');
  }
  const tenantsOfCaller = `${tenantColumn} IN (SELECT m.${tenantColumn} FROM ${members} m WHERE m.user_id = (SELECT auth.uid()))`;
  return [
    `CREATE POLICY ${table.name}_tenant_members ON ${tableName}`,
    '  FOR ALL TO authenticated',
    `  USING (${tenantsOfCaller})`,
    `  WITH CHECK (${tenantsOfCaller});`,
  ].join('\n');
}

/**
 * The tenant policy the tenancy model proposes with confidence: the table has a tenant column
 * and a membership table maps users to its tenants (no guessed table name), else why not.
 */
export function proposedTenantPolicy(
  schema: SchemaModel,
  tableName: QualifiedName,
  table: TableModel,
  tenantColumns: readonly string[],
): { ok: true; sql: string; identifiers: string[] } | { ok: false; reason: string } {
  const column = tenantColumnOf(table, tenantColumns, schema);
  if (column === undefined) {
    return {
      ok: false,
      reason: `${tableName} has none of the tenant columns (${tenantColumns.join(', ')})`,
    };
  }
  const members = membershipTable(schema, column);
  if (members === undefined) {
    return {
      ok: false,
      reason: `no table maps users to ${column} (a table with ${column} and user_id)`,
    };
  }
  return {
    ok: true,
    sql: tenantPolicySql(schema, tableName, table, column),
    // The policy text writes these bare.
    identifiers: [
      ...Object.values(splitQualified(tableName)),
      ...Object.values(splitQualified(members)),
      column,
      'user_id',
    ],
  };
}

/** The first configured tenant column the table has (see `tenantColumnsOf` with a schema). */
export function tenantColumnOf(
  table: TableModel,
  tenantColumns: readonly string[],
  schema?: SchemaModel,
): string | undefined {
  if (schema) return tenantColumnsOf(schema, table, tenantColumns)[0];
  return tenantColumns.find((c) => table.columns.has(c));
}

/**
 * The configured tenant columns the table has, in config order, less those that only point
 * within a tenant when another one names the tenant: a column whose foreign key references a
 * table that itself has a tenant column (`account_id REFERENCES chart_of_accounts`, a ledger
 * account of the tenant, beside `tenant_id REFERENCES tenants`) is a row of that tenant, not the
 * tenant. With no other candidate the column stays (`workspace_id` alone, whatever it references).
 */
function tenantColumnsOf(
  schema: SchemaModel,
  table: TableModel,
  tenantColumns: readonly string[],
): string[] {
  const present = tenantColumns.filter((c) => table.columns.has(c));
  if (present.length < 2) return present;
  const withinTenant = (column: string) =>
    table.constraints.some((k) => {
      if (k.kind !== 'foreign-key' || k.columns.length !== 1 || k.columns[0] !== column) {
        return false;
      }
      const target = k.references ? schema.table(k.references.table) : undefined;
      return (
        target !== undefined && target !== table && tenantColumns.some((c) => target.columns.has(c))
      );
    });
  const roots = present.filter((c) => !withinTenant(c));
  return roots.length > 0 ? roots : present;
}
