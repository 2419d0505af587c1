import type { Constraint, IndexElem, IndexStmt, Node } from 'libpg-query';
import { nameParts } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import type { IndexDefinition, IndexKeyModel } from './schema-model.ts';

/**
 * An index's definition apart from its name and table, as Postgres's `pg_get_indexdef` would
 * print it: two indexes with equal definitions are the same index twice.
 */

/** The definition CREATE INDEX writes. */
export function indexDefinitionOfStmt(stmt: IndexStmt): IndexDefinition {
  return {
    keys: (stmt.indexParams ?? []).flatMap((p) => {
      const elem = nodeAs(p, 'IndexElem');
      return elem ? [keyOf(elem)] : [];
    }),
    include: (stmt.indexIncludingParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.name ?? ''),
    predicate: stmt.whereClause ? expressionText(stmt.whereClause) : undefined,
    nullsNotDistinct: stmt.nulls_not_distinct ?? false,
    deferrable: false,
  };
}

/** The definition of the index a UNIQUE or PRIMARY KEY constraint builds on its columns. */
export function indexDefinitionOfConstraint(con: Constraint, columns: string[]): IndexDefinition {
  return {
    keys: columns.map((column) => ({ column, descending: false, nullsFirst: false })),
    include: nameParts(con.including),
    predicate: undefined,
    nullsNotDistinct: con.nulls_not_distinct ?? false,
    deferrable: con.deferrable ?? false,
  };
}

/**
 * Both definitions build the same index. Operator classes and collations compare as written,
 * so spelling out a default one (`text_ops`) makes a difference the catalog would not show.
 */
export function sameIndexDefinition(a: IndexDefinition, b: IndexDefinition): boolean {
  return (
    a.keys.length === b.keys.length &&
    a.keys.every((k, i) => sameKey(k, b.keys[i])) &&
    a.include.join(',') === b.include.join(',') &&
    a.predicate === b.predicate &&
    a.nullsNotDistinct === b.nullsNotDistinct &&
    a.deferrable === b.deferrable
  );
}

function sameKey(a: IndexKeyModel, b: IndexKeyModel | undefined): boolean {
  return (
    b !== undefined &&
    a.column === b.column &&
    a.expression === b.expression &&
    a.opclass === b.opclass &&
    a.collation === b.collation &&
    a.descending === b.descending &&
    a.nullsFirst === b.nullsFirst
  );
}

function keyOf(elem: IndexElem): IndexKeyModel {
  const descending = elem.ordering === 'SORTBY_DESC';
  const nulls = elem.nulls_ordering;
  const key: IndexKeyModel = {
    descending,
    // NULLS LAST is ascending order's default, NULLS FIRST descending order's.
    nullsFirst: nulls === 'SORTBY_NULLS_FIRST' || (nulls !== 'SORTBY_NULLS_LAST' && descending),
  };
  // Postgres treats `((column))` as the column itself.
  const column = elem.name ?? bareColumn(elem.expr);
  if (column !== undefined) key.column = column;
  else if (elem.expr) key.expression = expressionText(elem.expr);
  if (elem.opclass?.length) key.opclass = nameParts(elem.opclass).join('.');
  if (elem.collation?.length) key.collation = nameParts(elem.collation).join('.');
  return key;
}

function bareColumn(expr: Node | undefined): string | undefined {
  const fields = nodeAs(expr, 'ColumnRef')?.fields ?? [];
  return fields.length === 1 ? nodeAs(fields[0], 'String')?.sval : undefined;
}

/**
 * An expression's parse tree without source positions: equal for `lower(email)` and
 * `LOWER( email )`, and for a predicate with or without its parentheses.
 */
function expressionText(node: Node): string {
  return JSON.stringify(node, (key, value: unknown) => (key === 'location' ? undefined : value));
}
