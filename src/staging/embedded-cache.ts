import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the embedded database keeps its bootstrapped data directory between runs: one snapshot
 * file keyed by everything that shapes it, written atomically, older snapshots pruned. The cache
 * is an optimisation: every problem with it falls back to a cold start, never to a failed run.
 */

/**
 * 2: the data directory has 1 MB WAL segments and is checkpointed before it is written, so a
 * snapshot holds one small WAL segment, not 16 MB ones.
 */
const cacheFormat = 2;

/** `$MIGRATION_GUARD_CACHE_DIR`, else `$XDG_CACHE_HOME/migration-guard`, else `~/.cache/...`. */
export function defaultCacheDir(): string {
  const explicit = process.env['MIGRATION_GUARD_CACHE_DIR'];
  if (explicit) return explicit;
  const xdg = process.env['XDG_CACHE_HOME'];
  return join(xdg || join(homedir(), '.cache'), 'migration-guard');
}

/**
 * How much CPU time (ms, all threads) a history's replay must have taken for it to be saved as
 * a post-history snapshot (`$MIGRATION_GUARD_HISTORY_SNAPSHOT_MS`, default 1000; 0 saves every
 * one). Writing one costs
 * a checkpoint and a dump of the data directory (19 MB for the first 60 files of a public history
 * since the snapshots left out the template databases and the unused WAL); loading it instead of the base
 * snapshot costs little more, so it pays back only a replay longer than that. (Measured with the
 * 42 MB dumps of cache format 1: on the 10-file example a saved 9-file history made the next
 * check 0.2 s faster and the first 0.9 s slower.)
 */
export function historySnapshotMinMs(): number {
  const set = process.env['MIGRATION_GUARD_HISTORY_SNAPSHOT_MS']?.trim();
  const value = Number(set);
  return set && Number.isFinite(value) && value >= 0 ? value : 1000;
}

export function installedVersion(packageName: string): string | undefined {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve(packageName));
  } catch {
    // Not resolvable (e.g. inside a bundle): the caller runs without a cache.
    return undefined;
  }
  // The packages do not export package.json; find it above the resolved entry point.
  for (let depth = 0; depth < 4; depth++, dir = dirname(dir)) {
    const manifest = readManifest(join(dir, 'package.json'));
    if (manifest?.name === packageName) return manifest.version;
  }
  return undefined;
}

