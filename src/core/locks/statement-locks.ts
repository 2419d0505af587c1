import type { Node, RangeVar } from 'libpg-query';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { nameParts, splitQualified } from '../sql/names.ts';
import { kindOf, nodeAs } from '../sql/statement.ts';
import type { StatementContext } from '../rules/rule.ts';
import { alterTableLocks } from './alter-table-locks.ts';
import { dropLocks, referencingTables } from './drop-locks.ts';
import { reindexLocks } from './reindex-locks.ts';
import { lockModeFromNumber } from './lock-modes.ts';
import { LockList, type PredictedLock, tableLock } from './predicted-lock.ts';

export type { PredictedLock } from './predicted-lock.ts';

/** `predictLocks` of the statement a rule is looking at, once per statement (`ctx.memo`). */
export function statementLocks(ctx: StatementContext): readonly PredictedLock[] {
  return ctx.memo(statementLocks, () =>
    predictLocks(ctx.statement.node, ctx.schema, ctx.options.pgVersion),
  );
}

/**
 * The heavyweight locks a statement takes on relations that exist before it runs, as
 * Postgres 15 takes them, with whether it rewrites or reads every row under them.
 *
 * What is listed:
 * - Locks taken by name on the relations a statement changes: DDL, maintenance commands,
 *   LOCK TABLE, and the ROW EXCLUSIVE lock of INSERT/UPDATE/DELETE/MERGE/COPY FROM on their
 *   target (it blocks nothing ordinary, but it can wait, and a trace sees it).
 * - Locks on other tables a DDL statement touches: the referenced table of a new or dropped
 *   foreign key, the parent of a new partition, the table a VALIDATEd foreign key points to.
 *
 * What is left out, consistently: ACCESS SHARE locks of relations a statement only reads
 * (FROM lists, subqueries, view bodies, CREATE INDEX's expressions) and the ROW SHARE
 * locks of foreign-key checks; locks on the relation a statement creates; catalog locks;
 * locks of partitions the model does not know; and the SQL inside DO blocks and functions
 * (the lint engine hands a DO block's statements to rules one by one).
 *
 * Unknown relations (not in the model) are assumed to exist: they were created outside the
 * migrations. `pgVersion` selects the few behaviours that changed (see the comments).
 */
