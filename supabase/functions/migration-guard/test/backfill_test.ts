import {
  applyBody,
  call,
  createTestDatabase,
  handlerFor,
  migration,
  scalar,
  statusOf,
  withDatabase,
  clusterTest,
} from './deploy-harness.ts';
import { assert, assertEquals } from './assertions.ts';

const ROWS = 1_000_000;

async function killBatchSession(url: string): Promise<boolean> {
  return withDatabase(url, async (db) => {
    for (let i = 0; i < 200; i++) {
      const { rows } = await db.query<{ killed: boolean }>(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
          WHERE application_name = 'migration-guard apply' AND state = 'active'
            AND query ILIKE 'update public.invoices%'`,
      );
      if (rows[0]?.killed) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  });
}

clusterTest(
  'a 1,000,000-row batched backfill finishes across several calls, each row once',
  async (cluster) => {
    const url = await createTestDatabase(cluster.url);
    const createInvoices = await migration(
      '20240501000000',
      'create_invoices',
      `create table public.invoices (
  id bigint primary key,
  workspace_id bigint not null,
  amount numeric(12, 2) not null,
  amount_cents bigint,
  backfilled integer not null default 0
);`,
    );
    const backfill = await migration(
      '20240502000000',
      'backfill_invoice_cents',
      `-- migration-guard:batch table=public.invoices key=id size=20000 target-ms=150
update public.invoices set amount_cents = round(amount * 100), backfilled = backfilled + 1;
`,
    );
    const setup = await call(handlerFor(url), 'apply', applyBody('invoices-1', [createInvoices]));
    assertEquals(setup.status, 200);
    await withDatabase(url, (db) =>
      db.exec(
        `insert into public.invoices (id, workspace_id, amount)
       select g, g % 500, (g % 100000) / 100.0 from generate_series(1, ${ROWS}) g;
       analyze public.invoices`,
      ),
    );

    // Each call may work about a second, then leaves the rest to the next call.
    const handler = handlerFor(url, { MIGRATION_GUARD_TIME_BUDGET_MS: '1000' });
    const body = applyBody('invoices-2', [createInvoices, backfill]);
    const progress: number[] = [];
    let answer = await call(handler, 'apply', body);
    while (answer.status === 202) {
      const files = answer.body['migrations'] as Record<string, unknown>[];
      const state = files[1]?.['backfill'] as Record<string, unknown> | null;
      assert(state, `backfill progress reported: ${JSON.stringify(answer.body)}`);
      assertEquals(state['table'], 'public.invoices');
      assertEquals(state['done'], false);
      progress.push(Number(state['rowsUpdated']));
      if (progress.length === 2) {
        // Kill the engine's session in the middle of a batch: the batch and its cursor roll
        // back together, and the next call continues from the last committed batch.
        const next = call(handler, 'apply', body);
        assert(await killBatchSession(url), 'found a batch running');
        answer = await next;
        assertEquals([answer.status, answer.body['status']], [202, 'running']);
        continue;
      }
      answer = await call(handler, 'apply', body);
      assert(progress.length < 60, 'the backfill advances');
    }
    assertEquals(answer.status, 200, JSON.stringify(answer.body));
    assertEquals(answer.body['status'], 'succeeded');
    assertEquals(statusOf(answer.body), [
      '20240501000000:skipped-already-applied',
      '20240502000000:applied',
    ]);
    assert(progress.length >= 2, `finished across several calls (${progress.length + 1})`);
    assert(
      progress.every((rows, i) => i === 0 || rows >= (progress[i - 1] ?? 0)),
      `progress never goes back: ${progress.join(', ')}`,
    );
    const files = answer.body['migrations'] as Record<string, unknown>[];
    const final = files[1]?.['backfill'] as Record<string, unknown>;
    assertEquals([final['rowsUpdated'], final['done']], [ROWS, true]);

    const counts = await scalar<string>(
      url,
      `select json_build_object(
       'once', count(*) filter (where backfilled = 1),
       'other', count(*) filter (where backfilled <> 1),
       'wrong', count(*) filter (where amount_cents is distinct from round(amount * 100))
     )::text as value from public.invoices`,
    );
    assertEquals(JSON.parse(counts), { once: ROWS, other: 0, wrong: 0 });
    assertEquals(
      await scalar<string>(
        url,
        "select count(*)::text as value from supabase_migrations.schema_migrations where version = '20240502000000'",
      ),
      '1',
    );
  },
);
