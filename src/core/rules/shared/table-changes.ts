import type { AlterTableCmd, Node } from 'libpg-query';
import { relationName } from '../../schema/relation-names.ts';
import type { SchemaModel } from '../../schema/schema-model.ts';
import { nameParts, type QualifiedName, qualify, splitQualified } from '../../sql/names.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import { columnDefinitions } from './column-definitions.ts';
import type { FileContext, StatementContext } from '../rule.ts';

export type TableChangeKind =
  /** CREATE TABLE (not an IF NOT EXISTS that Postgres skips) or CREATE TABLE AS. */
  | 'create'
  /** ALTER TABLE subcommands, renames, SET SCHEMA. */
  | 'alter'
  | 'enable-rls'
  | 'disable-rls'
  /** CREATE, ALTER or rename of a policy. */
  | 'policy'
  | 'drop-policy'
  /** An index (or the key constraint backing one) is dropped: coverage may be lost. */
  | 'drop-index';

interface ChangedColumn {
  name: string;
  line: number;
}

/** One thing a statement of the file under check did to a table. */
export interface TableChange {
  kind: TableChangeKind;
  /** The statement (or the SQL a DO block runs) that made the change. */
  statement: Statement;
  line: number;
  /** Columns the change defines or alters: new columns, ALTER COLUMN, constraint keys. */
  columns: ChangedColumn[];
  /**
   * For `drop-index`: the key columns of the index dropped, in order (`(expr)` for an expression
   * key), when the model knows it; coverage of other columns is not lost by the drop.
   */
  droppedKeys?: string[];
  /**
   * An `alter` that adds a constraint, or drops a UNIQUE, PRIMARY KEY or EXCLUDE one: `columns`
   * are its keys, whose nullability and foreign keys it does not change (a lost index is a
   * `drop-index` change of its own).
   */
  keysOnly?: boolean;
  /** For `enable-rls`: row level security was already on (the statement changes nothing). */
  alreadyEnabled?: boolean;
}

interface FileChanges {
  seen: WeakSet<Statement>;
  /** Changes by the table's name as it stands after the latest statement seen. */
  byTable: Map<QualifiedName, TableChange[]>;
  /** Temporary tables live in pg_temp, whatever name the model files them under. */
  temporary: Set<QualifiedName>;
}

// Keyed by the file's statement list: the same array reaches every hook of one file.
const files = new WeakMap<readonly Statement[], FileChanges>();

/**
 * Statement hook shared by the table-level tenancy rules: records what the statement does to
 * which table, resolving names against the schema as it stands before the statement. Idempotent,
 * so every rule that needs the record may call it.
 */
export function recordTableChanges(ctx: StatementContext): void {
  let record = files.get(ctx.statements);
  if (!record) {
    record = { seen: new WeakSet(), byTable: new Map(), temporary: new Set() };
    files.set(ctx.statements, record);
  }
  if (record.seen.has(ctx.statement)) return;
  record.seen.add(ctx.statement);
  for (const change of changesOf(ctx, record)) {
    if (record.temporary.has(change.table)) continue;
    const list = record.byTable.get(change.table) ?? [];
    list.push({ ...change.change, statement: ctx.statement });
    record.byTable.set(change.table, list);
  }
}

/** What the file did to each table, by the table's name at the end of the file. */
export function tableChanges(ctx: FileContext): ReadonlyMap<QualifiedName, TableChange[]> {
  return files.get(ctx.statements)?.byTable ?? new Map();
}

/** Where to report: the file's first change of the first of `kinds` (in priority order) it made. */
export function firstChange(
  changes: readonly TableChange[],
  kinds: readonly TableChangeKind[],
): TableChange | undefined {
  for (const kind of kinds) {
    const change = changes.find((c) => c.kind === kind);
    if (change) return change;
  }
  return undefined;
}

interface PendingChange {
  table: QualifiedName;
  change: Omit<TableChange, 'statement'>;
}

function changesOf(ctx: StatementContext, record: FileChanges): PendingChange[] {
  const { statement, schema } = ctx;
  const node = statement.node;
  const line = statement.line;
  const at = (table: QualifiedName, kind: TableChangeKind, columns: ChangedColumn[] = []) => ({
    table,
    change: { kind, line, columns },
  });

  const create = nodeAs(node, 'CreateStmt');
  if (create) {
    const table = relationName(schema, create.relation);
    if (create.relation?.relpersistence === 't') {
      record.temporary.add(table);
      return [];
    }
    if (create.if_not_exists && schema.table(table)) return [];
    record.temporary.delete(table);
    record.byTable.delete(table);
    const columns = columnDefinitions(ctx).map((d) => ({
      name: d.column,
      line: d.line,
    }));
    return [at(table, 'create', columns)];
  }
  const createAs = nodeAs(node, 'CreateTableAsStmt');
  if (createAs && createAs.objtype !== 'OBJECT_MATVIEW') {
    const table = relationName(schema, createAs.into?.rel);
    if (createAs.into?.rel?.relpersistence === 't') {
      record.temporary.add(table);
      return [];
    }
    if (createAs.if_not_exists && schema.table(table)) return [];
    return [at(table, 'create')];
  }
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter?.objtype === 'OBJECT_TABLE') {
    const table = relationName(schema, alter.relation);
    const definedAt = new Map(columnDefinitions(ctx).map((d) => [d.column, d.line]));
    return (alter.cmds ?? []).flatMap((item) => {
      const cmd = nodeAs(item, 'AlterTableCmd');
      return cmd ? alterChanges(cmd, table, schema, definedAt, line) : [];
    });
  }
  const rename = nodeAs(node, 'RenameStmt');
  if (rename?.renameType === 'OBJECT_TABLE' && rename.newname) {
    const from = relationName(schema, rename.relation);
    const to = qualify(splitQualified(from).schema, rename.newname);
    moveTable(record, from, to);
    return [at(to, 'alter')];
  }
  if (rename?.renameType === 'OBJECT_COLUMN' && rename.newname) {
    const table = relationName(schema, rename.relation);
    return [at(table, 'alter', [{ name: rename.newname, line }])];
  }
  if (rename?.renameType === 'OBJECT_POLICY') {
    return [at(relationName(schema, rename.relation), 'policy')];
  }
  const move = nodeAs(node, 'AlterObjectSchemaStmt');
  if (move?.objectType === 'OBJECT_TABLE' && move.newschema && move.relation) {
    const from = relationName(schema, move.relation);
    const to = qualify(move.newschema, splitQualified(from).name);
    moveTable(record, from, to);
    return [at(to, 'alter')];
  }
  const policy = nodeAs(node, 'CreatePolicyStmt') ?? nodeAs(node, 'AlterPolicyStmt');
  if (policy) return [at(relationName(schema, policy.table), 'policy')];
  const drop = nodeAs(node, 'DropStmt');
  if (drop) return dropChanges(drop.removeType, drop.objects ?? [], schema, record, line);
  return [];
}

