import { cliStatements } from '@core/apply/migration-history.ts';
import { loadParser, parseSql } from '@core/sql/parse-sql.ts';
import { createHandler } from '../handler.ts';
import {
  applyBody,
  call,
  createTestDatabase,
  handlerFor,
  historyVersions,
  migration,
  SECRET,
  saasMigrations,
  scalar,
  statusOf,
  withDatabase,
  clusterTest,
} from './deploy-harness.ts';
import { assert, assertEquals } from './assertions.ts';

clusterTest(
  'apply records history as the Supabase CLI does and is idempotent',
  async (cluster, t) => {
    await loadParser();
    const url = await createTestDatabase(cluster.url);
    const handler = handlerFor(url);
    const migrations = await saasMigrations();
    const body = applyBody('deploy-1', migrations);

    await t.step('a valid request applies every file and answers 200 succeeded', async () => {
      const result = await call(handler, 'apply', body, { requestId: 'apply-first-0001' });
      assertEquals(result.status, 200, JSON.stringify(result.body));
      assertEquals(result.body['status'], 'succeeded');
      assertEquals(statusOf(result.body), [
        '20240101000000:applied',
        '20240102000000:applied',
        '20240103000000:applied',
      ]);
      const files = result.body['migrations'] as Record<string, unknown>[];
      const statements = files[1]?.['statements'] as Record<string, unknown>[];
      assertEquals(
        statements.map((s) => [s['index'], s['line'], s['status']]),
        [
          [0, 1, 'applied'],
          [1, 8, 'applied'],
        ],
      );
      assert(typeof statements[0]?.['durationMs'] === 'number', 'statement durations recorded');
      const valid = await scalar<boolean>(
        url,
        "SELECT indisvalid AS value FROM pg_index WHERE indexrelid = 'public.projects_workspace_id_idx'::regclass",
      );
      assertEquals(valid, true);
    });

    await t.step('history rows are what the Supabase CLI writes for the same files', async () => {
      const rows = await withDatabase(url, async (db) => {
        const { rows } = await db.query<{ version: string; name: string; statements: string[] }>(
          'SELECT version, name, statements FROM supabase_migrations.schema_migrations ORDER BY version',
        );
        return rows;
      });
      assertEquals(
        rows,
        migrations.map((m) => ({
          version: m.version,
          name: m.name,
          statements: cliStatements(parseSql(m.sql)),
        })),
      );
      // The dollar-quoted body with its own semicolon stays one statement; the trailing
      // comment is a statement of its own, as in the CLI.
      const last = rows[2]?.statements ?? [];
      assertEquals(last.length, 4);
      assertEquals(last[3], '-- a trailing comment, kept by the CLI as a statement of its own');
      const columns = await scalar<string>(
        url,
        `SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position) AS value
         FROM information_schema.columns
        WHERE table_schema = 'supabase_migrations' AND table_name = 'schema_migrations'`,
      );
      assertEquals(columns, 'version text, statements ARRAY, name text');
    });

    await t.step('history answers versions with the checksums applied', async () => {
      const result = await call(handler, 'history', {});
      assertEquals(result.status, 200);
      assertEquals(
        result.body['migrations'],
        migrations.map((m) => ({ version: m.version, name: m.name, sha256: m.sha256 })),
      );
    });

    await t.step('the same signed request again is a replay: 401, nothing runs', async () => {
      const replay = await call(handler, 'apply', body, { requestId: 'apply-first-0001' });
      assertEquals(replay.status, 401);
    });

    await t.step('the same deployment sent again applies nothing', async () => {
      const again = await call(handler, 'apply', body);
      assertEquals(again.status, 200);
      assertEquals(again.body['status'], 'succeeded');
      assertEquals(
        await scalar<string>(url, 'SELECT count(*)::text AS value FROM public.workspaces'),
        '1',
      );
    });

    await t.step('a new deployment of the same files skips them all', async () => {
      const other = await call(handler, 'apply', applyBody('deploy-2', migrations));
      assertEquals(other.status, 200);
      assertEquals(statusOf(other.body), [
        '20240101000000:skipped-already-applied',
        '20240102000000:skipped-already-applied',
        '20240103000000:skipped-already-applied',
      ]);
      assertEquals(
        await scalar<string>(url, 'SELECT count(*)::text AS value FROM public.workspaces'),
        '1',
      );
    });

    await t.step('the same deployment id with other migrations → 409', async () => {
      const result = await call(handler, 'apply', applyBody('deploy-1', migrations.slice(0, 2)));
      assertEquals(result.status, 409);
    });

    await t.step('a changed applied file refuses the whole deployment', async () => {
      const [first] = migrations;
      if (!first) throw new Error('no fixture');
      const changed = await migration(first.version, first.name, `${first.sql}\n-- edited\n`);
      const next = await migration(
        '20240104000000',
        'create_documents',
        'create table public.documents (id bigint primary key, body text);',
      );
      const result = await call(handler, 'apply', applyBody('deploy-3', [changed, next]));
      assertEquals(result.status, 409);
      assertEquals(result.body['status'], 'refused');
      const reasons = result.body['reasons'] as string[];
      assertEquals(reasons.length, 1);
      assert(
        reasons[0]?.startsWith('checksum mismatch: 20240101000000_create_workspaces.sql'),
        reasons[0] ?? '',
      );
      assertEquals(statusOf(result.body), ['20240101000000:pending', '20240104000000:pending']);
      assertEquals(
        await scalar<string | null>(url, "SELECT to_regclass('public.documents')::text AS value"),
        null,
      );
      assertEquals((await historyVersions(url)).length, 3);
      // Asking again gives the same refusal.
      assertEquals(
        (await call(handler, 'apply', applyBody('deploy-3', [changed, next]))).status,
        409,
      );
    });

    await t.step('a version older than production newest is refused unless allowed', async () => {
      const older = await migration(
        '20231231000000',
        'create_plans',
        "create table public.plans (code text primary key); insert into public.plans values ('free');",
      );
      const refused = await call(handler, 'apply', applyBody('deploy-4', [older]));
      assertEquals(refused.status, 409);
      assert(String((refused.body['reasons'] as string[])[0]).startsWith('out of order'), 'reason');
      const allowed = await call(
        handler,
        'apply',
        applyBody('deploy-5', [older], { allowOutOfOrder: true }),
      );
      assertEquals(allowed.status, 200);
      assertEquals(allowed.body['status'], 'succeeded');
    });

    await t.step(
      'a failing file fails the deployment and keeps what committed before it',
      async () => {
        const good = await migration(
          '20240105000000',
          'add_projects_archived',
          'alter table public.projects add column archived_at timestamptz;',
        );
        const bad = await migration(
          '20240106000000',
          'broken',
          'create table public.labels (id bigint primary key);\ninsert into public.missing_table values (1);',
        );
        const result = await call(handler, 'apply', applyBody('deploy-6', [good, bad]));
        assertEquals(result.status, 200, JSON.stringify(result.body));
        assertEquals(result.body['status'], 'failed');
        assertEquals(statusOf(result.body), ['20240105000000:applied', '20240106000000:failed']);
        const files = result.body['migrations'] as Record<string, unknown>[];
        assert(String(files[1]?.['error']).includes('missing_table'), String(files[1]?.['error']));
        assertEquals(
          await scalar<string | null>(url, "SELECT to_regclass('public.labels')::text AS value"),
          null,
        );
        const status = await call(handler, 'status', { deploymentId: 'deploy-6' });
        assertEquals(status.body['status'], 'failed');
      },
    );

    await t.step(
      'a file the engine refuses (a syntax error) is `refused`, and nothing of it ran',
      async () => {
        const unparsable = await migration(
          '20240107000000',
          'typo',
          'create table public.tags (id bigint primary key);\ncreate tabel public.tag_links (id bigint);',
        );
        const result = await call(handler, 'apply', applyBody('deploy-7', [unparsable]));
        const body = JSON.stringify(result.body);
        assertEquals(result.status, 200, body);
        assertEquals(result.body['status'], 'failed', body);
        assertEquals(statusOf(result.body), ['20240107000000:refused'], body);
        const file = (result.body['migrations'] as Record<string, unknown>[])[0];
        const statements = (file?.['statements'] ?? []) as Record<string, unknown>[];
        assert(
          statements.every((s) => s['status'] === 'not-run'),
          `no statement ran: ${JSON.stringify(statements)}`,
        );
        const error = String(file?.['error']);
        assert(error.includes('20240107000000_typo.sql:'), error);
        assert(error.includes('Nothing of the file was run.'), error);
        assertEquals(result.body['reasons'], [error], body);
        assertEquals(
          await scalar<string | null>(url, "SELECT to_regclass('public.tags')::text AS value"),
          null,
        );
        assert(!(await historyVersions(url)).includes('20240107000000'), 'not recorded');
      },
    );
  },
);

