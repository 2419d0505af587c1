import {
  applyBody,
  call,
  clusterTest,
  createTestDatabase,
  handlerFor,
  migration,
  scalar,
  withDatabase,
} from './deploy-harness.ts';
import { assert, assertEquals } from './assertions.ts';
import { pgbouncerAvailable, startPgBouncer } from './pgbouncer.ts';

/**
 * The function behind a transaction-mode pooler (Supavisor's port 6543; here a real PgBouncer):
 * nothing of the deployment lease lives in a session, so concurrent deployments still apply
 * each file once and leave no lock behind.
 */

clusterTest('through PgBouncer in transaction mode', async (cluster, t) => {
  if (!(await pgbouncerAvailable())) {
    throw new Error('pgbouncer is not installed (Debian package pgbouncer; .ci/run installs it)');
  }
  const bouncer = await startPgBouncer(cluster.port);
  try {
    await t.step(
      '10 concurrent deployments apply each file exactly once; no advisory lock is left held',
      async () => {
        const direct = await createTestDatabase(cluster.url);
        const database = new URL(direct).pathname.slice(1);
        await withDatabase(direct, (db) =>
          db.exec('create table public.ledger (version text not null)'),
        );
        const files = await Promise.all(
          ['20240801000000', '20240801000001', '20240801000002', '20240801000003'].map((v, i) =>
            migration(
              v,
              `step_${i}`,
              `insert into public.ledger values ('${v}');\nselect pg_sleep(0.2);\n`,
            ),
          ),
        );
        const handler = handlerFor(bouncer.urlFor(database));
        const answers: Record<string, number> = {};
        const deploy = async (n: number) => {
          const body = applyBody(`pooled-${n}`, files);
          for (let attempt = 0; attempt < 40; attempt++) {
            const answer = await call(handler, 'apply', body);
            answers[answer.status] = (answers[answer.status] ?? 0) + 1;
            if (answer.status === 200) {
              assertEquals(answer.body['status'], 'succeeded', JSON.stringify(answer.body));
              return;
            }
            assert(
              answer.status === 202 || answer.status === 409,
              `busy or in progress, not ${answer.status}: ${JSON.stringify(answer.body)}`,
            );
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          throw new Error(`deployment ${n} did not finish`);
        };
        await Promise.all(Array.from({ length: 10 }, (_, n) => deploy(n)));
        console.log(`answers by HTTP status: ${JSON.stringify(answers)}`);

        assertEquals(
          await scalar<string>(
            direct,
            "SELECT string_agg(version || ':' || n, ',' ORDER BY version) AS value FROM (SELECT version, count(*) AS n FROM public.ledger GROUP BY version) c",
          ),
          files.map((f) => `${f.version}:1`).join(','),
          'each file applied once',
        );
        assertEquals(
          await scalar<number>(
            direct,
            'SELECT count(*)::int AS value FROM supabase_migrations.schema_migrations',
          ),
          files.length,
        );
        assertEquals(
          await scalar<number>(
            direct,
            "SELECT count(*)::int AS value FROM pg_locks WHERE locktype = 'advisory'",
          ),
          0,
          'no advisory lock held',
        );
        assertEquals(
          await scalar<number>(
            direct,
            'SELECT count(*)::int AS value FROM migration_guard.deployment_lease',
          ),
          0,
          'the lease was given up',
        );
      },
    );
  } finally {
    await bouncer.stop();
  }
});