function alterChanges(
  cmd: AlterTableCmd,
  table: QualifiedName,
  schema: SchemaModel,
  definedAt: ReadonlyMap<string, number>,
  line: number,
): PendingChange[] {
  const change = (kind: TableChangeKind, names: string[] = []): PendingChange => ({
    table,
    change: {
      kind,
      line,
      columns: names.map((name) => ({ name, line: definedAt.get(name) ?? line })),
    },
  });
  switch (cmd.subtype) {
    case 'AT_EnableRowSecurity': {
      const enable = change('enable-rls');
      if (schema.table(table)?.rlsEnabled === true) enable.change.alreadyEnabled = true;
      return [enable];
    }
    case 'AT_DisableRowSecurity':
      return [change('disable-rls')];
    case 'AT_AddColumn': {
      const name = nodeAs(cmd.def, 'ColumnDef')?.colname;
      // ADD COLUMN IF NOT EXISTS of a column the table has: Postgres skips it.
      if (!name || (cmd.missing_ok && schema.column(table, name))) return [change('alter')];
      return [change('alter', [name])];
    }
    case 'AT_AddConstraint': {
      const con = nodeAs(cmd.def, 'Constraint');
      const keys = nameParts(con?.contype === 'CONSTR_FOREIGN' ? con.fk_attrs : con?.keys);
      const added = change('alter', keys);
      added.change.keysOnly = true;
      return [added];
    }
    case 'AT_DropConstraint': {
      const dropped = schema.constraint(table, cmd.name ?? '');
      const changes = [change('alter', dropped?.columns ?? [])];
      if (dropped && dropped.kind !== 'check' && dropped.kind !== 'foreign-key') {
        for (const c of changes) c.change.keysOnly = true;
      }
      if (dropped?.kind === 'primary-key' || dropped?.kind === 'unique') {
        const index = schema.indexes.get(
          qualify(splitQualified(table).schema, dropped.index ?? dropped.name),
        );
        const lost = change('drop-index');
        lost.change.droppedKeys = index?.columns ?? dropped.columns;
        changes.push(lost);
      }
      return changes;
    }
    case 'AT_DropColumn': {
      // Indexes that contain the column go with it: one change per index the model knows.
      const column = cmd.name ?? '';
      const lost = schema
        .indexesOf(table)
        .filter((i) => i.columns.includes(column))
        .map((i) => {
          const dropped = change('drop-index');
          dropped.change.droppedKeys = i.columns;
          return dropped;
        });
      return [change('alter'), ...lost];
    }
    default:
      return [change('alter', cmd.name ? [cmd.name] : [])];
  }
}

function dropChanges(
  removeType: string | undefined,
  objects: Node[],
  schema: SchemaModel,
  record: FileChanges,
  line: number,
): PendingChange[] {
  return objects.flatMap((obj): PendingChange[] => {
    const parts = nameParts(nodeAs(obj, 'List')?.items ?? [obj]);
    const name = parts.at(-1) ?? '';
    const qualifier = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    if (removeType === 'OBJECT_INDEX') {
      const index = schema.index(name, qualifier);
      return index
        ? [
            {
              table: index.table,
              change: { kind: 'drop-index', line, columns: [], droppedKeys: index.columns },
            },
          ]
        : [];
    }
    if (removeType === 'OBJECT_POLICY') {
      // The last part is the policy; the parts before it name the table.
      const tableParts = parts.slice(0, -1);
      const table = schema.resolveRelation(
        tableParts.length >= 2 ? tableParts[tableParts.length - 2] : undefined,
        tableParts.at(-1) ?? '',
      );
      return [{ table, change: { kind: 'drop-policy', line, columns: [] } }];
    }
    if (removeType === 'OBJECT_TABLE') {
      const table = schema.resolveRelation(qualifier, name);
      record.byTable.delete(table);
      record.temporary.delete(table);
    }
    return [];
  });
}

function moveTable(record: FileChanges, from: QualifiedName, to: QualifiedName): void {
  const changes = record.byTable.get(from);
  if (changes) {
    record.byTable.delete(from);
    record.byTable.set(to, changes);
  }
  if (record.temporary.delete(from)) record.temporary.add(to);
}
