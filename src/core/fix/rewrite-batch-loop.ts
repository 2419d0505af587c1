import type { Node, SelectStmt } from 'libpg-query';
import { parsePlPgSQLSync, parseSync } from '../sql/pg-query.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { splitQualified } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { loopUpdate } from './batch-loop-update.ts';
import { labelOf, type RewriteOutcome } from './fix-step.ts';
import { sqlName } from './statement-slices.ts';

export type PlNode = Record<string, Record<string, unknown>>;

/** A DO block's parsed function: its variables and its top-level block. */
export interface DoFunction {
  datums?: { PLpgSQL_var?: { refname?: string } }[];
  action?: PlNode;
}

/** The function of a DO block as PL/pgSQL parses it; undefined when it does not parse. */
export function doFunction(statement: Statement): DoFunction | undefined {
  try {
    const parsed = parsePlPgSQLSync(statement.text) as { plpgsql_funcs?: unknown[] };
    return (parsed.plpgsql_funcs?.[0] as { PLpgSQL_function?: DoFunction })?.PLpgSQL_function;
  } catch {
    return undefined;
  }
}

/**
 * A DO block that batches one UPDATE in a loop without COMMIT (`batch-loop-single-transaction`):
 *
 *     LOOP
 *       UPDATE t SET ... WHERE id IN (SELECT id FROM t WHERE <cond> ORDER BY id LIMIT n);
 *       -- or: WITH b AS (SELECT id FROM t WHERE <cond> LIMIT n FOR UPDATE SKIP LOCKED)
 *       --     UPDATE t SET ... FROM b WHERE t.id = b.id;
 *       EXIT WHEN NOT FOUND;   -- or GET DIAGNOSTICS k = ROW_COUNT; EXIT WHEN k = 0
 *       PERFORM pg_sleep(0.1); -- optional
 *     END LOOP;
 *
 * becomes `UPDATE t SET ... WHERE <cond>` under the engine's batch header, alone in its file:
 * the engine walks the key in batches, each its own transaction, and its batch sizing and
 * retries replace the loop's EXIT and sleep. The two change the same rows when the SET makes
 * each row stop meeting <cond> (`loopUpdate`) and the loop stops exactly when its UPDATE
 * changes no row (`loopPacing`). Any other loop is refused with the reason.
 */
