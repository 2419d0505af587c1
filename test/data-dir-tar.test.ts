import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DataDirFs, writeDataDirTar } from '../src/staging/data-dir-tar.ts';

/**
 * The embedded database's snapshot writer: the tar it writes is one GNU tar reads back, names,
 * types and bytes (PGlite's loader reads the same ustar layout; the history-snapshot tests load
 * real snapshots through it).
 */

const DIR_MODE = 0o040750;
const FILE_MODE = 0o100600;

/** An in-memory tree behind the FS calls the writer makes. */
function fakeFs(tree: Record<string, Uint8Array | null>): DataDirFs {
  const mtime = new Date('2026-01-02T03:04:05Z');
  return {
    readdir: (path) => [
      '.',
      '..',
      ...Object.keys(tree)
        .filter((p) => p.startsWith(`${path}/`) && !p.slice(path.length + 1).includes('/'))
        .map((p) => p.slice(path.length + 1)),
    ],
    stat: (path) => ({ mode: tree[path] === null ? DIR_MODE : FILE_MODE, mtime }),
    isDir: (mode) => (mode & 0o170000) === 0o040000,
    isFile: (mode) => (mode & 0o170000) === 0o100000,
    readFile: (path) => tree[path] ?? new Uint8Array(),
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'mg-tar-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('writeDataDirTar', () => {
  it('writes directories and files, empty, small and large, as tar reads them', () => {
    const large = new Uint8Array(1_048_576 + 3).map((_, i) => (i * 7) % 251);
    const tree: Record<string, Uint8Array | null> = {
      '/data/base': null,
      '/data/base/5': null,
      '/data/base/5/1255': new Uint8Array(8192).fill(42),
      '/data/PG_VERSION': new TextEncoder().encode('18\n'),
      '/data/pg_notify': null,
      '/data/postmaster.opts': new Uint8Array(),
      '/data/pg_wal': null,
      '/data/pg_wal/000000010000000000000001': large,
    };
    const file = join(scratch, 'snapshot.tar');
    const fd = openSync(file, 'wx');
    let written: number;
    try {
      written = writeDataDirTar(fakeFs(tree), '/data', fd);
    } finally {
      closeSync(fd);
    }
    expect(statSync(file).size).toBe(written);
    expect(written % 512).toBe(0);

    const listing = execFileSync('tar', ['-tvf', file], { encoding: 'utf8' }).trim().split('\n');
    // Named from the data directory with a leading `/`, as PGlite's own dump names them.
    expect(listing.map((line) => line.split(/\s+/).at(-1))).toEqual([
      '/base',
      '/base/5',
      '/base/5/1255',
      '/PG_VERSION',
      '/pg_notify',
      '/postmaster.opts',
      '/pg_wal',
      '/pg_wal/000000010000000000000001',
    ]);
    expect(listing[0]).toMatch(/^drwxr-x---/);
    expect(listing[2]).toMatch(/^-rw-------.* 8192 2026-01-02/);

    const out = join(scratch, 'out');
    execFileSync('mkdir', ['-p', out]);
    execFileSync('tar', ['-xf', file, '-C', out], { stdio: 'ignore' });
    for (const [path, bytes] of Object.entries(tree)) {
      if (bytes === null) continue;
      expect(new Uint8Array(readFileSync(join(out, path.slice('/data'.length))))).toEqual(bytes);
    }
  });

  it('refuses a name too long for a tar header instead of cutting it', () => {
    const tree = { [`/data/${'x'.repeat(120)}`]: new Uint8Array(1) };
    const fd = openSync(join(scratch, 'long.tar'), 'wx');
    try {
      expect(() => writeDataDirTar(fakeFs(tree), '/data', fd)).toThrow(/too long/);
    } finally {
      closeSync(fd);
    }
  });
});
