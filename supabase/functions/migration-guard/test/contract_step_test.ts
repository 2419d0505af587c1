import {
  applyBody,
  call,
  clusterTest,
  createTestDatabase,
  handlerFor,
  historyVersions,
  migration,
  scalar,
} from './deploy-harness.ts';
import { assertEquals } from './assertions.ts';

// A contract step (`-- migration-guard:contract after=DATE`) is not applied before its date:
// the function refuses the whole request before anything runs, whatever comes before it.

const expand = 'create table public.orders (id bigint primary key, note text);\n';
const contract = (after: string) =>
  `-- migration-guard:contract after=${after}\nalter table public.orders drop column note;\n`;

clusterTest('contract steps wait for their date', async (cluster, t) => {
  const url = await createTestDatabase(cluster.url);
  const handler = handlerFor(url);

  await t.step(
    'a contract step not yet due → 409 refused, nothing of the request applied',
    async () => {
      const body = applyBody('contract-early', [
        await migration('20261201000000', 'orders', expand),
        await migration('20261201000001', 'drop_note', contract('2099-01-01')),
      ]);
      const result = await call(handler, 'apply', body);
      assertEquals(result.status, 409);
      assertEquals(result.body['status'], 'refused');
      const reasons = (result.body['reasons'] as string[]).join('\n');
      assertEquals(
        reasons.includes(
          '20261201000001_drop_note.sql is a contract step not due before 2099-01-01 00:00 UTC',
        ),
        true,
        reasons,
      );
      assertEquals(await historyVersions(url), []);
      assertEquals(
        await scalar<string | null>(url, "SELECT to_regclass('public.orders')::text AS value"),
        null,
      );
    },
  );

  await t.step('a header that cannot be read → refused the same way', async () => {
    const body = applyBody('contract-bad-header', [
      await migration('20261201000000', 'orders', expand),
      await migration(
        '20261201000001',
        'drop_note',
        "select 1;\nselect '-- migration-guard:contract after=2020-01-01';\n",
      ),
    ]);
    const result = await call(handler, 'apply', body);
    assertEquals(result.status, 409);
    const reasons = (result.body['reasons'] as string[]).join('\n');
    assertEquals(
      reasons.includes('20261201000001_drop_note.sql:2: the contract header cannot be read'),
      true,
      reasons,
    );
    assertEquals(await historyVersions(url), []);
  });

  await t.step('a due contract step with its expand steps in one request → refused', async () => {
    const body = applyBody('contract-same-deployment', [
      await migration('20261201000000', 'orders', expand),
      await migration('20261201000001', 'drop_note', contract('2020-01-01')),
    ]);
    const result = await call(handler, 'apply', body);
    assertEquals(result.status, 409);
    const reasons = (result.body['reasons'] as string[]).join('\n');
    assertEquals(reasons.includes('deploys in a later deployment than they do'), true, reasons);
    assertEquals(await historyVersions(url), []);
  });

  await t.step('from its date on, once the files before it are applied, it applies', async () => {
    const first = applyBody('contract-expand', [
      await migration('20261201000000', 'orders', expand),
    ]);
    assertEquals((await call(handler, 'apply', first)).status, 200);
    const body = applyBody('contract-due', [
      await migration('20261201000000', 'orders', expand),
      await migration('20261201000001', 'drop_note', contract('2020-01-01')),
    ]);
    const result = await call(handler, 'apply', body);
    assertEquals(result.status, 200);
    assertEquals(result.body['status'], 'succeeded');
    assertEquals(await historyVersions(url), ['20261201000000', '20261201000001']);
    assertEquals(
      await scalar<number>(
        url,
        "SELECT count(*)::int AS value FROM pg_attribute WHERE attrelid = 'public.orders'::regclass AND attname = 'note' AND NOT attisdropped",
      ),
      0,
    );
  });
});
