import type { AlterTableCmd, AlterTableStmt, Constraint } from 'libpg-query';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { nameParts, type QualifiedName } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { walkNodes } from '../sql/walk.ts';
import { addColumnWork, alterColumnTypeWork, type RowWork } from './column-rewrite.ts';
import type { LockMode } from './lock-modes.ts';
import { LockList, type PredictedLock, tableLock } from './predicted-lock.ts';

/**
 * Lock level per ALTER TABLE subcommand, after `AlterTableGetLockLevel` in Postgres 15's
 * tablecmds.c; a statement holds the strongest level of its subcommands. Subcommands not
 * listed take ACCESS EXCLUSIVE, as Postgres's own default does.
 */
const SUBCOMMAND_LOCKS: Partial<Record<string, LockMode>> = {
  // Planner-only or maintenance settings: readers and writers are unaffected.
  AT_SetStatistics: 'ShareUpdateExclusiveLock',
  AT_SetOptions: 'ShareUpdateExclusiveLock',
  AT_ResetOptions: 'ShareUpdateExclusiveLock',
  AT_ClusterOn: 'ShareUpdateExclusiveLock',
  AT_DropCluster: 'ShareUpdateExclusiveLock',
  AT_ValidateConstraint: 'ShareUpdateExclusiveLock',
  AT_DetachPartitionFinalize: 'ShareUpdateExclusiveLock',
  // Triggers affect writes only.
  AT_EnableTrig: 'ShareRowExclusiveLock',
  AT_EnableAlwaysTrig: 'ShareRowExclusiveLock',
  AT_EnableReplicaTrig: 'ShareRowExclusiveLock',
  AT_EnableTrigAll: 'ShareRowExclusiveLock',
  AT_EnableTrigUser: 'ShareRowExclusiveLock',
  AT_DisableTrig: 'ShareRowExclusiveLock',
  AT_DisableTrigAll: 'ShareRowExclusiveLock',
  AT_DisableTrigUser: 'ShareRowExclusiveLock',
};

/** Readable names of subcommands, for reasons. */
const SUBCOMMAND_NAMES: Partial<Record<string, string>> = {
  AT_AddColumn: 'ADD COLUMN',
  AT_DropColumn: 'DROP COLUMN',
  AT_AlterColumnType: 'ALTER COLUMN TYPE',
  AT_ColumnDefault: 'ALTER COLUMN SET/DROP DEFAULT',
  AT_SetNotNull: 'SET NOT NULL',
  AT_DropNotNull: 'DROP NOT NULL',
  AT_AddConstraint: 'ADD CONSTRAINT',
  AT_DropConstraint: 'DROP CONSTRAINT',
  AT_ValidateConstraint: 'VALIDATE CONSTRAINT',
  AT_SetStatistics: 'SET STATISTICS',
  AT_SetOptions: 'ALTER COLUMN SET (...)',
  AT_ResetOptions: 'ALTER COLUMN RESET (...)',
  AT_SetRelOptions: 'SET (...)',
  AT_ResetRelOptions: 'RESET (...)',
  AT_ClusterOn: 'CLUSTER ON',
  AT_DropCluster: 'SET WITHOUT CLUSTER',
  AT_SetTableSpace: 'SET TABLESPACE',
  AT_SetLogged: 'SET LOGGED',
  AT_SetUnLogged: 'SET UNLOGGED',
  AT_SetAccessMethod: 'SET ACCESS METHOD',
  AT_EnableRowSecurity: 'ENABLE ROW LEVEL SECURITY',
  AT_DisableRowSecurity: 'DISABLE ROW LEVEL SECURITY',
  AT_ForceRowSecurity: 'FORCE ROW LEVEL SECURITY',
  AT_NoForceRowSecurity: 'NO FORCE ROW LEVEL SECURITY',
  AT_ChangeOwner: 'OWNER TO',
  AT_ReplicaIdentity: 'REPLICA IDENTITY',
  AT_AttachPartition: 'ATTACH PARTITION',
  AT_DetachPartition: 'DETACH PARTITION',
  AT_AddIdentity: 'ADD GENERATED AS IDENTITY',
  AT_SetExpression: 'SET EXPRESSION',
  AT_DropExpression: 'DROP EXPRESSION',
  AT_DropIdentity: 'DROP IDENTITY',
  AT_SetIdentity: 'ALTER COLUMN SET (identity)',
  AT_SetStorage: 'ALTER COLUMN SET STORAGE',
  AT_SetCompression: 'ALTER COLUMN SET COMPRESSION',
  AT_AlterConstraint: 'ALTER CONSTRAINT',
  AT_DetachPartitionFinalize: 'DETACH PARTITION FINALIZE',
  AT_EnableTrig: 'ENABLE TRIGGER',
  AT_EnableAlwaysTrig: 'ENABLE ALWAYS TRIGGER',
  AT_EnableReplicaTrig: 'ENABLE REPLICA TRIGGER',
  AT_EnableTrigAll: 'ENABLE TRIGGER ALL',
  AT_EnableTrigUser: 'ENABLE TRIGGER USER',
  AT_DisableTrig: 'DISABLE TRIGGER',
  AT_DisableTrigAll: 'DISABLE TRIGGER ALL',
  AT_DisableTrigUser: 'DISABLE TRIGGER USER',
  AT_EnableRule: 'ENABLE RULE',
  AT_EnableAlwaysRule: 'ENABLE ALWAYS RULE',
  AT_EnableReplicaRule: 'ENABLE REPLICA RULE',
  AT_DisableRule: 'DISABLE RULE',
  AT_AddInherit: 'INHERIT',
  AT_DropInherit: 'NO INHERIT',
  AT_AddOf: 'OF',
  AT_DropOf: 'NOT OF',
  AT_GenericOptions: 'OPTIONS (...)',
  AT_AlterColumnGenericOptions: 'ALTER COLUMN OPTIONS (...)',
};

