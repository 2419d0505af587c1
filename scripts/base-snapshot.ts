/**
 * `npm run bundle`'s last step: the embedded database's base snapshot (initdb and the Supabase
 * shim, as a first run on a machine would make it), gzipped into dist/ under the name its cache
 * key gives, so that first run starts from it (src/staging/embedded-cache.ts
 * `shippedSnapshotFor`). Made only when dist/ has none for the current key (PGlite's build, the
 * shim, the stand-ins): a snapshot is not byte-for-byte reproducible, so an unchanged key keeps
 * the committed file and dist/ stays fresh. Snapshots for other keys are removed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { snapshotName } from '../src/staging/embedded-cache.ts';
import { baseSnapshotShape, PgliteDatabase } from '../src/staging/pglite-database.ts';

const out = resolve(process.argv[2] ?? 'dist');
const name = snapshotName(baseSnapshotShape());
if (name === undefined) throw new Error('base-snapshot: PGlite is not installed (run npm ci)');
const shipped = `${name}.gz`;
const present = readdirSync(out).filter((f) => /^pglite-.*\.tar\.gz$/.test(f));
for (const stale of present.filter((f) => f !== shipped)) rmSync(join(out, stale));
if (!present.includes(shipped)) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'mg-base-snapshot-'));
  try {
    const db = await PgliteDatabase.start({ cacheDir, shipped: false });
    const { source, cacheNotice } = db.startup;
    await db.close();
    if (source !== 'cold' || cacheNotice !== undefined) {
      throw new Error(
        `base-snapshot: expected a cold start that wrote its snapshot (${source}, ${cacheNotice ?? 'written'})`,
      );
    }
    writeFileSync(join(out, shipped), gzipSync(readFileSync(join(cacheDir, name)), { level: 9 }));
    console.log(`base-snapshot: made dist/${shipped}`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
