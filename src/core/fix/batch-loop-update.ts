import type { Node, ScanToken, SelectStmt, UpdateStmt } from 'libpg-query';
import { parseSync, scanSync } from '../sql/pg-query.ts';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { nodeAs } from '../sql/statement.ts';
import { rangeVarsIn, walkNodes } from '../sql/walk.ts';
import { updateLeavesCondition } from './batch-loop-settles.ts';
import { BACKFILL_BATCH_ROWS } from './rewrite-data-change.ts';

/** The UPDATE a batch loop repeats, as the one UPDATE the engine runs in batches. */
export type LoopUpdate =
  | { ok: true; table: string; key: string; text: string; size: number }
  | { ok: false; reason: string };

/** Where a loop's UPDATE picks its batch, and the text around it. */
type Pick =
  | { ok: true; select: SelectStmt; head: string; condition: string }
  | { ok: false; reason: string };

/**
 * The UPDATE of a batch loop, in one of the two forms that pick a batch of keys by a condition:
 *
 *     UPDATE t SET ... WHERE key IN (SELECT key FROM t WHERE cond ... LIMIT n)
 *     WITH b AS (SELECT key FROM t WHERE cond ... LIMIT n [FOR UPDATE [SKIP LOCKED]])
 *       UPDATE t SET ... FROM b WHERE t.key = b.key
 *
 * as `UPDATE t SET ... WHERE cond`. The two change the same rows once the loop has ended,
 * provided the SET makes each row it changes stop meeting `cond` (`updateLeavesCondition`):
 * the loop then never picks a row twice, and stops when no row meets `cond`. SKIP LOCKED only
 * lets the loop stop early while another session holds rows; the engine waits for them instead.
 */
export function loopUpdate(query: string, schema: SchemaModel, variables: Set<string>): LoopUpdate {
  const no = (reason: string): LoopUpdate => ({ ok: false, reason });
  let node: Node | undefined;
  try {
    const stmts = (parseSync(query) as { stmts?: { stmt: Node }[] }).stmts ?? [];
    node = stmts.length === 1 ? stmts[0]?.stmt : undefined;
  } catch {
    return no('its UPDATE does not parse');
  }
  const update = nodeAs(node, 'UpdateStmt');
  if (!update?.relation) return no('the loop runs no UPDATE');
  if (update.returningClause) return no('the UPDATE has RETURNING');
  const table = relationName(schema, update.relation);
  const key = schema
    .table(table)
    ?.constraints.find((c) => c.kind === 'primary-key' && c.columns.length === 1)?.columns[0];
  if (key === undefined) return no(`${table} has no one-column primary key to batch on`);
  const set = (update.targetList ?? []).map((t) => nodeAs(t, 'ResTarget')?.name);
  if (set.includes(key)) return no(`the UPDATE sets the key ${key}`);
  const tokens = scanSync(query).tokens;
  const text = textOf(query);
  const pick = update.withClause
    ? withPick(update, key, tokens, text)
    : keysetPick(update, key, tokens, text);
  if (!pick.ok) return pick;
  const { select } = pick;
  const from = nodeAs(select.fromClause?.[0], 'RangeVar');
  const shape = `SELECT ${key} FROM ${table} WHERE ... LIMIT n`;
  if (
    !from ||
    (select.fromClause ?? []).length !== 1 ||
    from.alias !== undefined ||
    relationName(schema, from) !== table ||
    (select.targetList ?? []).length !== 1 ||
    columnName(nodeAs(select.targetList?.[0], 'ResTarget')?.val) !== key ||
    select.limitCount === undefined ||
    select.limitOption === 'LIMIT_OPTION_WITH_TIES' ||
    select.whereClause === undefined ||
    select.groupClause !== undefined ||
    select.havingClause !== undefined ||
    select.distinctClause !== undefined ||
    select.withClause !== undefined ||
    (select.op !== undefined && select.op !== 'SETOP_NONE')
  ) {
    return no(`its batch is not picked by ${shape}`);
  }
  // The loop's variables mean nothing outside it, and a qualified name might not resolve.
  for (const part of [...(update.targetList ?? []), select.whereClause]) {
    let bad: string | undefined;
    walkNodes(part, (n) => {
      const fields = nodeAs(n, 'ColumnRef')?.fields ?? [];
      const first = nodeAs(fields[0], 'String')?.sval;
      if (first !== undefined && fields.length === 1 && variables.has(first)) bad = first;
      return bad === undefined;
    });
    if (bad !== undefined) return no(`it uses the loop's variable ${bad}`);
  }
  if (qualifiedColumns(select.whereClause)) return no('its condition qualifies column names');
  if (!updateLeavesCondition(select.whereClause, update.targetList ?? [])) {
    return no(
      'nothing shows that its SET makes a row stop meeting the condition that picks the batch, so the loop may update a row more than once (the engine updates each row once); fix proves it only for a SET of a constant that makes one AND-ed part of the condition false',
    );
  }
  // The engine sizes batches to a target duration; a literal LIMIT is its first size.
  const limit = nodeAs(select.limitCount, 'A_Const')?.ival?.ival;
  const size = limit !== undefined && limit > 0 ? limit : BACKFILL_BATCH_ROWS;
  return { ok: true, table, key, text: `${pick.head}\nWHERE ${pick.condition}`, size };
}

