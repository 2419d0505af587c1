import {
  applyBody,
  call,
  clusterTest,
  createTestDatabase,
  handlerFor,
  historyVersions,
  migration,
  SECRET,
  scalar,
  signedRequest,
  statusOf,
  withDatabase,
} from './deploy-harness.ts';
import { assert, assertEquals } from './assertions.ts';
import { waitFor } from './wait-for.ts';

/**
 * Nothing goes on after the function is gone: a statement whose function process dies stops on
 * the server within seconds (client_connection_check_interval), and no statement runs past the
 * invocation's wall clock (statement_timeout capped to the time left).
 */

async function sleepingBackends(url: string): Promise<number> {
  return scalar<number>(
    url,
    `SELECT count(*)::int AS value FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'migration-guard apply'
        AND query ILIKE 'select pg_sleep%'`,
  );
}

function fromFileUrl(url: URL): string {
  return decodeURIComponent(url.pathname);
}

/** The function served by Deno as its own process, as the platform runs it. */
async function serveFunction(databaseUrl: string): Promise<{
  url: string;
  process: Deno.ChildProcess;
}> {
  const index = fromFileUrl(new URL('../index.ts', import.meta.url));
  const config = fromFileUrl(new URL('../deno.json', import.meta.url));
  const child = new Deno.Command(Deno.execPath(), {
    args: ['run', '-A', '--node-modules-dir=manual', '--config', config, index],
    env: {
      SUPABASE_DB_URL: databaseUrl,
      MIGRATION_GUARD_SECRET: SECRET,
      MIGRATION_GUARD_PORT: '0',
    },
    stdout: 'piped',
    stderr: 'null',
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let seen = '';
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += value;
    const match = /listening on (\S+)/.exec(seen);
    if (match?.[1]) {
      // Keep draining stdout so the process never blocks on a full pipe.
      (async () => {
        try {
          while (!(await reader.read()).done);
        } catch {
          // the process was killed
        }
      })();
      return { url: match[1], process: child };
    }
  }
  child.kill('SIGKILL');
  await child.status;
  throw new Error(`the function did not start: ${seen}`);
}

clusterTest('the wall clock', async (cluster, t) => {
  await t.step(
    'a function process killed during pg_sleep(30): the statement ends on the server within seconds, nothing committed',
    async () => {
      const url = await createTestDatabase(cluster.url);
      await withDatabase(url, (db) => db.exec('create table public.ledger (entry text)'));
      const served = await serveFunction(url);
      let killed = false;
      try {
        const file = await migration(
          '20240701000000',
          'sleepy',
          "insert into public.ledger values ('sleepy');\nselect pg_sleep(30);\n",
        );
        const request = await signedRequest('apply', applyBody('wall-1', [file]));
        const answer = fetch(new URL('/migration-guard/apply', served.url), {
          method: 'POST',
          headers: request.headers,
          body: await request.text(),
        }).catch(() => undefined);
        await waitFor('the sleep to start', async () => (await sleepingBackends(url)) > 0, 30_000);
        served.process.kill('SIGKILL');
        await served.process.status;
        killed = true;
        await answer;
        const tookMs = await waitFor(
          'the server to end the statement',
          async () => (await sleepingBackends(url)) === 0,
          25_000,
        );
        console.log(`statement ended on the server ${Math.round(tookMs)} ms after the kill`);
        assert(tookMs < 5_000, `ended within seconds (${Math.round(tookMs)} ms)`);
      } finally {
        if (!killed) {
          served.process.kill('SIGKILL');
          await served.process.status;
        }
      }
      assertEquals(
        await scalar<number>(url, 'SELECT count(*)::int AS value FROM public.ledger'),
        0,
      );
      assertEquals(await historyVersions(url), []);
    },
  );

  await t.step(
    "no statement runs past the invocation's wall clock: capped, rolled back, resumed by the next call",
    async () => {
      const url = await createTestDatabase(cluster.url);
      await withDatabase(url, (db) => db.exec('create table public.ledger (entry text)'));
      const file = await migration(
        '20240702000000',
        'long',
        "insert into public.ledger values ('long');\nselect pg_sleep(30);\n",
      );
      // 8 s of wall clock, 5 s of it kept to record the outcome: the sleep may run about 3 s.
      const handler = handlerFor(url, { MIGRATION_GUARD_WALL_CLOCK_MS: '8000' });
      const began = performance.now();
      const answer = await call(handler, 'apply', applyBody('wall-2', [file]));
      const took = performance.now() - began;
      console.log(`the call answered after ${Math.round(took)} ms`);
      assertEquals(answer.status, 202, JSON.stringify(answer.body));
      assertEquals(statusOf(answer.body), ['20240702000000:pending']);
      assert(took < 8_000, `the call ended within its wall clock (${Math.round(took)} ms)`);
      assertEquals(await sleepingBackends(url), 0);
      assertEquals(
        await scalar<number>(url, 'SELECT count(*)::int AS value FROM public.ledger'),
        0,
      );
      assertEquals(await historyVersions(url), []);
    },
  );
});

clusterTest('the wall clock bounds a backfill batch too', async (cluster) => {
  const url = await createTestDatabase(cluster.url);
  await withDatabase(url, (db) =>
    db.exec(
      'create table public.counters (id bigint primary key, n integer not null default 0); insert into public.counters (id) select generate_series(1, 10)',
    ),
  );
  const backfill = await migration(
    '20240703000000',
    'slow_batch',
    '-- migration-guard:batch table=public.counters key=id size=100 target-ms=50\nupdate public.counters set n = n + 1 where pg_sleep(30) is not null;\n',
  );
  const handler = handlerFor(url, { MIGRATION_GUARD_WALL_CLOCK_MS: '8000' });
  const began = performance.now();
  const answer = await call(handler, 'apply', applyBody('wall-3', [backfill]));
  const took = performance.now() - began;
  console.log(`the batched call answered after ${Math.round(took)} ms`);
  assertEquals(answer.status, 202, JSON.stringify(answer.body));
  assert(took < 8_000, `the call ended within its wall clock (${Math.round(took)} ms)`);
  assertEquals(
    await scalar<number>(url, 'SELECT count(*)::int AS value FROM public.counters WHERE n <> 0'),
    0,
  );
  assertEquals(await historyVersions(url), []);
});
