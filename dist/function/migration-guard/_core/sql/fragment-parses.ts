import { parsePlPgSQLSync, parseSync, requireParser, scanSync } from './pg-query.ts';

/**
 * The parser's calls made on pieces of SQL while a file is linted (a SQL function's body, a
 * PL/pgSQL body a rule reads again, a trigger's WHEN clause, a policy's clause, an extension's
 * stand-in script), through a store the run's parse cache provides. A file's own parse is
 * cached whole; with these cached too, a check whose files are all in the cache never runs the
 * parser (whose first call compiles most of its WebAssembly: about 40 ms).
 *
 * Each result is what libpg-query returns, or the message of the error it threw (every caller
 * treats a failure alike: no nodes). A stored result comes back as a new object on each call,
 * so callers may keep or change what they get.
 */

export type FragmentKind = 'parse' | 'plpgsql' | 'scan';

/** A result as stored: libpg-query's value, or its error's message. */
export type FragmentResult = { value: unknown } | { error: string };

export interface FragmentStore {
  get(kind: FragmentKind, text: string): FragmentResult | undefined;
  put(kind: FragmentKind, text: string, result: FragmentResult): void;
}

let store: FragmentStore | undefined;
/** Inside a file's own parse (`parseSql`), whose result is cached whole: no store. */
let fileParses = 0;

/** Run `work` with `fragments` as the store (none: the parser is called every time). */
export function withFragmentStore<T>(fragments: FragmentStore | undefined, work: () => T): T {
  const outer = store;
  store = fragments;
  try {
    return work();
  } finally {
    store = outer;
  }
}

/** Run `work` (a file's own parse) with no store. */
export function withoutFragmentStore<T>(work: () => T): T {
  fileParses++;
  try {
    return work();
  } finally {
    fileParses--;
  }
}

const PARSERS: Record<FragmentKind, (text: string) => unknown> = {
  parse: parseSync,
  plpgsql: parsePlPgSQLSync,
  scan: scanSync,
};

function call(kind: FragmentKind, text: string): unknown {
  const fragments = fileParses > 0 ? undefined : store;
  if (!fragments) return PARSERS[kind](text);
  const known = fragments.get(kind, text);
  if (known) {
    if ('error' in known) throw new Error(known.error);
    return known.value;
  }
  // Without the parser this throws, and nothing is stored: that is no parse error of the text.
  requireParser();
  let value: unknown;
  try {
    value = PARSERS[kind](text);
  } catch (error) {
    fragments.put(kind, text, { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  fragments.put(kind, text, { value });
  return value;
}

/** libpg-query's `parseSync`, through the store. */
export const parseFragment = (text: string): unknown => call('parse', text);
/** libpg-query's `parsePlPgSQLSync`, through the store. */
export const parsePlpgsqlFragment = (text: string): unknown => call('plpgsql', text);
/** libpg-query's `scanSync`, through the store. */
export const scanFragment = (text: string): ReturnType<typeof scanSync> =>
  call('scan', text) as ReturnType<typeof scanSync>;