clusterTest(
  'a deployment longer than the time budget continues on the next call',
  async (cluster) => {
    const url = await createTestDatabase(cluster.url);
    // A 1 ms budget: each call applies one file, then stops.
    const handler = handlerFor(url, { MIGRATION_GUARD_TIME_BUDGET_MS: '1' });
    const body = applyBody('budget-1', await saasMigrations());
    const seen: string[][] = [];
    let last = await call(handler, 'apply', body);
    while (last.status === 202) {
      assertEquals(last.body['status'], 'running');
      seen.push(statusOf(last.body));
      last = await call(handler, 'apply', body);
    }
    assertEquals(last.status, 200);
    assertEquals(last.body['status'], 'succeeded');
    assertEquals(seen, [
      ['20240101000000:applied', '20240102000000:pending', '20240103000000:pending'],
      ['20240101000000:applied', '20240102000000:applied', '20240103000000:pending'],
    ]);
    assertEquals(statusOf(last.body), [
      '20240101000000:applied',
      '20240102000000:applied',
      '20240103000000:applied',
    ]);
    // Files applied by earlier calls keep what those calls recorded.
    const files = last.body['migrations'] as Record<string, unknown>[];
    assertEquals((files[0]?.['statements'] as unknown[] | undefined)?.length, 2);
  },
);

clusterTest(
  'with EdgeRuntime.waitUntil, a long deployment answers 202 and finishes in the background',
  async (cluster) => {
    const url = await createTestDatabase(cluster.url);
    const background: Promise<unknown>[] = [];
    const env: Record<string, string> = {
      SUPABASE_DB_URL: url,
      MIGRATION_GUARD_SECRET: SECRET,
      MIGRATION_GUARD_RESPOND_AFTER_MS: '300',
    };
    const handler = createHandler({
      env: (name) => env[name],
      runInBackground: (work) => background.push(work),
      log: () => undefined,
    });
    const slow = await migration('20240601000000', 'slow_seed', 'select pg_sleep(1.5);');
    const answer = await call(handler, 'apply', applyBody('background-1', [slow]));
    assertEquals(answer.status, 202);
    assertEquals(answer.body['status'], 'running');
    assertEquals(background.length, 1);
    await Promise.all(background);
    const status = await call(handler, 'status', { deploymentId: 'background-1' });
    assertEquals(status.body['status'], 'succeeded');
    assertEquals(statusOf(status.body), ['20240601000000:applied']);
  },
);
