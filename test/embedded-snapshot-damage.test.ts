import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PgliteDatabase } from '../src/staging/pglite-database.ts';

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
    const first = await startAndCount();
    expect(first.source).toBe('cold');
    expect(first.tables).toBeGreaterThan(0);
    const file = snapshotFile();
    const sound = statSync(file).size;

    // Cut short in the middle of a file's bytes.
    writeFileSync(file, readFileSync(file).subarray(0, Math.floor(sound / 2) + 100));
    const afterCut = await startAndCount();
    expect(afterCut).toEqual({ source: 'cold', tables: first.tables });
    expect(statSync(snapshotFile()).size).toBe(sound);

    // Bytes that are no tar at all.
    writeFileSync(file, Buffer.alloc(4096, 0x41));
    const afterGarbage = await startAndCount();
    expect(afterGarbage).toEqual({ source: 'cold', tables: first.tables });

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
