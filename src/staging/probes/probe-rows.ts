import { quoteIdent, quoteRelation } from '../../core/sql/quote-identifier.ts';
import type { DatabasePort } from '../../core/db/database-port.ts';
import {
  AUTH_USERS,
  type Catalog,
  type CatalogColumn,
  type CatalogForeignKey,
  type CatalogTable,
} from '../../core/probes/probe-catalog.ts';
import { generatedValue, isRequired } from '../../core/probes/probe-values.ts';
import type { QualifiedName } from '../../core/sql/names.ts';

/** Column name -> value as text (bound as a parameter and cast to the column's type). */
export type RowValues = Map<string, string>;

/** What a row made by the probe belongs to: filled into tenant and user columns. */
export interface RowOwner {
  user: string;
  /** The tenant value, the tenant column's name, and the table tenant columns reference. */
  tenant?: { value: string; column: string; table: QualifiedName | undefined };
}

/** A row could not be made; the reason names the table and column. */
export class RowPlanError extends Error {
  override readonly name = 'RowPlanError';
}

/**
 * A uuid column naming a user without a foreign key (`created_by uuid default auth.uid()`,
 * `user_id uuid not null`): policies compare it with auth.uid(), so it gets the acting user.
 */
function namesUser(column: CatalogColumn): boolean {
  return (
    column.baseType === 'uuid' &&
    /(^|_)(user|owner|author|creator|created_by|updated_by)(_id)?$/.test(column.name)
  );
}

/** How deep the probe follows required foreign keys to make parent rows. */
const maxParentDepth = 3;

/**
 * Makes the rows the probes need: fills tenant and user columns from the owner, made-up values
 * into other required columns, and, for a required foreign key, first makes a parent row (as
 * the session's own role, which bypasses row level security) in the same tenant.
 */
export class ProbeRows {
  private seq = 0;

  constructor(
    private readonly db: DatabasePort,
    private readonly catalog: Catalog,
  ) {}

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  /** Values for a new row of `table`; makes parent rows as needed. */
  async valuesFor(
    table: CatalogTable,
    owner: RowOwner,
    fixed: RowValues = new Map(),
    depth = 0,
  ): Promise<RowValues> {
    const values = new Map(fixed);
    const { tenant } = owner;
    // Who the row belongs to first: composite keys to parents include the tenant column.
    for (const column of table.columns) {
      if (values.has(column.name)) continue;
      const key = table.foreignKeys.find(
        (fk) => fk.columns.length === 1 && fk.columns[0] === column.name,
      );
      if (key?.references === AUTH_USERS || (!key && namesUser(column))) {
        values.set(column.name, owner.user);
      } else if (
        tenant &&
        (column.name === tenant.column ||
          (tenant.table !== undefined && key?.references === tenant.table))
      ) {
        values.set(column.name, tenant.value);
      }
    }
    for (const key of table.foreignKeys) {
      const missing = key.columns.some(
        (name) => !values.has(name) && table.columns.some((c) => c.name === name && isRequired(c)),
      );
      if (!missing) continue;
      const parentRow = await this.parentRow(table, key, values, owner, depth);
      key.columns.forEach((name, i) => {
        const value = parentRow[key.referencedColumns[i] ?? ''];
        if (value !== undefined && value !== null) values.set(name, value);
      });
    }
    for (const column of table.columns) {
      if (values.has(column.name) || !isRequired(column)) continue;
      const value = generatedValue(column, this.nextSeq());
      if (value === undefined) {
        throw new RowPlanError(
          `${table.name}.${column.name} (${column.type}) is required and has no default, and the probe cannot make up a value of that type; give it a default`,
        );
      }
      values.set(column.name, value);
    }
    return values;
  }

  /** INSERT the values into `table`, returning the named columns as text. */
  async insert(
    table: CatalogTable,
    values: RowValues,
    returning: readonly string[] = [],
  ): Promise<Record<string, string>> {
    const { sql, params } = this.insertSql(table, values, returning);
    const { rows } = await this.db.query<Record<string, string>>(sql, params);
    return rows[0] ?? {};
  }

  /** The INSERT statement for `values`, its parameters cast to the columns' types. */
  insertSql(
    table: CatalogTable,
    values: RowValues,
    returning: readonly string[] = [],
  ): { sql: string; params: string[] } {
    const columns = [...values.keys()];
    const casts = columns.map((name, i) => {
      const type = table.columns.find((c) => c.name === name)?.type ?? 'text';
      return `$${i + 1}::${type}`;
    });
    const list = columns.map(quoteIdent).join(', ');
    const head =
      columns.length === 0
        ? `insert into ${quoteRelation(table.name)} default values`
        : `insert into ${quoteRelation(table.name)} (${list}) values (${casts.join(', ')})`;
    const tail =
      returning.length === 0
        ? ''
        : ` returning ${returning.map((c) => `${quoteIdent(c)}::text as ${quoteIdent(c)}`).join(', ')}`;
    return { sql: head + tail, params: [...values.values()] };
  }

  /** Make the parent row a foreign key needs, matching the key columns already chosen. */
  private async parentRow(
    child: CatalogTable,
    key: CatalogForeignKey,
    chosen: RowValues,
    owner: RowOwner,
    depth: number,
  ): Promise<Record<string, string>> {
    const parent = this.catalog.get(key.references);
    if (!parent || depth >= maxParentDepth) {
      throw new RowPlanError(
        `${child.name} requires a row of ${key.references}, which the probe cannot make${depth >= maxParentDepth ? ' (foreign keys nest too deep)' : ''}`,
      );
    }
    const fixed: RowValues = new Map();
    key.columns.forEach((name, i) => {
      const value = chosen.get(name);
      const target = key.referencedColumns[i];
      if (value !== undefined && target !== undefined) fixed.set(target, value);
    });
    const values = await this.valuesFor(parent, owner, fixed, depth + 1);
    return this.insert(parent, values, key.referencedColumns);
  }
}
