import type { ScanToken } from 'libpg-query';
import { scanSync } from '../sql/pg-query.ts';
import { relationName } from '../schema/relation-names.ts';
import type { SchemaModel } from '../schema/schema-model.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { walkNodes } from '../sql/walk.ts';
import type { RewriteOutcome } from './fix-step.ts';
import { type DoFunction, doFunction, exprQuery, type PlNode } from './rewrite-batch-loop.ts';
import { updateRewrite } from './rewrite-data-change.ts';
import { parseOne, valueSelect } from './inlined-value.ts';

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

function datumNames(fn: DoFunction): Set<string> {
  return new Set(
    ((fn.datums ?? []) as Datum[]).flatMap((d) =>
      d.PLpgSQL_var?.refname ? [d.PLpgSQL_var.refname] : [],
    ),
  );
}
