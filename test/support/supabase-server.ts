import { PgDatabase } from '../../src/staging/pg-database.ts';
import { bootstrapSupabaseShim } from '../../src/staging/supabase-shim.ts';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';

/**
 * A PostgreSQL 15 cluster that already has Supabase's surface (roles, auth, storage, realtime,
 * the preinstalled extensions it has), as a Supabase staging project or preview branch has: a
 * check on it finds the auth schema and adds nothing. Installed in `postgres` and in
 * `template1`, so a database created on the cluster (`fix`'s proofs) has it too.
 *
 * For tests about something else than a plain server (the Action's GitHub side, `fix`'s
 * rewrites): each run on a plain server adds the shim again (about 0.2 s of CPU per run). A plain
 * server, where the run adds the shim, has its own tests (staging-db, check-db-rollback,
 * staging-cli, fix.test.ts).
 */
export async function startSupabaseLikeCluster(): Promise<PgCluster> {
  const cluster = await startPgCluster();
  try {
    for (const database of ['postgres', 'template1']) {
      const url = new URL(cluster.url);
      url.pathname = `/${database}`;
      const db = await PgDatabase.connect({ url: url.toString() });
      try {
        await bootstrapSupabaseShim(db, { keepExistingRoles: true });
      } finally {
        await db.close();
      }
    }
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}
