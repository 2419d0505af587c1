import type { ScanToken } from 'libpg-query';
import { parseSync, scanSync } from '../sql/pg-query.ts';
import type { BatchHeader } from '../migrations/batch-header.ts';
import { quoteIdent } from '../sql/quote-identifier.ts';
import { nodeAs } from '../sql/statement.ts';

/**
 * The SQL the engine sends for a batched UPDATE. The user's statement is kept as written (its
 * SET expressions, FROM, RETURNING, comments); only its WHERE is extended with the batch's key
 * range. libpg-query has no deparser, so the range is spliced into the text at the UPDATE's own
 * top-level WHERE, found with Postgres's scanner, and the result is parsed again to prove it is
 * still one UPDATE.
 */
export interface BackfillPlan {
  header: BatchHeader;
  /** The table as the UPDATE names it, quoted, with ONLY when the UPDATE says ONLY. */
  table: string;
  /** The table as the UPDATE names it, quoted, without ONLY (for `to_regclass`). */
  relation: string;
  /** `schema.table` for reports. */
  tableName: string;
  /** The key column, quoted. */
  key: string;
  /**
   * The key of the last row of the next batch, as text: `$1` = the cursor (omitted for the first
   * batch), `$2`/`$1` = the row offset (size - 1). No row means fewer than `size` rows remain.
   */
  upperKeySql(hasLower: boolean): string;
  /** The UPDATE restricted to `key > $lower AND key <= $upper`; parameters in that order. */
  batchSql(hasLower: boolean, hasUpper: boolean): string;
}

export function planBackfill(header: BatchHeader): BackfillPlan | { problem: string } {
  const update = nodeAs(header.statement.node, 'UpdateStmt');
  const relation = update?.relation;
  if (!update || !relation?.relname) return { problem: 'the statement is not an UPDATE' };
  const text = header.statement.text;
  const clauses = topLevelClauses(text);
  if (!clauses) return { problem: 'the UPDATE could not be scanned' };
  const hasWhere = update.whereClause !== undefined;
  if (hasWhere !== (clauses.where !== undefined)) {
    return { problem: "the UPDATE's WHERE clause could not be located" };
  }
  const qualifiedTable = relation.schemaname
    ? `${quoteIdent(relation.schemaname)}.${quoteIdent(relation.relname)}`
    : quoteIdent(relation.relname);
  const table = relation.inh === false ? `ONLY ${qualifiedTable}` : qualifiedTable;
  const key = quoteIdent(header.key);
  // Qualified, so a FROM list with a column of the same name cannot make it ambiguous.
  const keyInUpdate = `${quoteIdent(relation.alias?.aliasname ?? relation.relname)}.${key}`;

  const batchSql = (hasLower: boolean, hasUpper: boolean): string => {
    const bounds: string[] = [];
    if (hasLower) bounds.push(`${keyInUpdate} > $1`);
    if (hasUpper) bounds.push(`${keyInUpdate} <= $${hasLower ? 2 : 1}`);
    const range = bounds.length > 0 ? bounds.join(' AND ') : 'true';
    const { where, returning } = clauses;
    if (where) {
      const condition = text.slice(where.conditionStart, where.end).trim();
      // Newlines: the user's condition may end in a line comment.
      return `${text.slice(0, where.start)}WHERE ${range} AND (\n${condition}\n)${suffix(text, where.end)}`;
    }
    const at = returning ?? text.length;
    return `${text.slice(0, at).trimEnd()}\nWHERE ${range}${suffix(text, at)}`;
  };

  // Prove the splice: every variant must parse back to a single UPDATE of the same table.
  for (const [lower, upper] of [
    [true, true],
    [false, true],
    [true, false],
    [false, false],
  ] as const) {
    const sql = batchSql(lower, upper);
    let stmts: unknown[];
    try {
      stmts = (parseSync(sql) as { stmts?: { stmt: unknown }[] }).stmts ?? [];
    } catch (error) {
      return { problem: `the batched UPDATE does not parse: ${(error as Error).message}` };
    }
    const only = stmts[0] as { stmt?: { UpdateStmt?: { relation?: { relname?: string } } } };
    if (stmts.length !== 1 || only.stmt?.UpdateStmt?.relation?.relname !== relation.relname) {
      return { problem: 'the batched UPDATE is not a single UPDATE of the same table' };
    }
  }

  return {
    header,
    table,
    relation: qualifiedTable,
    tableName: `${relation.schemaname ?? 'public'}.${relation.relname}`,
    key,
    upperKeySql: (hasLower) =>
      hasLower
        ? `SELECT ${key}::text AS upper FROM ${table} WHERE ${key} > $1 ORDER BY ${key} LIMIT 1 OFFSET $2`
        : `SELECT ${key}::text AS upper FROM ${table} ORDER BY ${key} LIMIT 1 OFFSET $1`,
    batchSql,
  };
}

function suffix(text: string, from: number): string {
  const rest = text.slice(from).trim();
  return rest === '' ? '' : `\n${rest}`;
}

interface TopLevelClauses {
  /** Character offsets: the WHERE keyword, the condition after it, and where the clause ends. */
  where?: { start: number; conditionStart: number; end: number };
  /** Character offset of a top-level RETURNING. */
  returning?: number;
}

/**
 * WHERE and RETURNING outside any parentheses: in an UPDATE only its own clauses stand there
 * (subqueries, CTE bodies and FILTER clauses are parenthesized).
 */
function topLevelClauses(text: string): TopLevelClauses | undefined {
  let tokens: ScanToken[];
  try {
    tokens = scanSync(text).tokens;
  } catch {
    return undefined;
  }
  const toChar = charOffsets(text);
  let depth = 0;
  let where: ScanToken | undefined;
  let returning: ScanToken | undefined;
  let whereCount = 0;
  for (const token of tokens) {
    if (token.text === '(' || token.text === '[') depth++;
    else if (token.text === ')' || token.text === ']') depth--;
    else if (depth === 0 && token.text.toLowerCase() === 'where') {
      where = token;
      whereCount++;
    } else if (depth === 0 && token.text.toLowerCase() === 'returning') returning = token;
  }
  if (whereCount > 1) return undefined;
  const clauses: TopLevelClauses = {};
  const returningAt = returning ? toChar(returning.start) : undefined;
  if (returningAt !== undefined) clauses.returning = returningAt;
  if (where) {
    clauses.where = {
      start: toChar(where.start),
      conditionStart: toChar(where.end),
      end: returningAt ?? text.length,
    };
  }
  return clauses;
}

/** Scanner offsets are UTF-8 bytes; the text is sliced in characters. */
function charOffsets(text: string): (byte: number) => number {
  const map: number[] = [];
  let char = 0;
  for (const ch of text) {
    const width = new TextEncoder().encode(ch).length;
    for (let k = 0; k < width; k++) map.push(char);
    char += ch.length;
  }
  map.push(text.length);
  return (byte) => map[Math.min(byte, map.length - 1)] ?? text.length;
}