export function rewriteBatchLoop(
  statement: Statement,
  schema: SchemaModel,
): RewriteOutcome | undefined {
  if (!nodeAs(statement.node, 'DoStmt')) return undefined;
  const refuse = (why: string): RewriteOutcome => ({
    ok: false,
    reason: `fix rewrites only a DO block that is one LOOP around one keyset UPDATE (UPDATE t ... WHERE id IN (SELECT id FROM t WHERE ... LIMIT n), or WITH b AS (SELECT id FROM t WHERE ... LIMIT n) UPDATE t ... FROM b WHERE t.id = b.id) that EXITs once the UPDATE changes no row: ${why}; write the UPDATE under a -- migration-guard:batch header by hand`,
  });
  const fn = doFunction(statement);
  if (!fn) return refuse('its body does not parse as PL/pgSQL');
  const block = fn.action?.['PLpgSQL_stmt_block'] as
    | { body?: PlNode[]; exceptions?: unknown }
    | undefined;
  if (block?.exceptions !== undefined) return refuse('the block has an EXCEPTION handler');
  const top = (block?.body ?? []).filter((s) => !('PLpgSQL_stmt_return' in s));
  const loop =
    top.length === 1 ? (top[0]?.['PLpgSQL_stmt_loop'] as { body?: PlNode[] }) : undefined;
  if (!loop) return refuse('the block is not one plain LOOP and nothing else');
  const body = loop.body ?? [];
  const variables = (fn.datums ?? []).map((d) => d.PLpgSQL_var?.refname);
  const paced = loopPacing(body, variables);
  if (paced !== undefined) return refuse(paced);
  const query = exprQuery(body[0]?.['PLpgSQL_stmt_execsql']?.['sqlstmt']);
  const named = new Set(variables.filter((v): v is string => v !== undefined));
  const single = loopUpdate(query, schema, named);
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

const ROW_COUNT_IS_ZERO = /^([a-z_][a-z0-9_]*)\s*(?:=\s*0|<\s*1|<=\s*0)$/i;

/**
 * Why the loop body is not `UPDATE; [GET DIAGNOSTICS n = ROW_COUNT;] EXIT WHEN <no row>;` with
 * `PERFORM pg_sleep(...)` anywhere after the UPDATE; undefined when it is. The EXIT must test
 * this UPDATE: FOUND before any PERFORM (which sets FOUND itself), or the variable GET
 * DIAGNOSTICS set from its ROW_COUNT right after it.
 */
function loopPacing(body: PlNode[], variables: (string | undefined)[]): string | undefined {
  const [first, ...rest] = body;
  if (!first || !('PLpgSQL_stmt_execsql' in first) || first['PLpgSQL_stmt_execsql']?.['into']) {
    return 'the loop does not start with its UPDATE';
  }
  let rowCount: string | undefined;
  let performed = false;
  let exits = 0;
  for (const [i, s] of rest.entries()) {
    const diag = s['PLpgSQL_stmt_getdiag'];
    const exit = s['PLpgSQL_stmt_exit'];
    const perform = s['PLpgSQL_stmt_perform'];
    if (diag) {
      const items = (diag['diag_items'] ?? []) as {
        PLpgSQL_diag_item?: { kind?: string; target?: number };
      }[];
      const item = items[0]?.PLpgSQL_diag_item;
      if (i !== 0 || diag['is_stacked'] || items.length !== 1 || item?.kind !== 'ROW_COUNT') {
        return 'its GET DIAGNOSTICS is not one ROW_COUNT right after the UPDATE';
      }
      rowCount = variables[item.target ?? 0];
    } else if (exit) {
      exits++;
      const cond = exprQuery(exit['cond']);
      const counted = ROW_COUNT_IS_ZERO.exec(cond)?.[1]?.toLowerCase();
      const onFound = /^not\s+found$/i.test(cond) && !performed;
      const onCount = counted !== undefined && counted === rowCount;
      if (exit['is_exit'] !== true || exit['label'] !== undefined || !(onFound || onCount)) {
        return 'it does not EXIT exactly when its UPDATE changes no row (EXIT WHEN NOT FOUND right after it, or GET DIAGNOSTICS n = ROW_COUNT; EXIT WHEN n = 0)';
      }
    } else if (perform) {
      if (!sleepsOnly(exprQuery(perform['expr']), variables)) {
        return 'it PERFORMs more than pg_sleep(<seconds>)';
      }
      performed = true;
    } else {
      return 'the loop runs other statements than one UPDATE, GET DIAGNOSTICS, EXIT and PERFORM pg_sleep';
    }
  }
  if (exits !== 1) return exits === 0 ? 'the loop has no EXIT' : 'the loop has more than one EXIT';
  return undefined;
}

/** `SELECT pg_sleep(<number or variable>)`: pacing with no other effect. */
function sleepsOnly(query: string, variables: (string | undefined)[]): boolean {
  let select: SelectStmt | undefined;
  try {
    const stmts = (parseSync(query) as { stmts?: { stmt: Node }[] }).stmts ?? [];
    select = stmts.length === 1 ? nodeAs(stmts[0]?.stmt, 'SelectStmt') : undefined;
  } catch {
    return false;
  }
  const call = nodeAs(nodeAs(select?.targetList?.[0], 'ResTarget')?.val, 'FuncCall');
  const name = (call?.funcname ?? []).map((n) => nodeAs(n, 'String')?.sval).join('.');
  const arg = call?.args?.[0];
  const constant = nodeAs(arg, 'A_Const');
  const variable = nodeAs(arg, 'ColumnRef')?.fields;
  const plain =
    (constant !== undefined && (constant.ival !== undefined || constant.fval !== undefined)) ||
    (variable?.length === 1 && variables.includes(nodeAs(variable[0], 'String')?.sval));
  return (
    select !== undefined &&
    (select.targetList ?? []).length === 1 &&
    select.fromClause === undefined &&
    select.whereClause === undefined &&
    (name === 'pg_sleep' || name === 'pg_catalog.pg_sleep') &&
    (call?.args ?? []).length === 1 &&
    call?.agg_filter === undefined &&
    call?.over === undefined &&
    plain
  );
}

export function exprQuery(expr: unknown): string {
  return (
    (expr as { PLpgSQL_expr?: { query?: string } } | undefined)?.PLpgSQL_expr?.query ?? ''
  ).trim();
}
