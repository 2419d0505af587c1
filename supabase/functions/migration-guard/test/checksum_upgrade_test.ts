import { loadParser } from '@core/sql/parse-sql.ts';
import { assert, assertEquals } from './assertions.ts';
import {
  applyBody,
  call,
  clusterTest,
  createTestDatabase,
  handlerFor,
  migration,
  statusOf,
  withDatabase,
} from './deploy-harness.ts';

/**
 * `applied_checksums.statements_md5` on an install from before the column: the next request
 * adds it, the old rows (NULL) keep counting as current, and a version the function applies
 * again after `supabase migration repair --status reverted` gets its checksum row replaced.
 */

interface ChecksumRow {
  version: string;
  sha256: string;
  deployment_id: string;
  statements_md5: string | null;
}

async function checksumRows(url: string): Promise<ChecksumRow[]> {
  return withDatabase(url, async (db) => {
    const { rows } = await db.query<ChecksumRow>(
      `SELECT version, sha256, deployment_id, statements_md5
         FROM migration_guard.applied_checksums ORDER BY version`,
    );
    return rows;
  });
}

clusterTest('checksums recorded before statements_md5 existed', async (cluster, t) => {
  await loadParser();
  const url = await createTestDatabase(cluster.url);
  const handler = handlerFor(url);
  const first = await migration('20240301000000', 'plans', 'create table public.plans (id int);\n');
  const edited = await migration(
    first.version,
    first.name,
    'create table if not exists public.plans (id int);\nalter table public.plans add column name text;\n',
  );

  await t.step('an install from before the column: upgraded on the next request', async () => {
    assertEquals((await call(handler, 'apply', applyBody('upgrade-1', [first]))).status, 200);
    const [recorded] = await checksumRows(url);
    assertEquals(
      recorded?.statements_md5,
      await withDatabase(url, async (db) => {
        const { rows } = await db.query<{ md5: string }>(
          'SELECT md5(statements::text) AS md5 FROM supabase_migrations.schema_migrations',
        );
        return rows[0]?.md5;
      }),
    );
    // What an older function left behind.
    await withDatabase(url, (db) =>
      db.exec('ALTER TABLE migration_guard.applied_checksums DROP COLUMN statements_md5'),
    );
    const history = await call(handler, 'history', {});
    assertEquals(history.status, 200, JSON.stringify(history.body));
    assertEquals(history.body['migrations'], [
      { version: first.version, name: first.name, sha256: first.sha256 },
    ]);
    assertEquals((await checksumRows(url))[0]?.statements_md5, null);
  });

  await t.step('an old row (NULL) keeps counting: a changed file is refused', async () => {
    const result = await call(handler, 'apply', applyBody('upgrade-2', [edited]));
    assertEquals(result.status, 409, JSON.stringify(result.body));
    assert(
      String((result.body['reasons'] as string[])[0]).startsWith('checksum mismatch'),
      JSON.stringify(result.body),
    );
  });

  await t.step('applied again after `repair --status reverted`: the row is replaced', async () => {
    // What `supabase migration repair --status reverted` does.
    await withDatabase(url, (db) =>
      db.query('DELETE FROM supabase_migrations.schema_migrations WHERE version = $1', [
        first.version,
      ]),
    );
    const result = await call(handler, 'apply', applyBody('upgrade-3', [edited]));
    assertEquals(result.status, 200, JSON.stringify(result.body));
    assertEquals(statusOf(result.body), [`${first.version}:applied`]);
    const [row] = await checksumRows(url);
    assertEquals(row?.sha256, edited.sha256);
    assertEquals(row?.deployment_id, 'upgrade-3');
    assert(row?.statements_md5 !== null, 'statements_md5 recorded');
    const again = await call(handler, 'apply', applyBody('upgrade-4', [edited]));
    assertEquals(statusOf(again.body), [`${first.version}:skipped-already-applied`]);
    assertEquals(again.body['status'], 'succeeded');
  });
});
