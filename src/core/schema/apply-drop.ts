import type { DropStmt } from 'libpg-query';
import { listName, nameParts, splitQualified } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { policiesOf } from './apply-policy.ts';
import { relationNameOfParts } from './relation-names.ts';
import type { SchemaModel } from './schema-model.ts';

/** Replay DROP of tables, views, indexes, policies, functions and schemas. */
export function replayDrop(model: SchemaModel, stmt: DropStmt): void {
  const objects = stmt.objects ?? [];
  for (const obj of objects) {
    const parts = nameParts(nodeAs(obj, 'List')?.items ?? [obj]);
    switch (stmt.removeType) {
      case 'OBJECT_TABLE':
      case 'OBJECT_VIEW':
      case 'OBJECT_MATVIEW':
      case 'OBJECT_FOREIGN_TABLE': {
        const name = relationNameOfParts(model, parts);
        model.tables.delete(name);
        for (const [key, index] of model.indexes)
          if (index.table === name) model.indexes.delete(key);
        break;
      }
      case 'OBJECT_INDEX': {
        const name = relationNameOfParts(model, parts);
        model.indexes.delete(name);
        break;
      }
      case 'OBJECT_POLICY': {
        const policy = parts.at(-1) ?? '';
        const tableParts = parts.slice(0, -1);
        policiesOf(model, relationNameOfParts(model, tableParts))?.delete(policy);
        break;
      }
      case 'OBJECT_FUNCTION':
      case 'OBJECT_PROCEDURE': {
        const fn = nodeAs(obj, 'ObjectWithArgs');
        if (fn) model.functions.delete(listName(fn.objname, model.defaultSchema));
        break;
      }
      case 'OBJECT_SCHEMA': {
        const schema = parts[0] ?? '';
        model.schemas.delete(schema);
        for (const [key, t] of model.tables) if (t.schema === schema) model.tables.delete(key);
        for (const [key, index] of model.indexes)
          if (splitQualified(index.table).schema === schema) model.indexes.delete(key);
        break;
      }
      default:
        break;
    }
  }
}
