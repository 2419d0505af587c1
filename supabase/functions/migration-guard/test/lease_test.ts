import {
  applyBody,
  call,
  clusterTest,
  createTestDatabase,
  handlerFor,
  migration,
  scalar,
  statusOf,
  withDatabase,
} from './deploy-harness.ts';
import { assert, assertEquals } from './assertions.ts';
import { waitFor } from './wait-for.ts';

/**
 * One deployment at a time, held where the work is done (deployment-lease.ts): losing the audit
 * session cannot let a second deployment apply a file twice, and a backfill carried by two
 * deployments runs each batch once.
 */

clusterTest('the deployment lease', async (cluster, t) => {
  await t.step(
    'the audit session is terminated mid-deployment while a second deployment waits: no file applied twice, the first marked interrupted, a resend completes',
    async () => {
      const url = await createTestDatabase(cluster.url);
      await withDatabase(url, (db) => db.exec('create table public.ledger (entry text not null)'));
      const files = [
        await migration('20240601000000', 'first', "insert into public.ledger values ('first');\n"),
        await migration(
          '20240601000001',
          'slow',
          "select pg_sleep(2);\ninsert into public.ledger values ('slow');\n",
        ),
        await migration('20240601000002', 'third', "insert into public.ledger values ('third');\n"),
      ];
      const handler = handlerFor(url);
      const first = call(handler, 'apply', applyBody('lease-a', files));
      await waitFor('the slow file to run', () =>
        withDatabase(url, async (db) => {
          const { rows } = await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND application_name = 'migration-guard apply'
                AND query ILIKE 'select pg_sleep%'`,
          );
          return (rows[0]?.n ?? 0) > 0;
        }),
      );
      // A second deployment of the same files waits for the lease.
      const second = call(handler, 'apply', applyBody('lease-b', files));
      // Until it has tried to claim the lease and been turned away (its audit session, the
      // newer one, ended that try with ROLLBACK).
      await waitFor(
        'the second deployment to wait for the lease',
        async () =>
          (await scalar<number>(
            url,
            `SELECT count(*)::int AS value FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'migration-guard audit'
              AND query = 'ROLLBACK' AND backend_start > (
                SELECT min(backend_start) FROM pg_stat_activity
                 WHERE datname = current_database() AND application_name = 'migration-guard audit')`,
          )) > 0,
      );
      const terminated = await scalar<number>(
        url,
        `SELECT count(pg_terminate_backend(pid))::int AS value FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'migration-guard audit' AND pid IN (
            SELECT pid FROM pg_stat_activity WHERE backend_start = (
              SELECT min(backend_start) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'migration-guard audit'))`,
      );
      assertEquals(terminated, 1, 'the first deployment’s audit session was terminated');

      const a = await first;
      assertEquals(a.status, 503, JSON.stringify(a.body));
      assertEquals(a.body['error'], 'deployment interrupted', JSON.stringify(a.body));
      const b = await second;
      assertEquals(b.status, 200, JSON.stringify(b.body));
      assertEquals(b.body['status'], 'succeeded', JSON.stringify(b.body));
      // The first got through the slow file (it held the lease), the second did the rest.
      assertEquals(statusOf(b.body), [
        '20240601000000:skipped-already-applied',
        '20240601000001:skipped-already-applied',
        '20240601000002:applied',
      ]);

      const reasons = await scalar<string>(
        url,
        "SELECT reasons::text AS value FROM migration_guard.deployments WHERE id = 'lease-a'",
      );
      assert(reasons.includes('interrupted'), `marked interrupted: ${reasons}`);
      assertEquals(
        await scalar<string>(
          url,
          "SELECT status AS value FROM migration_guard.deployments WHERE id = 'lease-a'",
        ),
        'running',
      );

      const resent = await call(handler, 'apply', applyBody('lease-a', files));
      assertEquals(resent.status, 200, JSON.stringify(resent.body));
      assertEquals(resent.body['status'], 'succeeded', JSON.stringify(resent.body));
      assertEquals(
        await scalar<string>(
          url,
          "SELECT string_agg(entry, ',' ORDER BY entry) AS value FROM public.ledger",
        ),
        'first,slow,third',
        'each file applied once',
      );
      assertEquals(
        await scalar<number>(
          url,
          'SELECT count(*)::int AS value FROM supabase_migrations.schema_migrations',
        ),
        3,
      );
      assertEquals(
        await scalar<number>(
          url,
          'SELECT count(*)::int AS value FROM migration_guard.deployment_lease',
        ),
        0,
        'the lease was given up',
      );
    },
  );

  await t.step(
    'two deployments with the same batched backfill, calls alternating: every row updated exactly once',
    async () => {
      const url = await createTestDatabase(cluster.url);
      const rows = 5_000;
      await withDatabase(url, (db) =>
        db.exec(
          `create table public.counters (id bigint primary key, n integer not null default 0);
           insert into public.counters (id) select generate_series(1, ${rows})`,
        ),
      );
      const backfill = await migration(
        '20240602000000',
        'bump_counters',
        '-- migration-guard:batch table=public.counters key=id size=250 target-ms=50\nupdate public.counters set n = n + 1;\n',
      );
      // Each call does one batch, then leaves the rest to the next call.
      const handler = handlerFor(url, { MIGRATION_GUARD_TIME_BUDGET_MS: '0' });
      const bodies = [applyBody('backfill-a', [backfill]), applyBody('backfill-b', [backfill])];
      const finished = new Set<number>();
      let calls = 0;
      for (let turn = 0; finished.size < 2 && turn < 200; turn++) {
        const which = turn % 2;
        if (finished.has(which)) continue;
        const answer = await call(handler, 'apply', bodies[which]!);
        calls++;
        assert(answer.status === 200 || answer.status === 202, JSON.stringify(answer.body));
        if (answer.status === 200) {
          assertEquals(answer.body['status'], 'succeeded', JSON.stringify(answer.body));
          finished.add(which);
        }
      }
      assertEquals(finished.size, 2, 'both deployments finished');
      assert(calls > 4, `the calls alternated (${calls} calls)`);
      assertEquals(
        await scalar<string>(
          url,
          "SELECT string_agg(DISTINCT n::text, ',') AS value FROM public.counters",
        ),
        '1',
        'every row updated exactly once',
      );
    },
  );
});
