import { type Node, parsePlPgSQLSync, parseSync, scanSync } from 'libpg-query';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { splitQualified } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { walkNodes } from '../sql/walk.ts';
import { labelOf, type RewriteOutcome } from './fix-step.ts';
import { BACKFILL_BATCH_ROWS } from './rewrite-data-change.ts';
import { sqlName } from './statement-slices.ts';

/** The PL/pgSQL statements a batch loop may hold beside its UPDATE: they only pace or stop it. */
const PACING = new Set(['PLpgSQL_stmt_getdiag', 'PLpgSQL_stmt_exit', 'PLpgSQL_stmt_perform']);

type PlNode = Record<string, Record<string, unknown>>;

/**
 * A DO block that batches one UPDATE in a loop without COMMIT (`batch-loop-single-transaction`):
 *
 *     LOOP
 *       UPDATE t SET ... WHERE id IN (SELECT id FROM t WHERE <cond> ORDER BY id LIMIT n);
 *       EXIT WHEN NOT FOUND;   -- or GET DIAGNOSTICS k = ROW_COUNT; EXIT WHEN k = 0
 *     END LOOP;
 *
 * becomes `UPDATE t SET ... WHERE <cond>` under the engine's batch header, alone in its file:
 * the engine walks the key in batches, each its own transaction. The two change the same rows
 * when the loop ends, which it only does once no row meets <cond> (a row the UPDATE left
 * meeting it would be picked again). Any other loop is refused with the reason.
 */
export function rewriteBatchLoop(
  statement: Statement,
  schema: SchemaModel,
): RewriteOutcome | undefined {
  if (!nodeAs(statement.node, 'DoStmt')) return undefined;
  const refuse = (why: string): RewriteOutcome => ({
    ok: false,
    reason: `fix rewrites only a DO block that is one LOOP around one keyset UPDATE (UPDATE t ... WHERE id IN (SELECT id FROM t WHERE ... LIMIT n)) and EXIT WHEN NOT FOUND: ${why}; write the UPDATE under a -- migration-guard:batch header by hand`,
  });
  let fn: { datums?: { PLpgSQL_var?: { refname?: string } }[]; action?: PlNode } | undefined;
  try {
    const parsed = parsePlPgSQLSync(statement.text) as { plpgsql_funcs?: unknown[] };
    fn = (parsed.plpgsql_funcs?.[0] as { PLpgSQL_function?: typeof fn })?.PLpgSQL_function;
  } catch {
    return refuse('its body does not parse as PL/pgSQL');
  }
  const block = fn?.action?.['PLpgSQL_stmt_block'] as { body?: PlNode[] } | undefined;
  const top = (block?.body ?? []).filter((s) => !('PLpgSQL_stmt_return' in s));
  const loop =
    top.length === 1 ? (top[0]?.['PLpgSQL_stmt_loop'] as { body?: PlNode[] }) : undefined;
  if (!loop) return refuse('the block is not one plain LOOP and nothing else');
  const body = loop.body ?? [];
  const updates = body.filter((s) => 'PLpgSQL_stmt_execsql' in s);
  const other = body.find(
    (s) => !('PLpgSQL_stmt_execsql' in s) && !PACING.has(Object.keys(s)[0] ?? ''),
  );
  if (updates.length !== 1 || other !== undefined) {
    return refuse(
      'the loop runs other statements than one UPDATE, GET DIAGNOSTICS, EXIT and PERFORM',
    );
  }
  if (!body.every(pacesOnly))
    return refuse('it EXITs on another condition, or PERFORMs more than pg_sleep');
  const query = exprQuery(updates[0]?.['PLpgSQL_stmt_execsql']?.['sqlstmt']);
  const variables = new Set(
    (fn?.datums ?? []).flatMap((d) => (d.PLpgSQL_var?.refname ? [d.PLpgSQL_var.refname] : [])),
  );
  const single = keysetUpdate(query, schema, variables);
  if (!single.ok) return refuse(single.reason);
  const { table, key, text, size } = single;
  const { schema: schemaName, name } = splitQualified(table);
  const label = labelOf('backfill', name, 'in', 'batches');
  return {
    ok: true,
    rewrite: {
      now: [],
      later: [
        {
          kind: 'batch',
          statements: [
            `-- migration-guard:batch table=${sqlName(schemaName)}.${sqlName(name)} key=${sqlName(key)} size=${size}\n${text};`,
          ],
          label,
          why: `the DO block's batch loop as one UPDATE the engine runs in keyset batches, each its own short transaction (the same rows once the loop would have ended: none left meeting its condition)`,
        },
      ],
      tables: [table],
      label,
    },
  };
}

function exprQuery(expr: unknown): string {
  return (
    (expr as { PLpgSQL_expr?: { query?: string } } | undefined)?.PLpgSQL_expr?.query ?? ''
  ).trim();
}

/** GET DIAGNOSTICS, `EXIT WHEN NOT FOUND` / `EXIT WHEN k = 0`, `PERFORM pg_sleep(...)`. */
function pacesOnly(s: PlNode): boolean {
  const exit = s['PLpgSQL_stmt_exit'];
  if (exit) {
    const cond = exprQuery(exit['cond']);
    return (
      exit['is_exit'] === true &&
      exit['label'] === undefined &&
      /^(not\s+found|[a-z_][a-z0-9_]*\s*(=\s*0|<\s*1|<=\s*0))$/i.test(cond)
    );
  }
  const perform = s['PLpgSQL_stmt_perform'];
  if (perform) return /^select\s+pg_sleep\s*\([^;]*\)$/i.test(exprQuery(perform['expr']));
  return true;
}

