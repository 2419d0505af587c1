import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileFor, shippedSnapshotFor } from '../src/staging/embedded-cache.ts';
import { baseSnapshotShape, PgliteDatabase } from '../src/staging/pglite-database.ts';

/**
 * A damaged snapshot in the cache (cut short by a full disk, overwritten) is no failed run: the
 * embedded database refuses it and starts from the next source it has: the snapshot shipped in
 * dist/ when there is one, else from nothing, writing a sound one in its place.
 */

const cacheDir = mkdtempSync(join(tmpdir(), 'mg-damaged-snapshot-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function snapshotFiles(): string[] {
  return readdirSync(cacheDir).filter((n) => /^pglite-.*\.tar$/.test(n));
}

async function startAndCount(shipped: boolean): Promise<{ source: string; tables: number }> {
  const db = await PgliteDatabase.start({ cacheDir, shipped });
  try {
    const { rows } = await db.query<{ n: string }>(
      "select count(*)::text as n from pg_class where relnamespace = 'auth'::regnamespace",
    );
    return { source: db.startup.source, tables: Number(rows[0]?.n) };
  } finally {
    await db.close();
  }
}

describe('a damaged base snapshot in the cache', () => {
  it('is refused; the start falls back to the shipped snapshot, else starts from nothing and replaces it', async () => {
    // A sound snapshot in the cache to begin with: the one shipped in dist/, unpacked where the
    // cache keeps its own (a cold start would write the same).
    const shape = baseSnapshotShape();
    const shipped = shippedSnapshotFor(shape);
    const file = cacheFileFor(cacheDir, shape);
    if (!shipped || !file) throw new Error('no base snapshot shipped in dist/: run npm run bundle');
    writeFileSync(file, gunzipSync(readFileSync(shipped)));
    const first = await startAndCount(false);
    expect(first.source).toBe('cache');
    expect(first.tables).toBeGreaterThan(0);
    expect(snapshotFiles()).toEqual([basename(file)]);
    const sound = statSync(file).size;

    // Bytes that are no tar at all: refused and dropped, started from the shipped snapshot (no
    // cold start, nothing written: a first run on a machine does the same).
    writeFileSync(file, Buffer.alloc(4096, 0x41));
    expect(await startAndCount(true)).toEqual({ source: 'shipped', tables: first.tables });
    expect(snapshotFiles()).toEqual([]);

    // Cut short in the middle of a file's bytes, and no shipped snapshot to fall back to:
    // refused, started cold, replaced by a whole one.
    writeFileSync(file, gunzipSync(readFileSync(shipped)).subarray(0, Math.floor(sound / 2) + 100));
    expect(await startAndCount(false)).toEqual({ source: 'cold', tables: first.tables });
    expect(snapshotFiles()).toEqual([basename(file)]);
    expect(statSync(file).size).toBeGreaterThan(Math.floor(sound / 2) + 100);

    // And the snapshot written in its place loads, before the shipped one.
    expect(await startAndCount(true)).toEqual({ source: 'cache', tables: first.tables });
  }, 300_000);
});

describe('the base snapshot shipped in dist/', () => {
  it('is where a first run on a machine starts: no initdb, the shim in place, nothing written', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'mg-first-run-'));
    try {
      const db = await PgliteDatabase.start({ cacheDir: fresh });
      try {
        expect(db.startup.source).toBe('shipped');
        const { rows } = await db.query<{ n: string }>(
          "select count(*)::text as n from pg_class where relnamespace = 'auth'::regnamespace",
        );
        expect(Number(rows[0]?.n)).toBeGreaterThan(0);
      } finally {
        await db.close();
      }
      expect(readdirSync(fresh)).toEqual([]);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
