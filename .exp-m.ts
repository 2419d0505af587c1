import { PgliteDatabase } from './src/staging/pglite-database.ts';
import { startPgCluster } from './test/support/pg-cluster.ts';
import { PgDatabase } from './src/staging/pg-database.ts';
import { bootstrapSupabaseShim } from './src/staging/supabase-shim.ts';
const mode = process.argv[2];
if (mode === 'pg') {
  const c = await startPgCluster();
  const db = await PgDatabase.connect({ url: c.url });
  const t = performance.now();
  await bootstrapSupabaseShim(db);
  console.log(
    `pg cluster start ${c.startMs.toFixed(0)} ms, shim ${(performance.now() - t).toFixed(0)} ms`,
  );
  await db.close();
  await c.stop();
} else {
  const db = await PgliteDatabase.start({ cacheDir: process.argv[3] });
  console.log(`pglite ${db.startup.source} ${db.startup.durationMs.toFixed(0)} ms`);
  await db.close();
}