/**
 * Storage parameters that need only SHARE UPDATE EXCLUSIVE (Postgres 15 reloptions.c). Any
 * other parameter (security_invoker, security_barrier, check_option, user_catalog_table,
 * access-method options such as gin fastupdate or hnsw m) is predicted ACCESS EXCLUSIVE.
 */
const LIGHT_STORAGE_PARAMETERS: ReadonlySet<string> = new Set([
  'fillfactor',
  'toast_tuple_target',
  'parallel_workers',
  'vacuum_index_cleanup',
  'vacuum_truncate',
  'log_autovacuum_min_duration',
  'deduplicate_items',
  'gin_pending_list_limit',
  'autosummarize',
]);

function storageParameterLock(cmd: AlterTableCmd): LockMode {
  const names = (nodeAs(cmd.def, 'List')?.items ?? []).map(
    (item) => nodeAs(item, 'DefElem')?.defname ?? '',
  );
  const light = names.every(
    (name) => LIGHT_STORAGE_PARAMETERS.has(name) || name.startsWith('autovacuum_'),
  );
  return light && names.length > 0 ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
}

/** A validated CHECK on the table proves `column IS NOT NULL` (Postgres 12+ then skips the scan). */
function notNullProvenByCheck(schema: SchemaModel, table: QualifiedName, column: string): boolean {
  return (schema.table(table)?.constraints ?? []).some((c) => {
    if (c.kind !== 'check' || !c.validated) return false;
    let proven = false;
    walkNodes(c.expr, (node) => {
      const test = nodeAs(node, 'NullTest');
      const ref = nameParts(nodeAs(test?.arg, 'ColumnRef')?.fields).at(-1);
      if (test?.nulltesttype === 'IS_NOT_NULL' && ref === column) proven = true;
      // Only conjunctions keep the proof; OR and NOT would not.
      const bool = nodeAs(node, 'BoolExpr');
      return bool === undefined || bool.boolop === 'AND_EXPR';
    });
    return proven;
  });
}

function addConstraintWork(
  schema: SchemaModel,
  table: QualifiedName,
  con: Constraint,
): { mode: LockMode; work: RowWork; referenced?: QualifiedName } {
  const validates = !con.skip_validation;
  switch (con.contype) {
    case 'CONSTR_FOREIGN':
      // Triggers go on both tables, so both are locked at least as strongly as CREATE TRIGGER.
      return {
        mode: 'ShareRowExclusiveLock',
        work: { rewrite: false, scan: validates },
        referenced: relationName(schema, con.pktable),
      };
    case 'CONSTR_PRIMARY':
    case 'CONSTR_UNIQUE':
    case 'CONSTR_EXCLUSION': {
      if (con.indexname) {
        // USING INDEX: no build, but a primary key sets NOT NULL on its columns.
        const index = schema.index(con.indexname, splitSchema(table));
        const nullable = (index?.columns ?? ['?']).some((c) => !schema.column(table, c)?.notNull);
        return {
          mode: 'AccessExclusiveLock',
          work: { rewrite: false, scan: con.contype === 'CONSTR_PRIMARY' && nullable },
        };
      }
      return { mode: 'AccessExclusiveLock', work: { rewrite: false, scan: true } };
    }
    default:
      return { mode: 'AccessExclusiveLock', work: { rewrite: false, scan: validates } };
  }
}

function splitSchema(q: QualifiedName): string {
  return q.slice(0, q.indexOf('.'));
}