function readManifest(file: string): { name: unknown; version: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const version: unknown = Reflect.get(parsed, 'version');
    return typeof version === 'string' ? { name: Reflect.get(parsed, 'name'), version } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PGlite's and pgvector's versions: defined by the bundle (dist/ runs where no node_modules is,
 * as the Action does on a runner), else read from node_modules.
 */
declare const __MIGRATION_GUARD_PGLITE_VERSIONS__: { pglite: string; pgvector: string } | undefined;

function pgliteVersions(): { pglite: string; pgvector: string } | undefined {
  if (typeof __MIGRATION_GUARD_PGLITE_VERSIONS__ === 'object') {
    return __MIGRATION_GUARD_PGLITE_VERSIONS__;
  }
  const pglite = installedVersion('@electric-sql/pglite');
  const pgvector = installedVersion('@electric-sql/pglite-pgvector');
  return pglite && pgvector ? { pglite, pgvector } : undefined;
}

/**
 * The base snapshot's file name for this build of the embedded database, or undefined when
 * unknowable. `shape` is everything else that shapes the data directory (shim text, stand-ins).
 */
export function snapshotName(shape: unknown): string | undefined {
  const versions = pgliteVersions();
  if (!versions) return undefined;
  const key = createHash('sha256')
    .update(JSON.stringify({ cacheFormat, ...versions, shape }))
    .digest('hex')
    .slice(0, 16);
  return `pglite-${versions.pglite}-${key}.tar`;
}

/** The cache file for this build of the embedded database, or undefined when unknowable. */
export function cacheFileFor(cacheDir: string, shape: unknown): string | undefined {
  const name = snapshotName(shape);
  return name === undefined ? undefined : join(cacheDir, name);
}

/**
 * The base snapshot shipped beside the bundle (`<name>.gz` in dist/, made by `npm run bundle`),
 * when there is one for this exact shape: a first run on a machine starts from it instead of
 * running initdb and the shim (several seconds). Run from the sources, dist/ is looked in.
 */
export function shippedSnapshotFor(shape: unknown): string | undefined {
  const name = snapshotName(shape);
  if (name === undefined) return undefined;
  const here = import.meta.url;
  const dir = here.endsWith('.ts') ? new URL('../../dist/', here) : new URL('./', here);
  const file = fileURLToPath(new URL(`${name}.gz`, dir));
  return existsSync(file) ? file : undefined;
}

/** Whether `file` is there to load (the worker reads it); never throws. */
export function hasCache(file: string): boolean {
  return existsSync(file);
}

/** Delete a snapshot the database refused (corrupt or incompatible); never throws. */
export async function dropCache(file: string): Promise<void> {
  await rm(file, { force: true }).catch(() => undefined);
}

/**
 * Whether the snapshot was written. When not, `notice` is one line for the person running the
 * check: the run goes on without the cache, which only costs later runs their warm start.
 */
export type CacheWrite = { ok: true } | { ok: false; notice: string };

/** A `.partial` file this old was left by a writer that died (SIGKILL, power loss). */
const STALE_PARTIAL_MS = 10 * 60 * 1000;

/**
 * Write the snapshot. Never throws: an unusable cache directory (a file, under a file,
 * read-only, full) is reported in the result. The snapshot is written to a `.partial` file and
 * renamed, so a concurrent start never loads half of it; the partial file is removed if the
 * write fails, if the process exits or is interrupted (SIGINT, SIGTERM) during the write, and,
 * once stale, by the next write.
 */
export async function writeCache(file: string, dump: Snapshot): Promise<CacheWrite> {
  const written = await writeAtomically(file, dump);
  // Pruning is housekeeping: the snapshot is written whatever it finds.
  if (written.ok) await pruneOtherSnapshots(file).catch(() => undefined);
  return written;
}

/**
 * A snapshot to write: a Blob, or what writes it to the open file (the embedded database's
 * worker writes its data directory straight to the file descriptor).
 */
type Snapshot = Blob | ((fd: number) => Promise<unknown>);

async function writeAtomically(file: string, dump: Snapshot): Promise<CacheWrite> {
  const dir = dirname(file);
  try {
    await mkdir(dir, { recursive: true });
    await removeStalePartials(dir);
  } catch (error) {
    return unusable(dir, error);
  }
  const partial = `${file}.${process.pid}.partial`;
  const release = removeIfInterrupted(partial);
  try {
    // Created afresh ('wx'), never written through a link someone left at that name.
    await rm(partial, { force: true });
    const handle = await open(partial, 'wx');
    try {
      if (typeof dump === 'function') {
        await dump(handle.fd);
      } else {
        const reader = dump.stream().getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          await handle.write(read.value);
        }
      }
    } finally {
      await handle.close();
    }
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    return unusable(dir, error);
  } finally {
    release();
  }
  return { ok: true };
}

const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Remove `partial` if the process exits or is interrupted while it is being written; returns
 * the function that stops watching. An interrupt is passed on: with no other listener the
 * signal is raised again, so the process ends as it would have.
 */
function removeIfInterrupted(partial: string): () => void {
  const remove = () => {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing more can be done while exiting; the next write removes it once stale.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    release();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const release = () => {
    process.off('exit', remove);
    for (const signal of INTERRUPTS) process.off(signal, onSignal);
  };
  process.once('exit', remove);
  for (const signal of INTERRUPTS) process.once(signal, onSignal);
  return release;
}

async function removeStalePartials(dir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir)) {
    if (!/^(history-)?pglite-.*\.partial$/.test(name)) continue;
    const path = join(dir, name);
    try {
      if (now - (await stat(path)).mtimeMs > STALE_PARTIAL_MS) await rm(path, { force: true });
    } catch {
      // Gone already (its writer finished or another run removed it).
    }
  }
}

function unusable(dir: string, error: unknown): CacheWrite {
  return {
    ok: false,
    notice: `the embedded database's cache directory ${dir} ${problem(error)}, so this run does not cache its snapshot and later runs start cold too (about 5 s); set MIGRATION_GUARD_CACHE_DIR to a writable directory`,
  };
}