export function predictLocks(node: Node, schema: SchemaModel, pgVersion = 15): PredictedLock[] {
  const list = new LockList();
  const table = (rv: RangeVar | undefined) => relationName(schema, rv);
  switch (kindOf(node)) {
    case 'AlterTableStmt': {
      const stmt = nodeAs(node, 'AlterTableStmt');
      if (!stmt || stmt.objtype === 'OBJECT_TYPE' || stmt.objtype === 'OBJECT_SEQUENCE') break;
      return alterTableLocks(stmt, schema, pgVersion);
    }
    case 'IndexStmt': {
      const stmt = nodeAs(node, 'IndexStmt');
      if (!stmt) break;
      const mode = stmt.concurrent ? 'ShareUpdateExclusiveLock' : 'ShareLock';
      const what = `CREATE ${stmt.unique ? 'UNIQUE ' : ''}INDEX${stmt.concurrent ? ' CONCURRENTLY' : ''}`;
      const target = table(stmt.relation);
      // IF NOT EXISTS on a name the history already holds: Postgres takes the lock, then skips the build.
      const skipped =
        stmt.if_not_exists === true &&
        stmt.idxname !== undefined &&
        schema.index(stmt.idxname, splitQualified(target).schema) !== undefined;
      list.add(tableLock(target, mode, what, { scan: !skipped }));
      break;
    }
    case 'DropStmt': {
      const stmt = nodeAs(node, 'DropStmt');
      if (stmt) dropLocks(stmt, schema, list);
      break;
    }
    case 'TruncateStmt': {
      const stmt = nodeAs(node, 'TruncateStmt');
      // TRUNCATE swaps in new empty files: a relfilenode-based trace sees that as a rewrite,
      // but no row is copied, so it is not predicted as one.
      const cascade = stmt?.behavior === 'DROP_CASCADE';
      for (const rel of stmt?.relations ?? []) {
        const name = table(nodeAs(rel, 'RangeVar'));
        list.add(tableLock(name, 'AccessExclusiveLock', 'TRUNCATE'));
        if (cascade) {
          for (const ref of referencingTables(schema, name)) {
            list.add(tableLock(ref, 'AccessExclusiveLock', `TRUNCATE ... CASCADE from ${name}`));
          }
        }
      }
      break;
    }
    case 'VacuumStmt': {
      const stmt = nodeAs(node, 'VacuumStmt');
      const options = (stmt?.options ?? []).map((o) => nodeAs(o, 'DefElem')?.defname);
      const full = stmt?.is_vacuumcmd === true && options.includes('full');
      const what = full ? 'VACUUM FULL' : stmt?.is_vacuumcmd ? 'VACUUM' : 'ANALYZE';
      for (const rel of stmt?.rels ?? []) {
        const name = table(nodeAs(rel, 'VacuumRelation')?.relation);
        if (full) list.add(tableLock(name, 'AccessExclusiveLock', what, { rewrite: true }));
        else
          list.add(
            tableLock(name, 'ShareUpdateExclusiveLock', what, {
              scan: stmt?.is_vacuumcmd === true,
            }),
          );
      }
      break;
    }
    case 'ClusterStmt': {
      const stmt = nodeAs(node, 'ClusterStmt');
      // Without a table CLUSTER re-clusters every table clustered before: unknown here.
      if (stmt?.relation) {
        list.add(
          tableLock(table(stmt.relation), 'AccessExclusiveLock', 'CLUSTER', { rewrite: true }),
        );
      }
      break;
    }
    case 'ReindexStmt': {
      const stmt = nodeAs(node, 'ReindexStmt');
      if (stmt) reindexLocks(stmt, schema, list);
      break;
    }
    case 'RefreshMatViewStmt': {
      const stmt = nodeAs(node, 'RefreshMatViewStmt');
      if (!stmt) break;
      // Plain REFRESH fills a new heap and swaps it in; CONCURRENTLY diffs into the old one
      // under EXCLUSIVE, which still lets SELECT run. WITH NO DATA empties the view.
      const mode = stmt.concurrent ? 'ExclusiveLock' : 'AccessExclusiveLock';
      const what = `REFRESH MATERIALIZED VIEW${stmt.concurrent ? ' CONCURRENTLY' : ''}${stmt.skipData ? ' WITH NO DATA' : ''}`;
      list.add(
        tableLock(table(stmt.relation), mode, what, {
          rewrite: !stmt.concurrent,
          scan: !stmt.skipData,
        }),
      );
      break;
    }
    case 'CreateTrigStmt': {
      const stmt = nodeAs(node, 'CreateTrigStmt');
      list.add(tableLock(table(stmt?.relation), 'ShareRowExclusiveLock', 'CREATE TRIGGER'));
      break;
    }
    case 'CreatePolicyStmt':
      list.add(
        tableLock(
          table(nodeAs(node, 'CreatePolicyStmt')?.table),
          'AccessExclusiveLock',
          'CREATE POLICY',
        ),
      );
      break;
    case 'AlterPolicyStmt':
      list.add(
        tableLock(
          table(nodeAs(node, 'AlterPolicyStmt')?.table),
          'AccessExclusiveLock',
          'ALTER POLICY',
        ),
      );
      break;
    case 'RuleStmt':
      list.add(
        tableLock(table(nodeAs(node, 'RuleStmt')?.relation), 'AccessExclusiveLock', 'CREATE RULE'),
      );
      break;
    case 'CreateStmt': {
      const stmt = nodeAs(node, 'CreateStmt');
      if (!stmt) break;
      const created = table(stmt.relation);
      if (stmt.if_not_exists && schema.table(created)) break;
      for (const parent of stmt.inhRelations ?? []) {
        // A new partition changes the parent's partition descriptor; plain inheritance does not.
        const partition = stmt.partbound !== undefined;
        list.add(
          tableLock(
            table(nodeAs(parent, 'RangeVar')),
            partition ? 'AccessExclusiveLock' : 'ShareUpdateExclusiveLock',
            partition ? `CREATE TABLE ${created} PARTITION OF` : `CREATE TABLE ${created} INHERITS`,
          ),
        );
      }
      for (const ref of foreignKeyTargets(stmt.tableElts)) {
        const target = table(ref);
        if (target === created) continue;
        list.add(
          tableLock(
            target,
            'ShareRowExclusiveLock',
            `CREATE TABLE ${created} with a foreign key to it`,
          ),
        );
      }
      break;
    }
    case 'ViewStmt': {
      const stmt = nodeAs(node, 'ViewStmt');
      const view = table(stmt?.view);
      if (stmt?.replace && schema.table(view)) {
        list.add(tableLock(view, 'AccessExclusiveLock', 'CREATE OR REPLACE VIEW'));
      }
      break;
    }
    case 'CreateStatsStmt':
      for (const rel of nodeAs(node, 'CreateStatsStmt')?.relations ?? []) {
        list.add(
          tableLock(
            table(nodeAs(rel, 'RangeVar')),
            'ShareUpdateExclusiveLock',
            'CREATE STATISTICS',
          ),
        );
      }
      break;
    case 'RenameStmt': {
      const stmt = nodeAs(node, 'RenameStmt');
      if (!stmt?.relation) break;
      const name = table(stmt.relation);
      if (stmt.renameType === 'OBJECT_INDEX') {
        // Postgres 12 lowered ALTER INDEX ... RENAME to SHARE UPDATE EXCLUSIVE.
        const mode = pgVersion >= 12 ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
        list.add({ ...tableLock(name, mode, 'ALTER INDEX ... RENAME'), relationKind: 'index' });
      } else if (stmt.renameType !== 'OBJECT_SEQUENCE') {
        list.add(tableLock(name, 'AccessExclusiveLock', renameLabel(stmt.renameType)));
      }
      break;
    }
    case 'AlterObjectSchemaStmt': {
      const stmt = nodeAs(node, 'AlterObjectSchemaStmt');
      if (stmt?.relation && stmt.objectType !== 'OBJECT_SEQUENCE') {
        list.add(tableLock(table(stmt.relation), 'AccessExclusiveLock', 'SET SCHEMA'));
      }
      break;
    }
    case 'CommentStmt': {
      const stmt = nodeAs(node, 'CommentStmt');
      objectAddressLock(schema, stmt?.objtype, stmt?.object, 'COMMENT ON', list);
      break;
    }
    case 'SecLabelStmt': {
      const stmt = nodeAs(node, 'SecLabelStmt');
      objectAddressLock(schema, stmt?.objtype, stmt?.object, 'SECURITY LABEL', list);
      break;
    }
    case 'LockStmt': {
      const stmt = nodeAs(node, 'LockStmt');
      const mode = lockModeFromNumber(stmt?.mode);
      for (const rel of stmt?.relations ?? []) {
        list.add(tableLock(table(nodeAs(rel, 'RangeVar')), mode, 'LOCK TABLE'));
      }
      break;
    }
    case 'InsertStmt':
      list.add(
        tableLock(table(nodeAs(node, 'InsertStmt')?.relation), 'RowExclusiveLock', 'INSERT'),
      );
      break;
    case 'UpdateStmt':
      list.add(
        tableLock(table(nodeAs(node, 'UpdateStmt')?.relation), 'RowExclusiveLock', 'UPDATE'),
      );
      break;
    case 'DeleteStmt':
      list.add(
        tableLock(table(nodeAs(node, 'DeleteStmt')?.relation), 'RowExclusiveLock', 'DELETE'),
      );
      break;
    case 'MergeStmt':
      list.add(tableLock(table(nodeAs(node, 'MergeStmt')?.relation), 'RowExclusiveLock', 'MERGE'));
      break;
    case 'CopyStmt': {
      const stmt = nodeAs(node, 'CopyStmt');
      if (stmt?.is_from && stmt.relation) {
        list.add(tableLock(table(stmt.relation), 'RowExclusiveLock', 'COPY FROM'));
      }
      break;
    }
    default:
      break;
  }
  return list.locks;
}

