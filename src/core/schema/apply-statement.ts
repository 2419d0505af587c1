import type {
  ColumnDef,
  Constraint,
  CreateStmt,
  DropStmt,
  Node,
  RangeVar,
  RenameStmt,
} from 'libpg-query';
import { listName, nameParts, type QualifiedName, qualify, typeRef } from '../sql/names.ts';
import { kindOf, nodeAs } from '../sql/statement.ts';
import { replayAlterTable } from './apply-alter-table.ts';
import {
  replayAlterFunction,
  replayFunction,
  replayFunctionSchema,
  replayGrant,
} from './apply-function.ts';
import {
  initSelectPrivileges,
  replayDefaultPrivileges,
  replayRelationGrant,
} from './apply-privileges.ts';
import { viewSourceNames } from './apply-view.ts';
import type {
  ColumnModel,
  ConstraintKind,
  ConstraintModel,
  Origin,
  PolicyCommand,
  RelationKind,
  SchemaModel,
  TableModel,
} from './schema-model.ts';

/**
 * Replay one statement onto the schema model: what Postgres would create, change or drop.
 * Statements the model does not track leave it unchanged.
 */
export function applyStatement(model: SchemaModel, node: Node, origin: Origin): void {
  switch (kindOf(node)) {
    case 'CreateStmt':
      createTable(model, nodeAs(node, 'CreateStmt')!, origin);
      return;
    case 'CreateTableAsStmt': {
      const stmt = nodeAs(node, 'CreateTableAsStmt')!;
      const kind = stmt.objtype === 'OBJECT_MATVIEW' ? 'materialized-view' : 'table';
      const name = relationName(model, stmt.into?.rel);
      if (stmt.if_not_exists && model.tables.has(name)) return;
      const table = newTable(name, kind, origin);
      table.columnsUnknown = true;
      table.rowsWritten = !stmt.into?.skipData;
      if (kind === 'materialized-view') {
        table.viewSources = viewSourceNames(model, stmt.query);
        initSelectPrivileges(model, table);
      }
      model.tables.set(name, table);
      return;
    }
    case 'ViewStmt': {
      const stmt = nodeAs(node, 'ViewStmt')!;
      const name = relationName(model, stmt.view);
      const table = newTable(name, 'view', origin);
      table.columnsUnknown = true;
      for (const opt of stmt.options ?? []) {
        const def = nodeAs(opt, 'DefElem');
        if (def?.defname) table.options.set(def.defname, defElemText(def.arg) ?? 'true');
      }
      table.viewSources = viewSourceNames(model, stmt.query);
      // CREATE OR REPLACE VIEW keeps the view's privileges.
      const replaced = model.tables.get(name);
      if (replaced?.selectGrantedTo && replaced.selectRevokedFrom) {
        table.selectGrantedTo = replaced.selectGrantedTo;
        table.selectRevokedFrom = replaced.selectRevokedFrom;
      } else initSelectPrivileges(model, table);
      model.tables.set(name, table);
      return;
    }
    case 'AlterTableStmt':
      replayAlterTable(model, nodeAs(node, 'AlterTableStmt')!, origin);
      return;
    case 'IndexStmt': {
      const stmt = nodeAs(node, 'IndexStmt')!;
      const table = relationName(model, stmt.relation);
      const { schema } = splitName(table);
      const name = qualify(schema, stmt.idxname ?? defaultIndexName(stmt, table));
      if (stmt.if_not_exists && model.indexes.has(name)) return;
      const columns = (stmt.indexParams ?? []).map((p) => {
        const elem = nodeAs(p, 'IndexElem');
        return elem?.name ?? '(expression)';
      });
      const t = model.tables.get(table);
      const builtOnData =
        t === undefined ||
        (t.rowsWritten && columns.every((c) => t.columns.get(c)?.filled ?? true));
      model.indexes.set(name, {
        name,
        table,
        columns,
        unique: stmt.unique ?? false,
        method: stmt.accessMethod ?? 'btree',
        builtOnData,
        addedBy: origin,
      });
      return;
    }
    case 'DropStmt':
      replayDrop(model, nodeAs(node, 'DropStmt')!);
      return;
    case 'RenameStmt':
      replayRename(model, nodeAs(node, 'RenameStmt')!);
      return;
    case 'AlterObjectSchemaStmt': {
      const stmt = nodeAs(node, 'AlterObjectSchemaStmt')!;
      replayFunctionSchema(model, stmt);
      if (!stmt.relation || !stmt.newschema) return;
      const from = relationName(model, stmt.relation);
      const table = model.tables.get(from);
      if (!table) return;
      model.tables.delete(from);
      table.schema = stmt.newschema;
      model.tables.set(qualify(table.schema, table.name), table);
      for (const index of model.indexes.values()) {
        if (index.table === from) index.table = qualify(table.schema, table.name);
      }
      return;
    }
    case 'CreatePolicyStmt': {
      const stmt = nodeAs(node, 'CreatePolicyStmt')!;
      const table = model.tables.get(relationName(model, stmt.table));
      if (!table || !stmt.policy_name) return;
      table.policies.set(stmt.policy_name, {
        name: stmt.policy_name,
        command: (stmt.cmd_name ?? 'all') as PolicyCommand,
        // The AST omits `permissive` when false (AS RESTRICTIVE); the parser's default is true.
        permissive: stmt.permissive === true,
        roles: roleNames(stmt.roles),
        ...(stmt.qual ? { using: stmt.qual } : {}),
        ...(stmt.with_check ? { withCheck: stmt.with_check } : {}),
        addedBy: origin,
      });
      return;
    }
    case 'AlterPolicyStmt': {
      const stmt = nodeAs(node, 'AlterPolicyStmt')!;
      const policy = model.tables
        .get(relationName(model, stmt.table))
        ?.policies.get(stmt.policy_name ?? '');
      if (!policy) return;
      if (stmt.roles?.length) policy.roles = roleNames(stmt.roles);
      if (stmt.qual) policy.using = stmt.qual;
      if (stmt.with_check) policy.withCheck = stmt.with_check;
      return;
    }
    case 'CommentStmt': {
      const stmt = nodeAs(node, 'CommentStmt')!;
      const parts = nameParts(nodeAs(stmt.object, 'List')?.items);
      if (stmt.objtype === 'OBJECT_COLUMN' && parts.length >= 2) {
        const column = parts[parts.length - 1]!;
        const tableName = model.resolveRelation(
          parts.length >= 3 ? parts[parts.length - 3] : undefined,
          parts[parts.length - 2]!,
        );
        const col = model.column(tableName, column);
        if (col) {
          if (stmt.comment === undefined) delete col.comment;
          else col.comment = stmt.comment;
        }
        recordDeprecation(model, `${tableName}.${column}`, col, stmt.comment, origin);
      } else if (stmt.objtype === 'OBJECT_TABLE' && parts.length >= 1) {
        const t = model.tables.get(
          model.resolveRelation(parts.length >= 2 ? parts[0] : undefined, parts.at(-1)!),
        );
        if (t) {
          if (stmt.comment === undefined) delete t.comment;
          else t.comment = stmt.comment;
        }
      }
      return;
    }
    case 'CreateFunctionStmt':
      replayFunction(model, nodeAs(node, 'CreateFunctionStmt')!, origin);
      return;
    case 'AlterFunctionStmt':
      replayAlterFunction(model, nodeAs(node, 'AlterFunctionStmt')!, origin);
      return;
    case 'GrantStmt':
      replayGrant(model, nodeAs(node, 'GrantStmt')!, origin);
      replayRelationGrant(model, nodeAs(node, 'GrantStmt')!);
      return;
    case 'AlterDefaultPrivilegesStmt':
      replayDefaultPrivileges(model, nodeAs(node, 'AlterDefaultPrivilegesStmt')!);
      return;
    case 'CreateSchemaStmt': {
      const name = nodeAs(node, 'CreateSchemaStmt')!.schemaname;
      if (name) model.schemas.add(name);
      return;
    }
    case 'CreateExtensionStmt': {
      const name = nodeAs(node, 'CreateExtensionStmt')!.extname;
      if (name) model.extensions.add(name);
      return;
    }
    case 'CreateEnumStmt':
      model.types.add(listName(nodeAs(node, 'CreateEnumStmt')!.typeName, model.defaultSchema));
      return;
    case 'CompositeTypeStmt': {
      const rv = nodeAs(node, 'CompositeTypeStmt')!.typevar;
      model.types.add(relationName(model, rv));
      return;
    }
    case 'CreateDomainStmt':
      model.types.add(listName(nodeAs(node, 'CreateDomainStmt')!.domainname, model.defaultSchema));
      return;
    case 'VariableSetStmt': {
      const stmt = nodeAs(node, 'VariableSetStmt')!;
      if (stmt.name !== 'search_path') return;
      if (stmt.kind === 'VAR_SET_VALUE') {
        const path = (stmt.args ?? [])
          .map((a) => nodeAs(a, 'A_Const')?.sval?.sval ?? '')
          .flatMap((s) => s.split(','))
          .map((s) => s.trim().replace(/^"|"$/g, ''))
          .filter((s) => s !== '' && s !== '$user');
        model.searchPath = path.length ? path : [];
      } else if (stmt.kind === 'VAR_RESET' || stmt.kind === 'VAR_SET_DEFAULT') {
        model.searchPath = ['public'];
      }
      return;
    }
    case 'InsertStmt': {
      const stmt = nodeAs(node, 'InsertStmt')!;
      markWritten(model, relationName(model, stmt.relation), undefined);
      return;
    }
    case 'RefreshMatViewStmt': {
      // A refresh populates the view (WITH NO DATA empties it): CONCURRENTLY needs it populated.
      const stmt = nodeAs(node, 'RefreshMatViewStmt')!;
      const view = model.tables.get(relationName(model, stmt.relation));
      if (view) view.rowsWritten = !stmt.skipData;
      return;
    }
    case 'CopyStmt': {
      const stmt = nodeAs(node, 'CopyStmt')!;
      if (stmt.is_from && stmt.relation) markWritten(model, relationName(model, stmt.relation));
      return;
    }
    case 'UpdateStmt': {
      const stmt = nodeAs(node, 'UpdateStmt')!;
      const columns = (stmt.targetList ?? []).flatMap((t) => {
        const name = nodeAs(t, 'ResTarget')?.name;
        return name ? [name] : [];
      });
      markWritten(model, relationName(model, stmt.relation), columns);
      return;
    }
    default:
      return;
  }
}

