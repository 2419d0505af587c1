import { sameIndexDefinition } from '../../schema/index-definition.ts';
import type { ConstraintModel, IndexModel, SchemaModel } from '../../schema/schema-model.ts';
import { splitQualified } from '../../sql/names.ts';
import type { Statement } from '../../sql/statement.ts';
import type { FileContext, Rule } from '../rule.ts';
import { ADVISOR_EXCLUDED_SCHEMAS } from '../shared/advisor-schemas.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';

export const duplicateIndex: Rule = {
  meta: {
    id: 'duplicate-index',
    defaultSeverity: 'warning',
    advisor: { lint: '0009_duplicate_index', level: 'WARN' },
    category: 'performance',
    summary:
      'An index, or the index a UNIQUE or PRIMARY KEY constraint builds, is identical to another index of its table: every write maintains both, queries use one.',
    fix: '-- leave the second index out of the migration, or drop it:\nDROP INDEX CONCURRENTLY public.index_name;',
  },
  fileEnd(ctx) {
    // Only a table with an index this file built can have a finding. Its indexes are read
    // from the schema's grouping, the tables taken in the order of their first index.
    const { indexes: all } = ctx.schema;
    const touched = new Set<string>();
    for (const index of all.addedIn(ctx.file.path)) {
      if (!index.droppedWithConstraint) touched.add(index.table);
    }
    const first = (list: IndexModel[]) => (list[0] ? all.placeOf(list[0]) : 0);
    const byTable = [...touched]
      .map(
        (table) =>
          [table, (all.ofTable(table) ?? []).filter((i) => !i.droppedWithConstraint)] as const,
      )
      .sort(([, a], [, b]) => first(a) - first(b));
    for (const [table, indexes] of byTable) {
      if (indexes.length < 2 || ADVISOR_EXCLUDED_SCHEMAS.has(splitQualified(table).schema)) {
        continue;
      }
      const ordered = inBuildOrder(ctx, indexes);
      for (const [i, { index, statement }] of ordered.entries()) {
        if (!statement) continue;
        // The first earlier index it is identical to (no copy of the list per index: a table
        // of a long history has hundreds).
        let twin: BuiltIndex | undefined;
        for (let j = 0; j < i && twin === undefined; j++) {
          const earlier = ordered[j] as BuiltIndex;
          if (identical(ctx.schema, earlier.index, index, earlier.statement)) twin = earlier;
        }
        if (twin) ctx.report(statement, findingOf(ctx.schema, index, twin.index, twin.statement));
      }
    }
  },
};

interface BuiltIndex {
  index: IndexModel;
  /** The statement of this file that built it; undefined for an index of an earlier file. */
  statement: Statement | undefined;
}

/** Earlier files' indexes first, then this file's in statement order. */
function inBuildOrder(ctx: FileContext, indexes: IndexModel[]): BuiltIndex[] {
  const built = indexes.map((index) => ({
    index,
    statement: statementOfOrigin(ctx, index.addedBy),
  }));
  const rank = (b: BuiltIndex) => (b.statement ? b.statement.index : -1);
  return built.sort((a, b) => rank(a) - rank(b));
}

function identical(
  schema: SchemaModel,
  earlier: IndexModel,
  later: IndexModel,
  earlierStatement: Statement | undefined,
): boolean {
  if (!earlier.definition || !later.definition) return false;
  if (earlier.method !== later.method || earlier.unique !== later.unique) return false;
  if (!sameIndexDefinition(earlier.definition, later.definition)) return false;
  // Postgres builds one index for identical key constraints of one statement
  // (`id bigint PRIMARY KEY UNIQUE`).
  const sameStatement = earlierStatement && earlier.addedBy.statement === later.addedBy.statement;
  return !(sameStatement && keyConstraintOf(schema, earlier) && keyConstraintOf(schema, later));
}

/** The unique or primary key constraint an index backs, if any. */
function keyConstraintOf(schema: SchemaModel, index: IndexModel): ConstraintModel | undefined {
  const { name } = splitQualified(index.name);
  return schema
    .table(index.table)
    ?.constraints.find(
      (c) => (c.kind === 'unique' || c.kind === 'primary-key') && (c.index ?? c.name) === name,
    );
}

function findingOf(
  schema: SchemaModel,
  index: IndexModel,
  twin: IndexModel,
  twinStatement: Statement | undefined,
) {
  const constraint = keyConstraintOf(schema, index);
  const twinConstraint = keyConstraintOf(schema, twin);
  const where = twinStatement ? 'built earlier in this file' : 'built by an earlier migration';
  const message = `Index ${indexLabel(index, constraint)} on ${index.table} is identical to ${indexLabel(twin, twinConstraint)}, ${where}: ${describe(index)}. Every insert, update and delete maintains both and vacuum scans both, while queries use only one.`;
  return { message, fix: fixOf(index, constraint, twin, twinConstraint) };
}

/** `members_pkey (primary key members_pkey)`, or the bare name of a plain index. */
function indexLabel(index: IndexModel, constraint: ConstraintModel | undefined): string {
  const name = splitQualified(index.name).name;
  return constraint ? `${name} (${constraintLabel(constraint)} ${constraint.name})` : name;
}

/** Which copy to keep: the primary key, else the constraint, else the older index. */
function fixOf(
  index: IndexModel,
  constraint: ConstraintModel | undefined,
  twin: IndexModel,
  twinConstraint: ConstraintModel | undefined,
): string {
  const twinName = splitQualified(twin.name).name;
  if (!constraint) {
    return `-- leave this CREATE INDEX out: ${twinName} already serves the same queries${twin.unique ? ' and enforces the same uniqueness' : ''}`;
  }
  if (!twinConstraint) {
    // The constraint can take the existing index over instead of building its own.
    const kind = constraint.kind === 'primary-key' ? 'PRIMARY KEY' : 'UNIQUE';
    return `-- build the constraint on the existing index instead of a second one\n-- (Postgres renames ${twinName} to ${constraint.name}):\nALTER TABLE ${index.table} ADD CONSTRAINT ${constraint.name} ${kind} USING INDEX ${twinName};`;
  }
  if (constraint.kind === 'primary-key') {
    return `-- keep the primary key; the UNIQUE constraint ${twinConstraint.name} adds nothing to it:\nALTER TABLE ${index.table} DROP CONSTRAINT ${twinConstraint.name};\n-- (Postgres refuses while a foreign key depends on its index: drop and re-add that key around it)`;
  }
  return `-- leave the ${constraintLabel(constraint)} ${constraint.name} out: ${twinConstraint.name} already enforces it`;
}

function constraintLabel(c: ConstraintModel): string {
  return c.kind === 'primary-key' ? 'primary key' : 'UNIQUE constraint';
}

/** `unique btree (workspace_id, lower(...)) INCLUDE (...) WHERE ...`, shortened for a message. */
function describe(index: IndexModel): string {
  const def = index.definition;
  const keys = (def?.keys ?? []).map((k) => {
    const key = k.column ?? 'an expression';
    const options = [
      k.opclass,
      k.collation ? `COLLATE ${k.collation}` : undefined,
      k.descending ? 'DESC' : undefined,
    ].filter(Boolean);
    return [key, ...options].join(' ');
  });
  const parts = [`${index.unique ? 'unique ' : ''}${index.method} (${keys.join(', ')})`];
  if (def?.include.length) parts.push(`INCLUDE (${def.include.join(', ')})`);
  if (def?.predicate) parts.push('with the same WHERE clause');
  if (def?.nullsNotDistinct) parts.push('NULLS NOT DISTINCT');
  return parts.join(' ');
}
