import type { ConstraintModel, SchemaModel, TableModel } from '../../schema/schema-model.ts';
import { type QualifiedName, splitQualified } from '../../sql/names.ts';
import type { Rule } from '../rule.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import { AUTH_TABLE_KEYS, type AuthTableKeys } from './auth-keys.ts';

export const authFkNotUnique: Rule = {
  meta: {
    id: 'auth-fk-not-unique',
    defaultSeverity: 'error',
    advisor: { lint: '0021_fkey_to_auth_unique', level: 'ERROR' },
    category: 'security',
    summary:
      "A foreign key references a table of Supabase's auth schema through a unique key other than its primary key: Auth may change or drop that key in an upgrade, and the foreign key then blocks the upgrade.",
    fix: 'user_id uuid REFERENCES auth.users (id) ON DELETE CASCADE  -- reference the primary key',
  },
  fileEnd(ctx) {
    // Walking every table's constraints for each file grew with the square of the history: the
    // walk runs only for a file that added a foreign key to a table of the auth schema.
    const added = ctx.schema.foreignKeysAddedIn(ctx.file.path);
    if (
      !added.some((fk) => fk.references && splitQualified(fk.references.table).schema === 'auth')
    ) {
      return;
    }
    for (const table of ctx.schema.tables.values()) {
      for (const fk of table.constraints) {
        if (fk.kind !== 'foreign-key' || !fk.references) continue;
        // Only this file's keys: the cheap test first.
        if (fk.addedBy.file !== ctx.file.path) continue;
        const target = fk.references.table;
        if (splitQualified(target).schema !== 'auth') continue;
        const at = statementOfOrigin(ctx, fk.addedBy);
        if (!at) continue;
        const keys = authKeys(ctx.schema, target);
        // No column list: the foreign key references the primary key.
        const columns = fk.references.columns;
        if (columns.length === 0 || sameSet(columns, keys.primaryKey)) continue;
        const unique = keys.unique.find((u) => sameSet(u.columns, columns));
        // Referencing columns that no unique key covers fails in Postgres itself.
        if (!unique && keys.described) continue;
        const name = `${table.schema}.${table.name}`;
        const through = unique ? `unique key ${unique.name}` : 'a unique key';
        ctx.report(at, {
          message: `Foreign key ${fk.name} on ${name} references ${target} (${columns.join(', ')}) through ${through}, not through its primary key (${keys.primaryKey.join(', ')}). Supabase Auth owns ${target} and may alter or drop that key in an upgrade; a foreign key that depends on it makes the upgrade's migration fail, and only the primary key is stable.`,
          fix: fixFor(name, fk, target, keys.primaryKey),
        });
      }
    }
  },
};

interface KnownKeys extends AuthTableKeys {
  /** The keys are known (listed, or in the model), not assumed. */
  described: boolean;
}

/**
 * The keys of an auth table: from the model when the migrations created the table (a local
 * stand-in, say), else Auth's own as listed.
 */
function authKeys(schema: SchemaModel, target: QualifiedName): KnownKeys {
  const modelled = schema.table(target);
  if (modelled && !modelled.columnsUnknown) return keysOfModel(schema, modelled);
  const listed = AUTH_TABLE_KEYS.get(splitQualified(target).name);
  if (listed) return { ...listed, described: true };
  return { primaryKey: ['id'], unique: [], described: false };
}

function keysOfModel(schema: SchemaModel, table: TableModel): KnownKeys {
  const primary = table.constraints.find((c) => c.kind === 'primary-key');
  const unique = table.constraints
    .filter((c) => c.kind === 'unique')
    .map((c) => ({ name: c.name, columns: c.columns }));
  for (const index of schema.indexesOf(`${table.schema}.${table.name}`)) {
    const def = index.definition;
    if (!index.unique || !def || def.predicate || def.keys.some((k) => !k.column)) continue;
    const name = splitQualified(index.name).name;
    if (unique.some((u) => u.name === name) || name === primary?.name) continue;
    unique.push({ name, columns: def.keys.map((k) => k.column ?? '') });
  }
  return { primaryKey: primary?.columns ?? [], unique, described: true };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

function fixFor(
  name: QualifiedName,
  fk: ConstraintModel,
  target: QualifiedName,
  primaryKey: readonly string[],
): string {
  const key = primaryKey.join(', ');
  const column = target === 'auth.users' ? 'user_id uuid' : `<column> <type of ${key}>`;
  return [
    `ALTER TABLE ${name} DROP CONSTRAINT ${fk.name};`,
    `-- reference ${target} by its primary key instead:`,
    `-- ALTER TABLE ${name} ADD COLUMN ${column} REFERENCES ${target} (${key}) ON DELETE CASCADE;`,
    `-- and read (${fk.references?.columns.join(', ')}) from ${target} through that key where it is needed`,
  ].join('\n');
}