export function relationName(model: SchemaModel, rv: RangeVar | undefined): QualifiedName {
  return model.resolveRelation(rv?.schemaname, rv?.relname ?? '');
}

export function splitName(q: QualifiedName): { schema: string; name: string } {
  const dot = q.indexOf('.');
  return { schema: q.slice(0, dot), name: q.slice(dot + 1) };
}

export function newTable(name: QualifiedName, kind: RelationKind, origin: Origin): TableModel {
  const { schema, name: relname } = splitName(name);
  return {
    schema,
    name: relname,
    kind,
    columns: new Map(),
    constraints: [],
    rlsEnabled: false,
    rlsForced: false,
    policies: new Map(),
    createdBy: origin,
    rowsWritten: false,
    columnsUnknown: false,
    options: new Map(),
    unlogged: false,
  };
}

function defElemText(arg: Node | undefined): string | undefined {
  if (!arg) return undefined;
  const s = nodeAs(arg, 'String')?.sval;
  if (s !== undefined) return s;
  const b = nodeAs(arg, 'Boolean');
  if (b) return b.boolval ? 'true' : 'false';
  const i = nodeAs(arg, 'Integer');
  if (i) return String(i.ival ?? 0);
  return undefined;
}

function roleNames(roles: Node[] | undefined): string[] {
  const names = (roles ?? []).flatMap((r) => {
    const spec = nodeAs(r, 'RoleSpec');
    if (!spec) return [];
    if (spec.roletype === 'ROLESPEC_PUBLIC') return ['public'];
    if (spec.roletype === 'ROLESPEC_CURRENT_USER') return ['current_user'];
    return spec.rolename ? [spec.rolename] : [];
  });
  return names.length ? names : ['public'];
}

