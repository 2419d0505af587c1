import type { AlterTableCmd, Constraint, Node, RenameStmt } from 'libpg-query';
import type { SchemaModel } from '../schema/schema-model.ts';
import { dataChangeOf } from '../sql/data-change.ts';
import { nameParts } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import type {
  CheckPlan,
  CopyGroup,
  PlannedConstraint,
  PlannedCopy,
  PlannedIndex,
  PlannedNotNullColumn,
  StatementRef,
  TableTrack,
} from './check-plan.ts';
import { copyOf } from './plan-copies.ts';
import { TableTracker } from './table-tracker.ts';

/** A file under check, parsed (`planStaging` gives the parse staging applies). */
export interface CheckedFile {
  path: string;
  statements: readonly Statement[];
}

/** Planned entries hold the track, so renames later in the files still find them. */
type Tracked<T extends { table: string }> = Omit<T, 'table'> & { track: TableTrack };

interface Planning {
  tracker: TableTracker;
  model: SchemaModel;
  constraints: Tracked<PlannedConstraint>[];
  notNull: Tracked<PlannedNotNullColumn>[];
  indexes: Tracked<PlannedIndex>[];
  written: Map<TableTrack, StatementRef>;
  touched: Set<TableTrack>;
  copies: Map<TableTrack, PlannedCopy[]>;
  /** Column maps wait for the final table names: see `FoundCopy.mapColumns`. */
  mapColumns: Array<() => void>;
}

/**
 * Plan the post-migration checks from the statements of the files under check, in apply order,
 * and the schema model as it stands after them (`schemaAfter`: for table column order when an
 * INSERT omits its column list, and for `SELECT *`). Pure: the queries run in `runChecks`.
 */
export function planChecks(files: readonly CheckedFile[], schemaAfter: SchemaModel): CheckPlan {
  const p: Planning = {
    tracker: new TableTracker(schemaAfter),
    model: schemaAfter,
    constraints: [],
    notNull: [],
    indexes: [],
    written: new Map(),
    touched: new Set(),
    copies: new Map(),
    mapColumns: [],
  };
  for (const file of files) {
    for (const statement of file.statements) {
      planStatement(p, statement.node, { file: file.path, line: statement.line });
      for (const sql of statement.plpgsql?.context === 'do' ? statement.plpgsql.sql : []) {
        if (sql.mode !== 'statement') continue;
        for (const node of sql.nodes) planStatement(p, node, { file: file.path, line: sql.line });
      }
    }
  }
  return finishPlan(p);
}

function planStatement(p: Planning, node: Node, at: StatementRef): void {
  const { tracker } = p;
  const create = nodeAs(node, 'CreateStmt');
  if (create) {
    const name = tracker.resolve(create.relation);
    const existed = create.if_not_exists && name !== undefined && !createdInFiles(p, name, at);
    const track = existed ? tracker.track(create.relation) : tracker.created(create.relation);
    if (track) p.touched.add(track);
    if (track && !existed) p.indexes.push({ track, name: null, at });
    return;
  }
  const createAs = nodeAs(node, 'CreateTableAsStmt');
  if (createAs?.objtype === 'OBJECT_TABLE') {
    const track = tracker.created(createAs.into?.rel);
    if (track) p.touched.add(track);
    if (track) p.indexes.push({ track, name: null, at });
    if (track && !createAs.into?.skipData) p.written.set(track, at);
    return;
  }
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter?.objtype === 'OBJECT_TABLE') {
    const track = tracker.track(alter.relation);
    if (!track) return;
    p.touched.add(track);
    for (const cmd of alter.cmds ?? []) {
      const c = nodeAs(cmd, 'AlterTableCmd');
      if (c) planAlterCommand(p, track, c, at);
    }
    return;
  }
  const index = nodeAs(node, 'IndexStmt');
  if (index) {
    const track = tracker.track(index.relation);
    if (track) p.touched.add(track);
    if (track) p.indexes.push({ track, name: index.idxname ?? null, at });
    return;
  }
  const rename = nodeAs(node, 'RenameStmt');
  if (rename) {
    planRename(p, rename);
    return;
  }
  const setSchema = nodeAs(node, 'AlterObjectSchemaStmt');
  if (setSchema?.objectType === 'OBJECT_TABLE' && setSchema.newschema) {
    tracker.moved(setSchema.relation, { schema: setSchema.newschema });
    return;
  }
  const drop = nodeAs(node, 'DropStmt');
  if (drop?.removeType === 'OBJECT_TABLE') {
    for (const object of drop.objects ?? []) {
      const parts = nameParts(nodeAs(object, 'List')?.items);
      const relname = parts[parts.length - 1];
      const schemaname = parts.length > 1 ? parts[parts.length - 2] : undefined;
      const name = tracker.resolve({ relname, ...(schemaname ? { schemaname } : {}) });
      if (name !== undefined) tracker.dropped(name);
    }
    return;
  }
  const truncate = nodeAs(node, 'TruncateStmt');
  if (truncate) {
    for (const rel of truncate.relations ?? []) markWritten(p, nodeAs(rel, 'RangeVar'), at);
    return;
  }
  const insert = nodeAs(node, 'InsertStmt');
  if (insert) {
    const found = copyOf(insert, tracker, p.model, at);
    if (found) {
      p.copies.set(found.source, [...(p.copies.get(found.source) ?? []), found.copy]);
      p.mapColumns.push(found.mapColumns);
    }
  }
  const change = dataChangeOf(node);
  if (change) markWritten(p, change.relation, at);
}

