import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type DataDirFs,
  type DataDirTargetFs,
  isLaterWalSegment,
  unpackDataDirTar,
  writeDataDirTar,
} from '../src/staging/data-dir-tar.ts';

/**
 * The embedded database's snapshots: the tar the writer writes is one GNU tar reads back (names,
 * types and bytes), and the unpacking gives back the tree written, or refuses a damaged archive.
 * The history-snapshot tests start real databases from snapshots.
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

/** A target that records what the unpacking made. */
function recordingFs(): DataDirTargetFs & { dirs: Set<string>; files: Map<string, Uint8Array> } {
  const dirs = new Set<string>();
  const files = new Map<string, Uint8Array>();
  return {
    dirs,
    files,
    mkdirTree: (path) => {
      for (let at = path; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) dirs.add(at);
    },
    writeFile: (path, data) => {
      expect(dirs.has(path.slice(0, path.lastIndexOf('/')))).toBe(true);
      files.set(path, data);
    },
  };
}

function tarOf(tree: Record<string, Uint8Array | null>): Uint8Array {
  const file = join(scratch, `tree-${Math.random().toString(36).slice(2)}.tar`);
  const fd = openSync(file, 'wx');
  try {
    writeDataDirTar(fakeFs(tree), '/data', fd);
  } finally {
    closeSync(fd);
  }
  return new Uint8Array(readFileSync(file));
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
      // Compared as bytes: vitest's toEqual walks a 1 MiB array element by element (4 CPU-s).
      const read = readFileSync(join(out, path.slice('/data'.length)));
      expect(read.length, path).toBe(bytes.length);
      expect(Buffer.compare(read, bytes), path).toBe(0);
    }
  });

  it('leaves out the files it is told to, and only those', () => {
    const tree: Record<string, Uint8Array | null> = {
      '/data/pg_wal': null,
      '/data/pg_wal/00000001000000000000000A': new Uint8Array(10).fill(1),
      '/data/pg_wal/00000001000000000000000B': new Uint8Array(10).fill(2),
      '/data/pg_wal/00000001000000000000000C': new Uint8Array(10).fill(3),
      '/data/pg_wal/archive_status': null,
      '/data/PG_VERSION': new TextEncoder().encode('18\n'),
    };
    const file = join(scratch, 'trimmed.tar');
    const fd = openSync(file, 'wx');
    try {
      writeDataDirTar(fakeFs(tree), '/data', fd, (name) =>
        isLaterWalSegment(name, '00000001000000000000000A'),
      );
    } finally {
      closeSync(fd);
    }
    const names = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(names).toEqual([
      '/pg_wal',
      '/pg_wal/00000001000000000000000A',
      '/pg_wal/archive_status',
      '/PG_VERSION',
    ]);
  });

  it('counts as a later WAL segment only a segment file of the same timeline after the one in use', () => {
    const inUse = '00000001000000000000000A';
    expect(isLaterWalSegment('/pg_wal/00000001000000000000000B', inUse)).toBe(true);
    expect(isLaterWalSegment('/pg_wal/000000010000000100000000', inUse)).toBe(true);
    // The one in use, earlier ones, another timeline, other files and other folders stay.
    expect(isLaterWalSegment('/pg_wal/00000001000000000000000A', inUse)).toBe(false);
    expect(isLaterWalSegment('/pg_wal/000000010000000000000009', inUse)).toBe(false);
    expect(isLaterWalSegment('/pg_wal/00000002000000000000000B', inUse)).toBe(false);
    expect(isLaterWalSegment('/pg_wal/00000001000000000000000B.partial', inUse)).toBe(false);
    expect(isLaterWalSegment('/pg_wal/00000001.history', inUse)).toBe(false);
    expect(isLaterWalSegment('/base/5/00000001000000000000000B', inUse)).toBe(false);
    expect(isLaterWalSegment('/pg_wal/00000001000000000000000B', 'not a segment')).toBe(false);
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

describe('unpackDataDirTar', () => {
  const tree: Record<string, Uint8Array | null> = {
    '/data/base': null,
    '/data/base/1': null,
    '/data/base/1/2608': new Uint8Array(9000).map((_, i) => i % 256),
    '/data/pg_tblspc': null,
    '/data/postmaster.opts': new Uint8Array(),
  };

  it('gives back the tree written: every directory, every file with its bytes', () => {
    const target = recordingFs();
    unpackDataDirTar(target, '/pglite/data', tarOf(tree));
    expect([...target.dirs].sort()).toEqual([
      '/pglite',
      '/pglite/data',
      '/pglite/data/base',
      '/pglite/data/base/1',
      '/pglite/data/pg_tblspc',
    ]);
    expect([...target.files.keys()].sort()).toEqual([
      '/pglite/data/base/1/2608',
      '/pglite/data/postmaster.opts',
    ]);
    expect(target.files.get('/pglite/data/base/1/2608')).toEqual(tree['/data/base/1/2608']);
    expect(target.files.get('/pglite/data/postmaster.opts')?.byteLength).toBe(0);
  });

  it('refuses a header whose checksum does not match (a damaged snapshot starts cold)', () => {
    const tar = tarOf(tree);
    // A byte of the first entry's name.
    tar[3] = (tar[3] ?? 0) ^ 1;
    expect(() => unpackDataDirTar(recordingFs(), '/pglite/data', tar)).toThrow(/checksum/);
  });

  it('refuses an archive cut short', () => {
    const tar = tarOf(tree);
    expect(() => unpackDataDirTar(recordingFs(), '/pglite/data', tar.subarray(0, 2048))).toThrow(
      /ends inside/,
    );
  });

  it('refuses an entry that climbs out of the data directory', () => {
    const tar = tarOf({ '/data/x': new Uint8Array(1) });
    const name = new TextEncoder().encode('/../../etc/x');
    tar.fill(0, 0, 100);
    tar.set(name, 0);
    // Re-sign the header, so only the name is wrong.
    tar.fill(0x20, 148, 156);
    const sum = tar.subarray(0, 512).reduce((total, byte) => total + byte, 0);
    tar.set(new TextEncoder().encode(`${sum.toString(8).padStart(6, '0')}\u0000 `), 148);
    expect(() => unpackDataDirTar(recordingFs(), '/pglite/data', tar)).toThrow(/outside/);
  });
});
