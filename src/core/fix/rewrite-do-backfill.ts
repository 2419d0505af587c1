import { type Node, parseSync, type ScanToken, scanSync } from 'libpg-query';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { typeRef } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { walkNodes } from '../sql/walk.ts';
import type { RewriteOutcome } from './fix-step.ts';
import { type DoFunction, doFunction, exprQuery, type PlNode } from './rewrite-batch-loop.ts';
import { updateRewrite } from './rewrite-data-change.ts';
import { sqlName } from './statement-slices.ts';

/**
 * Functions a value SELECT may call: the same result in every transaction for the same rows.
 * Anything else (`now()`, `random()`, `auth.uid()`, a function of the project) is refused.
 */
const SAME_EVERY_TIME = new Set(['min', 'max', 'count', 'lower', 'upper', 'length', 'abs']);

/** Aggregates that make a SELECT without GROUP BY return exactly one row. */
const ONE_ROW_AGGREGATES = new Set(['min', 'max', 'count']);

const LOOPS = new Set([
  'PLpgSQL_stmt_loop',
  'PLpgSQL_stmt_while',
  'PLpgSQL_stmt_fori',
  'PLpgSQL_stmt_fors',
  'PLpgSQL_stmt_forc',
  'PLpgSQL_stmt_foreach_a',
  'PLpgSQL_stmt_dynfors',
]);

type Datum = {
  PLpgSQL_var?: { refname?: string; datatype?: { PLpgSQL_type?: { typname?: string } } };
};

/**
 * A DO block without a loop that reads values into variables and then runs one UPDATE with
 * them (`unbatched-data-change`, `mixed-schema-and-data` on the UPDATE inside):
 *
 *     DO $$ DECLARE v uuid; BEGIN
 *       SELECT id INTO v FROM public.workspaces ORDER BY created_at LIMIT 1;
 *       UPDATE public.documents SET workspace_id = v WHERE workspace_id IS NULL;
 *     END $$;
 *
 * becomes the UPDATE with each variable replaced by its SELECT as a scalar subquery (cast to
 * the variable's type), in a file of its own under the engine's batch header. The engine runs
 * the subquery once per batch instead of once, so it is only inlined when it gives the same
 * value each time: it reads only tables the UPDATE does not change, calls nothing that can
 * change between transactions, and returns one row (an aggregate, or LIMIT 1 over an ORDER BY
 * that a unique key decides; the primary key is added to break ties otherwise). Each batch
 * reads it anew, so a change to the tables it reads during the backfill (a new oldest
 * workspace) would show in later batches: the `why` of the step says so.
 */
export function rewriteDoBackfill(
  statement: Statement,
  schema: SchemaModel,
): RewriteOutcome | undefined {
  if (!nodeAs(statement.node, 'DoStmt')) return undefined;
  const fn = doFunction(statement);
  const block = fn?.action?.['PLpgSQL_stmt_block'] as
    | { body?: PlNode[]; exceptions?: unknown; label?: string }
    | undefined;
  const top = (block?.body ?? []).filter((s) => !('PLpgSQL_stmt_return' in s));
  // A block with a loop is rewriteBatchLoop's to judge.
  if (!fn || top.some((s) => LOOPS.has(Object.keys(s)[0] ?? ''))) return undefined;
  if (top.length === 0 || top.some((s) => !('PLpgSQL_stmt_execsql' in s))) {
    return refuse('the block runs other statements than SELECT ... INTO and one UPDATE');
  }
  if (block?.exceptions !== undefined) return refuse('the block has an EXCEPTION handler');
  // <<label>> lets a statement name a variable as label.v, which the inlining would miss.
  if (block?.label !== undefined) return refuse('the block has a label');
  const read = readVariables(fn, top.slice(0, -1), schema);
  if (!read.ok) return refuse(read.reason);
  const last = top.at(-1)?.['PLpgSQL_stmt_execsql'];
  if (!last || last['into']) return refuse('it does not end with one UPDATE');
  const query = exprQuery(last['sqlstmt']);
  const update = nodeAs(parseOne(query), 'UpdateStmt');
  if (!update?.relation) return refuse('it does not end with one UPDATE');
  const table = relationName(schema, update.relation);
  if (read.tables.includes(table)) {
    return refuse(
      `a variable is read from ${table}, which the UPDATE changes: each batch would read it anew`,
    );
  }
  const declared = datumNames(fn);
  const replacements: { token: ScanToken; text: string }[] = [];
  const tokens = scanSync(query).tokens;
  let bad: string | undefined;
  walkNodes(update, (n) => {
    const ref = nodeAs(n, 'ColumnRef');
    const fields = (ref?.fields ?? []).map((f) => nodeAs(f, 'String')?.sval);
    const name = fields[0];
    if (!ref || name === undefined || !declared.has(name)) return true;
    const value = read.values.get(name);
    const token = tokens.find((t) => t.start === ref.location);
    if (fields.length !== 1 || value === undefined || !token) {
      bad ??= `the UPDATE uses ${fields.join('.')}, which no SELECT ... INTO before it sets`;
    } else if (schema.column(table, name)) {
      bad ??= `the variable ${name} has the name of a column of ${table}`;
    } else replacements.push({ token, text: value });
    return true;
  });
  if (bad !== undefined) return refuse(bad);
  const bytes = new TextEncoder().encode(query);
  const decode = (a: number, b?: number) => new TextDecoder().decode(bytes.subarray(a, b));
  let text = '';
  let at = 0;
  for (const r of replacements.sort((a, b) => a.token.start - b.token.start)) {
    text += decode(at, r.token.start) + r.text;
    at = r.token.end;
  }
  text += decode(at);
  const rewritten = nodeAs(parseOne(text), 'UpdateStmt');
  if (!rewritten) return refuse('the UPDATE with its variables inlined does not parse');
  const rewrite = updateRewrite(rewritten, text, schema);
  const [step] = rewrite.later;
  if (step && replacements.length > 0) {
    step.why = `${step.why}; the DO block's SELECT ... INTO inlined as a subquery each batch runs again, so the tables it reads must not change until the backfill is done`;
  }
  const reads = [...new Set([...(rewrite.reads ?? []), ...read.tables])];
  return { ok: true, rewrite: { ...rewrite, reads } };
}

