import type { Node } from 'libpg-query';
import { nodeAs } from '../sql/statement.ts';

/**
 * Statements Postgres refuses to run inside a transaction block (they call
 * `PreventInTransactionBlock`): they commit internally, or wait for other transactions to
 * finish, which they could not do while their own transaction holds locks. Also refused
 * from a function or DO block, and (Postgres 14.7/15.2+) after another statement in the same
 * extended-protocol pipeline. Returns the command's name, or undefined.
 *
 * REFRESH MATERIALIZED VIEW CONCURRENTLY is not among them: it runs in a transaction block.
 */
export function transactionBlockForbidden(node: Node): string | undefined {
  const index = nodeAs(node, 'IndexStmt');
  if (index?.concurrent) return 'CREATE INDEX CONCURRENTLY';
  const drop = nodeAs(node, 'DropStmt');
  if (drop?.concurrent && drop.removeType === 'OBJECT_INDEX') return 'DROP INDEX CONCURRENTLY';
  const reindex = nodeAs(node, 'ReindexStmt');
  if (reindex) {
    const concurrently = (reindex.params ?? []).some(
      (p) => nodeAs(p, 'DefElem')?.defname === 'concurrently',
    );
    if (concurrently) return 'REINDEX CONCURRENTLY';
    // Reindexing many tables commits after each one.
    if (reindex.kind === 'REINDEX_OBJECT_SCHEMA') return 'REINDEX SCHEMA';
    if (reindex.kind === 'REINDEX_OBJECT_DATABASE') return 'REINDEX DATABASE';
    if (reindex.kind === 'REINDEX_OBJECT_SYSTEM') return 'REINDEX SYSTEM';
    return undefined;
  }
  const alter = nodeAs(node, 'AlterTableStmt');
  for (const item of alter?.cmds ?? []) {
    const cmd = nodeAs(item, 'AlterTableCmd');
    if (cmd?.subtype === 'AT_DetachPartition' && nodeAs(cmd.def, 'PartitionCmd')?.concurrent) {
      return 'ALTER TABLE ... DETACH PARTITION CONCURRENTLY';
    }
  }
  const vacuum = nodeAs(node, 'VacuumStmt');
  // ANALYZE alone may run in a transaction block; VACUUM (with or without ANALYZE) may not.
  if (vacuum?.is_vacuumcmd) return 'VACUUM';
  const cluster = nodeAs(node, 'ClusterStmt');
  // CLUSTER of one table runs in a transaction; CLUSTER of every clustered table does not.
  if (cluster && !cluster.relation) return 'CLUSTER';
  return undefined;
}