/** Locks of one ALTER TABLE / ALTER INDEX / ALTER MATERIALIZED VIEW statement. */
export function alterTableLocks(
  stmt: AlterTableStmt,
  schema: SchemaModel,
  pgVersion: number,
): PredictedLock[] {
  const relation = relationName(schema, stmt.relation);
  const relationKind = stmt.objtype === 'OBJECT_INDEX' ? 'index' : 'table';
  const model = schema.table(relation);
  const list = new LockList();
  const verb = `ALTER ${relationKind === 'index' ? 'INDEX' : 'TABLE'}`;
  for (const item of stmt.cmds ?? []) {
    const cmd = nodeAs(item, 'AlterTableCmd');
    if (!cmd?.subtype) continue;
    // A subcommand without a name of its own is spelled out from its subtype (`AT_AddIndex` →
    // `ADD INDEX`), never shown as the parser's identifier.
    const name =
      SUBCOMMAND_NAMES[cmd.subtype] ??
      cmd.subtype
        .replace(/^AT_/, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toUpperCase();
    let mode: LockMode = SUBCOMMAND_LOCKS[cmd.subtype] ?? 'AccessExclusiveLock';
    let work: RowWork = { rewrite: false, scan: false };
    const other: { relation: QualifiedName; mode: LockMode; reason: string }[] = [];
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const def = nodeAs(cmd.def, 'ColumnDef');
        if (def) work = addColumnWork(def, pgVersion);
        for (const c of def?.constraints ?? []) {
          const con = nodeAs(c, 'Constraint');
          if (con?.contype === 'CONSTR_FOREIGN') {
            const target = relationName(schema, con.pktable);
            if (target !== relation) {
              other.push({
                relation: target,
                mode: 'ShareRowExclusiveLock',
                reason: 'referenced by a new foreign key',
              });
            }
          }
        }
        break;
      }
      case 'AT_AlterColumnType': {
        const def = nodeAs(cmd.def, 'ColumnDef');
        if (def)
          work = alterColumnTypeWork(
            schema.column(relation, cmd.name ?? ''),
            def,
            pgVersion,
            cmd.name ?? '',
            schema.indexesOf(relation),
          );
        break;
      }
      case 'AT_SetNotNull':
        work = {
          rewrite: false,
          scan: !(pgVersion >= 12 && notNullProvenByCheck(schema, relation, cmd.name ?? '')),
        };
        break;
      case 'AT_AddConstraint': {
        const con = nodeAs(cmd.def, 'Constraint');
        if (!con) break;
        const added = addConstraintWork(schema, relation, con);
        mode = added.mode;
        work = added.work;
        if (added.referenced && added.referenced !== relation) {
          other.push({
            relation: added.referenced,
            mode: added.mode,
            reason: 'referenced by a new foreign key',
          });
        }
        break;
      }
      case 'AT_ValidateConstraint': {
        const con = schema.constraint(relation, cmd.name ?? '');
        work = { rewrite: false, scan: !con?.validated };
        if (con?.kind === 'foreign-key' && con.references && con.references.table !== relation) {
          other.push({
            relation: con.references.table,
            mode: 'RowShareLock',
            reason: 'referenced by the validated foreign key',
          });
        }
        break;
      }
      case 'AT_DropConstraint': {
        const con = schema.constraint(relation, cmd.name ?? '');
        // Dropping a foreign key drops its triggers on the referenced table too.
        if (con?.kind === 'foreign-key' && con.references && con.references.table !== relation) {
          other.push({
            relation: con.references.table,
            mode: 'AccessExclusiveLock',
            reason: 'its foreign-key triggers are dropped',
          });
        }
        break;
      }
      case 'AT_SetRelOptions':
      case 'AT_ResetRelOptions':
        mode = storageParameterLock(cmd);
        break;
      case 'AT_SetTableSpace':
        // A partitioned parent has no storage: only the default for new partitions changes.
        work = { rewrite: model?.kind !== 'partitioned-table', scan: false };
        break;
      case 'AT_SetLogged':
      case 'AT_SetUnLogged': {
        const target = cmd.subtype === 'AT_SetUnLogged';
        // Already in the requested state: Postgres does nothing.
        work = { rewrite: model === undefined || model.unlogged !== target, scan: false };
        break;
      }
      case 'AT_SetAccessMethod':
      case 'AT_SetExpression':
        work = { rewrite: true, scan: false };
        break;
      case 'AT_AttachPartition': {
        // Postgres 12+ locks the parent SHARE UPDATE EXCLUSIVE; the attached table is scanned
        // to check the partition bound unless a CHECK constraint already proves it.
        mode = pgVersion >= 12 ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
        const part = relationName(schema, nodeAs(cmd.def, 'PartitionCmd')?.name);
        list.add(
          tableLock(part, 'AccessExclusiveLock', `${verb} ... ATTACH PARTITION (attached table)`, {
            scan: true,
          }),
        );
        break;
      }
      case 'AT_DetachPartition': {
        const concurrent = nodeAs(cmd.def, 'PartitionCmd')?.concurrent ?? false;
        mode = concurrent ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
        const part = relationName(schema, nodeAs(cmd.def, 'PartitionCmd')?.name);
        list.add(tableLock(part, mode, `${verb} ... DETACH PARTITION (detached table)`));
        break;
      }
      case 'AT_AddInherit':
        other.push({
          relation: relationName(schema, nodeAs(cmd.def, 'RangeVar')),
          mode: 'ShareUpdateExclusiveLock',
          reason: 'becomes an inheritance parent',
        });
        break;
      default:
        break;
    }
    list.add({
      relation,
      relationKind,
      mode,
      rewrite: work.rewrite,
      scan: work.scan,
      reason: `${verb} ... ${name}${work.because ? ` (${work.because})` : ''}`,
    });
    for (const o of other)
      list.add(tableLock(o.relation, o.mode, `${verb} ${relation} ... ${name}: ${o.reason}`));
  }
  return list.locks;
}
