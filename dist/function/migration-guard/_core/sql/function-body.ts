import type { Node } from 'libpg-query';
import { parseFragment } from './fragment-parses.ts';
import { memoizedParse } from './pg-query.ts';
import { nodeAs } from './statement.ts';

/** A `CREATE FUNCTION` option's string value (`language`, ...), or undefined. */
export function optionString(options: Node[] | undefined, name: string): string | undefined {
  for (const option of options ?? []) {
    const def = nodeAs(option, 'DefElem');
    if (def?.defname === name) return nodeAs(def.arg, 'String')?.sval;
  }
  return undefined;
}

/** The string body of a `LANGUAGE sql` function (BEGIN ATOMIC bodies are parsed already). */
export function sqlFunctionBody(options: Node[] | undefined): string | undefined {
  if (optionString(options, 'language')?.toLowerCase() !== 'sql') return undefined;
  for (const option of options ?? []) {
    const def = nodeAs(option, 'DefElem');
    if (def?.defname !== 'as') continue;
    return nodeAs(nodeAs(def.arg, 'List')?.items?.[0], 'String')?.sval;
  }
  return undefined;
}

/**
 * The statements of SQL text the parser accepts whole; none when it does not. Several rules
 * read the body of each SQL function, one after another: the last few texts are kept parsed
 * (a handful, so a long-lived process holds no history). The nodes are shared; read them only.
 */
export function parseStatements(sql: string): readonly Node[] {
  const nodes = memoizedParse(recentlyParsed, sql, () => parseNewStatements(sql));
  // A Map iterates in insertion order: the first key is the oldest.
  if (recentlyParsed.size > RECENT_TEXTS) {
    recentlyParsed.delete(recentlyParsed.keys().next().value as string);
  }
  return nodes;
}

/** `parseStatements` with nodes of the caller's own, to keep (a parsed PL/pgSQL body). */
export function parseNewStatements(sql: string): Node[] {
  try {
    return ((parseFragment(sql) as { stmts?: { stmt: Node }[] }).stmts ?? []).map((s) => s.stmt);
  } catch {
    return [];
  }
}

const RECENT_TEXTS = 16;
const recentlyParsed = new Map<string, Node[]>();
