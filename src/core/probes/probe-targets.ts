import type { Node } from 'libpg-query';
import type { CheckedFile } from '../checks/plan-checks.ts';
import { TableTracker } from '../checks/table-tracker.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { type QualifiedName, nameParts } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';

/** A statement of a file under check: where a probe finding is reported. */
export interface ProbeLocation {
  file: string;
  line: number;
  /** 0-based index of the top-level statement. */
  statement: number;
}

/** A table the isolation probes try, planned from the files under check (pure: no database). */
export interface ProbeTarget {
  /** `schema.name` as the files leave it. */
  table: QualifiedName;
  /**
   * The tenant column, when the static model knows the columns; undefined when it does not
   * (a table created outside the migrations): the probe then looks it up on the target.
   */
  tenantColumn: string | undefined;
  /** The last statement of the files under check that created or changed the table. */
  at: ProbeLocation;
  /** The CREATE/ALTER POLICY statements of the files under check, by policy name. */
  policyAt: Map<string, ProbeLocation>;
}

interface Touch {
  at: ProbeLocation;
  policyAt: Map<string, ProbeLocation>;
}

/**
 * The tables with a tenant column that the files under check create or change (columns,
 * constraints, row level security, policies, grants), in the order first touched. Only these
 * are probed, so one unprotected table is not reported again by every later migration.
 */
export function planProbeTargets(
  files: readonly CheckedFile[],
  schemaAfter: SchemaModel,
  tenantColumns: readonly string[],
): ProbeTarget[] {
  const tracker = new TableTracker(schemaAfter);
  const touches = new Map<ReturnType<TableTracker['track']>, Touch>();
  for (const file of files) {
    for (const statement of file.statements) {
      const at = { file: file.path, line: statement.line, statement: statement.index };
      for (const node of nodesOf(statement)) {
        const touched = touchOf(tracker, node);
        if (!touched?.track) continue;
        const touch = touches.get(touched.track) ?? { at, policyAt: new Map() };
        touch.at = at;
        if (touched.policy) touch.policyAt.set(touched.policy, at);
        touches.set(touched.track, touch);
      }
    }
  }
  const targets: ProbeTarget[] = [];
  for (const [track, touch] of touches) {
    const name = track?.after;
    if (!name) continue;
    const table = schemaAfter.table(name);
    if (table && table.kind !== 'table' && table.kind !== 'partitioned-table') continue;
    const known = table !== undefined && !table.columnsUnknown;
    const tenantColumn = known ? tenantColumns.find((c) => table.columns.has(c)) : undefined;
    if (known && tenantColumn === undefined) continue;
    targets.push({ table: name, tenantColumn, at: touch.at, policyAt: touch.policyAt });
  }
  return targets;
}

/** The statement itself, and for a DO block the SQL statements it runs. */
function nodesOf(statement: Statement): Node[] {
  const body = statement.plpgsql?.context === 'do' ? statement.plpgsql.sql : [];
  return [statement.node, ...body.flatMap((sql) => (sql.mode === 'statement' ? sql.nodes : []))];
}

function touchOf(
  tracker: TableTracker,
  node: Node,
): { track: ReturnType<TableTracker['track']>; policy?: string } | undefined {
  const create = nodeAs(node, 'CreateStmt');
  if (create) return { track: tracker.created(create.relation) };
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter?.objtype === 'OBJECT_TABLE') return { track: tracker.track(alter.relation) };
  const createPolicy = nodeAs(node, 'CreatePolicyStmt');
  if (createPolicy) {
    return { track: tracker.track(createPolicy.table), policy: createPolicy.policy_name };
  }
  const alterPolicy = nodeAs(node, 'AlterPolicyStmt');
  if (alterPolicy) {
    return { track: tracker.track(alterPolicy.table), policy: alterPolicy.policy_name };
  }
  const drop = nodeAs(node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_POLICY') {
    // DROP POLICY name ON [schema.]table: the object is [schema, table, policy].
    const parts = nameParts(nodeAs(drop.objects?.[0], 'List')?.items);
    const relname = parts[parts.length - 2];
    if (relname === undefined) return undefined;
    const schemaname = parts.length > 2 ? parts[parts.length - 3] : undefined;
    return { track: tracker.track({ relname, ...(schemaname ? { schemaname } : {}) }) };
  }
  const rename = nodeAs(node, 'RenameStmt');
  if (rename?.renameType === 'OBJECT_TABLE' && rename.newname) {
    tracker.moved(rename.relation, { name: rename.newname });
    return { track: tracker.track({ ...rename.relation, relname: rename.newname }) };
  }
  if (rename?.renameType === 'OBJECT_POLICY') return { track: tracker.track(rename.relation) };
  if (drop?.removeType === 'OBJECT_TABLE') {
    // A table the files drop has nothing left to probe (its track ends: after = null).
    for (const object of drop.objects ?? []) {
      const parts = nameParts(nodeAs(object, 'List')?.items);
      const relname = parts[parts.length - 1];
      if (relname === undefined) continue;
      const schemaname = parts.length > 1 ? parts[parts.length - 2] : undefined;
      const name = tracker.resolve({ relname, ...(schemaname ? { schemaname } : {}) });
      if (name !== undefined) tracker.dropped(name);
    }
    return undefined;
  }
  const grant = nodeAs(node, 'GrantStmt');
  if (grant?.objtype === 'OBJECT_TABLE' && grant.targtype === 'ACL_TARGET_OBJECT') {
    const rv = nodeAs(grant.objects?.[0], 'RangeVar');
    return rv ? { track: tracker.track(rv) } : undefined;
  }
  return undefined;
}
