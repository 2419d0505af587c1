/**
 * Two deployments carrying the same batched backfill over 1,000,000 rows, their calls
 * alternating, as an Action resend and a second merge would interleave them: every row must be
 * updated exactly once. Runs the edge function's handler in process (Deno) on a throwaway
 * PostgreSQL 15. `npm run bench:function-backfill [rows]`.
 */
import {
  applyBody,
  call,
  createTestDatabase,
  handlerFor,
  migration,
  scalar,
  withDatabase,
} from '../supabase/functions/migration-guard/test/deploy-harness.ts';
import { startPgCluster } from '../supabase/functions/migration-guard/test/pg-cluster.ts';

const rows = Number(Deno.args[0] ?? 1_000_000);
const cluster = await startPgCluster();
try {
  const url = await createTestDatabase(cluster.url);
  const load = performance.now();
  await withDatabase(url, (db) =>
    db.exec(
      `create table public.counters (id bigint primary key, n integer not null default 0);
       insert into public.counters (id) select generate_series(1, ${rows});
       analyze public.counters`,
    ),
  );
  console.log(`loaded ${rows} rows in ${Math.round(performance.now() - load)} ms`);
  const backfill = await migration(
    '20240602000000',
    'bump_counters',
    '-- migration-guard:batch table=public.counters key=id size=20000 target-ms=200\nupdate public.counters set n = n + 1;\n',
  );
  // About a second of work per call, then the other deployment's call.
  const handler = handlerFor(url, { MIGRATION_GUARD_TIME_BUDGET_MS: '1000' });
  const bodies = [applyBody('bench-a', [backfill]), applyBody('bench-b', [backfill])];
  const finished = new Set<number>();
  const callsBy = [0, 0];
  const began = performance.now();
  for (let turn = 0; finished.size < 2 && turn < 10_000; turn++) {
    const which = turn % 2;
    if (finished.has(which)) continue;
    const answer = await call(handler, 'apply', bodies[which] ?? bodies[0]!);
    callsBy[which]++;
    if (answer.status === 200) finished.add(which);
    else if (answer.status !== 202)
      throw new Error(`answer ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  const took = performance.now() - began;
  const wrong = await scalar<number>(
    url,
    'SELECT count(*)::int AS value FROM public.counters WHERE n <> 1',
  );
  const batches = await scalar<number>(
    url,
    'SELECT batches::int AS value FROM migration_guard.backfill_cursors',
  );
  console.log(
    `both deployments finished: ${finished.size === 2}; calls ${callsBy[0]} + ${callsBy[1]}; ` +
      `${batches} batches in ${(took / 1000).toFixed(1)} s; rows not updated exactly once: ${wrong} of ${rows}`,
  );
  if (wrong !== 0 || finished.size !== 2) Deno.exitCode = 1;
} finally {
  await cluster.stop();
}
