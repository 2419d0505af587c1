import type { DropStmt } from 'libpg-query';
import type { SchemaModel } from '../schema/schema-model.ts';
import { hasTrigger } from '../schema/apply-trigger.ts';
import { nameParts, type QualifiedName, qualify } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { type LockList, tableLock } from './predicted-lock.ts';

/**
 * Locks of DROP INDEX/TABLE/VIEW/TRIGGER/POLICY/RULE. Dropping a table also drops the triggers
 * its foreign keys put on the referenced tables, which locks those ACCESS EXCLUSIVE too
 * (RemoveTriggerById); CASCADE drops the foreign keys of referencing tables the same way.
 */
export function dropLocks(stmt: DropStmt, schema: SchemaModel, list: LockList): void {
  const cascade = stmt.behavior === 'DROP_CASCADE';
  for (const object of stmt.objects ?? []) {
    const parts = nameParts(nodeAs(object, 'List')?.items);
    const name = parts.at(-1) ?? '';
    switch (stmt.removeType) {
      case 'OBJECT_INDEX': {
        const schemaName = parts.length >= 2 ? parts.at(-2) : undefined;
        const indexName = schema.resolveRelation(schemaName, name);
        const index = schema.indexes.get(indexName);
        // Gone with its UNIQUE or PRIMARY KEY constraint (a schema diff's `DROP CONSTRAINT`, then
        // `DROP INDEX IF EXISTS`): the statement finds no index, and locks nothing.
        if (index?.droppedWithConstraint) break;
        // Dropped, renamed or gone with its table or view earlier in the migrations: likewise.
        if (!index && schema.indexes.isGone(indexName)) break;
        const mode = stmt.concurrent ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
        const what = `DROP INDEX${stmt.concurrent ? ' CONCURRENTLY' : ''} ${indexName}`;
        if (index) list.add(tableLock(index.table, mode, what));
        list.add({ ...tableLock(indexName, mode, what), relationKind: 'index' });
        break;
      }
      case 'OBJECT_TABLE':
      case 'OBJECT_VIEW':
      case 'OBJECT_MATVIEW':
      case 'OBJECT_FOREIGN_TABLE': {
        const relation = schema.resolveRelation(parts.length >= 2 ? parts.at(-2) : undefined, name);
        list.add(tableLock(relation, 'AccessExclusiveLock', `DROP ${dropLabel(stmt.removeType)}`));
        // Its foreign keys' triggers live on the referenced tables, and go with it.
        for (const c of schema.table(relation)?.constraints ?? []) {
          if (c.kind === 'foreign-key' && c.references && c.references.table !== relation) {
            list.add(
              tableLock(
                c.references.table,
                'AccessExclusiveLock',
                `DROP TABLE ${relation} drops its foreign key's triggers here`,
              ),
            );
          }
        }
        if (cascade) {
          for (const ref of referencingTables(schema, relation)) {
            list.add(
              tableLock(
                ref,
                'AccessExclusiveLock',
                `DROP ... CASCADE from ${relation} drops this table's foreign key`,
              ),
            );
          }
        }
        break;
      }
      case 'OBJECT_TRIGGER':
      case 'OBJECT_POLICY':
      case 'OBJECT_RULE': {
        // [schema.]table.name: the table is locked as for any change to its definition.
        const tableParts = parts.slice(0, -1);
        const relation = schema.resolveRelation(
          tableParts.length >= 2 ? tableParts.at(-2) : undefined,
          tableParts.at(-1) ?? '',
        );
        // IF EXISTS on a table the migrations created, whose triggers and policies the model
        // holds, naming one it does not have (`DROP TRIGGER IF EXISTS t ...; CREATE TRIGGER t`):
        // Postgres finds nothing to drop and takes no lock.
        const known = schema.table(relation);
        if (stmt.missing_ok && known && known.extension === undefined) {
          const absent =
            stmt.removeType === 'OBJECT_TRIGGER'
              ? !hasTrigger(schema, relation, name)
              : stmt.removeType === 'OBJECT_POLICY' && !known.policies.has(name);
          if (absent) break;
        }
        list.add(
          tableLock(relation, 'AccessExclusiveLock', `DROP ${dropLabel(stmt.removeType)} ${name}`),
        );
        break;
      }
      default:
        break;
    }
  }
}

/** Tables (other than `table`) whose foreign keys reference `table`, per the model. */
export function referencingTables(schema: SchemaModel, table: QualifiedName): QualifiedName[] {
  const found: QualifiedName[] = [];
  for (const t of schema.tables.values()) {
    const name = qualify(t.schema, t.name);
    if (name === table) continue;
    if (t.constraints.some((c) => c.kind === 'foreign-key' && c.references?.table === table)) {
      found.push(name);
    }
  }
  return found;
}

function dropLabel(removeType: string | undefined): string {
  return (removeType ?? 'OBJECT_TABLE').replace('OBJECT_', '').replace('_', ' ');
}
