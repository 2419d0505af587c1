import { isAscii } from 'node:buffer';
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script, type ScriptOptions } from 'node:vm';

/**
 * Loads the bundled CLI (a CommonJS file beside `cli.js`) with V8's code cache: the bytecode
 * V8 compiled for it in an earlier run, so a run does not parse 1.5 MB of JavaScript and
 * compile every function it calls again. On the public histories this took about 50 ms off each
 * run of `check --no-db` (BENCHMARKS.md, `npm run bench:lint-histories`).
 *
 * The cache is kept beside the bundle, in `.code-cache/`, and nowhere else: bytecode is code,
 * and V8 runs it without checking it against the source (it checks only V8's version, its flags
 * and the source's length). Whoever can write that folder can already rewrite the bundle, so
 * nothing is trusted there that was not already; the parse cache's directory (a CI cache
 * restored from elsewhere) is never used for it. Where the folder cannot be written (a
 * read-only install) every run compiles as without a cache.
 *
 * A cache file is `MGCC1`, the CRC-32 of the rest, then V8's data. It is named after Node's
 * version, the platform, the WebAssembly tier setting and the bundle file's size, time and inode,
 * so a rebuilt or edited bundle never meets an old cache; V8 refuses one made with other flags, and
 * the next run writes a new one. `MIGRATION_GUARD_CODE_CACHE=0` turns the cache off.
 */

const MAGIC = Buffer.from('MGCC1');
const HEADER_BYTES = MAGIC.length + 4;
/** V8's cache of the CLI is about 1 MB; a file far larger is not one. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
const CACHE_FOLDER = '.code-cache';
/** A partial cache file this old was left by a writer that died. */
const STALE_PARTIAL_MS = 10 * 60 * 1000;

export interface LoadedScript {
  /** What the file put in `module.exports`. */
  exports: Record<string, unknown>;
  /**
   * Writes V8's cache of the code compiled so far, when this run found none it could use; best
   * after the work, when the functions it ran are compiled. Never throws.
   */
  saveCache(): void;
  /** Whether V8 took a cache this run: for tests and benchmarks. */
  readonly cacheUsed: boolean;
}

type Crc32 = (data: Uint8Array | string) => number;

/**
 * zlib's CRC-32 (Node 20.15 and later; without it no cache is read or written), loaded only
 * when the CLI is: `--help` does without zlib.
 */
function zlibCrc32(): Crc32 | undefined {
  const zlib = createRequire(import.meta.url)('node:zlib') as { crc32?: Crc32 };
  return zlib.crc32;
}

/** Run `file` as Node runs a CommonJS module, with V8's code cache when there is one. */
export function loadCodeCachedScript(file: string, env: NodeJS.ProcessEnv): LoadedScript {
  const bytes = readFileSync(file);
  // A bundle of ASCII only (scripts/bundle.mjs makes it so) reads as a one-byte string, which V8
  // scans faster; anything else is read as UTF-8.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const crc32 = env['MIGRATION_GUARD_CODE_CACHE'] !== '0' ? zlibCrc32() : undefined;
  const cacheFile = crc32 ? cachePath(file, crc32) : null;
  const cachedData = cacheFile && crc32 ? readCache(cacheFile, crc32) : undefined;
  const options: ScriptOptions = { filename: file };
  if (cachedData) options.cachedData = cachedData;
  // No dynamic import() may remain in the file (esbuild inlines those of bundled modules; the
  // CLI requires built-ins): Node's loader for one (vm's USE_MAIN_CONTEXT_DEFAULT_LOADER) is
  // experimental and says so on stderr, and a script run from V8's cache loses it
  // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, seen with child_process in session 17).
  // The wrapper Node puts around a CommonJS module, on the file's first line: lines in stack
  // traces stay the file's own.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) { ${source}\n})`,
    options,
  );
  const cacheUsed = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cacheUsed,
    saveCache: () => {
      if (!cacheFile || !crc32 || cacheUsed) return;
      try {
        writeCache(cacheFile, script.createCachedData(), crc32);
      } catch {
        // A read-only install, a full disk: the next run compiles, as this one did.
      }
    },
  };
}

/** `<bundle dir>/.code-cache/<bundle name>-<key>.bin`, the key saying what the cache fits. */
function cachePath(file: string, crc32: Crc32): string | null {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch {
    return null;
  }
  const key = crc32(
    JSON.stringify([
      process.version,
      process.platform,
      process.arch,
      process.env['MIGRATION_GUARD_WASM_TIERUP'] === '1',
      stats.size,
      stats.mtimeMs,
      stats.ino,
    ]),
  )
    .toString(16)
    .padStart(8, '0');
  return join(dirname(file), CACHE_FOLDER, `${basename(file)}-${key}.bin`);
}

/** The V8 data of a cache file that is whole (its CRC-32 matches); undefined otherwise. */
function readCache(path: string, crc32: Crc32): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size <= HEADER_BYTES || stats.size > MAX_CACHE_BYTES) {
      return undefined;
    }
    const file = readFileSync(fd);
    if (!file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const data = file.subarray(HEADER_BYTES);
    if (file.readUInt32BE(MAGIC.length) !== crc32(data)) return undefined;
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Written whole under a name of its own, then renamed: no run reads half a file. */
function writeCache(path: string, data: Buffer, crc32: Crc32): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header);
  header.writeUInt32BE(crc32(data), MAGIC.length);
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, Buffer.concat([header, data]), { flag: 'wx' });
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  // Caches of other builds and Node versions of this bundle are of no further use; a partial
  // file this old was left by a writer that died.
  const stem = `${basename(path).replace(/-[0-9a-f]{8}\.bin$/, '')}-`;
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (name === basename(path) || !name.startsWith(stem)) continue;
    const other = join(dir, name);
    if (/-[0-9a-f]{8}\.bin$/.test(name)) rmSync(other, { force: true });
    else if (name.endsWith('.partial') && now - statSync(other).mtimeMs > STALE_PARTIAL_MS) {
      rmSync(other, { force: true });
    }
  }
}
