import type { ColumnDef, Node } from 'libpg-query';
import type { ColumnModel } from '../schema/schema-model.ts';
import { nameParts, type TypeRef, typeRef } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { walkNodes } from '../sql/walk.ts';

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
 * Functions a default may call without making ADD COLUMN rewrite the table: stable or
 * immutable ones, evaluated once (Postgres 11+ stores the value as the column's "missing"
 * value). Any other function counts as volatile, since CREATE FUNCTION defaults to VOLATILE.
 */
const NON_VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'now',
  'statement_timestamp',
  'transaction_timestamp',
  'current_setting',
  'timezone',
  'to_timestamp',
  'make_interval',
  'jsonb_build_object',
  'jsonb_build_array',
  'json_build_object',
  'json_build_array',
  'to_jsonb',
  'array_fill',
  'lower',
  'upper',
  'coalesce',
  'uid',
  'jwt',
  'role',
]);

function volatileCall(expr: Node | undefined): string | undefined {
  let found: string | undefined;
  walkNodes(expr, (node) => {
    const call = nodeAs(node, 'FuncCall');
    if (call) {
      const name = nameParts(call.funcname).at(-1) ?? '';
      if (!NON_VOLATILE_FUNCTIONS.has(name)) found ??= `${name}()`;
    }
    return found === undefined;
  });
  return found;
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
  if (type.name.endsWith('serial')) rewrite = `${type.display} fills every row from a sequence`;
  for (const item of def.constraints ?? []) {
    const con = nodeAs(item, 'Constraint');
    switch (con?.contype) {
      case 'CONSTR_DEFAULT': {
        hasDefault = true;
        const call = volatileCall(con.raw_expr);
        if (call) rewrite ??= `the default ${call} is volatile`;
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
        scan ??= 'the foreign key is verified against every row';
        break;
      default:
        break;
    }
  }
  if (notNull && !hasDefault && rewrite === undefined) {
    scan ??= 'NOT NULL without a default is checked against every row';
  }
  const because = rewrite ?? scan;
  return { rewrite: rewrite !== undefined, scan: scan !== undefined, ...(because ? { because } : {}) };
}

/** Types whose length or precision modifier can grow without touching the rows. */
const WIDENABLE: ReadonlySet<string> = new Set([
  'varchar',
  'varbit',
  'timestamp',
  'timestamptz',
  'time',
  'timetz',
  'interval',
]);

/** Conversions Postgres treats as binary coercible: no rewrite, no index rebuild of the heap. */
const BINARY_COERCIBLE: ReadonlySet<string> = new Set([
  'varchar>text',
  'text>varchar',
  'cidr>inet',
  'xml>text',
]);

function sameOrWider(from: TypeRef, to: TypeRef): boolean {
  if (to.mods.length === 0) return true;
  if (from.mods.length === 0) return false;
  if (from.name === 'numeric') {
    // numeric(p, s) -> numeric(p', s) with p' >= p and the same scale keeps every value's bytes.
    const [p, s = 0] = from.mods;
    const [p2, s2 = 0] = to.mods;
    return p !== undefined && p2 !== undefined && p2 >= p && s2 === s;
  }
  return (to.mods[0] ?? 0) >= (from.mods[0] ?? 0);
}

/**
 * ALTER COLUMN ... TYPE: Postgres rewrites the table unless the old values are valid as the
 * new type byte for byte. That holds for the same type with a wider or removed modifier
 * (varchar, numeric with the same scale, time types' precision) and a few binary-coercible
 * pairs. text -> varchar(n) and every other change rewrites. Unknown old type: rewrite.
 * timestamp -> timestamptz skips the rewrite at Postgres 12+ only when the session TimeZone is
 * UTC; that depends on the session, so it is predicted as a rewrite.
 */
export function alterColumnTypeWork(column: ColumnModel | undefined, def: ColumnDef): RowWork {
  const to = typeRef(def.typeName);
  const rewrite = (because: string): RowWork => ({ rewrite: true, scan: false, because });
  if (def.raw_default) return rewrite('a USING expression recomputes every row');
  if (!column) return rewrite(`the column is converted to ${to.display}`);
  const from = column.type;
  const converted = `${from.display} -> ${to.display}`;
  if (from.array !== to.array) return rewrite(`${converted} converts every row`);
  if (from.name === to.name) {
    const widens =
      from.name === 'numeric' || WIDENABLE.has(from.name)
        ? sameOrWider(from, to)
        : from.mods.join(',') === to.mods.join(',');
    return widens
      ? { rewrite: false, scan: false }
      : rewrite(`${converted} checks and converts every row`);
  }
  // varchar(n) -> text keeps the bytes; text -> varchar(n) must check lengths, so rewrites.
  if (BINARY_COERCIBLE.has(`${from.name}>${to.name}`) && to.mods.length === 0) {
    return { rewrite: false, scan: false };
  }
  return rewrite(`${converted} converts every row`);
}