/** The column-comment convention that marks a column deprecated: `deprecated: <why>`. */
export function isDeprecationComment(comment: string | undefined): boolean {
  return comment !== undefined && /^\s*deprecated\b/i.test(comment);
}

/**
 * Keep the first time a column was marked deprecated: re-wording the comment does not restart
 * the window; removing the mark clears it.
 */
function recordDeprecation(
  model: SchemaModel,
  key: string,
  column: ColumnModel | undefined,
  comment: string | undefined,
  origin: Origin,
): void {
  const deprecated = isDeprecationComment(comment);
  if (column) {
    if (!deprecated) delete column.deprecatedAt;
    else column.deprecatedAt ??= origin;
    return;
  }
  if (!deprecated) model.untrackedColumnDeprecations.delete(key);
  else if (!model.untrackedColumnDeprecations.has(key)) {
    model.untrackedColumnDeprecations.set(key, origin);
  }
}

function markWritten(model: SchemaModel, table: QualifiedName, columns?: string[]): void {
  const t = model.tables.get(table);
  if (!t) return;
  t.rowsWritten = true;
  for (const col of t.columns.values()) {
    if (columns === undefined || columns.includes(col.name)) col.filled = true;
  }
}

function defaultIndexName(stmt: { indexParams?: Node[]; unique?: boolean }, table: string): string {
  const { name } = splitName(table);
  const cols = (stmt.indexParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.name ?? 'expr');
  return `${name}_${cols.join('_')}_${stmt.unique ? 'key' : 'idx'}`;
}

