import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileFor, shippedSnapshotFor } from '../src/staging/embedded-cache.ts';
import { baseSnapshotShape, PgliteDatabase } from '../src/staging/pglite-database.ts';

/**
 * A damaged snapshot in the cache (cut short by a full disk, overwritten) is no failed run: the
 * embedded database refuses it, starts from nothing and writes a sound one in its place.
 */

const cacheDir = mkdtempSync(join(tmpdir(), 'mg-damaged-snapshot-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function snapshotFile(): string {
  const names = readdirSync(cacheDir).filter((n) => /^pglite-.*\.tar$/.test(n));
  expect(names).toHaveLength(1);
  return join(cacheDir, names[0] ?? '');
}

async function startAndCount(): Promise<{ source: string; tables: number }> {
  // Not from the snapshot shipped in dist/: this is about the cache's own file.
  const db = await PgliteDatabase.start({ cacheDir, shipped: false });
  try {
    const { rows } = await db.query<{ n: string }>(
      "select count(*)::text as n from pg_class where relnamespace = 'auth'::regnamespace",
    );
    return { source: db.startup.source, tables: Number(rows[0]?.n) };
  } finally {
    await db.close();
  }
}

describe('a damaged base snapshot', () => {
  it('is refused, and the database starts from nothing and replaces it', async () => {
    // A sound snapshot in the cache to begin with: the one shipped in dist/, unpacked where the
    // cache keeps its own (a cold start would write the same; this test needs two cold starts,
    // not three).
    const shape = baseSnapshotShape();
    const shipped = shippedSnapshotFor(shape);
    const file = cacheFileFor(cacheDir, shape);
    if (!shipped || !file) throw new Error('no base snapshot shipped in dist/: run npm run bundle');
    writeFileSync(file, gunzipSync(readFileSync(shipped)));
    const first = await startAndCount();
    expect(first.source).toBe('cache');
    expect(first.tables).toBeGreaterThan(0);
    expect(snapshotFile()).toBe(file);
    const sound = statSync(file).size;

    // Cut short in the middle of a file's bytes: refused, started cold, replaced by a whole one.
    writeFileSync(file, readFileSync(file).subarray(0, Math.floor(sound / 2) + 100));
    const afterCut = await startAndCount();
    expect(afterCut).toEqual({ source: 'cold', tables: first.tables });
    const rewritten = statSync(snapshotFile()).size;
    expect(rewritten).toBeGreaterThan(Math.floor(sound / 2) + 100);

    // Bytes that are no tar at all.
    writeFileSync(file, Buffer.alloc(4096, 0x41));
    const afterGarbage = await startAndCount();
    expect(afterGarbage).toEqual({ source: 'cold', tables: first.tables });
    expect(statSync(snapshotFile()).size).toBe(rewritten);

    // And the snapshot written in its place loads.
    expect(await startAndCount()).toEqual({ source: 'cache', tables: first.tables });
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