function refuse(why: string): RewriteOutcome {
  return {
    ok: false,
    reason: `fix rewrites a DO block without a loop only when it is SELECT ... INTO <variable> statements and then one UPDATE using them: ${why}; write the UPDATE with the value inlined, under a -- migration-guard:batch header, by hand`,
  };
}

type ReadVariables =
  | { ok: true; values: Map<string, string>; tables: string[] }
  | { ok: false; reason: string };

/** The variables the SELECT ... INTO statements set, each as the subquery that gives its value. */
function readVariables(fn: DoFunction, selects: PlNode[], schema: SchemaModel): ReadVariables {
  const no = (reason: string): ReadVariables => ({ ok: false, reason });
  const datums = (fn.datums ?? []) as Datum[];
  const declared = datumNames(fn);
  const values = new Map<string, string>();
  const tables: string[] = [];
  for (const s of selects) {
    const exec = s['PLpgSQL_stmt_execsql'];
    const target = (exec?.['target'] as { PLpgSQL_row?: { fields?: { varno?: number }[] } })
      ?.PLpgSQL_row;
    const fields = target?.fields ?? [];
    const variable = datums[fields[0]?.varno ?? -1]?.PLpgSQL_var;
    const name = variable?.refname;
    if (!exec?.['into'] || fields.length !== 1 || !variable || name === undefined) {
      return no('a statement before the UPDATE is not SELECT ... INTO one variable');
    }
    if (exec['strict'])
      return no(`SELECT ... INTO STRICT ${name} fails where a subquery would not`);
    if (values.has(name)) return no(`${name} is set twice`);
    const query = exprQuery(exec['sqlstmt']);
    const value = valueSelect(query, schema, declared);
    if (!value.ok) return no(`${name}: ${value.reason}`);
    const type = variable.datatype?.PLpgSQL_type?.typname;
    if (type === undefined) return no(`the type of ${name} is unknown`);
    values.set(
      name,
      value.sameType?.(type) ? `(${value.text})` : `CAST((${value.text}) AS ${type})`,
    );
    tables.push(...value.tables.filter((t) => !tables.includes(t)));
  }
  return { ok: true, values, tables };
}

type ValueSelect =
  | { ok: true; text: string; tables: string[]; sameType?: (type: string) => boolean }
  | { ok: false; reason: string };

/**
 * A SELECT that gives one value, the same in every transaction while the tables it reads do
 * not change; its text with a tie-breaking primary key added to an ORDER BY that needs one.
 */
function valueSelect(query: string, schema: SchemaModel, variables: Set<string>): ValueSelect {
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

function parseOne(query: string): Node | undefined {
  try {
    const stmts = (parseSync(query) as { stmts?: { stmt: Node }[] }).stmts ?? [];
    return stmts.length === 1 ? stmts[0]?.stmt : undefined;
  } catch {
    return undefined;
  }
}

function datumNames(fn: DoFunction): Set<string> {
  return new Set(
    ((fn.datums ?? []) as Datum[]).flatMap((d) =>
      d.PLpgSQL_var?.refname ? [d.PLpgSQL_var.refname] : [],
    ),
  );
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