function markWritten(p: Planning, rv: Parameters<TableTracker['track']>[0], at: StatementRef) {
  const track = p.tracker.track(rv);
  if (!track) return;
  p.touched.add(track);
  if (!p.written.has(track)) p.written.set(track, at);
}

function createdInFiles(p: Planning, name: string, at: StatementRef): boolean {
  const table = p.model.table(name);
  return table?.createdBy.file === at.file;
}

function planAlterCommand(p: Planning, track: TableTrack, cmd: AlterTableCmd, at: StatementRef) {
  if (cmd.subtype === 'AT_AddConstraint') {
    const con = nodeAs(cmd.def, 'Constraint');
    if (con) planAddedConstraint(p, track, con, [], at);
  } else if (cmd.subtype === 'AT_AddColumn') {
    const def = nodeAs(cmd.def, 'ColumnDef');
    for (const c of def?.constraints ?? []) {
      const con = nodeAs(c, 'Constraint');
      if (con && def?.colname) planAddedConstraint(p, track, con, [def.colname], at);
    }
  } else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
    const planned = p.constraints.find((c) => c.track === track && c.name === cmd.name);
    if (planned) {
      planned.notValid = false;
      return;
    }
    const known = track.after ? p.model.constraint(track.after, cmd.name) : undefined;
    // A validated CHECK is enforced from now on; only a foreign key can still have orphans
    // (its parent rows can go missing under session_replication_role = replica).
    if (known && known.kind !== 'foreign-key') return;
    const columns = known?.columns ?? [];
    p.constraints.push({
      track,
      name: cmd.name,
      kind: 'foreign-key',
      columns,
      notValid: false,
      action: 'validated',
      at,
    });
  } else if (cmd.subtype === 'AT_SetNotNull' && cmd.name) {
    p.notNull.push({ track, column: cmd.name, reason: 'set-not-null', at });
  }
}

/** Constraints Postgres enforces with an index of the same name. */
const INDEXED_CONSTRAINTS = new Set(['CONSTR_PRIMARY', 'CONSTR_UNIQUE', 'CONSTR_EXCLUSION']);

