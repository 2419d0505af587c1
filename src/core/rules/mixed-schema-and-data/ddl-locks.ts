import type { AlterTableStmt, Node } from 'libpg-query';
import { relationName } from '../../schema/apply-statement.ts';
import type { SchemaModel } from '../../schema/schema-model.ts';
import { nameParts, type QualifiedName } from '../../sql/names.ts';
import { nodeAs } from '../../sql/statement.ts';

/** Table locks taken by DDL that block reads or writes, weakest first. */
export type BlockingLock = 'SHARE' | 'SHARE ROW EXCLUSIVE' | 'ACCESS EXCLUSIVE';

export const LOCK_STRENGTH: Record<BlockingLock, number> = {
  SHARE: 1,
  'SHARE ROW EXCLUSIVE': 2,
  'ACCESS EXCLUSIVE': 3,
};

export interface DdlLock {
  table: QualifiedName;
  mode: BlockingLock;
}

/**
 * ALTER TABLE subcommands that take only SHARE UPDATE EXCLUSIVE (Postgres's
 * AlterTableGetLockLevel): reads and writes go on, so holding it longer blocks no one's queries.
 */
const NON_BLOCKING_SUBCOMMANDS = new Set([
  'AT_ValidateConstraint',
  'AT_SetStatistics',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_AttachPartition',
  'AT_DetachPartitionFinalize',
]);

const TRIGGER_SUBCOMMANDS = new Set([
  'AT_EnableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_DisableTrig',
  'AT_EnableTrigAll',
  'AT_DisableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrigUser',
]);

/**
 * The table locks a DDL statement takes that conflict with reads or writes, and that the
 * migration's transaction then holds until it commits.
 */
export function blockingDdlLocks(node: Node, schema: SchemaModel): DdlLock[] {
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter) return alterTableLocks(alter, schema);
  const index = nodeAs(node, 'IndexStmt');
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction: it holds nothing afterwards.
  if (index) return index.concurrent ? [] : [lock(schema, index.relation, 'SHARE')];
  const trigger = nodeAs(node, 'CreateTrigStmt');
  if (trigger) return [lock(schema, trigger.relation, 'SHARE ROW EXCLUSIVE')];
  const policy = nodeAs(node, 'CreatePolicyStmt') ?? nodeAs(node, 'AlterPolicyStmt');
  if (policy) return [lock(schema, policy.table, 'ACCESS EXCLUSIVE')];
  const rename = nodeAs(node, 'RenameStmt');
  const renamesTablePart =
    rename?.renameType === 'OBJECT_TABLE' ||
    ((rename?.renameType === 'OBJECT_COLUMN' || rename?.renameType === 'OBJECT_TABCONSTRAINT') &&
      rename.relationType === 'OBJECT_TABLE');
  if (rename?.relation && renamesTablePart) {
    return [lock(schema, rename.relation, 'ACCESS EXCLUSIVE')];
  }
  const drop = nodeAs(node, 'DropStmt');
  if (drop) return dropLocks(drop.removeType, drop.objects, drop.concurrent ?? false, schema);
  return [];
}

function lock(
  schema: SchemaModel,
  rv: Parameters<typeof relationName>[1],
  mode: BlockingLock,
): DdlLock {
  return { table: relationName(schema, rv), mode };
}

function alterTableLocks(stmt: AlterTableStmt, schema: SchemaModel): DdlLock[] {
  if (stmt.objtype !== 'OBJECT_TABLE') return [];
  const table = relationName(schema, stmt.relation);
  const locks: DdlLock[] = [];
  let mode: BlockingLock | undefined;
  const raise = (m: BlockingLock) => {
    if (mode === undefined || LOCK_STRENGTH[m] > LOCK_STRENGTH[mode]) mode = m;
  };
  for (const item of stmt.cmds ?? []) {
    const cmd = nodeAs(item, 'AlterTableCmd');
    const subtype = cmd?.subtype ?? '';
    if (NON_BLOCKING_SUBCOMMANDS.has(subtype)) continue;
    if (TRIGGER_SUBCOMMANDS.has(subtype)) {
      raise('SHARE ROW EXCLUSIVE');
      continue;
    }
    const constraint = nodeAs(cmd?.def, 'Constraint');
    if (subtype === 'AT_AddConstraint' && constraint?.contype === 'CONSTR_FOREIGN') {
      // A foreign key locks both ends against writes.
      raise('SHARE ROW EXCLUSIVE');
      locks.push(lock(schema, constraint.pktable, 'SHARE ROW EXCLUSIVE'));
      continue;
    }
    raise('ACCESS EXCLUSIVE');
  }
  if (mode !== undefined) locks.unshift({ table, mode });
  return locks;
}

function dropLocks(
  removeType: string | undefined,
  objects: Node[] | undefined,
  concurrent: boolean,
  schema: SchemaModel,
): DdlLock[] {
  const locks: DdlLock[] = [];
  for (const object of objects ?? []) {
    const parts = nameParts(nodeAs(object, 'List')?.items);
    if (removeType === 'OBJECT_INDEX' && !concurrent) {
      const name = parts[parts.length - 1] ?? '';
      const index = schema.index(name, parts.length >= 2 ? parts[parts.length - 2] : undefined);
      if (index) locks.push({ table: index.table, mode: 'ACCESS EXCLUSIVE' });
    } else if (removeType === 'OBJECT_TRIGGER' || removeType === 'OBJECT_POLICY') {
      // [schema.]table.name: the last part names the trigger or policy.
      const tableParts = parts.slice(0, -1);
      const name = tableParts[tableParts.length - 1];
      if (name === undefined) continue;
      const table = schema.resolveRelation(
        tableParts.length >= 2 ? tableParts[tableParts.length - 2] : undefined,
        name,
      );
      locks.push({ table, mode: 'ACCESS EXCLUSIVE' });
    }
  }
  return locks;
}
