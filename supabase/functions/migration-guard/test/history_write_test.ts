import { loadParser } from '@core/sql/parse-sql.ts';
import {
  applyBody,
  call,
  clusterTest,
  createTestDatabase,
  handlerFor,
  historyVersions,
  migration,
  scalar,
  statusOf,
} from './deploy-harness.ts';
import { assert, assertEquals } from './assertions.ts';

clusterTest(
  'a deployment whose migration writes the history or the audit schema is refused, nothing applied',
  async (cluster, t) => {
    await loadParser();
    const url = await createTestDatabase(cluster.url);
    const handler = handlerFor(url);

    await t.step('a forged history row: refused before anything of the file runs', async () => {
      const forge = await migration(
        '20240101000000',
        'forge_history',
        [
          'create table public.forged (id int);',
          "insert into supabase_migrations.schema_migrations (version, name) values ('20240102000000', 'invoices');",
        ].join('\n'),
      );
      const real = await migration(
        '20240102000000',
        'invoices',
        'create table public.invoices (id bigint primary key);',
      );
      const result = await call(handler, 'apply', applyBody('forge-1', [forge, real]), {
        requestId: 'forge-request-0001',
      });
      const body = JSON.stringify(result.body);
      // The engine refuses the file: `refused`, nothing of it run; the deployment failed on it.
      assertEquals(result.body['status'], 'failed', body);
      assertEquals(
        statusOf(result.body),
        ['20240101000000:refused', '20240102000000:pending'],
        body,
      );
      const reasons = result.body['reasons'] as string[];
      assertEquals(reasons.length, 1, body);
      assert(reasons[0]?.includes('writes-migration-history'), body);
      assert(reasons[0]?.includes('Nothing of the file was run.'), body);
      const files = result.body['migrations'] as Record<string, unknown>[];
      const statements = files[0]?.['statements'] as Record<string, unknown>[];
      assertEquals(
        statements.map((s) => s['status']),
        ['not-run', 'not-run'],
      );
      const error = String(files[0]?.['error']);
      assert(error.includes('writes-migration-history'), error);
      assert(error.includes('20240101000000_forge_history.sql:2'), error);
      assert(error.includes('Nothing of the file was run.'), error);
      assertEquals(
        await scalar<string | null>(url, "SELECT to_regclass('public.forged')::text AS value"),
        null,
      );
      assertEquals(await historyVersions(url), []);
    });

    await t.step('deleting the used request ids, in a DO block: refused, ids kept', async () => {
      const before = await scalar<number>(
        url,
        'SELECT count(*)::int AS value FROM migration_guard.request_ids',
      );
      assert(before > 0, 'the first request id was recorded');
      const forget = await migration(
        '20240103000000',
        'forget_requests',
        [
          'create table public.audit_notes (id int);',
          'do $$',
          'begin',
          '  delete from migration_guard.request_ids;',
          'end $$;',
        ].join('\n'),
      );
      const result = await call(handler, 'apply', applyBody('forget-1', [forget]), {
        requestId: 'forget-request-0001',
      });
      const body = JSON.stringify(result.body);
      assertEquals(statusOf(result.body), ['20240103000000:refused'], body);
      assertEquals(result.body['status'], 'failed', body);
      const files = result.body['migrations'] as Record<string, unknown>[];
      assert(String(files[0]?.['error']).includes('writes-migration-history'), body);
      assertEquals(
        await scalar<string | null>(url, "SELECT to_regclass('public.audit_notes')::text AS value"),
        null,
      );
      const after = await scalar<number>(
        url,
        'SELECT count(*)::int AS value FROM migration_guard.request_ids',
      );
      assert(after > before, `request ids kept (${before} before, ${after} after)`);
      assertEquals(await historyVersions(url), []);
      // The used request id is still refused as a replay.
      const replay = await call(handler, 'apply', applyBody('forget-1', [forget]), {
        requestId: 'forge-request-0001',
      });
      assertEquals(replay.status, 401, JSON.stringify(replay.body));
    });
  },
);
