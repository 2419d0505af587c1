import { splitQualified, type QualifiedName } from '../sql/names.ts';

/**
 * Identifier quoting for the SQL the checks build. Names come from migrations and catalogs, so
 * they are always quoted: a column called `order` or `Tenant Id` must not change the query.
 */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `schema.name` as a quoted relation reference, `"schema"."name"`. */
export function quoteRelation(relation: QualifiedName): string {
  const { schema, name } = splitQualified(relation);
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
