import type { ColumnRef, Node, RangeVar } from 'libpg-query';
import { type QualifiedName, splitQualified } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { findNodes } from '../sql/walk.ts';
import { relationName } from './relation-names.ts';
import type { SchemaModel } from './schema-model.ts';

/** A relation a policy expression's scope can name: its names, and the table if it is one. */
interface ScopeEntry {
  names: string[];
  /** Undefined for what has no known columns (a subquery or function in FROM, an unknown table). */
  table: QualifiedName | undefined;
}

/**
 * Policies after `RENAME COLUMN`: Postgres keeps a policy's USING and WITH CHECK by column
 * number, so every reference to the renamed column now reads the new name, in policies on the
 * table itself and in the subqueries of policies on other tables (a membership lookup). The
 * model keeps them as parse trees of names, so each reference that resolves to the column (as
 * Postgres resolves names: the innermost scope first) is renamed in a copy. A reference that
 * cannot be resolved with certainty (a relation whose columns are unknown) is left as it is.
 */
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
    // The column is already renamed in the model; the expressions still say `from`.
    if (name === table) {
      names.delete(to);
      names.add(from);
    }
    return names;
  };
  for (const [policyTable, t] of model.tables) {
    for (const policy of t.policies.values()) {
      for (const clause of ['using', 'withCheck'] as const) {
        const expr = policy[clause];
        if (!expr || !findNodes(expr, 'ColumnRef').some((ref) => lastField(ref) === from)) continue;
        const copy = structuredClone(expr);
        const top: ScopeEntry = { names: namesOf(policyTable), table: policyTable };
        visit(copy, [[top]], { model, table, from, to, columnsOf });
        policy[clause] = copy;
      }
    }
  }
}

interface Rename {
  model: SchemaModel;
  table: QualifiedName;
  from: string;
  to: string;
  columnsOf: (table: QualifiedName) => Set<string> | undefined;
}

function visit(value: unknown, scopes: ScopeEntry[][], rename: Rename): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, scopes, rename);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const select = nodeAs(value as Node, 'SelectStmt');
  if (select) {
    const level = (select.fromClause ?? []).flatMap((item) => entriesOf(item, rename.model));
    for (const v of Object.values(select)) visit(v, [...scopes, level], rename);
    return;
  }
  const ref = nodeAs(value as Node, 'ColumnRef');
  if (ref) {
    renameIfResolved(ref, scopes, rename);
    return;
  }
  for (const v of Object.values(value as Record<string, unknown>)) visit(v, scopes, rename);
}

function renameIfResolved(ref: ColumnRef, scopes: ScopeEntry[][], rename: Rename): void {
  const fields = (ref.fields ?? []).map((f) => nodeAs(f, 'String')?.sval);
  const column = fields.at(-1);
  if (column !== rename.from || fields.some((f) => f === undefined)) return;
  const qualifier = fields.slice(0, -1).join('.');
  let resolved: ScopeEntry | undefined;
  for (const level of [...scopes].reverse()) {
    if (qualifier !== '') {
      resolved = level.find((e) => e.names.includes(qualifier));
      if (resolved) break;
      continue;
    }
    const columns = level.map((e) => (e.table ? rename.columnsOf(e.table) : undefined));
    // A relation of unknown columns might hold it: nothing is certain from here outwards.
    if (columns.some((c) => c === undefined)) return;
    const holders = level.filter((_, i) => columns[i]?.has(column));
    if (holders.length > 1) return;
    resolved = holders[0];
    if (resolved) break;
  }
  if (resolved?.table !== rename.table) return;
  const last = nodeAs(ref.fields?.at(-1), 'String');
  if (last) last.sval = rename.to;
}

/** The relations a FROM item brings into scope. */
function entriesOf(item: Node, model: SchemaModel): ScopeEntry[] {
  const range = nodeAs(item, 'RangeVar');
  if (range) return [rangeEntry(range, model)];
  const join = nodeAs(item, 'JoinExpr');
  if (join) {
    const sides = [join.larg, join.rarg].flatMap((n) => (n ? entriesOf(n, model) : []));
    // A join with an alias hides its sides' names behind its own, of unknown columns here.
    return join.alias?.aliasname ? [{ names: [join.alias.aliasname], table: undefined }] : sides;
  }
  const alias =
    nodeAs(item, 'RangeSubselect')?.alias?.aliasname ??
    nodeAs(item, 'RangeFunction')?.alias?.aliasname;
  return [{ names: alias ? [alias] : [], table: undefined }];
}

function rangeEntry(range: RangeVar, model: SchemaModel): ScopeEntry {
  const table = relationName(model, range);
  const known = model.table(table) ? table : undefined;
  const alias = range.alias?.aliasname;
  return { names: alias ? [alias] : namesOf(table), table: known };
}

/** How a relation can be named in an expression: `name`, and `schema.name`. */
function namesOf(table: QualifiedName): string[] {
  const { schema, name } = splitQualified(table);
  return [name, `${schema}.${name}`];
}

function lastField(ref: ColumnRef): string | undefined {
  return nodeAs(ref.fields?.at(-1), 'String')?.sval;
}
