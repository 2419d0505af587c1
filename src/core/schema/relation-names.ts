import type { RangeVar } from 'libpg-query';
import type { QualifiedName } from '../sql/names.ts';
import type { SchemaModel } from './schema-model.ts';

/**
 * The relation a reference names, bound as Postgres binds it at this point of the history: its
 * own schema when written, else the first schema of the search path that has it.
 */
export function relationName(model: SchemaModel, rv: RangeVar | undefined): QualifiedName {
  return model.resolveRelation(rv?.schemaname, rv?.relname ?? '');
}

/** The relation a name list (`schema.table`, or `table`) names; its last two parts count. */
export function relationNameOfParts(model: SchemaModel, parts: readonly string[]): QualifiedName {
  return model.resolveRelation(
    parts.length >= 2 ? parts[parts.length - 2] : undefined,
    parts.at(-1) ?? '',
  );
}
