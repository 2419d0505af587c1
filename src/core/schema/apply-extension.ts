import type { AlterObjectSchemaStmt, CreateExtensionStmt, DropStmt, Node } from 'libpg-query';
import { fixedExtensionSchema } from '../extensions/extension-schemas.ts';
import { standInByName } from '../extensions/stand-ins/index.ts';
import { parseNewStatements } from '../sql/function-body.ts';
import { type QualifiedName, qualify } from '../sql/names.ts';
import { quoteIdent } from '../sql/quote-identifier.ts';
import { memoizedParse } from '../sql/pg-query.ts';
import { nodeAs } from '../sql/statement.ts';
import type { Origin, SchemaModel } from './schema-model.ts';

/**
 * Replay what `CREATE EXTENSION`, `DROP EXTENSION` and `ALTER EXTENSION ... SET SCHEMA` do to
 * the model: the extension with its schema, and the objects it creates, owned by it. The objects
 * come from the extension's staging stand-in (`src/core/extensions/stand-ins/`): its install
 * script, with `@extschema@` replaced, is replayed statement by statement as if a migration ran
 * it, so staging and the model read one definition. Extensions without a stand-in (contrib ones
 * PGlite ships, pgvector) are recorded without objects.
 */

/** Replays one statement onto the model; passed in because `applyStatement` dispatches here. */
export type StatementReplay = (model: SchemaModel, node: Node, origin: Origin) => void;

/** The schema a `CREATE EXTENSION` installs into, or undefined when it does nothing. */
function extensionTargetSchema(model: SchemaModel, stmt: CreateExtensionStmt): string | undefined {
  const name = stmt.extname;
  if (!name || model.extensions.has(name)) return undefined;
  const asked = stmt.options?.map((o) => nodeAs(o, 'DefElem')).find((d) => d?.defname === 'schema');
  return (
    fixedExtensionSchema(name) ?? nodeAs(asked?.arg, 'String')?.sval ?? firstSchemaOnPath(model)
  );
}

export function replayCreateExtension(
  model: SchemaModel,
  stmt: CreateExtensionStmt,
  origin: Origin,
  replay: StatementReplay,
): void {
  const schema = extensionTargetSchema(model, stmt);
  const name = stmt.extname;
  if (!name || schema === undefined) return;
  const cascade = stmt.options?.some((o) => nodeAs(o, 'DefElem')?.defname === 'cascade');
  if (cascade) {
    for (const required of standInByName(name)?.requires ?? []) {
      if (model.extensions.has(required)) continue;
      const own = fixedExtensionSchema(required) ?? schema;
      installExtension(model, required, own, origin, replay);
    }
  }
  installExtension(model, name, schema, origin, replay);
}

function installExtension(
  model: SchemaModel,
  name: string,
  schema: string,
  origin: Origin,
  replay: StatementReplay,
): void {
  model.extensions.set(name, { name, schema, createdBy: origin, preinstalled: false });
  // A control file's own schema is created by CREATE EXTENSION; a chosen one must exist.
  model.schemas.add(schema);
  const script = standInScript(name, schema);
  if (script.length === 0) return;
  const tables = new Set(model.tables.keys());
  const functions = new Set(model.functions.keys());
  const searchPath = model.searchPath;
  // Postgres runs an extension script with the target schema first on the search path.
  model.searchPath = [schema];
  for (const node of script) replay(model, node, origin);
  model.searchPath = searchPath;
  for (const [key, table] of model.tables) if (!tables.has(key)) table.extension = name;
  for (const [key, fn] of model.functions) if (!functions.has(key)) fn.extension = name;
}

const scripts = new Map<string, readonly Node[]>();

/**
 * The stand-in's install script for `schema`, parsed once per extension and schema (through the
 * run's parse cache: the scripts are SQL the parser takes whole, `test/extension-stand-ins.test.ts`).
 */
function standInScript(name: string, schema: string): readonly Node[] {
  return memoizedParse(scripts, `${name}\u0000${schema}`, () => {
    const sql = standInByName(name)?.sql.replaceAll('@extschema@', quoteIdent(schema)) ?? '';
    return sql ? parseNewStatements(sql) : [];
  });
}

/** DROP EXTENSION: the extension and everything it owns go. */
export function replayDropExtension(model: SchemaModel, stmt: DropStmt): void {
  if (stmt.removeType !== 'OBJECT_EXTENSION') return;
  for (const obj of stmt.objects ?? []) {
    const name = nodeAs(obj, 'String')?.sval;
    if (!name || !model.extensions.delete(name)) continue;
    for (const [key, table] of model.tables) {
      if (table.extension !== name) continue;
      model.tables.delete(key);
      for (const [i, index] of model.indexes) if (index.table === key) model.indexes.delete(i);
    }
    for (const [key, fn] of model.functions) if (fn.extension === name) model.functions.delete(key);
  }
}

/** ALTER EXTENSION ... SET SCHEMA: the extension's objects in its schema move with it. */
export function replayExtensionSchema(
  model: SchemaModel,
  stmt: AlterObjectSchemaStmt,
  origin: Origin,
): void {
  if (stmt.objectType !== 'OBJECT_EXTENSION' || !stmt.newschema) return;
  const name = nodeAs(stmt.object, 'String')?.sval;
  if (!name) return;
  const to = stmt.newschema;
  // One the migrations did not create (enabled from the dashboard) still moves.
  const extension = model.extensions.get(name) ?? { name, schema: to, preinstalled: false };
  model.extensions.set(name, extension);
  const from = extension.schema;
  extension.schema = to;
  extension.movedBy = origin;
  const moved = new Map<QualifiedName, QualifiedName>();
  for (const [key, table] of [...model.tables]) {
    if (table.extension !== extension.name || table.schema !== from) continue;
    const target = qualify(to, table.name);
    model.tables.delete(key);
    table.schema = to;
    model.tables.set(target, table);
    moved.set(key, target);
  }
  for (const [key, index] of [...model.indexes]) {
    const table = moved.get(index.table);
    if (!table) continue;
    const target = qualify(to, key.slice(key.indexOf('.') + 1));
    model.indexes.delete(key);
    model.indexes.set(target, { ...index, name: target, table });
  }
  for (const [key, fn] of [...model.functions]) {
    if (fn.extension !== extension.name || fn.schema !== from) continue;
    model.functions.delete(key);
    fn.schema = to;
    model.functions.set(qualify(to, fn.name), fn);
  }
}

/** Schemas every Supabase project has before its first migration. */
const platformSchemas = new Set(['public', 'extensions', 'auth', 'storage', 'graphql', 'vault']);

/**
 * Where CREATE EXTENSION without a schema installs: the first existing schema of the search
 * path, which in a Supabase migration is `public` (`"$user"` names no schema there).
 */
function firstSchemaOnPath(model: SchemaModel): string {
  return model.searchPath.find((s) => model.schemas.has(s) || platformSchemas.has(s)) ?? 'public';
}
