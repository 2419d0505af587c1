import type { CreateStmt } from 'libpg-query';
import { relationName } from '../../schema/relation-names.ts';
import type { SchemaModel, TableModel } from '../../schema/schema-model.ts';
import type { QualifiedName } from '../../sql/names.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import type { Rule, StatementContext } from '../rule.ts';
import { ADVISOR_EXCLUDED_SCHEMAS } from '../shared/advisor-schemas.ts';
import { recordTableChanges, tableChanges } from '../shared/table-changes.ts';

/** `LIKE ... INCLUDING INDEXES` (or `INCLUDING ALL`) in the parse tree's option bits. */
const LIKE_INCLUDING_INDEXES = 1 << 6;

interface KeyEvents {
  /** Tables whose primary key a statement of this file dropped, with the last such statement. */
  droppedKeys: Map<QualifiedName, Statement>;
  /** Tables this file attached as partitions, with their parent. */
  attachedTo: Map<QualifiedName, QualifiedName>;
}

// Keyed by the file's statement list: the same array reaches every hook of one file.
const files = new WeakMap<readonly Statement[], KeyEvents>();

export const tableWithoutPrimaryKey: Rule = {
  meta: {
    id: 'table-without-primary-key',
    defaultSeverity: 'notice',
    advisor: { lint: '0004_no_primary_key', level: 'INFO' },
    category: 'performance',
    summary:
      'A table this file creates (or whose primary key it drops) has no primary key at the end of the file: rows have no stable address for updates, deletes, replication and the dashboard.',
    fix: 'ALTER TABLE public.table_name ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;',
  },
  statement(ctx) {
    recordTableChanges(ctx);
    recordKeyEvents(ctx);
  },
  fileEnd(ctx) {
    const events = files.get(ctx.statements);
    for (const [name, changes] of tableChanges(ctx)) {
      const table = ctx.schema.table(name);
      if (table?.kind !== 'table' || ADVISOR_EXCLUDED_SCHEMAS.has(table.schema)) continue;
      if (hasPrimaryKey(table)) continue;
      const created = changes.find((c) => c.kind === 'create');
      const dropped = events?.droppedKeys.get(name);
      const place = created?.statement ?? dropped;
      if (!place) continue;
      if (created && keyFromElsewhere(ctx.schema, created.statement)) continue;
      const parent = events?.attachedTo.get(name);
      if (parent && keyOfParent(ctx.schema, parent) !== false) continue;
      const how = created
        ? `Table ${name} is created without a primary key and has none at the end of this file`
        : `This file drops the primary key of ${name} and adds none back`;
      ctx.report(place, {
        message: `${how}: rows have no stable identity, so updates and deletes by key, logical replication of updates and deletes, and row editing in the Supabase dashboard all lack one, and duplicate rows can pile up unnoticed.`,
        fix: fixFor(ctx.schema, name, table),
      });
    }
  },
};

function recordKeyEvents(ctx: StatementContext): void {
  let events = files.get(ctx.statements);
  if (!events) {
    events = { droppedKeys: new Map(), attachedTo: new Map() };
    files.set(ctx.statements, events);
  }
  const alter = nodeAs(ctx.statement.node, 'AlterTableStmt');
  if (alter?.objtype !== 'OBJECT_TABLE') return;
  const name = relationName(ctx.schema, alter.relation);
  const table = ctx.schema.table(name);
  for (const item of alter.cmds ?? []) {
    const cmd = nodeAs(item, 'AlterTableCmd');
    if (cmd?.subtype === 'AT_AttachPartition') {
      const child = nodeAs(cmd.def, 'PartitionCmd')?.name;
      if (child) events.attachedTo.set(relationName(ctx.schema, child), name);
      continue;
    }
    const key = table?.constraints.find((c) => c.kind === 'primary-key');
    if (!key || !cmd?.name) continue;
    // Dropping a key column drops the key with it.
    const dropsKey =
      (cmd.subtype === 'AT_DropConstraint' && cmd.name === key.name) ||
      (cmd.subtype === 'AT_DropColumn' && key.columns.includes(cmd.name));
    if (dropsKey) events.droppedKeys.set(name, ctx.statement);
  }
}

function hasPrimaryKey(table: TableModel): boolean {
  return table.constraints.some((c) => c.kind === 'primary-key');
}

/**
 * A CREATE TABLE whose key comes from another table: a partition gets its parent's primary key,
 * `LIKE ... INCLUDING INDEXES` copies the source's. True also when that table is unknown to the
 * model, so the answer is unknown.
 */
function keyFromElsewhere(schema: SchemaModel, statement: Statement): boolean {
  const create: CreateStmt | undefined = nodeAs(statement.node, 'CreateStmt');
  if (!create) return false;
  if (create.partbound) {
    const parent = create.inhRelations?.[0];
    const rv = nodeAs(parent, 'RangeVar');
    return keyOfParent(schema, relationName(schema, rv)) !== false;
  }
  return (create.tableElts ?? []).some((elt) => {
    const like = nodeAs(elt, 'TableLikeClause');
    if (!like || ((like.options ?? 0) & LIKE_INCLUDING_INDEXES) === 0) return false;
    const source = schema.table(relationName(schema, like.relation));
    return !source || source.columnsUnknown || hasPrimaryKey(source);
  });
}

/** Whether a partitioned table has a primary key; undefined when the model cannot tell. */
function keyOfParent(schema: SchemaModel, parent: QualifiedName): boolean | undefined {
  const table = schema.table(parent);
  if (!table) return undefined;
  if (hasPrimaryKey(table)) return true;
  // A sub-partitioned parent's key comes from its own parent, which the model does not link.
  return table.columnsUnknown ? undefined : false;
}

/** The key to add: an existing unique index on NOT NULL columns, else an identity column. */
function fixFor(schema: SchemaModel, name: QualifiedName, table: TableModel): string {
  const candidate = schema
    .indexesOf(name)
    .find(
      (i) =>
        i.unique &&
        i.method === 'btree' &&
        !i.definition?.predicate &&
        !i.definition?.deferrable &&
        i.definition?.keys.every((k) => k.column && table.columns.get(k.column)?.notNull),
    );
  if (candidate) {
    const index = candidate.name.slice(candidate.name.indexOf('.') + 1);
    const constraint = table.constraints.find(
      (c) => c.kind === 'unique' && (c.index ?? c.name) === index,
    );
    if (!constraint) {
      return `-- ${index} is unique on NOT NULL columns: make it the primary key\nALTER TABLE ${name} ADD CONSTRAINT ${table.name}_pkey PRIMARY KEY USING INDEX ${index};`;
    }
    return `-- UNIQUE constraint ${constraint.name} is on NOT NULL columns: key the table on them\nALTER TABLE ${name} ADD PRIMARY KEY (${constraint.columns.join(', ')});`;
  }
  const id = table.columns.get('id');
  if (id) return `ALTER TABLE ${name} ADD PRIMARY KEY (id);`;
  return `ALTER TABLE ${name} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;\n-- or, for a link table: ALTER TABLE ${name} ADD PRIMARY KEY (<the columns that identify a row>);`;
}
