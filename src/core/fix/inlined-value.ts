import type { Node, ScanToken } from 'libpg-query';
import { parseSync, scanSync } from '../sql/pg-query.ts';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { typeRef } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { walkNodes } from '../sql/walk.ts';
import { sqlName } from './statement-slices.ts';

// The SELECT ... INTO of a DO block, as the scalar subquery each batch of the backfill that
// replaces the block runs again: accepted only when it gives the same one value every time.

/**
 * Functions a value SELECT may call: the same result in every transaction for the same rows.
 * Anything else (`now()`, `random()`, `auth.uid()`, a function of the project) is refused.
 */
const SAME_EVERY_TIME = new Set(['min', 'max', 'count', 'lower', 'upper', 'length', 'abs']);

/** Aggregates that make a SELECT without GROUP BY return exactly one row. */
const ONE_ROW_AGGREGATES = new Set(['min', 'max', 'count']);

type ValueSelect =
  | { ok: true; text: string; tables: string[]; sameType?: (type: string) => boolean }
  | { ok: false; reason: string };

/**
 * A SELECT that gives one value, the same in every transaction while the tables it reads do
 * not change; its text with a tie-breaking primary key added to an ORDER BY that needs one.
 */
export function valueSelect(
  query: string,
  schema: SchemaModel,
  variables: Set<string>,
): ValueSelect {
  const no = (reason: string): ValueSelect => ({ ok: false, reason });
  const select = nodeAs(parseOne(query), 'SelectStmt');
  if (
    !select ||
    (select.targetList ?? []).length !== 1 ||
    select.withClause !== undefined ||
    select.lockingClause !== undefined ||
    select.distinctClause !== undefined ||
    select.windowClause !== undefined ||
    (select.op !== undefined && select.op !== 'SETOP_NONE')
  ) {
    return no('its SELECT is not one plain SELECT of one value');
  }
  const tables: string[] = [];
  let bad: string | undefined;
  walkNodes(select, (n, kind) => {
    if (bad !== undefined) return false;
    const call = nodeAs(n, 'FuncCall');
    const name = (call?.funcname ?? []).map((p) => nodeAs(p, 'String')?.sval).join('.');
    const range = nodeAs(n, 'RangeVar');
    const fields = nodeAs(n, 'ColumnRef')?.fields ?? [];
    const first = nodeAs(fields[0], 'String')?.sval;
    if (call && (!SAME_EVERY_TIME.has(name.replace(/^pg_catalog\./, '')) || call.over)) {
      bad = `it calls ${name}(), which fix does not know to give the same value in every batch's transaction`;
    } else if (kind === 'SubLink') {
      bad = 'it holds a subquery';
    } else if (kind === 'SQLValueFunction' || kind === 'ParamRef') {
      bad = 'it reads a value of the session or the transaction (current_user, now, ...)';
    } else if (
      kind === 'RangeFunction' ||
      kind === 'RangeTableSample' ||
      kind === 'RangeTableFunc'
    ) {
      bad = 'it reads from a function or a sample';
    } else if (fields.length === 1 && first !== undefined && variables.has(first)) {
      bad = `it reads the variable ${first}`;
    } else if (range) {
      const table = relationName(schema, range);
      const kindOf = schema.table(table)?.kind;
      if (kindOf !== 'table' && kindOf !== 'partitioned-table') {
        bad = `it reads ${table}, which is not a table the migrations create`;
      } else if (!tables.includes(table)) tables.push(table);
    }
    return true;
  });
  if (bad !== undefined) return no(bad);
  const tokens = scanSync(query).tokens;
  const text = tidy(query, tokens);
  const target = nodeAs(select.targetList?.[0], 'ResTarget')?.val;
  const aggregate = nodeAs(target, 'FuncCall');
  const aggregateName = nameOf(aggregate?.funcname);
  if (select.limitCount === undefined) {
    const oneRow =
      aggregate !== undefined &&
      ONE_ROW_AGGREGATES.has(aggregateName) &&
      select.groupClause === undefined &&
      select.havingClause === undefined;
    return oneRow
      ? { ok: true, text: text(), tables }
      : no('it may return more than one row (SELECT INTO keeps the first, a subquery fails)');
  }
  if (
    nodeAs(select.limitCount, 'A_Const')?.ival?.ival !== 1 ||
    select.limitOffset !== undefined ||
    select.limitOption === 'LIMIT_OPTION_WITH_TIES' ||
    select.groupClause !== undefined
  ) {
    return no('it is not LIMIT 1');
  }
  const from = nodeAs(select.fromClause?.[0], 'RangeVar');
  const sorted = (select.sortClause ?? []).map((s) =>
    columnOf(nodeAs(s, 'SortBy')?.node, from?.alias?.aliasname ?? from?.relname),
  );
  if (sorted.length === 0) return no('LIMIT 1 without ORDER BY picks any row');
  if (!from || (select.fromClause ?? []).length !== 1) {
    return no('its ORDER BY ... LIMIT 1 reads more than one table');
  }
  const model = schema.table(relationName(schema, from));
  const decided = model?.constraints.some(
    (c) =>
      (c.kind === 'primary-key' || c.kind === 'unique') &&
      c.columns.every((column) => sorted.includes(column)),
  );
  const sameType = sameTypeAs(model?.columns.get(columnOf(target, undefined) ?? '')?.type);
  if (decided) return { ok: true, text: text(), tables, sameType };
  const key = model?.constraints.find((c) => c.kind === 'primary-key')?.columns;
  const limit = limitToken(tokens);
  if (!key || !limit) {
    return no(
      'ties in its ORDER BY could pick another row in each batch, and no primary key breaks them',
    );
  }
  const qualifier = sqlName(from.alias?.aliasname ?? from.relname ?? '');
  const tieBreak = key.map((c) => `${qualifier}.${sqlName(c)}`).join(', ');
  return { ok: true, text: text(limit.start, `, ${tieBreak} `), tables, sameType };
}

