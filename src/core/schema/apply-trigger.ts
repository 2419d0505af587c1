import type { CreateTrigStmt, DropStmt } from 'libpg-query';
import { nameParts, type QualifiedName, qualify } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { relationName, relationNameOfParts } from './relation-names.ts';
import type { SchemaModel } from './schema-model.ts';

/** CREATE [OR REPLACE] TRIGGER: the table it runs on and the function it calls. */
export function replayCreateTrigger(model: SchemaModel, stmt: CreateTrigStmt): void {
  const table = relationName(model, stmt.relation);
  const name = stmt.trigname ?? '';
  const fn = nameParts(stmt.funcname);
  const resolved = resolveFunction(model, fn);
  model.triggers.set(triggerKey(table, name), {
    table,
    name,
    fn,
    ...(resolved ? { function: resolved } : {}),
  });
}

/** The function a name resolves to now: as qualified, or the first on the search path. */
function resolveFunction(model: SchemaModel, parts: readonly string[]): QualifiedName | undefined {
  const name = parts.at(-1) ?? '';
  const schemas = parts.length > 1 ? [parts.at(-2) ?? ''] : ['pg_catalog', ...model.searchPath];
  return schemas.map((schema) => qualify(schema, name)).find((q) => model.functions.has(q));
}

/** A table renamed or moved to another schema: its triggers follow it. */
export function moveTriggers(model: SchemaModel, from: QualifiedName, to: QualifiedName): void {
  for (const [key, trigger] of model.triggers) {
    if (trigger.table !== from) continue;
    model.triggers.delete(key);
    model.triggers.set(triggerKey(to, trigger.name), { ...trigger, table: to });
  }
}

/** DROP TRIGGER, and DROP TABLE (its triggers go with it). */
export function replayDropTrigger(model: SchemaModel, stmt: DropStmt): void {
  if (stmt.removeType !== 'OBJECT_TRIGGER' && stmt.removeType !== 'OBJECT_TABLE') return;
  for (const object of stmt.objects ?? []) {
    const parts = nameParts(nodeAs(object, 'List')?.items);
    if (stmt.removeType === 'OBJECT_TRIGGER') {
      const table = relationNameOfParts(model, parts.slice(0, -1));
      model.triggers.delete(triggerKey(table, parts.at(-1) ?? ''));
      continue;
    }
    const table = relationNameOfParts(model, parts);
    for (const [key, trigger] of model.triggers) {
      if (trigger.table === table) model.triggers.delete(key);
    }
  }
}

/** Whether the model knows a trigger of this name on the table. */
export function hasTrigger(model: SchemaModel, table: QualifiedName, name: string): boolean {
  return model.triggers.has(triggerKey(table, name));
}

function triggerKey(table: string, name: string): string {
  return `${table}\u0000${name}`;
}
