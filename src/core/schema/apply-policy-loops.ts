import type { Node } from 'libpg-query';
import { nameParts } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import type { SchemaModel } from './schema-model.ts';

/**
 * The policies a DO block drops by looping over `pg_policies` (a common way to clear a table's
 * policies before writing new ones):
 *
 * ```sql
 * DO $$ DECLARE pol record; BEGIN
 *   FOR pol IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public' LOOP
 *     EXECUTE format('DROP POLICY IF EXISTS %I ON %I.%I', pol.policyname, 'public', pol.tablename);
 *   END LOOP;
 * END $$;
 * ```
 *
 * The statements it runs are dynamic, so the schema model sees none of them; without this it
 * would keep every policy such a block dropped. Only a loop whose query reads `pg_policies`
 * alone, filtered by nothing but `schemaname` and `tablename` equal to (or IN) constants, and
 * whose body EXECUTEs a string that starts with a constant `DROP POLICY`, is taken: then every
 * policy of the tables the query selects is gone. Any other filter (a policy name, a variable)
 * leaves the model as it was.
 */
export function applyPolicyDropLoops(model: SchemaModel, statement: Statement): void {
  const body = statement.plpgsql;
  if (body?.context !== 'do' || !body.dynamic) return;
  for (const loop of body.loops) {
    if (loop.kind !== 'for') continue;
    const inside = body.sql.filter((e) => e.loops.includes(loop));
    if (!inside.some((e) => e.mode === 'expression' && e.nodes.some(startsDropPolicy))) continue;
    const first = inside[0];
    // The loop's query: the last statement before its body, not itself inside this loop.
    const query = body.sql
      .filter(
        (e) =>
          e.mode === 'statement' &&
          !e.loops.includes(loop) &&
          e.line >= loop.line &&
          (first === undefined || e.line <= first.line),
      )
      .at(-1);
    const select = nodeAs(query?.nodes[0], 'SelectStmt');
    if (!select || !readsOnlyPgPolicies(select.fromClause)) continue;
    const filter = policyFilter(select.whereClause);
    if (!filter) continue;
    for (const table of model.tables.values()) {
      if (filter.schemas && !filter.schemas.has(table.schema)) continue;
      if (filter.tables && !filter.tables.has(table.name)) continue;
      table.policies.clear();
    }
  }
}

/**
 * An expression (what EXECUTE runs) whose text starts with a constant `DROP POLICY`: the string
 * itself, the format string of `format(...)`, or the left end of a `||` chain. A mention of the
 * words anywhere else (a comment, a message, another argument) is not a drop.
 */
function startsDropPolicy(node: Node): boolean {
  const call = nodeAs(node, 'FuncCall');
  if (call) {
    const name = nameParts(call.funcname).at(-1);
    return name === 'format' && call.args?.[0] !== undefined && startsDropPolicy(call.args[0]);
  }
  const concat = nodeAs(node, 'A_Expr');
  if (concat) {
    return (
      nameParts(concat.name)[0] === '||' &&
      concat.lexpr !== undefined &&
      startsDropPolicy(concat.lexpr)
    );
  }
  const text = nodeAs(nodeAs(node, 'TypeCast')?.arg ?? node, 'A_Const')?.sval?.sval;
  return text !== undefined && /^\s*drop\s+policy\b/i.test(text);
}

function readsOnlyPgPolicies(from: Node[] | undefined): boolean {
  if (from?.length !== 1) return false;
  const rv = nodeAs(from[0], 'RangeVar');
  return (
    rv?.relname === 'pg_policies' && (rv.schemaname === undefined || rv.schemaname === 'pg_catalog')
  );
}

interface PolicyFilter {
  schemas?: Set<string>;
  tables?: Set<string>;
}

/** The schemas and tables a WHERE of equalities on constants selects; undefined for anything else. */
function policyFilter(where: Node | undefined): PolicyFilter | undefined {
  if (where === undefined) return {};
  const bool = nodeAs(where, 'BoolExpr');
  if (bool) {
    if (bool.boolop !== 'AND_EXPR') return undefined;
    const merged: PolicyFilter = {};
    for (const arg of bool.args ?? []) {
      const part = policyFilter(arg);
      if (!part) return undefined;
      if (part.schemas) merged.schemas = intersect(merged.schemas, part.schemas);
      if (part.tables) merged.tables = intersect(merged.tables, part.tables);
    }
    return merged;
  }
  const expr = nodeAs(where, 'A_Expr');
  if (!expr || nameParts(expr.name)[0] !== '=') return undefined;
  const column = nameParts(nodeAs(expr.lexpr, 'ColumnRef')?.fields).at(-1);
  if (column !== 'schemaname' && column !== 'tablename') return undefined;
  let values: string[] | undefined;
  if (expr.kind === 'AEXPR_OP') values = expr.rexpr ? constants([expr.rexpr]) : undefined;
  else if (expr.kind === 'AEXPR_IN') values = constants(nodeAs(expr.rexpr, 'List')?.items);
  if (!values) return undefined;
  return column === 'schemaname' ? { schemas: new Set(values) } : { tables: new Set(values) };
}

/** String constants (`'x'`, `'x'::name`), or undefined if any item is not one. */
function constants(items: Node[] | undefined): string[] | undefined {
  if (!items || items.length === 0) return undefined;
  const values: string[] = [];
  for (const item of items) {
    const cast = nodeAs(item, 'TypeCast');
    const value = nodeAs(cast ? cast.arg : item, 'A_Const')?.sval?.sval;
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

function intersect(a: Set<string> | undefined, b: Set<string>): Set<string> {
  return a === undefined ? b : new Set([...a].filter((x) => b.has(x)));
}
