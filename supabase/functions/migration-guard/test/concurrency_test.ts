import {
  applyBody,
  call,
  createTestDatabase,
  handlerFor,
  historyVersions,
  migration,
  scalar,
  statusOf,
  withDatabase,
  clusterTest,
} from './deploy-harness.ts';
import { assert, assertEquals } from './assertions.ts';
import { waitFor } from './wait-for.ts';

clusterTest('concurrent deployments and a killed connection', async (cluster, t) => {
  await t.step('10 concurrent deployments apply each migration exactly once', async () => {
    const url = await createTestDatabase(cluster.url);
    const handler = handlerFor(url);
    // No unique key on the log: a file applied twice would leave two rows.
    const migrations = [
      await migration(
        '20240201000000',
        'create_audit_log',
        "create table public.audit_log (event text not null);\ninsert into public.audit_log values ('first');",
      ),
      await migration(
        '20240202000000',
        'create_plans',
        "create table public.plans (code text);\ninsert into public.plans values ('free'), ('team');\ninsert into public.audit_log values ('second');",
      ),
      await migration(
        '20240203000000',
        'seed_audit_log',
        "select pg_sleep(0.2);\ninsert into public.audit_log values ('third');",
      ),
    ];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(handler, 'apply', applyBody(`concurrent-${i}`, migrations)),
      ),
    );
    const codes = answers.map((a) => a.status);
    assert(
      codes.every((c) => c === 200 || c === 409),
      `only 200 or busy 409: ${codes.join(',')}`,
    );
    for (const answer of answers.filter((a) => a.status === 409)) {
      assertEquals(answer.body['error'], 'busy');
    }
    const applied = answers.filter((a) => statusOf(a.body).some((s) => s.endsWith(':applied')));
    assertEquals(applied.length, 1, 'exactly one deployment applied files');
    assertEquals(
      await scalar<string>(
        url,
        "SELECT string_agg(event, ',' ORDER BY event) AS value FROM public.audit_log",
      ),
      'first,second,third',
    );
    assertEquals(
      await scalar<string>(url, 'SELECT count(*)::text AS value FROM public.plans'),
      '2',
    );
    assertEquals(
      await historyVersions(url),
      migrations.map((m) => m.version),
    );
  });

  await t.step('a second deployment waits, then answers busy with the running id', async () => {
    const url = await createTestDatabase(cluster.url);
    const handler = handlerFor(url);
    const slow = await migration('20240301000000', 'slow', 'select pg_sleep(11);');
    const first = call(handler, 'apply', applyBody('long-running', [slow]));
    await waitFor(
      'the first deployment to run its slow file',
      async () =>
        (await scalar<number>(
          url,
          `SELECT count(*)::int AS value FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'migration-guard apply'
            AND query ILIKE 'select pg_sleep(11)%'`,
        )) > 0,
    );
    const started = performance.now();
    const second = await call(
      handler,
      'apply',
      applyBody('waiting', [await migration('20240302000000', 'other', 'select 1;')]),
    );
    const waited = performance.now() - started;
    assertEquals(second, {
      status: 409,
      body: { error: 'busy', runningDeploymentId: 'long-running' },
    });
    assert(waited >= 9_000, `waited ${Math.round(waited)} ms for the lock`);
    assertEquals((await first).status, 200);
  });

  await t.step(
    'a connection killed mid-file leaves nothing of it; the next call resumes',
    async () => {
      const url = await createTestDatabase(cluster.url);
      const handler = handlerFor(url);
      const migrations = [
        await migration(
          '20240401000000',
          'create_workspaces',
          'create table public.workspaces (id bigint primary key, slug text not null);',
        ),
        await migration(
          '20240402000000',
          'create_documents',
          `create table public.documents (
  id bigint primary key,
  workspace_id bigint not null references public.workspaces (id),
  body text
);
insert into public.workspaces values (1, 'acme');
select pg_sleep(2);
insert into public.documents values (1, 1, 'hello');
`,
        ),
        await migration(
          '20240403000000',
          'index_documents',
          'create index documents_workspace_id_idx on public.documents (workspace_id);',
        ),
      ];
      const body = applyBody('killed-1', migrations);
      const pending = call(handler, 'apply', body);
      const killed = await withDatabase(url, async (db) => {
        for (let i = 0; i < 100; i++) {
          const { rows } = await db.query<{ killed: boolean }>(
            `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
            WHERE application_name = 'migration-guard apply' AND query LIKE '%pg_sleep%'`,
          );
          if (rows[0]?.killed) return true;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return false;
      });
      assert(killed, 'found the apply session sleeping');
      const interrupted = await pending;
      assertEquals(interrupted.status, 202, JSON.stringify(interrupted.body));
      assertEquals(interrupted.body['status'], 'running');
      assertEquals(statusOf(interrupted.body), [
        '20240401000000:applied',
        '20240402000000:pending',
        '20240403000000:pending',
      ]);
      // Nothing of the interrupted file: no table, no workspace row, no history row.
      assertEquals(
        await scalar<string | null>(url, "SELECT to_regclass('public.documents')::text AS value"),
        null,
      );
      assertEquals(
        await scalar<string>(url, 'SELECT count(*)::text AS value FROM public.workspaces'),
        '0',
      );
      assertEquals(await historyVersions(url), ['20240401000000']);
      const status = await call(handler, 'status', { deploymentId: 'killed-1' });
      assertEquals(status.body['status'], 'running');

      const resumed = await call(handler, 'apply', body);
      assertEquals(resumed.status, 200, JSON.stringify(resumed.body));
      assertEquals(resumed.body['status'], 'succeeded');
      assertEquals(statusOf(resumed.body), [
        '20240401000000:applied',
        '20240402000000:applied',
        '20240403000000:applied',
      ]);
      assertEquals(
        await scalar<string>(url, 'SELECT count(*)::text AS value FROM public.documents'),
        '1',
      );
      assertEquals(
        await historyVersions(url),
        migrations.map((m) => m.version),
      );
    },
  );
});