type KeysetUpdate =
  | { ok: true; table: string; key: string; text: string; size: number }
  | { ok: false; reason: string };

/** `UPDATE t SET ... WHERE key IN (SELECT key FROM t WHERE cond ... LIMIT n)` as one UPDATE. */
function keysetUpdate(query: string, schema: SchemaModel, variables: Set<string>): KeysetUpdate {
  const no = (reason: string): KeysetUpdate => ({ ok: false, reason });
  let node: Node | undefined;
  try {
    const stmts = (parseSync(query) as { stmts?: { stmt: Node }[] }).stmts ?? [];
    node = stmts.length === 1 ? stmts[0]?.stmt : undefined;
  } catch {
    return no('its UPDATE does not parse');
  }
  const update = nodeAs(node, 'UpdateStmt');
  if (!update?.relation) return no('the loop runs no UPDATE');
  if (update.withClause || (update.fromClause ?? []).length > 0 || update.returningClause) {
    return no('the UPDATE has WITH, FROM or RETURNING');
  }
  const table = relationName(schema, update.relation);
  const key = schema
    .table(table)
    ?.constraints.find((c) => c.kind === 'primary-key' && c.columns.length === 1)?.columns[0];
  if (key === undefined) return no(`${table} has no one-column primary key to batch on`);
  const set = (update.targetList ?? []).map((t) => nodeAs(t, 'ResTarget')?.name);
  if (set.includes(key)) return no(`the UPDATE sets the key ${key}`);
  const link = nodeAs(update.whereClause, 'SubLink');
  const tested = columnName(link?.testexpr);
  const sub = nodeAs(link?.subselect, 'SelectStmt');
  const from = nodeAs(sub?.fromClause?.[0], 'RangeVar');
  if (
    link?.subLinkType !== 'ANY_SUBLINK' ||
    (link.operName ?? []).length > 0 ||
    tested !== key ||
    !sub ||
    !from ||
    (sub.fromClause ?? []).length !== 1 ||
    from.alias !== undefined ||
    relationName(schema, from) !== table ||
    (sub.targetList ?? []).length !== 1 ||
    columnName(nodeAs(sub.targetList?.[0], 'ResTarget')?.val) !== key ||
    sub.limitCount === undefined ||
    sub.whereClause === undefined ||
    sub.groupClause !== undefined ||
    sub.havingClause !== undefined ||
    sub.distinctClause !== undefined ||
    sub.withClause !== undefined ||
    sub.lockingClause !== undefined
  ) {
    return no(`its WHERE is not ${key} IN (SELECT ${key} FROM ${table} WHERE ... LIMIT n)`);
  }
  // The loop's variables mean nothing outside it, and a qualified name might not resolve.
  for (const part of [...(update.targetList ?? []), sub.whereClause]) {
    let bad: string | undefined;
    walkNodes(part, (n) => {
      const fields = nodeAs(n, 'ColumnRef')?.fields ?? [];
      const first = nodeAs(fields[0], 'String')?.sval;
      if (first !== undefined && fields.length === 1 && variables.has(first)) bad = first;
      return bad === undefined;
    });
    if (bad !== undefined) return no(`it uses the loop's variable ${bad}`);
  }
  if (qualifiedColumns(sub.whereClause)) return no('its condition qualifies column names');
  const slices = clauseText(query);
  if (!slices) return no('its WHERE could not be located');
  // The engine sizes batches to a target duration; a literal LIMIT is its first size.
  const limit = nodeAs(sub.limitCount, 'A_Const')?.ival?.ival;
  const size = limit !== undefined && limit > 0 ? limit : BACKFILL_BATCH_ROWS;
  return { ok: true, table, key, text: `${slices.head}\nWHERE ${slices.condition}`, size };
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

/**
 * The UPDATE up to its own WHERE, and the subquery's condition: from the WHERE inside the
 * brackets to its ORDER BY, LIMIT, OFFSET, FETCH or FOR, or the closing bracket.
 */
function clauseText(query: string): { head: string; condition: string } | undefined {
  const bytes = new TextEncoder().encode(query);
  const text = (a: number, b: number) => new TextDecoder().decode(bytes.subarray(a, b)).trim();
  const tokens = scanSync(query).tokens;
  let depth = 0;
  let outerWhere: number | undefined;
  let start: number | undefined;
  for (const t of tokens) {
    const word = t.text.toUpperCase();
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      depth--;
      if (depth === 0 && start !== undefined && outerWhere !== undefined) {
        return { head: text(0, outerWhere), condition: text(start, t.start) };
      }
    } else if (depth === 0 && word === 'WHERE') outerWhere = t.start;
    else if (depth === 1 && outerWhere !== undefined && word === 'WHERE') start = t.end;
    else if (
      depth === 1 &&
      start !== undefined &&
      ['ORDER', 'LIMIT', 'OFFSET', 'FETCH', 'FOR'].includes(word)
    ) {
      return outerWhere === undefined
        ? undefined
        : { head: text(0, outerWhere), condition: text(start, t.start) };
    }
  }
  return undefined;
}
