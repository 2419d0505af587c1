import type { Node, RangeVar, TypeName } from 'libpg-query';
import { nodeAs } from './statement.ts';

/** A schema-qualified object name, `schema.name`, as Postgres stores it (case-folded). */
export type QualifiedName = string;

export function qualify(schema: string, name: string): QualifiedName {
  return `${schema}.${name}`;
}

export function splitQualified(qname: QualifiedName): { schema: string; name: string } {
  const dot = qname.indexOf('.');
  return { schema: qname.slice(0, dot), name: qname.slice(dot + 1) };
}

/** Strings of a name list (`[String, String]` in the AST), e.g. `public.users` as two parts. */
export function nameParts(list: Node[] | undefined): string[] {
  const parts: string[] = [];
  // A loop, not flatMap: called for nearly every name of every statement.
  for (const n of list ?? []) {
    const s = nodeAs(n, 'String')?.sval;
    if (s !== undefined) parts.push(s);
  }
  return parts;
}

/** A relation reference with its schema, or the default schema when unqualified. */
export function rangeVarName(rv: RangeVar | undefined, defaultSchema: string): QualifiedName {
  return qualify(rv?.schemaname ?? defaultSchema, rv?.relname ?? '');
}

/** `schema.name` from a name list, taking the last two parts. */
export function listName(list: Node[] | undefined, defaultSchema: string): QualifiedName {
  const parts = nameParts(list);
  const name = parts[parts.length - 1] ?? '';
  const schema = parts.length >= 2 ? (parts[parts.length - 2] ?? defaultSchema) : defaultSchema;
  return qualify(schema, name);
}

/** A column type as written, normalised to Postgres's internal names. */
export interface TypeRef {
  /** Internal type name without schema, e.g. `int4`, `varchar`, `timestamptz`, `vector`. */
  name: string;
  schema?: string;
  /** Numeric type modifiers, e.g. `[20]` for varchar(20), `[10, 2]` for numeric(10,2). */
  mods: number[];
  array: boolean;
  /** A readable spelling for messages, e.g. `varchar(20)`. */
  display: string;
}

const DISPLAY_NAMES: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  bpchar: 'char',
};

export function typeRef(typeName: TypeName | undefined): TypeRef {
  const parts = nameParts(typeName?.names);
  const name = parts[parts.length - 1] ?? 'unknown';
  const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
  const mods = (typeName?.typmods ?? []).flatMap((m) => {
    const c = nodeAs(m, 'A_Const');
    const v = c?.ival?.ival;
    return v === undefined ? (c ? [0] : []) : [v];
  });
  const array = (typeName?.arrayBounds?.length ?? 0) > 0;
  const base = DISPLAY_NAMES[name] ?? name;
  const display = `${base}${mods.length ? `(${mods.join(',')})` : ''}${array ? '[]' : ''}`;
  const ref: TypeRef = { name, mods, array, display };
  if (schema !== undefined && schema !== 'pg_catalog') ref.schema = schema;
  return ref;
}
