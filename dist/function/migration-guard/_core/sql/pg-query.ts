import type * as PgQuery from 'libpg-query';

/**
 * The Postgres parser (libpg-query's WebAssembly), loaded only when asked for. Every parse in
 * the tool goes through this module: the functions below are libpg-query's own, and each throws
 * `ParserNotLoadedError` until `loadParser()` has finished.
 *
 * Why on demand: loading the parser reads and compiles 1.3 MB of WebAssembly, about 30-50 ms of
 * a lint-only check on this machine (BENCHMARKS.md, `npm run bench:lint-histories`). A check
 * whose every file and piece of SQL is in the parse cache never calls the parser, so it need not
 * load it: `withParserOnDemand` runs such work without the parser, and runs it again with the
 * parser if it turned out to need it.
 */

type Library = typeof PgQuery;

let library: Library | undefined;
let loading: Promise<void> | undefined;
/** Calls made before the parser was loaded: each threw, though its caller may have caught that. */
let callsBeforeLoad = 0;

/** A parse asked for before `loadParser()` finished: a caller's bug, or a run without it. */
class ParserNotLoadedError extends Error {
  constructor() {
    super('internal error: the SQL parser was called before it was loaded');
    this.name = 'ParserNotLoadedError';
  }
}

/** Load the parser's WebAssembly module; once, however often it is called. */
export function loadParser(): Promise<void> {
  loading ??= import('libpg-query').then(async (loaded) => {
    await loaded.loadModule();
    library = loaded;
  });
  return loading;
}

/**
 * Throws `ParserNotLoadedError` (counted as a call) unless the parser is loaded: for work that
 * will parse, to fail before it starts rather than inside a caller that catches parse errors.
 */
export function requireParser(): void {
  loaded();
}

/**
 * `memo`'s value for `key`, made by `parse` when there is none. It is kept only when it is the
 * parser's answer: a result made while a call found the parser not loaded may be a caught
 * `ParserNotLoadedError` (no nodes, say), which the run made again with the parser must not meet.
 */
export function memoizedParse<K, V>(memo: Map<K, V>, key: K, parse: () => V): V {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const before = callsBeforeLoad;
  const value = parse();
  if (callsBeforeLoad === before) memo.set(key, value);
  return value;
}

function loaded(): Library {
  if (library === undefined) {
    callsBeforeLoad++;
    throw new ParserNotLoadedError();
  }
  return library;
}

export const parseSync = (sql: string): ReturnType<Library['parseSync']> => loaded().parseSync(sql);
export const scanSync = (sql: string): ReturnType<Library['scanSync']> => loaded().scanSync(sql);
export const parsePlPgSQLSync = (sql: string): ReturnType<Library['parsePlPgSQLSync']> =>
  loaded().parsePlPgSQLSync(sql);

/**
 * `work()`, without loading the parser when the parser is not loaded yet. Should `work` call the
 * parser, that call throws, and `work`'s result (or error) is thrown away, whatever it was: a
 * caller inside it may have caught the error and gone on with a wrong answer (a piece it could
 * not parse, say). The parser is then loaded, `beforeRetry` runs (to give `work` fresh state),
 * and `work` runs again, with the parser. `work` must therefore have no effect outside the
 * state `beforeRetry` replaces.
 */
export async function withParserOnDemand<T>(work: () => T, beforeRetry: () => void): Promise<T> {
  if (library === undefined) {
    const before = callsBeforeLoad;
    let outcome: { value: T } | { error: unknown };
    try {
      outcome = { value: work() };
    } catch (error) {
      outcome = { error };
    }
    if (callsBeforeLoad === before) {
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    }
    await loadParser();
    beforeRetry();
  }
  return work();
}