/** The top-level LIMIT token of a SELECT. */
function limitToken(tokens: ScanToken[]): ScanToken | undefined {
  let depth = 0;
  return tokens.find((t) => {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    return depth === 0 && t.text.toUpperCase() === 'LIMIT';
  });
}

/**
 * The query's text with runs of spaces between tokens made one (PL/pgSQL blanks out the INTO
 * clause), and `insert` put before the token at byte `at`.
 */
function tidy(query: string, tokens: ScanToken[]): (at?: number, insert?: string) => string {
  const bytes = new TextEncoder().encode(query);
  const decode = (a: number, b: number) => new TextDecoder().decode(bytes.subarray(a, b));
  return (at, insert) => {
    let out = '';
    for (const [i, t] of tokens.entries()) {
      const gap = i === 0 ? '' : decode(tokens[i - 1]?.end ?? 0, t.start);
      out += /^ +$/.test(gap) ? ' ' : gap;
      if (t.start === at && insert !== undefined) out = `${out.trimEnd()}${insert}`;
      out += decode(t.start, t.end);
    }
    return out.trim();
  };
}

export function parseOne(query: string): Node | undefined {
  try {
    const stmts = (parseSync(query) as { stmts?: { stmt: Node }[] }).stmts ?? [];
    return stmts.length === 1 ? stmts[0]?.stmt : undefined;
  } catch {
    return undefined;
  }
}

function nameOf(list: Node[] | undefined): string {
  return (list ?? [])
    .map((p) => nodeAs(p, 'String')?.sval)
    .join('.')
    .replace(/^pg_catalog\./, '');
}

/** A column an ORDER BY or target names: bare, or qualified by the one table's name or alias. */
function columnOf(node: Node | undefined, qualifier: string | undefined): string | undefined {
  const fields = (nodeAs(node, 'ColumnRef')?.fields ?? []).map((f) => nodeAs(f, 'String')?.sval);
  if (fields.length === 1) return fields[0];
  if (fields.length === 2 && (qualifier === undefined || fields[0] === qualifier)) return fields[1];
  return undefined;
}

/** Whether a variable declared as `type` holds a value of `column` unchanged. */
function sameTypeAs(
  column: ReturnType<typeof typeRef> | undefined,
): ((type: string) => boolean) | undefined {
  if (!column) return undefined;
  return (type) => {
    const cast = nodeAs(
      nodeAs(nodeAs(parseOne(`select null::${type}`), 'SelectStmt')?.targetList?.[0], 'ResTarget')
        ?.val,
      'TypeCast',
    );
    if (!cast?.typeName) return false;
    const declared = typeRef(cast.typeName);
    return (
      declared.name === column.name &&
      declared.array === column.array &&
      declared.mods.join() === column.mods.join()
    );
  };
}
