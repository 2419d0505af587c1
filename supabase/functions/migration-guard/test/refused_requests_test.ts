import { createHandler } from '../handler.ts';
import {
  applyBody,
  call,
  createTestDatabase,
  handlerFor,
  historyVersions,
  SECRET,
  saasMigrations,
  scalar,
  signedRequest,
  clusterTest,
} from './deploy-harness.ts';
import { assertEquals } from './assertions.ts';

/** Nothing of the SaaS schema exists and production's history is empty. */
async function assertNothingApplied(url: string): Promise<void> {
  assertEquals(await historyVersions(url), []);
  assertEquals(
    await scalar<string | null>(url, "SELECT to_regclass('public.workspaces')::text AS value"),
    null,
  );
}

clusterTest('refused requests apply nothing', async (cluster, t) => {
  const url = await createTestDatabase(cluster.url);
  const handler = handlerFor(url);
  const body = applyBody('refusals-1', await saasMigrations());

  await t.step('unsigned → 401 with exactly {"error":"unauthenticated"}', async () => {
    const response = await handler(
      new Request('http://localhost/migration-guard/apply', {
        method: 'POST',
        body: JSON.stringify(body),
      }),
    );
    assertEquals(response.status, 401);
    assertEquals(await response.text(), '{"error":"unauthenticated"}');
    await assertNothingApplied(url);
  });

  await t.step('signed with another secret → 401', async () => {
    const result = await call(handler, 'apply', body, { secret: 'not-the-secret' });
    assertEquals(result, { status: 401, body: { error: 'unauthenticated' } });
    await assertNothingApplied(url);
  });

  await t.step('body changed after signing → 401', async () => {
    const signed = await signedRequest('apply', body);
    const tampered = new Request(signed.url, {
      method: 'POST',
      headers: signed.headers,
      body: JSON.stringify({ ...body, allowOutOfOrder: true }),
    });
    assertEquals((await handler(tampered)).status, 401);
    await assertNothingApplied(url);
  });

  await t.step('timestamp older than 5 minutes → 401', async () => {
    const expired = Math.floor(Date.now() / 1000) - 301;
    const result = await call(handler, 'apply', body, { timestamp: expired });
    assertEquals(result.status, 401);
    await assertNothingApplied(url);
  });

  await t.step('replayed request id → 401', async () => {
    const history = { requestId: 'replay-probe-0001' };
    assertEquals((await call(handler, 'history', {}, history)).status, 200);
    const replay = await call(handler, 'history', {}, history);
    assertEquals(replay, { status: 401, body: { error: 'unauthenticated' } });
    // An apply whose first send was answered (here 400: wrong checksum) cannot be sent again.
    const [first] = await saasMigrations();
    if (!first) throw new Error('no fixture');
    const wrongSha = applyBody('refusals-replay', [{ ...first, sha256: 'f'.repeat(64) }]);
    const once = { requestId: 'replay-probe-0002' };
    assertEquals((await call(handler, 'apply', wrongSha, once)).status, 400);
    assertEquals((await call(handler, 'apply', wrongSha, once)).status, 401);
    await assertNothingApplied(url);
  });

  await t.step('body over 5 MiB → 413', async () => {
    const huge = applyBody('refusals-huge', [
      {
        version: '20240101000000',
        name: 'huge',
        sha256: '0'.repeat(64),
        sql: 'x'.repeat(5_300_000),
      },
    ]);
    const result = await call(handler, 'apply', huge);
    assertEquals(result, { status: 413, body: { error: 'request body too large' } });
    await assertNothingApplied(url);
  });

  await t.step('malformed JSON → 400', async () => {
    const result = await call(handler, 'apply', '{"deploymentId": "x",');
    assertEquals(result.status, 400);
    assertEquals(result.body['error'], 'invalid request');
    await assertNothingApplied(url);
  });

  await t.step('unknown field, bad version, bad sha256 → 400 naming each field', async () => {
    const [first] = await saasMigrations();
    const wrong = {
      ...applyBody('refusals-schema', []),
      migrations: [{ ...first, version: '2024-01-01', sha256: 'ABC' }],
      dryRun: true,
    };
    const result = await call(handler, 'apply', wrong);
    assertEquals(result.status, 400);
    const details = (result.body['details'] as string[]).join('\n');
    for (const field of ['dryRun', 'migrations[0].version', 'migrations[0].sha256']) {
      assertEquals(details.includes(field), true, `${field} in ${details}`);
    }
    await assertNothingApplied(url);
  });

  await t.step('sha256 that is not the checksum of the sql → 400', async () => {
    const [first] = await saasMigrations();
    if (!first) throw new Error('no fixture');
    const changed = { ...first, sql: `${first.sql}\ndrop table public.workspaces;` };
    const result = await call(handler, 'apply', applyBody('refusals-sha', [changed]));
    assertEquals(result.status, 400);
    await assertNothingApplied(url);
  });

  await t.step('a function without a secret or OIDC settings refuses everything', async () => {
    const unconfigured = createHandler({
      env: (name) => (name === 'SUPABASE_DB_URL' ? url : undefined),
      log: () => undefined,
    });
    const result = await call(unconfigured, 'history', {}, { secret: SECRET });
    assertEquals(result, { status: 401, body: { error: 'unauthenticated' } });
  });

  await t.step('unknown deployment → 404; history of an empty database → []', async () => {
    assertEquals((await call(handler, 'status', { deploymentId: 'nope' })).status, 404);
    assertEquals(await call(handler, 'history', {}), { status: 200, body: { migrations: [] } });
  });
});
