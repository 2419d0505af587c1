import type { Node } from 'libpg-query';
import { CodeScanner } from './code-scanner.ts';
import { parseFragment, parsePlpgsqlFragment } from './fragment-parses.ts';
import { parseNewStatements } from './function-body.ts';
import type { EmbeddedSql, PlpgsqlBody, PlpgsqlLoop } from './plpgsql-body.ts';

const LOOP_KINDS: Record<string, PlpgsqlLoop['kind']> = {
  PLpgSQL_stmt_loop: 'loop',
  PLpgSQL_stmt_while: 'while',
  PLpgSQL_stmt_fori: 'for',
  PLpgSQL_stmt_fors: 'for',
  PLpgSQL_stmt_forc: 'for',
  PLpgSQL_stmt_foreach_a: 'for',
  PLpgSQL_stmt_dynfors: 'for',
};

/**
 * Parse the PL/pgSQL body of a DO block or CREATE FUNCTION/PROCEDURE statement.
 * `bodyLine` is the file line on which the body's string literal opens (PL/pgSQL's line 1).
 * Returns undefined when the body is not PL/pgSQL or does not parse.
 */
export function parsePlpgsqlBody(
  statementSql: string,
  context: PlpgsqlBody['context'],
  bodyLine: number,
): PlpgsqlBody | undefined {
  let parsed: { plpgsql_funcs?: unknown[] };
  try {
    parsed = parsePlpgsqlFragment(statementSql) as { plpgsql_funcs?: unknown[] };
  } catch {
    return undefined;
  }
  const fn = (parsed.plpgsql_funcs?.[0] as { PLpgSQL_function?: { action?: unknown } })
    ?.PLpgSQL_function;
  if (fn?.action === undefined) return undefined;
  const body: PlpgsqlBody = { context, sql: [], loops: [], commits: false, dynamic: false };
  walk(fn.action, { line: 1, loops: [] }, body, bodyLine);
  return body;
}

interface WalkState {
  line: number;
  loops: PlpgsqlLoop[];
}

function walk(value: unknown, state: WalkState, body: PlpgsqlBody, bodyLine: number): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, state, body, bodyLine);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'PLpgSQL_expr') {
      recordExpression(inner as { query?: string; parseMode?: number }, state, body, bodyLine);
      continue;
    }
    // ELSIF and CASE WHEN branches carry their own line, like statements.
    if (
      key.startsWith('PLpgSQL_stmt_') ||
      key === 'PLpgSQL_if_elsif' ||
      key === 'PLpgSQL_case_when'
    ) {
      const lineno = (inner as { lineno?: number }).lineno;
      let next: WalkState = lineno === undefined ? state : { ...state, line: lineno };
      if (key === 'PLpgSQL_stmt_commit' || key === 'PLpgSQL_stmt_rollback') {
        body.commits = true;
        for (const loop of state.loops) loop.commits = true;
      }
      if (key === 'PLpgSQL_stmt_dynexecute' || key === 'PLpgSQL_stmt_dynfors') {
        body.dynamic = true;
      }
      const loopKind = LOOP_KINDS[key];
      if (loopKind !== undefined) {
        const loop: PlpgsqlLoop = {
          kind: loopKind,
          line: bodyLine + (lineno ?? state.line) - 1,
          commits: false,
          statements: [],
        };
        body.loops.push(loop);
        // The loop's own header query (FOR r IN SELECT ...) runs once per loop, not per pass.
        const { body: loopBody, ...header } = inner as { body?: unknown };
        walk(header, next, body, bodyLine);
        next = { ...next, loops: [...state.loops, loop] };
        walk(loopBody, next, body, bodyLine);
        continue;
      }
      walk(inner, next, body, bodyLine);
      continue;
    }
    walk(inner, state, body, bodyLine);
  }
}

function recordExpression(
  expr: { query?: string; parseMode?: number },
  state: WalkState,
  body: PlpgsqlBody,
  bodyLine: number,
): void {
  const query = expr.query ?? '';
  const isStatement = (expr.parseMode ?? 0) === 0;
  const parsed = isStatement
    ? { nodes: parseNewStatements(query), locationShift: 0 }
    : parseExpression(query, expr.parseMode ?? 2);
  const embedded: EmbeddedSql = {
    sql: query,
    line: bodyLine + state.line - 1,
    mode: isStatement ? 'statement' : 'expression',
    nodes: parsed.nodes,
    locationShift: parsed.locationShift,
    loops: state.loops,
  };
  body.sql.push(embedded);
  if (isStatement) for (const loop of state.loops) loop.statements.push(embedded);
}

const SELECT_PREFIX = 'SELECT ';

function parseExpression(sql: string, parseMode: number): { nodes: Node[]; locationShift: number } {
  // Assignments (`x := expr`) carry their target; only the value is an expression.
  let text = sql;
  let textStart = 0;
  if (parseMode >= 3) {
    // A byte offset: the same as the character offset while the target is ASCII.
    const assignEnd = new CodeScanner(sql).assignmentEnd();
    if (assignEnd !== -1) {
      text = sql.slice(assignEnd);
      textStart = assignEnd;
    }
  }
  const locationShift = SELECT_PREFIX.length - textStart;
  try {
    const result = parseFragment(`${SELECT_PREFIX}${text}`) as {
      stmts?: { stmt: { SelectStmt?: { targetList?: { ResTarget?: { val?: Node } }[] } } }[];
    };
    const targets = result.stmts?.[0]?.stmt.SelectStmt?.targetList ?? [];
    const nodes = targets.flatMap((t) => (t.ResTarget?.val ? [t.ResTarget.val] : []));
    return { nodes, locationShift };
  } catch {
    return { nodes: [], locationShift };
  }
}

/** The file line of a parsed node's `location` inside embedded SQL. */
export function embeddedLine(embedded: EmbeddedSql, location: number | undefined): number {
  if (location === undefined || location < 0) return embedded.line;
  const bytes = new TextEncoder().encode(embedded.sql);
  const end = Math.min(bytes.length, Math.max(0, location - embedded.locationShift));
  let newlines = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) newlines++;
  return embedded.line + newlines;
}

/** The embedded SQL a parsed node came from, e.g. for a statement a DO block runs. */
export function embeddedSqlOf(body: PlpgsqlBody, node: Node): EmbeddedSql | undefined {
  return body.sql.find((e) => e.nodes.includes(node));
}
