import type { Node, RangeVar } from 'libpg-query';
import { nodeAs } from './statement.ts';

/** A statement that writes rows of a relation (DML), as the data rules see it. */
export interface DataChange {
  verb: 'INSERT' | 'UPDATE' | 'DELETE' | 'MERGE' | 'COPY';
  relation: RangeVar | undefined;
  /**
   * The rows written are spelled out in the statement (`INSERT ... VALUES`, or a `SELECT`
   * without FROM): a handful of rows, not a pass over another table.
   */
  literalRows: boolean;
}

/** What a statement node writes, or undefined when it writes no rows. */
export function dataChangeOf(node: Node): DataChange | undefined {
  const insert = nodeAs(node, 'InsertStmt');
  if (insert) {
    const select = nodeAs(insert.selectStmt, 'SelectStmt');
    // INSERT ... DEFAULT VALUES has no select at all: one row.
    const literalRows =
      select === undefined ||
      select.valuesLists !== undefined ||
      (select.fromClause === undefined && select.op === 'SETOP_NONE');
    return { verb: 'INSERT', relation: insert.relation, literalRows };
  }
  const update = nodeAs(node, 'UpdateStmt');
  if (update) return { verb: 'UPDATE', relation: update.relation, literalRows: false };
  const del = nodeAs(node, 'DeleteStmt');
  if (del) return { verb: 'DELETE', relation: del.relation, literalRows: false };
  const merge = nodeAs(node, 'MergeStmt');
  if (merge) return { verb: 'MERGE', relation: merge.relation, literalRows: false };
  const copy = nodeAs(node, 'CopyStmt');
  if (copy?.is_from && copy.relation) {
    return { verb: 'COPY', relation: copy.relation, literalRows: false };
  }
  return undefined;
}