/** `UPDATE t SET ... WHERE key IN (SELECT key FROM t WHERE cond ... LIMIT n)`. */
function keysetPick(
  update: UpdateStmt,
  key: string,
  tokens: ScanToken[],
  text: (a: number, b: number) => string,
): Pick {
  const no = (reason: string): Pick => ({ ok: false, reason });
  if ((update.fromClause ?? []).length > 0) return no('the UPDATE has FROM without WITH');
  const link = nodeAs(update.whereClause, 'SubLink');
  const select = nodeAs(link?.subselect, 'SelectStmt');
  if (
    link?.subLinkType !== 'ANY_SUBLINK' ||
    (link.operName ?? []).length > 0 ||
    columnName(link.testexpr) !== key ||
    !select
  ) {
    return no(`its WHERE is not ${key} IN (SELECT ${key} FROM ... WHERE ... LIMIT n)`);
  }
  let depth = 0;
  const where = tokens.findIndex((t) => {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    return depth === 0 && t.text.toUpperCase() === 'WHERE';
  });
  const open = tokens.findIndex((t, i) => where >= 0 && i > where && t.text === '(');
  const condition = where < 0 || open < 0 ? undefined : pickCondition(tokens, open, text);
  const outer = tokens[where];
  if (!condition || !outer) return no('its WHERE could not be located');
  return { ok: true, select, head: text(0, outer.start), condition };
}