function planAddedConstraint(
  p: Planning,
  track: TableTrack,
  con: Constraint,
  inlineColumns: string[],
  at: StatementRef,
): void {
  const name = con.conname ?? null;
  if (INDEXED_CONSTRAINTS.has(con.contype ?? '')) p.indexes.push({ track, name, at });
  const notValid = con.skip_validation === true;
  if (con.contype === 'CONSTR_FOREIGN') {
    const keys = nameParts(con.fk_attrs);
    const columns = keys.length > 0 ? keys : inlineColumns;
    p.constraints.push({
      track,
      name,
      kind: 'foreign-key',
      columns,
      notValid,
      action: 'added',
      at,
    });
  } else if (con.contype === 'CONSTR_CHECK' && notValid) {
    // A valid CHECK is enforced as it is added; only a NOT VALID one can have violating rows.
    p.constraints.push({ track, name, kind: 'check', columns: [], notValid, action: 'added', at });
    for (const column of notNullColumnsOf(con.raw_expr)) {
      p.notNull.push({ track, column, reason: 'check-is-not-null', at });
    }
  } else if (con.contype === 'CONSTR_NOTNULL' && notValid) {
    for (const column of nameParts(con.keys)) {
      p.notNull.push({ track, column, reason: 'not-null-not-valid', at });
    }
  }
}

/** Columns `expr` proves NOT NULL: `col IS NOT NULL`, alone or as a term of an AND. */
function notNullColumnsOf(expr: Node | undefined): string[] {
  const test = nodeAs(expr, 'NullTest');
  if (test) {
    if (test.nulltesttype !== 'IS_NOT_NULL') return [];
    const fields = nodeAs(test.arg, 'ColumnRef')?.fields ?? [];
    const name = nodeAs(fields[fields.length - 1], 'String')?.sval;
    return name === undefined ? [] : [name];
  }
  const bool = nodeAs(expr, 'BoolExpr');
  if (bool?.boolop !== 'AND_EXPR') return [];
  return (bool.args ?? []).flatMap(notNullColumnsOf);
}

/** Renames of tables, columns and constraints carry the planned entries to the new names. */
function planRename(p: Planning, stmt: RenameStmt): void {
  const { newname, subname } = stmt;
  if (!newname) return;
  if (stmt.renameType === 'OBJECT_TABLE') {
    p.tracker.moved(stmt.relation, { name: newname });
    return;
  }
  if (stmt.renameType === 'OBJECT_INDEX') {
    const old = stmt.relation?.relname;
    for (const i of p.indexes) if (old !== undefined && i.name === old) i.name = newname;
    return;
  }
  const track = p.tracker.track(stmt.relation);
  if (stmt.renameType === 'OBJECT_COLUMN' && subname) {
    for (const c of p.notNull) if (c.track === track && c.column === subname) c.column = newname;
    for (const c of p.constraints) {
      if (c.track === track) c.columns = c.columns.map((x) => (x === subname ? newname : x));
    }
  } else if (stmt.renameType === 'OBJECT_TABCONSTRAINT' && subname) {
    for (const c of p.constraints) if (c.track === track && c.name === subname) c.name = newname;
    // Renaming a PRIMARY KEY, UNIQUE or EXCLUDE constraint renames its index too.
    for (const i of p.indexes) if (i.track === track && i.name === subname) i.name = newname;
  }
}

function finishPlan(p: Planning): CheckPlan {
  for (const map of p.mapColumns) map();
  const live = <T extends { track: TableTrack }>(entries: T[]) =>
    entries.flatMap(({ track, ...rest }) => (track.after ? [{ ...rest, table: track.after }] : []));
  const copyGroups: CopyGroup[] = [...p.copies].map(([source, copies]) => ({
    source,
    copies,
    expectsFullCoverage:
      copies.length > 1 || copies.some((c) => !c.filtered) || source.after === null,
  }));
  const countBefore = new Set<string>();
  const addBefore = (t: TableTrack) => {
    if (t.before) countBefore.add(t.before);
  };
  for (const track of p.written.keys()) addBefore(track);
  for (const group of copyGroups) {
    addBefore(group.source);
    for (const copy of group.copies) addBefore(copy.target);
  }
  return {
    constraints: live(p.constraints) as PlannedConstraint[],
    notNullColumns: live(p.notNull) as PlannedNotNullColumn[],
    createdIndexes: live(p.indexes) as PlannedIndex[],
    writtenTables: [...p.written].map(([track, at]) => ({ track, at })),
    copyGroups,
    touchedTables: [...new Set([...p.touched].flatMap((t) => (t.after ? [t.after] : [])))],
    countBefore: [...countBefore],
  };
}
