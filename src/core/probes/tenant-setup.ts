import type { QualifiedName } from '../sql/names.ts';
import {
  AUTH_USERS,
  type Catalog,
  type CatalogForeignKey,
  type CatalogTable,
} from './probe-catalog.ts';

/** The config key that supplies tenants when the schema does not show how to make them. */
export const SETUP_SQL_KEY = 'probes.setupSql';

export interface Membership {
  table: QualifiedName;
  /** The membership table's column referencing the tenant table. */
  tenantColumn: string;
  /** The membership table's column referencing auth.users. */
  userColumn: string;
}

/**
 * How the probe makes a tenant with one member, found from foreign keys:
 * - `tenant-table`: insert a row into the tenant table (e.g. workspaces) and a membership row
 *   (e.g. workspace_members) and/or fill the tenant table's owner columns with the user;
 * - `user`: the tenant column references auth.users itself (one tenant per user);
 * - `setup-sql`: the config's `probes.setupSql` makes it.
 */
export type TenancyPlan =
  | {
      kind: 'tenant-table';
      tenantTable: QualifiedName;
      /** The tenant table's key column the tenant column references. */
      tenantKey: string;
      /** Columns of the tenant table referencing auth.users (owner_id, created_by). */
      ownerColumns: string[];
      /**
       * Tables linking users to tenants, best first. The member joins every one (a policy may
       * check any of them); only the first must take the row.
       */
      memberships: Membership[];
    }
  | { kind: 'user' }
  | { kind: 'setup-sql'; sql: string }
  | { kind: 'skip'; reason: string };

/** Plan how to make two tenants for probing `table` through its `tenantColumn`. */
export function planTenancy(
  table: CatalogTable,
  tenantColumn: string,
  catalog: Catalog,
  setupSql: string | undefined,
): TenancyPlan {
  if (setupSql !== undefined) return { kind: 'setup-sql', sql: setupSql };
  const reference = tenantReference(table, tenantColumn, catalog);
  if (!reference) {
    return {
      kind: 'skip',
      reason: `no foreign key from ${table.name}.${tenantColumn} (nor from any other ${tenantColumn} column) to a tenant table, so the probe cannot tell how to create a tenant; set ${SETUP_SQL_KEY}`,
    };
  }
  if (reference.references === AUTH_USERS) return { kind: 'user' };
  const tenantTable = catalog.get(reference.references);
  const tenantKey = reference.referencedColumns[0];
  if (!tenantTable || tenantKey === undefined) {
    return {
      kind: 'skip',
      reason: `the tenant table ${reference.references} is not on the staging target; set ${SETUP_SQL_KEY}`,
    };
  }
  const ownerColumns = singleColumnKeys(tenantTable).filter((fk) => fk.references === AUTH_USERS);
  const candidates = findMemberships(tenantTable, catalog);
  const named = candidates.filter((m) => memberNamed(m.table));
  // Without a *member* table, a row author (projects.created_by) is no membership: prefer the
  // tenant's owner column, else take the likeliest link.
  const memberships =
    named.length > 0 ? named : ownerColumns.length > 0 ? [] : candidates.slice(0, 1);
  if (memberships.length === 0 && ownerColumns.length === 0) {
    return {
      kind: 'skip',
      reason: `found the tenant table ${tenantTable.name}, but no membership table with foreign keys to it and to auth.users, nor an owner column on it referencing auth.users, so the probe cannot tell how a user joins a tenant; set ${SETUP_SQL_KEY}`,
    };
  }
  return {
    kind: 'tenant-table',
    tenantTable: tenantTable.name,
    tenantKey,
    ownerColumns: ownerColumns.flatMap((fk) => fk.columns),
    memberships,
  };
}

/**
 * The foreign key that says what the tenant column points to: the table's own, else the one
 * most other tables' columns of that name use (a tenant column without its own FK).
 */
function tenantReference(
  table: CatalogTable,
  tenantColumn: string,
  catalog: Catalog,
): CatalogForeignKey | undefined {
  const own = singleColumnKeys(table).find((fk) => fk.columns[0] === tenantColumn);
  if (own) return own;
  const votes = new Map<string, { fk: CatalogForeignKey; count: number }>();
  for (const other of catalog.values()) {
    for (const fk of singleColumnKeys(other)) {
      if (fk.columns[0] !== tenantColumn) continue;
      const key = `${fk.references}.${fk.referencedColumns[0]}`;
      const vote = votes.get(key) ?? { fk, count: 0 };
      vote.count++;
      votes.set(key, vote);
    }
  }
  return [...votes.values()].sort((a, b) => b.count - a.count)[0]?.fk;
}

/**
 * Tables linking users to tenants: single-column foreign keys to the tenant table and to
 * auth.users. Names with "member" first (workspace_members before audit_log), then fewer columns.
 */
function findMemberships(tenantTable: CatalogTable, catalog: Catalog): Membership[] {
  const candidates: Array<Membership & { score: number }> = [];
  for (const table of catalog.values()) {
    if (table.name === tenantTable.name) continue;
    const keys = singleColumnKeys(table);
    const tenant = keys.find((fk) => fk.references === tenantTable.name);
    const user = keys.find((fk) => fk.references === AUTH_USERS);
    const tenantColumn = tenant?.columns[0];
    const userColumn = user?.columns[0];
    if (tenantColumn === undefined || userColumn === undefined) continue;
    candidates.push({
      table: table.name,
      tenantColumn,
      userColumn,
      score: (memberNamed(table.name) ? 0 : 1000) + table.columns.length,
    });
  }
  return candidates
    .sort((a, b) => a.score - b.score || a.table.localeCompare(b.table))
    .map(({ table, tenantColumn, userColumn }) => ({ table, tenantColumn, userColumn }));
}

function memberNamed(table: QualifiedName): boolean {
  return /member/i.test(table);
}

function singleColumnKeys(table: CatalogTable): CatalogForeignKey[] {
  return table.foreignKeys.filter((fk) => fk.columns.length === 1);
}