const CONSTRAINT_KINDS: Partial<Record<string, ConstraintKind>> = {
  CONSTR_CHECK: 'check',
  CONSTR_FOREIGN: 'foreign-key',
  CONSTR_UNIQUE: 'unique',
  CONSTR_PRIMARY: 'primary-key',
  CONSTR_EXCLUSION: 'exclusion',
};

/** A column definition as a model column; constraints on it are returned separately. */
export function columnFromDef(
  model: SchemaModel,
  table: TableModel,
  def: ColumnDef,
  origin: Origin,
  filled: boolean,
): { column: ColumnModel; constraints: ConstraintModel[] } {
  const type = typeRef(def.typeName);
  const column: ColumnModel = {
    name: def.colname ?? '',
    type,
    notNull: false,
    identity: false,
    addedBy: origin,
    filled,
  };
  if (type.name === 'serial' || type.name === 'bigserial' || type.name === 'smallserial') {
    column.notNull = true;
  }
  const constraints: ConstraintModel[] = [];
  for (const c of def.constraints ?? []) {
    const con = nodeAs(c, 'Constraint');
    if (!con) continue;
    switch (con.contype) {
      case 'CONSTR_NOTNULL':
        column.notNull = true;
        break;
      case 'CONSTR_DEFAULT':
        if (con.raw_expr) column.defaultExpr = con.raw_expr;
        break;
      case 'CONSTR_IDENTITY':
        column.identity = true;
        column.notNull = true;
        break;
      case 'CONSTR_GENERATED':
        column.generated = 'stored';
        break;
      case 'CONSTR_PRIMARY':
        column.notNull = true;
        constraints.push(constraintFromNode(model, table, con, [column.name], origin));
        break;
      default:
        if (CONSTRAINT_KINDS[con.contype ?? '']) {
          constraints.push(constraintFromNode(model, table, con, [column.name], origin));
        }
    }
  }
  return { column, constraints };
}

/** A table constraint (inline or table-level) as a model constraint. */
export function constraintFromNode(
  model: SchemaModel,
  table: TableModel,
  con: Constraint,
  columnsIfInline: string[],
  origin: Origin,
): ConstraintModel {
  const kind = CONSTRAINT_KINDS[con.contype ?? ''] ?? 'check';
  const keyNames = nameParts(kind === 'foreign-key' ? con.fk_attrs : con.keys);
  const columns = keyNames.length ? keyNames : columnsIfInline;
  const suffix =
    kind === 'foreign-key'
      ? 'fkey'
      : kind === 'primary-key'
        ? 'pkey'
        : kind === 'unique'
          ? 'key'
          : kind === 'exclusion'
            ? 'excl'
            : 'check';
  const name =
    con.conname ??
    (kind === 'primary-key'
      ? `${table.name}_pkey`
      : `${table.name}_${columns.join('_') || 'expr'}_${suffix}`);
  const model_: ConstraintModel = {
    name,
    kind,
    columns,
    validated: !con.skip_validation,
    addedBy: origin,
  };
  if (con.raw_expr) model_.expr = con.raw_expr;
  if (kind === 'foreign-key') {
    model_.references = {
      table: relationName(model, con.pktable),
      columns: nameParts(con.pk_attrs),
    };
  }
  if (con.indexname) model_.index = con.indexname;
  return model_;
}

