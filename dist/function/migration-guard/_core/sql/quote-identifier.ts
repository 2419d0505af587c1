import { type QualifiedName, splitQualified } from './names.ts';

/**
 * A name as a quoted SQL identifier. Names come from migrations and catalogs, so the SQL the
 * tool builds quotes them always: a column called `order` or `Tenant Id` must not change it.
 */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `schema.name` as a quoted relation reference, `"schema"."name"`. */
export function quoteRelation(relation: QualifiedName): string {
  const { schema, name } = splitQualified(relation);
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/**
 * Bare when it is a plain lower-case name, quoted otherwise: what `regclass` input and the
 * messages a person reads need. It does not know keywords, so it is not for SQL text where a
 * reserved word (`order`) may stand as a name.
 */
export function quoteIdentIfNeeded(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : quoteIdent(name);
}
