import type { ColumnRef, Node, RangeVar } from 'libpg-query';
import { type QualifiedName, splitQualified } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { findNodes } from '../sql/walk.ts';
import { relationName } from './relation-names.ts';
import type { SchemaModel } from './schema-model.ts';

// Postgres keeps a policy's USING and WITH CHECK by object and column number, so a renamed
// table or column reads under its new name in every policy: on the table itself, and in the
// subqueries of policies on other tables (a membership lookup). The model keeps them as parse
// trees of names; these functions rename, in a copy, each name that resolves to the renamed
// object the way Postgres resolves names (the innermost scope first). A reference that cannot
// be resolved with certainty (through a relation whose columns are unknown) is left as it is.

/** A relation a scope of a policy expression can name. */
interface ScopeEntry {
  /** How it can be named: its alias, or its name and schema-qualified name. */
  names: string[];
  aliased: boolean;
  /** Undefined for what has no known columns (a subquery or function in FROM, an unknown table). */
  table: QualifiedName | undefined;
  /** The FROM item, when it is a table reference. */
  range?: RangeVar;
}

/** What a rename does at each name of an expression. */
interface Renamer {
  model: SchemaModel;
  columnsOf: (table: QualifiedName) => Set<string> | undefined;
  /** Whether an expression could name the renamed object at all (else it is not copied). */
  mentions: (expr: Node) => boolean;
  range?: (range: RangeVar, entry: ScopeEntry) => void;
  column: (ref: ColumnRef, scopes: ScopeEntry[][]) => void;
}

/** Policies after `ALTER TABLE table RENAME COLUMN from TO to` (the model already renamed it). */
export function renamePolicyColumn(
  model: SchemaModel,
  table: QualifiedName,
  from: string,
  to: string,
): void {
  const columnsOf = (name: QualifiedName): Set<string> | undefined => {
    const known = model.table(name);
    if (!known) return undefined;
    const names = new Set(known.columns.keys());
    // The expressions still say `from`.
    if (name === table) {
      names.delete(to);
      names.add(from);
    }
    return names;
  };
  renameInPolicies(model, {
    model,
    columnsOf,
    mentions: (expr) => findNodes(expr, 'ColumnRef').some((ref) => fieldsOf(ref).at(-1) === from),
    column(ref, scopes) {
      const fields = fieldsOf(ref);
      if (fields.at(-1) !== from) return;
      const entry = resolve(fields.slice(0, -1).join('.'), from, scopes, columnsOf);
      const last = nodeAs(ref.fields?.at(-1), 'String');
      if (entry?.table === table && last) last.sval = to;
    },
  });
}

/**
 * Policies before `ALTER TABLE from RENAME TO <to>` is applied to the model: table references
 * and column references qualified by the table's own name take the new name.
 */
export function renamePolicyTable(model: SchemaModel, from: QualifiedName, to: string): void {
  const { name } = splitQualified(from);
  const columnsOf = (table: QualifiedName) => {
    const known = model.table(table);
    return known ? new Set(known.columns.keys()) : undefined;
  };
  renameInPolicies(model, {
    model,
    columnsOf,
    mentions: (expr) =>
      findNodes(expr, 'ColumnRef').some((ref) => fieldsOf(ref).includes(name)) ||
      findNodes(expr, 'RangeVar').some((range) => range.relname === name),
    range(range, entry) {
      if (entry.table === from) range.relname = to;
    },
    column(ref, scopes) {
      const fields = fieldsOf(ref);
      if (fields.length < 2) return;
      const entry = resolve(fields.slice(0, -1).join('.'), '', scopes, columnsOf);
      if (entry?.table !== from || entry.aliased) return;
      const qualifier = nodeAs(ref.fields?.at(-2), 'String');
      if (qualifier) qualifier.sval = to;
    },
  });
}

function renameInPolicies(model: SchemaModel, renamer: Renamer): void {
  for (const [policyTable, t] of model.tables) {
    for (const policy of t.policies.values()) {
      for (const clause of ['using', 'withCheck'] as const) {
        const expr = policy[clause];
        if (!expr || !renamer.mentions(expr)) continue;
        const copy = structuredClone(expr);
        const top: ScopeEntry = { names: namesOf(policyTable), aliased: false, table: policyTable };
        visit(copy, [[top]], renamer);
        policy[clause] = copy;
      }
    }
  }
}

function visit(value: unknown, scopes: ScopeEntry[][], renamer: Renamer): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, scopes, renamer);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const select = nodeAs(value as Node, 'SelectStmt');
  if (select) {
    // The scope is read with the old names first; then the table references are renamed.
    const level = (select.fromClause ?? []).flatMap((item) => entriesOf(item, renamer.model));
    for (const entry of level) if (entry.range) renamer.range?.(entry.range, entry);
    for (const v of Object.values(select)) visit(v, [...scopes, level], renamer);
    return;
  }
  const ref = nodeAs(value as Node, 'ColumnRef');
  if (ref) {
    renamer.column(ref, scopes);
    return;
  }
  for (const v of Object.values(value as Record<string, unknown>)) visit(v, scopes, renamer);
}

/**
 * The relation a reference resolves to: by its qualifier, else (unqualified) the one relation
 * of the innermost scope that has `column`. Undefined when unknown or ambiguous.
 */
function resolve(
  qualifier: string,
  column: string,
  scopes: ScopeEntry[][],
  columnsOf: (table: QualifiedName) => Set<string> | undefined,
): ScopeEntry | undefined {
  for (const level of [...scopes].reverse()) {
    if (qualifier !== '') {
      const named = level.find((e) => e.names.includes(qualifier));
      if (named) return named;
      continue;
    }
    const columns = level.map((e) => (e.table ? columnsOf(e.table) : undefined));
    // A relation of unknown columns might hold it: nothing is certain from here outwards.
    if (columns.some((c) => c === undefined)) return undefined;
    const holders = level.filter((_, i) => columns[i]?.has(column));
    if (holders.length > 1) return undefined;
    if (holders[0]) return holders[0];
  }
  return undefined;
}

/** The relations a FROM item brings into scope. */
function entriesOf(item: Node, model: SchemaModel): ScopeEntry[] {
  const range = nodeAs(item, 'RangeVar');
  if (range) {
    const table = relationName(model, range);
    const alias = range.alias?.aliasname;
    return [
      {
        names: alias ? [alias] : namesOf(table),
        aliased: alias !== undefined,
        table: model.table(table) ? table : undefined,
        range,
      },
    ];
  }
  const join = nodeAs(item, 'JoinExpr');
  if (join) {
    const sides = [join.larg, join.rarg].flatMap((n) => (n ? entriesOf(n, model) : []));
    // A join with an alias hides its sides' names behind its own, of unknown columns here.
    const alias = join.alias?.aliasname;
    return alias ? [{ names: [alias], aliased: true, table: undefined }] : sides;
  }
  const alias =
    nodeAs(item, 'RangeSubselect')?.alias?.aliasname ??
    nodeAs(item, 'RangeFunction')?.alias?.aliasname;
  return [{ names: alias ? [alias] : [], aliased: true, table: undefined }];
}

/** How a relation can be named in an expression: `name`, and `schema.name`. */
function namesOf(table: QualifiedName): string[] {
  const { schema, name } = splitQualified(table);
  return [name, `${schema}.${name}`];
}

function fieldsOf(ref: ColumnRef): string[] {
  return (ref.fields ?? []).map((f) => nodeAs(f, 'String')?.sval ?? '*');
}
