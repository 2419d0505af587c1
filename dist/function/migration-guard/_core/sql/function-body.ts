import { type Node, parseSync } from 'libpg-query';
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

/** The statements of SQL text the parser accepts whole; none when it does not. */
export function parseStatements(sql: string): Node[] {
  try {
    return ((parseSync(sql) as { stmts?: { stmt: Node }[] }).stmts ?? []).map((s) => s.stmt);
  } catch {
    return [];
  }
}
