import type { ReindexStmt } from 'libpg-query';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { type QualifiedName, qualify } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import type { LockMode } from './lock-modes.ts';
import { type LockList, tableLock } from './predicted-lock.ts';

/** Locks of REINDEX INDEX/TABLE/SCHEMA/DATABASE, plain or CONCURRENTLY. */
export function reindexLocks(stmt: ReindexStmt, schema: SchemaModel, list: LockList): void {
  const concurrently = (stmt.params ?? []).some(
    (p) => nodeAs(p, 'DefElem')?.defname === 'concurrently',
  );
  // Plain REINDEX: SHARE on the table (writes wait), ACCESS EXCLUSIVE on each index rebuilt.
  // CONCURRENTLY: SHARE UPDATE EXCLUSIVE on both.
  const tableMode: LockMode = concurrently ? 'ShareUpdateExclusiveLock' : 'ShareLock';
  const indexMode: LockMode = concurrently ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
  const what = `REINDEX${concurrently ? ' CONCURRENTLY' : ''}`;
  const tableAndIndexes = (table: QualifiedName, indexes: QualifiedName[]) => {
    list.add(tableLock(table, tableMode, what, { scan: true }));
    for (const index of indexes) {
      list.add({ ...tableLock(index, indexMode, what, { rewrite: true }), relationKind: 'index' });
    }
  };
  const indexesOf = (table: QualifiedName) => schema.indexesOf(table).map((i) => i.name);
  switch (stmt.kind) {
    case 'REINDEX_OBJECT_INDEX': {
      const name = relationName(schema, stmt.relation);
      const index = schema.indexes.get(name);
      if (index) tableAndIndexes(index.table, [name]);
      else
        list.add({ ...tableLock(name, indexMode, what, { rewrite: true }), relationKind: 'index' });
      break;
    }
    case 'REINDEX_OBJECT_TABLE': {
      const table = relationName(schema, stmt.relation);
      tableAndIndexes(table, indexesOf(table));
      break;
    }
    case 'REINDEX_OBJECT_SCHEMA':
    case 'REINDEX_OBJECT_DATABASE':
      // Each table is processed in a transaction of its own; listed together here.
      for (const t of schema.tables.values()) {
        if (t.kind !== 'table' && t.kind !== 'materialized-view') continue;
        if (stmt.kind === 'REINDEX_OBJECT_SCHEMA' && t.schema !== stmt.name) continue;
        const name = qualify(t.schema, t.name);
        tableAndIndexes(name, indexesOf(name));
      }
      break;
    default:
      // REINDEX SYSTEM touches only system catalogs.
      break;
  }
}
