import type { ColumnDef } from 'libpg-query';
import type { ColumnModel, IndexModel } from '../schema/schema-model.ts';
import { typeRef } from '../sql/names.ts';
import { indexesRebuiltFor, isPlainColumnUsing, typeChange } from './type-change.ts';
import { volatileCall } from './volatile-functions.ts';
import { nodeAs } from '../sql/statement.ts';

/** What a column change makes Postgres do to the table's existing rows. */
export interface RowWork {
  /** Every row is copied into a new heap (and every index rebuilt). */
  rewrite: boolean;
  /** Every row is read to check something, under the statement's lock. */
  scan: boolean;
  /** Why, for the lock's reason. */
  because?: string;
}

/**
 * ADD COLUMN: a volatile default, an identity, a stored generated column or a serial type
 * fills every existing row, which rewrites the table (at Postgres < 11 any non-null default
 * did). Inline CHECK, UNIQUE/PRIMARY KEY, REFERENCES and NOT NULL without a default make
 * Postgres read the table instead.
 */
export function addColumnWork(def: ColumnDef, pgVersion: number): RowWork {
  const type = typeRef(def.typeName);
  let rewrite: string | undefined;
  let scan: string | undefined;
  let hasDefault = false;
  let notNull = false;
  let hasForeignKey = false;
  if (type.name.endsWith('serial')) rewrite = `${type.display} fills every row from a sequence`;
  for (const item of def.constraints ?? []) {
    const con = nodeAs(item, 'Constraint');
    switch (con?.contype) {
      case 'CONSTR_DEFAULT': {
        hasDefault = true;
        const call = con.raw_expr ? volatileCall(con.raw_expr) : undefined;
        if (call) rewrite ??= `the default ${call}() is volatile`;
        else if (pgVersion < 11) rewrite ??= 'a default before Postgres 11 fills every row';
        break;
      }
      case 'CONSTR_IDENTITY':
        rewrite ??= 'an identity column fills every row from a sequence';
        break;
      case 'CONSTR_GENERATED':
        rewrite ??= 'a stored generated column is computed for every row';
        break;
      case 'CONSTR_NOTNULL':
        notNull = true;
        break;
      case 'CONSTR_CHECK':
        scan ??= 'the CHECK constraint is verified against every row';
        break;
      case 'CONSTR_UNIQUE':
      case 'CONSTR_PRIMARY':
        scan ??= 'a unique index is built over every row';
        break;
      case 'CONSTR_FOREIGN':
        // Measured on Postgres 15: with no default the new column is all NULL and nothing is
        // checked; any DEFAULT clause (even NULL) or a serial type makes Postgres verify every row.
        hasForeignKey = true;
        break;
      default:
        break;
    }
  }
  if (hasForeignKey && (hasDefault || type.name.endsWith('serial'))) {
    scan ??= 'the foreign key is verified against every row';
  }
  if (notNull && !hasDefault && rewrite === undefined) {
    scan ??= 'NOT NULL without a default is checked against every row';
  }
  const because = rewrite ?? scan;
  return {
    rewrite: rewrite !== undefined,
    scan: scan !== undefined,
    ...(because ? { because } : {}),
  };
}

/**
 * ALTER COLUMN ... TYPE: Postgres rewrites the table unless the old values are valid as the new
 * type byte for byte (see type-change.ts). `USING col` or `USING col::type` is the same as no
 * USING; any other expression recomputes every row. Unknown old type: predicted as a rewrite.
 * timestamp <-> timestamptz is free at 12+ only when the session TimeZone is UTC; that depends on
 * the session, so it is predicted as a rewrite here.
 */
export function alterColumnTypeWork(
  column: ColumnModel | undefined,
  def: ColumnDef,
  pgVersion = 15,
  columnName = column?.name ?? '',
  indexes: readonly IndexModel[] = [],
): RowWork {
  const to = typeRef(def.typeName);
  const rewrite = (because: string): RowWork => ({ rewrite: true, scan: false, because });
  // The name comes from the command, so `USING col::type` is recognised on unknown columns too.
  const name = columnName;
  if (def.raw_default && !isPlainColumnUsing(def.raw_default, name, to)) {
    return rewrite('a USING expression recomputes every row');
  }
  if (!column) return rewrite(`the column is converted to ${to.display}`);
  const change = typeChange(column.type, to, pgVersion);
  if (change === 'none' || change === 'free') return { rewrite: false, scan: false };
  if (change === 'reindex') {
    // The rows stay; building the indexes on the column reads all of them.
    const rebuilt = indexesRebuiltFor(indexes, name);
    return rebuilt.length === 0
      ? { rewrite: false, scan: false }
      : {
          rewrite: false,
          scan: true,
          because: `${column.type.display} -> ${to.display} rebuilds the indexes on the column`,
        };
  }
  return rewrite(`${column.type.display} -> ${to.display} converts every row`);
}
