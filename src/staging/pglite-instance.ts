import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { MemoryFS, PGlite } from '@electric-sql/pglite';
import { type DataDirTargetFs, unpackDataDirTar } from './data-dir-tar.ts';
import { pgliteExtensionsFor } from './pglite-extensions.ts';
import { standInExtension } from './stand-in-files.ts';
import { supabaseSearchPath } from './supabase-shim/roles.ts';

/**
 * How the worker thread (pglite-worker.ts) makes its PGlite instance: the settings every embedded
 * database runs with, the extensions a run loads, and where the data directory comes from (a
 * snapshot unpacked, or initdb). Imported by the worker only: PGlite's runtime starts loading as
 * this module is, when the thread starts.
 */

/** Where PGlite keeps the data directory in its in-memory file system. */
export const pgdataDir = PGlite.paths.PGDATA;

/** int8 and numeric stay strings, as node-postgres returns them (no silent precision loss). */
const int8Oid = 20;
const numericOid = 1700;
const keepText = (value: string): string => value;

/**
 * PGlite's runtime (its WebAssembly module compiled, its file system bundle read), loaded as the
 * thread starts: a thread started ahead of its database (`prestartWorkerThread`) loads it while
 * the main thread reads and lints the files, not once `open` arrives, and a thread that serves
 * several databases one after the other loads it once. Beside this file in the bundle, PGlite's
 * package from the sources; if anything fails PGlite loads its own.
 */
const runtime = loadRuntime();

/**
 * PGlite's in-memory file system with the data directory unpacked from a snapshot before Postgres
 * starts (which then finds a database and resumes it). Not `loadDataDir`: that copies every file
 * twice; here a file's contents are a view of the snapshot's bytes.
 */
class SnapshotMemoryFS extends MemoryFS {
  readonly #tar: Uint8Array;
  constructor(tar: Uint8Array) {
    super();
    this.#tar = tar;
  }
  override async init(pg: PGlite, options: Parameters<MemoryFS['init']>[1]) {
    const { emscriptenOpts } = await super.init(pg, options);
    const unpack = (mod: { FS: DataDirTargetFs }) => unpackDataDirTar(mod.FS, pgdataDir, this.#tar);
    return {
      emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), unpack] },
    };
  }
}

interface Runtime {
  pgliteWasmModule: WebAssembly.Module;
  fsBundle: Blob;
}

function loadRuntime(): Promise<Runtime | undefined> {
  const files = runtimeFiles();
  if (!files) return Promise.resolve(undefined);
  const { wasm, data } = files;
  return Promise.all([readFile(wasm).then((bytes) => WebAssembly.compile(bytes)), readFile(data)])
    .then(([pgliteWasmModule, bytes]) => ({ pgliteWasmModule, fsBundle: new HeldBytes(bytes) }))
    .catch(() => undefined);
}

/**
 * PGlite's WebAssembly and file system bundle: beside this file in the bundle, in PGlite's package
 * from the sources; undefined when neither has them.
 */
function runtimeFiles(): { wasm: URL; data: URL } | undefined {
  const bases = [() => import.meta.url, () => import.meta.resolve('@electric-sql/pglite')];
  for (const base of bases) {
    try {
      const from = base();
      const wasm = new URL('./pglite.wasm', from);
      const data = new URL('./pglite.data', from);
      if (existsSync(wasm) && existsSync(data)) return { wasm, data };
    } catch {
      // Not resolvable here (the bundle without node_modules): the next, else PGlite's own.
    }
  }
  return undefined;
}

/**
 * A Blob over bytes already read, for PGlite, which reads its file system bundle only through
 * `arrayBuffer()` (a Node 20 Blob would copy the 6 MB in and stream them back out). Each call gets
 * a copy of its own (a few ms): PGlite's in-memory files are writable views into the buffer it is
 * given, and a thread serves several databases one after the other, so what one database wrote
 * into a bundled file must not be in the next one's.
 */
class HeldBytes extends Blob {
  readonly #bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    super([]);
    this.#bytes = bytes;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes.slice().buffer as ArrayBuffer);
  }
}

export async function createPglite(
  extensionNames: string[],
  snapshot?: Uint8Array,
): Promise<PGlite> {
  const loaded = await runtime;
  return PGlite.create({
    ...(loaded ?? {}),
    extensions: { ...pgliteExtensionsFor(extensionNames), standIns: standInExtension },
    parsers: { [int8Oid]: keepText, [numericOid]: keepText },
    // Supabase's search path as the session's own default, so a migration's RESET ALL (pulled
    // dumps have one) and the engine's reset between files come back to it.
    // 32 MB of shared buffers, not Postgres's 128 MB: the embedded database holds a history and a
    // seed, and PGlite zeroes the whole buffer pool at every start (about 0.4 CPU-s at 128 MB,
    // 0.1 s at 32 MB; `npm run bench:embedded-start`). Locks, rewrites and plans do not depend on it.
    startParams: [
      ...PGlite.defaultStartParams,
      '-c',
      `search_path=${supabaseSearchPath}`,
      '-c',
      'shared_buffers=32MB',
      // A checkpoint removes the WAL segments before it instead of keeping them renamed for
      // reuse: a snapshot carries only the segment in use (see `dump`).
      '-c',
      'wal_recycle=off',
    ],
    // 1 MB WAL segments, not 16 MB: the segment in use is written whole into every snapshot
    // and unpacked at every start. The segment size shapes no lock, rewrite or plan.
    initDbStartParams: ['--wal-segsize=1'],
    ...(snapshot ? { fs: new SnapshotMemoryFS(snapshot) } : {}),
  });
}