/** `WITH b AS (SELECT key FROM t WHERE cond ... LIMIT n) UPDATE t SET ... FROM b WHERE t.key = b.key`. */
function withPick(
  update: UpdateStmt,
  key: string,
  tokens: ScanToken[],
  text: (a: number, b: number) => string,
): Pick {
  const no = (reason: string): Pick => ({ ok: false, reason });
  const ctes = update.withClause?.ctes ?? [];
  const cte = nodeAs(ctes[0], 'CommonTableExpr');
  const select = nodeAs(cte?.ctequery, 'SelectStmt');
  const from = nodeAs(update.fromClause?.[0], 'RangeVar');
  const name = cte?.ctename;
  const shape = `WITH b AS (SELECT ${key} FROM ... LIMIT n) UPDATE ... FROM b WHERE <table>.${key} = b.${key}`;
  if (
    update.withClause?.recursive === true ||
    ctes.length !== 1 ||
    !cte ||
    !select ||
    !name ||
    (cte.aliascolnames ?? []).length > 0 ||
    (update.fromClause ?? []).length !== 1 ||
    !from ||
    from.schemaname !== undefined ||
    from.relname !== name ||
    nodeAs(select.targetList?.[0], 'ResTarget')?.name !== undefined
  ) {
    return no(`it is not ${shape}`);
  }
  const batch = from.alias?.aliasname ?? name;
  const relation = update.relation;
  const target = relation?.alias?.aliasname ?? relation?.relname;
  const join = nodeAs(update.whereClause, 'A_Expr');
  const sides = [join?.lexpr, join?.rexpr].map(
    (n) => nodeAs(n, 'ColumnRef')?.fields?.map((f) => nodeAs(f, 'String')?.sval) ?? [],
  );
  const is = (fields: (string | undefined)[], qualifier: string | undefined) =>
    fields.length === 2 && fields[0] === qualifier && fields[1] === key;
  const joined =
    join?.kind === 'AEXPR_OP' &&
    (join.name ?? []).length === 1 &&
    nodeAs(join.name?.[0], 'String')?.sval === '=' &&
    ((is(sides[0] ?? [], target) && is(sides[1] ?? [], batch)) ||
      (is(sides[1] ?? [], target) && is(sides[0] ?? [], batch)));
  if (!joined) return no(`its WHERE is not ${target}.${key} = ${batch}.${key} alone`);
  // The SET must not read the batch: it holds nothing but the key, and the rewrite drops it.
  let readsBatch = rangeVarsIn(update.targetList).some(
    (r) => r.schemaname === undefined && r.relname === name,
  );
  walkNodes(update.targetList, (n) => {
    const fields = (nodeAs(n, 'ColumnRef')?.fields ?? []).map((f) => nodeAs(f, 'String')?.sval);
    if ((fields.length > 1 && fields[0] === batch) || (fields.length === 1 && fields[0] === key))
      readsBatch = true;
    return !readsBatch;
  });
  if (readsBatch) return no(`its SET reads ${batch} or an unqualified ${key}`);
  // The CTE's brackets: the first at the top level after WITH.
  const open = tokens.findIndex((t) => t.text === '(');
  const close = closing(tokens, open);
  const condition = open < 0 ? undefined : pickCondition(tokens, open, text);
  const start = tokens.findIndex((t, i) => i > close && t.text.toUpperCase() === 'UPDATE');
  const fromAt = tokens.findIndex((t) => t.start === from.location);
  const fromKeyword = tokens[fromAt - 1];
  const first = tokens[start];
  if (
    close < 0 ||
    !condition ||
    !first ||
    fromKeyword?.text.toUpperCase() !== 'FROM' ||
    fromKeyword.start < first.start
  ) {
    return no('its clauses could not be located');
  }
  return { ok: true, select, head: text(first.start, fromKeyword.start), condition };
}

/** The index of the bracket closing the one at `open`; -1 when none. */
function closing(tokens: ScanToken[], open: number): number {
  let depth = 0;
  for (let i = Math.max(open, 0); i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.text === '(') depth++;
    else if (t?.text === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The condition of the SELECT in the brackets opened at `open`: from its WHERE to its ORDER
 * BY, LIMIT, OFFSET, FETCH or FOR, or the closing bracket.
 */
function pickCondition(
  tokens: ScanToken[],
  open: number,
  text: (a: number, b: number) => string,
): string | undefined {
  let depth = 0;
  let start: number | undefined;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    const word = t.text.toUpperCase();
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (--depth === 0) return start === undefined ? undefined : text(start, t.start);
    } else if (depth === 1 && start === undefined && word === 'WHERE') start = t.end;
    else if (
      depth === 1 &&
      start !== undefined &&
      ['ORDER', 'LIMIT', 'OFFSET', 'FETCH', 'FOR', 'WINDOW'].includes(word)
    ) {
      return text(start, t.start);
    }
  }
  return undefined;
}

function textOf(query: string): (a: number, b: number) => string {
  const bytes = new TextEncoder().encode(query);
  return (a, b) => new TextDecoder().decode(bytes.subarray(a, b)).trim();
}

function columnName(node: Node | undefined): string | undefined {
  const fields = nodeAs(node, 'ColumnRef')?.fields ?? [];
  return nodeAs(fields.at(-1), 'String')?.sval;
}

function qualifiedColumns(node: Node | undefined): boolean {
  let found = false;
  walkNodes(node, (n) => {
    if ((nodeAs(n, 'ColumnRef')?.fields ?? []).length > 1) found = true;
    return !found;
  });
  return found;
}
