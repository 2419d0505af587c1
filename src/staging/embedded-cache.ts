import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Where the embedded database keeps its bootstrapped data directory between runs: one snapshot
 * file keyed by everything that shapes it, written atomically, older snapshots pruned.
 */

const cacheFormat = 1;

/** `$MIGRATION_GUARD_CACHE_DIR`, else `$XDG_CACHE_HOME/migration-guard`, else `~/.cache/...`. */
export function defaultCacheDir(): string {
  const explicit = process.env['MIGRATION_GUARD_CACHE_DIR'];
  if (explicit) return explicit;
  const xdg = process.env['XDG_CACHE_HOME'];
  return join(xdg || join(homedir(), '.cache'), 'migration-guard');
}

function installedVersion(packageName: string): string | undefined {
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
 * The cache file for this build of the embedded database, or undefined when unknowable.
 * `shape` is everything else that shapes the data directory (loaded extensions, shim text).
 */
export function cacheFileFor(cacheDir: string, shape: unknown): string | undefined {
  const pglite = installedVersion('@electric-sql/pglite');
  const pgvector = installedVersion('@electric-sql/pglite-pgvector');
  if (!pglite || !pgvector) return undefined;
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        cacheFormat,
        pglite,
        pgvector,
        shape,
      }),
    )
    .digest('hex')
    .slice(0, 16);
  return join(cacheDir, `pglite-${pglite}-${key}.tar`);
}

export async function readCache(file: string): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(file)]);
  } catch {
    return undefined;
  }
}

export async function writeCache(file: string, dump: Blob): Promise<void> {
  // Write then rename, so a concurrent start never loads a half-written file.
  const partial = `${file}.${process.pid}.partial`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
    await pruneOtherSnapshots(file);
  } catch {
    // A read-only or full disk only costs the next run its warm start.
    await rm(partial, { force: true });
  }
}

/** Snapshots of other versions or shims are dead weight (tens of MB each): delete them. */
async function pruneOtherSnapshots(kept: string): Promise<void> {
  const dir = dirname(kept);
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (path !== kept && /^pglite-.*\.tar$/.test(name)) await rm(path, { force: true });
  }
}