/** COMMENT ON / SECURITY LABEL lock the object's table SHARE UPDATE EXCLUSIVE. */
function objectAddressLock(
  schema: SchemaModel,
  objtype: string | undefined,
  object: Node | undefined,
  what: string,
  list: LockList,
): void {
  const parts = nameParts(nodeAs(object, 'List')?.items);
  // How many trailing name parts are not the relation: COLUMN/TRIGGER/POLICY/... name one more.
  const tail: Partial<Record<string, number>> = {
    OBJECT_TABLE: 0,
    OBJECT_VIEW: 0,
    OBJECT_MATVIEW: 0,
    OBJECT_FOREIGN_TABLE: 0,
    OBJECT_INDEX: 0,
    OBJECT_COLUMN: 1,
    OBJECT_TABCONSTRAINT: 1,
    OBJECT_TRIGGER: 1,
    OBJECT_POLICY: 1,
    OBJECT_RULE: 1,
  };
  const skip = tail[objtype ?? ''];
  if (skip === undefined) return;
  const rel = parts.slice(0, parts.length - skip);
  const name = rel.at(-1);
  if (name === undefined) return;
  const relation = schema.resolveRelation(rel.length >= 2 ? rel.at(-2) : undefined, name);
  const lock = tableLock(
    relation,
    'ShareUpdateExclusiveLock',
    `${what} ${objtype?.replace('OBJECT_', '')}`,
  );
  list.add(objtype === 'OBJECT_INDEX' ? { ...lock, relationKind: 'index' } : lock);
}

/** The referenced tables of the foreign keys in a CREATE TABLE's elements. */
function foreignKeyTargets(elements: Node[] | undefined): RangeVar[] {
  const targets: RangeVar[] = [];
  for (const element of elements ?? []) {
    const constraints = [
      ...(nodeAs(element, 'ColumnDef')?.constraints ?? []),
      ...(nodeAs(element, 'Constraint') ? [element] : []),
    ];
    for (const c of constraints) {
      const con = nodeAs(c, 'Constraint');
      if (con?.contype === 'CONSTR_FOREIGN' && con.pktable) targets.push(con.pktable);
    }
  }
  return targets;
}

const RENAME_LABELS: Partial<Record<string, string>> = {
  OBJECT_TABLE: 'ALTER TABLE ... RENAME TO',
  OBJECT_COLUMN: 'ALTER TABLE ... RENAME COLUMN',
  OBJECT_TABCONSTRAINT: 'ALTER TABLE ... RENAME CONSTRAINT',
  OBJECT_TRIGGER: 'ALTER TRIGGER ... RENAME',
  OBJECT_POLICY: 'ALTER POLICY ... RENAME',
  OBJECT_VIEW: 'ALTER VIEW ... RENAME',
  OBJECT_MATVIEW: 'ALTER MATERIALIZED VIEW ... RENAME',
};

function renameLabel(renameType: string | undefined): string {
  return RENAME_LABELS[renameType ?? ''] ?? 'RENAME';
}