function createTable(model: SchemaModel, stmt: CreateStmt, origin: Origin): void {
  const name = relationName(model, stmt.relation);
  if (model.tables.has(name) && stmt.if_not_exists) return;
  const kind: RelationKind = stmt.partspec ? 'partitioned-table' : 'table';
  const table = newTable(name, kind, origin);
  table.unlogged = stmt.relation?.relpersistence === 'u';
  if (stmt.partbound || stmt.inhRelations?.length) table.columnsUnknown = true;
  for (const elt of stmt.tableElts ?? []) {
    const colDef = nodeAs(elt, 'ColumnDef');
    if (colDef) {
      const { column, constraints } = columnFromDef(model, table, colDef, origin, false);
      table.columns.set(column.name, column);
      table.constraints.push(...constraints);
      continue;
    }
    const con = nodeAs(elt, 'Constraint');
    if (con) {
      const c = constraintFromNode(model, table, con, [], origin);
      table.constraints.push(c);
      if (c.kind === 'primary-key') {
        for (const colName of c.columns) {
          const col = table.columns.get(colName);
          if (col) col.notNull = true;
        }
      }
      continue;
    }
    const like = nodeAs(elt, 'TableLikeClause');
    if (like) {
      const source = model.tables.get(relationName(model, like.relation));
      if (!source || source.columnsUnknown) table.columnsUnknown = true;
      for (const col of source?.columns.values() ?? []) {
        table.columns.set(col.name, { ...col, addedBy: origin, filled: false });
      }
    }
  }
  model.tables.set(name, table);
  // Unique and primary key constraints create their indexes.
  for (const c of table.constraints) {
    if (c.kind === 'unique' || c.kind === 'primary-key') {
      const indexName = qualify(table.schema, c.index ?? c.name);
      model.indexes.set(indexName, {
        name: indexName,
        table: name,
        columns: c.columns,
        unique: true,
        method: 'btree',
        builtOnData: false,
        addedBy: origin,
      });
    }
  }
}

function replayDrop(model: SchemaModel, stmt: DropStmt): void {
  const objects = stmt.objects ?? [];
  for (const obj of objects) {
    const parts = nameParts(nodeAs(obj, 'List')?.items ?? [obj]);
    switch (stmt.removeType) {
      case 'OBJECT_TABLE':
      case 'OBJECT_VIEW':
      case 'OBJECT_MATVIEW':
      case 'OBJECT_FOREIGN_TABLE': {
        const name = model.resolveRelation(
          parts.length >= 2 ? parts[parts.length - 2] : undefined,
          parts.at(-1) ?? '',
        );
        model.tables.delete(name);
        for (const [key, index] of model.indexes)
          if (index.table === name) model.indexes.delete(key);
        break;
      }
      case 'OBJECT_INDEX': {
        const name = model.resolveRelation(
          parts.length >= 2 ? parts[parts.length - 2] : undefined,
          parts.at(-1) ?? '',
        );
        model.indexes.delete(name);
        break;
      }
      case 'OBJECT_POLICY': {
        const policy = parts.at(-1) ?? '';
        const tableParts = parts.slice(0, -1);
        const table = model.tables.get(
          model.resolveRelation(
            tableParts.length >= 2 ? tableParts[tableParts.length - 2] : undefined,
            tableParts.at(-1) ?? '',
          ),
        );
        table?.policies.delete(policy);
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
        break;
      }
      default:
        break;
    }
  }
}

function replayRename(model: SchemaModel, stmt: RenameStmt): void {
  const newname = stmt.newname ?? '';
  switch (stmt.renameType) {
    case 'OBJECT_TABLE':
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW': {
      const from = relationName(model, stmt.relation);
      const table = model.tables.get(from);
      if (!table) return;
      model.tables.delete(from);
      table.name = newname;
      const to = qualify(table.schema, newname);
      model.tables.set(to, table);
      for (const index of model.indexes.values()) if (index.table === from) index.table = to;
      return;
    }
    case 'OBJECT_COLUMN': {
      const table = model.tables.get(relationName(model, stmt.relation));
      const col = table?.columns.get(stmt.subname ?? '');
      if (!table || !col) return;
      table.columns.delete(col.name);
      const oldName = col.name;
      col.name = newname;
      table.columns.set(newname, col);
      for (const c of table.constraints)
        c.columns = c.columns.map((n) => (n === oldName ? newname : n));
      return;
    }
    case 'OBJECT_INDEX': {
      const from = relationName(model, stmt.relation);
      const index = model.indexes.get(from);
      if (!index) return;
      model.indexes.delete(from);
      index.name = qualify(splitName(from).schema, newname);
      model.indexes.set(index.name, index);
      return;
    }
    case 'OBJECT_TABCONSTRAINT': {
      const c = model.constraint(relationName(model, stmt.relation), stmt.subname ?? '');
      if (c) c.name = newname;
      return;
    }
    case 'OBJECT_POLICY': {
      const table = model.tables.get(relationName(model, stmt.relation));
      const policy = table?.policies.get(stmt.subname ?? '');
      if (!table || !policy) return;
      table.policies.delete(policy.name);
      policy.name = newname;
      table.policies.set(newname, policy);
      return;
    }
    default:
      return;
  }
}