export function problem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EEXIST':
      return 'is a file, not a directory';
    case 'ENOTDIR':
      return 'is under a file, not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'is not writable (permission denied)';
    case 'EROFS':
      return 'is on a read-only file system';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'has no space left';
    default:
      return `cannot be written (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/**
 * Snapshots of other versions or shims are dead weight (tens of MB each): delete them, with the
 * post-history snapshots taken from them.
 */
async function pruneOtherSnapshots(kept: string): Promise<void> {
  const dir = dirname(kept);
  const base = basename(kept, '.tar');
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const otherBase = /^pglite-.*\.tar$/.test(name) && path !== kept;
    const otherHistory =
      /^history-pglite-.*\.(tar|json)$/.test(name) && !name.startsWith(`${HISTORY_PREFIX}${base}-`);
    if (otherBase || otherHistory) await rm(path, { force: true });
  }
}

/**
 * A post-history snapshot: the data directory after the history before the files under check
 * was replayed on the base snapshot, and what that replay reported, which a check that starts
 * from it reports again instead of replaying.
 */
export interface HistorySnapshotFiles {
  tar: string;
  replayed: string;
}

const HISTORY_PREFIX = 'history-';

/** The post-history snapshots kept per base snapshot: a few bases (branches) checked in turn. */
const HISTORY_SNAPSHOTS_KEPT = 3;

/**
 * The files of the post-history snapshot taken from `baseFile` for the history `key` names (its
 * files' checksums, what shapes their replay). The build of the tool is part of the key: another
 * engine may replay the same files differently. From the sources (tests) that is this module's
 * text only; a bundle holds the whole tool.
 */
export function historySnapshotFiles(baseFile: string, key: unknown): HistorySnapshotFiles {
  const hash = createHash('sha256')
    .update(JSON.stringify({ cacheFormat, build: buildId(), key }))
    .digest('hex')
    .slice(0, 16);
  const stem = join(dirname(baseFile), `${HISTORY_PREFIX}${basename(baseFile, '.tar')}-${hash}`);
  return { tar: `${stem}.tar`, replayed: `${stem}.json` };
}

let build: string | undefined;

function buildId(): string {
  if (build === undefined) {
    try {
      build = createHash('sha256')
        .update(readFileSync(fileURLToPath(import.meta.url)))
        .digest('hex');
    } catch {
      build = 'unknown';
    }
  }
  return build;
}

/**
 * What the replay of a post-history snapshot reported, when both its files are there, or
 * undefined. Synchronous (a few KB), so a start decides what to load before it yields.
 */
export function readHistorySnapshot(
  files: HistorySnapshotFiles,
): { replayed: unknown } | undefined {
  try {
    if (!existsSync(files.tar)) return undefined;
    return { replayed: JSON.parse(readFileSync(files.replayed, 'utf8')) };
  } catch {
    return undefined;
  }
}

/**
 * Write a post-history snapshot: what the replay reported first, then the data directory, each
 * renamed into place, so a reader that finds the data directory finds its report. Never throws;
 * the older post-history snapshots beyond the few kept are deleted.
 */
export async function writeHistorySnapshot(
  files: HistorySnapshotFiles,
  dump: Snapshot,
  replayed: unknown,
): Promise<CacheWrite> {
  const report = await writeAtomically(files.replayed, new Blob([JSON.stringify(replayed)]));
  if (!report.ok) return report;
  const written = await writeAtomically(files.tar, dump);
  if (written.ok) await pruneHistorySnapshots(files).catch(() => undefined);
  return written;
}

/** Delete a post-history snapshot the database refused; never throws. */
export async function dropHistorySnapshot(files: HistorySnapshotFiles): Promise<void> {
  await dropCache(files.tar);
  await dropCache(files.replayed);
}

/** Keep the newest few post-history snapshots of this base (by when they were written). */
async function pruneHistorySnapshots(kept: HistorySnapshotFiles): Promise<void> {
  const dir = dirname(kept.tar);
  const family = basename(kept.tar).replace(/-[0-9a-f]{16}\.tar$/, '-');
  const snapshots: { stem: string; mtimeMs: number }[] = [];
  for (const name of await readdir(dir)) {
    if (!name.startsWith(family) || !name.endsWith('.tar')) continue;
    const stem = join(dir, name.slice(0, -'.tar'.length));
    const written = await stat(`${stem}.tar`).catch(() => undefined);
    if (written) snapshots.push({ stem, mtimeMs: written.mtimeMs });
  }
  snapshots.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { stem } of snapshots.slice(HISTORY_SNAPSHOTS_KEPT)) {
    if (`${stem}.tar` === kept.tar) continue;
    await dropHistorySnapshot({ tar: `${stem}.tar`, replayed: `${stem}.json` });
  }
}
