import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { lutimes, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from '../core/project.ts';
import type { FragmentKind, FragmentResult, FragmentStore } from '../core/sql/fragment-parses.ts';
import { type ParsedSql, parseSql } from '../core/sql/parse-sql.ts';
import { fromRecord, toRecord } from '../core/sql/parsed-sql-record.ts';
import {
  type CacheWrite,
  problem as cacheDirProblem,
  installedVersion,
} from '../staging/embedded-cache.ts';

/**
 * The parse cache: each migration file's parse, stored under the sha256 of its text in
 * `<cache dir>/parse-<build id>/<sha256>.json`, so a check re-parses only the files that changed
 * since a run of the same build. Loading a stored parse (JSON) took a tenth of the time of
 * parsing on the public histories (BENCHMARKS.md).
 *
 * An entry is input from disk that someone else may have written (a restored CI cache): it is
 * used only when it names the format, the build and the sha256 of this very text, and every
 * field checks out (`fromRecord`); anything else is parsed again and overwritten. Like the
 * embedded database's snapshot, the cache never fails a run: an unusable directory costs the
 * warm start and is reported in one line.
 *
 * It also keeps what the parser made of the pieces of SQL the lint parses apart from a file's
 * own parse (`src/core/sql/fragment-parses.ts`), in `f-<sha256 of kind and text>.json`, under
 * the same rules: a check whose files it holds all never starts the parser's compilation.
 */

/** Bumped when the entry's envelope changes; the record's own shape is in the parser id. */
const CACHE_FORMAT = 1;
/** Before the sha256 in the name of an entry for a piece of SQL. */
const FRAGMENT_PREFIX = 'f-';

/** Other builds' entries and stale partial files are removed at most this often. */
const PRUNE_EVERY_MS = 24 * 60 * 60 * 1000;
/** An entry no run has used for this long is removed by the next pruning. */
const UNUSED_FOR_MS = 30 * 24 * 60 * 60 * 1000;
/** A `.partial` file this old was left by a writer that died. */
const STALE_PARTIAL_MS = 10 * 60 * 1000;

declare const __MIGRATION_GUARD_PARSER_ID__: string | undefined;

export interface ParseCache {
  /** `parseSql(sql)`, from the cache when it holds this text's parse. */
  parse(sql: string): ParsedSql;
  /** Store the parses this run made; never throws. */
  save(): Promise<CacheWrite>;
  /** Entries used, and texts parsed, so far. */
  readonly stats: { hits: number; misses: number };
  /** The store for the pieces of SQL the lint parses (none without a directory). */
  readonly fragments: FragmentStore | undefined;
  /** The same counts for those pieces. */
  readonly fragmentStats: { hits: number; misses: number };
  /** Whether parses are kept between runs (a directory, and a build id to name its entries). */
  readonly persists: boolean;
  /** Whether this build has no entry at all yet (a first run): every text will be parsed. */
  isEmpty(): boolean;
  /** Whether there is an entry for each of these texts (not yet whether it is sound). */
  holdsAll(texts: readonly string[]): boolean;
}

/** A parse cache in `cacheDir`; `null` (or a build whose id is unknowable) caches nothing. */
export function openParseCache(cacheDir: string | null): ParseCache {
  const build = cacheDir === null ? undefined : buildId();
  if (cacheDir === null || build === undefined) return uncached();
  return new DirectoryParseCache(cacheDir, build);
}

function uncached(): ParseCache {
  const stats = { hits: 0, misses: 0 };
  return {
    parse: (sql) => {
      stats.misses++;
      return parseSql(sql);
    },
    save: async () => ({ ok: true }),
    stats,
    fragments: undefined,
    fragmentStats: { hits: 0, misses: 0 },
    persists: false,
    isEmpty: () => true,
    holdsAll: (texts) => texts.length === 0,
  };
}

interface Entry {
  /**
   * The entry file's JSON, as it will be written; for an entry read from disk, until its parse
   * is decoded (a second parse of the same text reads the file again: keeping the text of
   * every entry read alive to the end made a warm lint of 500 files 4 % slower, BENCHMARKS.md).
   */
  json: string | undefined;
  /** Not on disk yet (or on disk but unusable): written by `save`. */
  pending: boolean;
  /** On disk, and last written more than a day ago: its time is refreshed by `save`. */
  stale: boolean;
}

class DirectoryParseCache implements ParseCache {
  readonly stats = { hits: 0, misses: 0 };
  readonly fragmentStats = { hits: 0, misses: 0 };
  readonly persists = true;
  readonly fragments: FragmentStore = {
    get: (kind, text) => this.#fragment(kind, text),
    put: (kind, text, result) => this.#putFragment(kind, text, result),
  };
  /** Entries by sha256 this run read or made; a text parsed twice (lint, then staging) is read once. */
  readonly #entries = new Map<string, Entry>();
  /** This build's folder in the cache directory. */
  readonly dir: string;
  /** Whether that folder existed when this run first looked for an entry. */
  #folderFound: boolean | undefined;
  readonly #hashes = new Map<string, string>();

  constructor(
    readonly cacheDir: string,
    readonly build: string,
  ) {
    this.dir = join(cacheDir, `parse-${build}`);
  }

  isEmpty(): boolean {
    this.#folderFound ??= existsSync(this.dir);
    return !this.#folderFound;
  }

  holdsAll(texts: readonly string[]): boolean {
    if (this.isEmpty()) return texts.length === 0;
    return texts.every((sql) => existsSync(this.#file(this.#sha256(sql))));
  }

  /** A text's sha256, worked out once per run (`holdsAll` asks first, `parse` again). */
  #sha256(sql: string): string {
    let sha256 = this.#hashes.get(sql);
    if (sha256 === undefined) {
      sha256 = sha256Hex(sql);
      this.#hashes.set(sql, sha256);
    }
    return sha256;
  }

  parse(sql: string): ParsedSql {
    const sha256 = this.#sha256(sql);
    const seen = this.#entries.get(sha256);
    const known = seen?.json !== undefined ? seen : this.#read(sha256, sql);
    if (known?.json !== undefined) {
      const parsed = this.#decode(known.json, sha256, sql);
      if (parsed) {
        if (!known.pending) this.stats.hits++;
        this.#entries.set(
          sha256,
          known.pending ? known : { json: undefined, pending: false, stale: known.stale },
        );
        return parsed;
      }
    }
    this.stats.misses++;
    const parsed = parseSql(sql);
    // Encoded now, before the lint marks suppressions as used.
    const entry = { format: CACHE_FORMAT, build: this.build, sha256, parsed: toRecord(parsed) };
    this.#entries.set(sha256, { json: JSON.stringify(entry), pending: true, stale: false });
    return parsed;
  }

  /** A stored result of the parser on a piece of SQL, if this build stored one for this text. */
  #fragment(kind: FragmentKind, text: string): FragmentResult | undefined {
    const { sha256, key } = fragmentKey(kind, text);
    const seen = this.#entries.get(key);
    // Kept in memory once read: pieces are small, and some are parsed again soon after.
    const known = seen ?? this.#read(key, text);
    if (known?.json === undefined) return undefined;
    const result = decodeFragment(known.json, this.build, sha256, kind);
    if (result === undefined) return undefined;
    if (!seen) {
      this.fragmentStats.hits++;
      this.#entries.set(key, known);
    }
    return result;
  }

  #putFragment(kind: FragmentKind, text: string, result: FragmentResult): void {
    const { sha256, key } = fragmentKey(kind, text);
    this.fragmentStats.misses++;
    // Encoded now: the caller may change the value it was handed.
    const entry = { format: CACHE_FORMAT, build: this.build, sha256, fragment: kind, result };
    this.#entries.set(key, {
      json: JSON.stringify(entry),
      pending: true,
      stale: false,
    });
  }

  /**
   * The entry file named `key` for `sql`, if it is a regular file of a plausible size: a
   * restored cache may hold a FIFO (opened without blocking, then refused) or a link to an
   * endless device.
   */
  #read(key: string, sql: string): Entry | undefined {
    // A first run finds no folder: one test instead of a failed open (an exception) per file.
    this.#folderFound ??= existsSync(this.dir);
    if (!this.#folderFound) return undefined;
    let fd: number | undefined;
    try {
      fd = openSync(this.#file(key), constants.O_RDONLY | constants.O_NONBLOCK);
      const stats = fstatSync(fd);
      if (!stats.isFile() || stats.size > maxEntryBytes(sql)) return undefined;
      const stale = Date.now() - stats.mtimeMs > PRUNE_EVERY_MS;
      return { json: readFileSync(fd, 'utf8'), pending: false, stale };
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** The parse an entry holds, if it is one of this build, of this text, and well formed. */
  #decode(json: string, sha256: string, sql: string): ParsedSql | undefined {
    const entry = envelopeOf(json, this.build, sha256);
    return entry ? fromRecord(sql, entry['parsed']) : undefined;
  }

  /** The file of the entry named `key`: a text's sha256, or a piece's with its prefix. */
  #file(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /**
   * Written whole, then renamed: a concurrent run never reads half an entry. Synchronous: a
   * run writes its entries in one go at the end of the lint, where the promise machinery of
   * asynchronous writes (a file handle and several callbacks per entry) cost more CPU than the
   * writes themselves (BENCHMARKS.md).
   */
  #write(key: string, entry: Entry & { json: string }): void {
    const partial = `${this.#file(key)}.${process.pid}.partial`;
    try {
      // Created afresh ('wx'), never through a link someone left at that name: whatever is
      // there is removed first.
      try {
        writeFileSync(partial, entry.json, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        rmSync(partial, { force: true });
        writeFileSync(partial, entry.json, { flag: 'wx' });
      }
      renameSync(partial, this.#file(key));
    } catch (error) {
      try {
        rmSync(partial, { force: true });
      } catch {
        // The write's own error is the one to report.
      }
      throw error;
    }
    entry.pending = false;
  }

  async save(): Promise<CacheWrite> {
    // A pending entry always holds its text (only entries read from disk drop it).
    const pending = [...this.#entries].filter(
      (pair): pair is [string, Entry & { json: string }] =>
        pair[1].pending && pair[1].json !== undefined,
    );
    const now = new Date();
    try {
      if (pending.length > 0) {
        // The cache directory first, so a file in its place is reported as such.
        await mkdir(this.cacheDir, { recursive: true });
        await mkdir(this.dir, { recursive: true });
      }
      for (const [sha256, entry] of pending) this.#write(sha256, entry);
    } catch (error) {
      return {
        ok: false,
        notice: `the parse cache's directory ${this.cacheDir} ${cacheDirProblem(error)}, so this run does not cache its parses and the next one parses every file again; set MIGRATION_GUARD_CACHE_DIR to a writable directory`,
      };
    }
    // Housekeeping: the run's own entries are written whatever it finds.
    const used = new Set([...this.#entries.keys()].map((sha256) => `${sha256}.json`));
    for (const [sha256, entry] of this.#entries) {
      if (entry.stale) await lutimes(this.#file(sha256), now, now).catch(() => undefined);
    }
    await prune(this.dir, used).catch(() => undefined);
    return { ok: true };
  }
}

/** A piece's sha256 (of its kind and text) and the name of its entry. */
function fragmentKey(kind: FragmentKind, text: string): { sha256: string; key: string } {
  const sha256 = sha256Hex(`${kind}\u0000${text}`);
  return { sha256, key: `${FRAGMENT_PREFIX}${sha256}` };
}

/** An entry's fields, if it is JSON of this cache format and build, stored under `sha256`. */
function envelopeOf(
  json: string,
  build: string,
  sha256: string,
): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = value as Record<string, unknown>;
  const fits =
    entry['format'] === CACHE_FORMAT && entry['build'] === build && entry['sha256'] === sha256;
  return fits ? entry : undefined;
}

/** The result an entry for a piece of SQL holds, if it is one of this build, kind and text. */
function decodeFragment(
  json: string,
  build: string,
  sha256: string,
  kind: FragmentKind,
): FragmentResult | undefined {
  const entry = envelopeOf(json, build, sha256);
  if (entry?.['fragment'] !== kind) return undefined;
  const result = entry['result'];
  if (typeof result !== 'object' || result === null) return undefined;
  const { value: parsed, error } = result as Record<string, unknown>;
  if (typeof error === 'string' && parsed === undefined) return { error };
  // libpg-query's results are objects: a parse tree, a PL/pgSQL function list, scanned tokens.
  if (typeof parsed === 'object' && parsed !== null && error === undefined)
    return { value: parsed };
  return undefined;
}

/**
 * Remove other builds' entry folders, entries no run used for 30 days, and partial files left
 * by writers that died; at most once a day (a marker file's time says when it last ran).
 */
async function prune(dir: string, used: ReadonlySet<string>): Promise<void> {
  const marker = join(dir, '.pruned');
  const now = Date.now();
  const last = await stat(marker).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (now - last < PRUNE_EVERY_MS) return;
  await writeFile(marker, '');
  const parent = join(dir, '..');
  const own = dir.slice(parent.length + 1);
  for (const name of await readdir(parent)) {
    if (name !== own && /^parse-[0-9a-f]+$/.test(name)) {
      await rm(join(parent, name), { recursive: true, force: true });
    }
  }
  for (const name of await readdir(dir)) {
    if (used.has(name) || name === '.pruned') continue;
    const path = join(dir, name);
    const limit = name.endsWith('.partial') ? STALE_PARTIAL_MS : UNUSED_FOR_MS;
    const age = await stat(path).then(
      (s) => now - s.mtimeMs,
      () => 0,
    );
    if (age > limit) await rm(path, { force: true });
  }
}

/**
 * The largest entry read for a text: the public histories' entries are 2-7 times their SQL's
 * size (JSON of the parse tree); anything far larger is not an entry of this text.
 */
function maxEntryBytes(sql: string): number {
  return 64 * 1024 + 64 * sql.length * 3;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * What decides whether a stored parse is still the one this build would make: the cache format,
 * the tool's version, and the parser id. The parser id is a hash of libpg-query's version and
 * the sources of `src/core/sql/` (where `ParsedSql` is made: the parse, the PL/pgSQL walk and
 * the record format), computed by scripts/bundle.mjs for dist/ and read from the sources when
 * run from them, so an edit there invalidates entries during development too. The bundle's
 * own hash would also change with every rule edit, throwing the cache away for nothing.
 */
function buildId(): string | undefined {
  const parser =
    typeof __MIGRATION_GUARD_PARSER_ID__ === 'string'
      ? __MIGRATION_GUARD_PARSER_ID__
      : parserIdFromSources();
  if (parser === undefined) return undefined;
  return sha256Hex(JSON.stringify({ format: CACHE_FORMAT, tool: TOOL_VERSION, parser })).slice(
    0,
    16,
  );
}

/** The parser id as scripts/bundle.mjs computes it, from the sources next to this file. */
function parserIdFromSources(): string | undefined {
  const libpgQuery = installedVersion('libpg-query');
  if (libpgQuery === undefined) return undefined;
  try {
    const dir = fileURLToPath(new URL('../core/sql/', import.meta.url));
    const sources = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
    return sha256Hex(JSON.stringify({ libpgQuery, sources }));
  } catch {
    return undefined;
  }
}
