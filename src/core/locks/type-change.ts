import type { Node } from 'libpg-query';
import { type TypeRef, typeRef } from '../sql/names.ts';
import type { IndexModel } from '../schema/schema-model.ts';
import { nodeAs } from '../sql/statement.ts';

/**
 * What ALTER COLUMN ... TYPE does to the stored rows, from Postgres's binary-coercion casts and
 * length/precision support functions:
 * - `none`: same type, nothing to do;
 * - `free`: the bytes stay valid, so only the catalog changes (no rewrite, indexes kept);
 * - `free-in-utc`: timestamp <-> timestamptz, free since Postgres 12 when the session TimeZone
 *   has offset zero, a rewrite otherwise;
 * - `reindex`: the bytes stay valid but the operator class changes (text <-> citext), so the
 *   rows are kept and only the indexes that use the column are rebuilt (`indexesRebuiltFor`);
 * - `rewrite`: every row is converted and the table and its indexes rebuilt.
 * Anything not known to be free is a rewrite.
 */
export type TypeChange = 'none' | 'free' | 'free-in-utc' | 'reindex' | 'rewrite';

const TEMPORAL = new Set(['timestamp', 'timestamptz', 'time']);
/** Highest fractional-seconds precision: a limit at or above it rounds nothing. */
const MAX_TEMPORAL_PRECISION = 6;

export function typeChange(from: TypeRef, to: TypeRef, pgVersion: number): TypeChange {
  if (sameType(from, to)) return 'none';
  const citext = citextChange(from, to);
  if (citext !== undefined) return citext;
  // Array element changes are converted element by element; user types in other schemas are
  // different types altogether.
  if (from.array || to.array || from.schema !== undefined || to.schema !== undefined) {
    return 'rewrite';
  }
  const [fromLimit, fromScale] = from.mods;
  const [toLimit, toScale] = to.mods;
  const widens = toLimit === undefined || (fromLimit !== undefined && toLimit >= fromLimit);
  switch (`${from.name}->${to.name}`) {
    case 'varchar->varchar':
    case 'varbit->varbit':
      return widens ? 'free' : 'rewrite';
    case 'varchar->text':
    case 'xml->text':
    case 'cidr->inet':
      return 'free';
    // A length limit must be checked on every row.
    case 'text->varchar':
      return toLimit === undefined ? 'free' : 'rewrite';
    // bpchar pads with spaces; only dropping the length keeps the stored values as they are.
    case 'bpchar->bpchar':
      return toLimit === undefined ? 'free' : 'rewrite';
    case 'numeric->numeric':
      if (toLimit === undefined) return 'free';
      return fromLimit !== undefined && (fromScale ?? 0) === (toScale ?? 0) && toLimit >= fromLimit
        ? 'free'
        : 'rewrite';
    case 'timestamp->timestamptz':
    case 'timestamptz->timestamp':
      if (pgVersion < 12 || !keepsPrecision(fromLimit, toLimit)) return 'rewrite';
      return 'free-in-utc';
    default:
      if (from.name === to.name && TEMPORAL.has(from.name)) {
        return keepsPrecision(fromLimit, toLimit) ? 'free' : 'rewrite';
      }
      return 'rewrite';
  }
}

/**
 * citext's casts to and from text and varchar are binary-coercible (`WITHOUT FUNCTION`), so the
 * rows stay as they are; its btree operator class is not text's, so the indexes on the column
 * are rebuilt. A varchar limit on the new type is checked on every row: a rewrite. citext lives
 * in whatever schema the extension was created in (`extensions` on Supabase).
 */
function citextChange(from: TypeRef, to: TypeRef): TypeChange | undefined {
  const isCitext = (t: TypeRef) => t.name === 'citext' && !t.array;
  const isText = (t: TypeRef) =>
    t.schema === undefined && !t.array && (t.name === 'text' || t.name === 'varchar');
  if (isCitext(from) && isText(to)) return to.mods[0] === undefined ? 'reindex' : 'rewrite';
  if (isText(from) && isCitext(to)) return 'reindex';
  return undefined;
}

/**
 * The indexes that ALTER COLUMN ... TYPE rebuilds when it changes `column`'s operator class
 * (checked on Postgres 15): those with the column as a key, in a key expression or in the
 * predicate. An INCLUDE column has no operator class: that index is kept.
 */
export function indexesRebuiltFor(indexes: readonly IndexModel[], column: string): IndexModel[] {
  return indexes.filter((index) => {
    const definition = index.definition;
    if (!definition) return index.columns.some((c) => c === column || c.startsWith('('));
    return (
      definition.keys.some(
        (k) =>
          k.column === column || (k.expression !== undefined && refersTo(k.expression, column)),
      ) ||
      (definition.predicate !== undefined && refersTo(definition.predicate, column))
    );
  });
}

/** A parse tree (as JSON) that has a column reference whose last name is `column`. */
function refersTo(json: string, column: string): boolean {
  const visit = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(visit);
    if (node === null || typeof node !== 'object') return false;
    const ref = (node as { ColumnRef?: { fields?: Node[] } }).ColumnRef;
    if (ref) return nodeAs(ref.fields?.at(-1), 'String')?.sval === column;
    return Object.values(node).some(visit);
  };
  return visit(JSON.parse(json));
}

function sameType(a: TypeRef, b: TypeRef): boolean {
  return (
    a.name === b.name &&
    // `citext` and `extensions.citext` are the same type when one spelling omits the schema.
    (a.schema === undefined || b.schema === undefined || a.schema === b.schema) &&
    a.array === b.array &&
    a.mods.length === b.mods.length &&
    a.mods.every((m, i) => m === b.mods[i])
  );
}

/** A fractional-seconds precision change that rounds no stored value. */
function keepsPrecision(from: number | undefined, to: number | undefined): boolean {
  if (to === undefined || to >= MAX_TEMPORAL_PRECISION) return true;
  return from !== undefined && to >= from;
}

/**
 * `USING col` or `USING col::new_type` converts nothing beyond the implicit cast, so Postgres
 * treats it like no USING at all. Any other expression is evaluated per row.
 */
export function isPlainColumnUsing(expr: Node, column: string, to: TypeRef): boolean {
  const cast = nodeAs(expr, 'TypeCast');
  if (cast) return typeRef(cast.typeName).display === to.display && isColumn(cast.arg, column);
  return isColumn(expr, column);
}

function isColumn(expr: Node | undefined, column: string): boolean {
  const fields = nodeAs(expr, 'ColumnRef')?.fields ?? [];
  return fields.length === 1 && nodeAs(fields[0], 'String')?.sval === column;
}
