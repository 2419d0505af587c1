import { isDatabaseError } from '@core/db/database-port.ts';
import { loadParser } from '@core/sql/parse-sql.ts';
import { PostgresDatabase } from '../postgres-database.ts';
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
  withDatabase,
} from './deploy-harness.ts';
import { assert, assertEquals } from './assertions.ts';

/**
 * Where one statement ends, and what a statement may leave behind for the next one: the
 * server runs exactly the statements the parser split (the extended protocol refuses two
 * commands in one message; a file may not change how strings are read), a file cannot lift the
 * engine's lock_timeout for its next statement, and nothing a file set for its session reaches
 * the next file. Each case on PostgreSQL 15, through the function's handler.
 */

const LOCK_TIMEOUT_MS = 500;
const MAX_ATTEMPTS = 3;
/** The lock timeout of the one case that times its answer against a held lock. */
const HELD_LOCK_TIMEOUT_MS = 15_000;

/** Short lock timeout, few fast tries: the lock cases stay a couple of seconds each. */
const engineEnv: Record<string, string> = {
  MIGRATION_GUARD_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
  MIGRATION_GUARD_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
  MIGRATION_GUARD_RETRY_BASE_DELAY_MS: '100',
  MIGRATION_GUARD_RETRY_MAX_DELAY_MS: '200',
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Json = Record<string, unknown>;

function files(body: Json): Json[] {
  return (body['migrations'] as Json[] | undefined) ?? [];
}

function statementStatuses(file: Json | undefined): string[] {
  return ((file?.['statements'] ?? []) as Json[]).map((s) => String(s['status']));
}

async function relation(url: string, name: string): Promise<string | null> {
  return scalar<string | null>(url, `SELECT to_regclass('${name}')::text AS value`);
}

async function session(url: string, applicationName: string): Promise<PostgresDatabase> {
  return PostgresDatabase.connect({ url, applicationName });
}

/** A session holding ACCESS SHARE on public.busy in an open transaction until `release`. */
async function holdAccessShare(
  url: string,
  how: 'lock table' | 'select',
): Promise<{
  release(): Promise<void>;
  /** Releases after `ms` unless released before. */
  releaseAfter(ms: number): void;
}> {
  const reader = await session(url, 'statement-boundaries reader');
  try {
    await reader.exec(
      how === 'lock table'
        ? 'BEGIN; LOCK TABLE public.busy IN ACCESS SHARE MODE'
        : 'BEGIN; SELECT * FROM public.busy',
    );
  } catch (error) {
    await reader.close();
    throw error;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let released: Promise<void> | undefined;
  const release = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    released ??= reader
      .exec('COMMIT')
      .catch(() => undefined)
      .finally(() => reader.close());
    return released;
  };
  return {
    release,
    releaseAfter(ms) {
      timer = setTimeout(() => void release(), ms);
    },
  };
}

/** The deployment failed or was refused; the file ran nothing (no statement left applied). */
function assertNothingRan(
  result: { status: number; body: Json },
  version: string,
  reasonIncludes: string[],
): string {
  const body = JSON.stringify(result.body);
  assert([200, 409].includes(result.status), `HTTP ${result.status}: ${body}`);
  assert(
    ['failed', 'refused'].includes(String(result.body['status'])),
    `deployment failed or refused: ${body}`,
  );
  const file = files(result.body).find((f) => f['version'] === version);
  assert(file !== undefined, `the file is in the status: ${body}`);
  // A refusal of the whole deployment (before any file) leaves the file `pending`.
  const fileStates =
    result.body['status'] === 'refused' ? ['refused', 'pending'] : ['failed', 'refused'];
  assert(fileStates.includes(String(file['status'])), `file failed or refused: ${body}`);
  assertEquals(file['retries'], 0, `no retry re-ran the file: ${body}`);
  const statuses = statementStatuses(file);
  assert(!statuses.includes('applied'), `no statement left applied: ${body}`);
  // Only the statements up to the one that changed the string syntax may have run (rolled back).
  assert(
    statuses.slice(2).every((s) => s === 'not-run'),
    `nothing after the setting ran: ${body}`,
  );
  const error = `${String(file['error'])} ${JSON.stringify(result.body['reasons'])}`;
  assert(
    reasonIncludes.some((r) => error.includes(r)),
    `the reason names ${reasonIncludes.join(' or ')}: ${body}`,
  );
  return error;
}

clusterTest('statement boundaries, engine limits and session state', async (cluster, t) => {
  await loadParser();

  await t.step(
    'the postgres.js adapter refuses two commands in one query; exec runs several',
    async () => {
      const url = await createTestDatabase(cluster.url);
      await withDatabase(url, async (db) => {
        for (const [sql, params] of [
          ['select 1; select 2', undefined],
          ['select 1; select 2', []],
          ['select $1::int; select 2', [1]],
        ] as const) {
          const error = await db.query(sql, params).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          assert(isDatabaseError(error), `${sql} (${params?.length ?? 'no'} params) failed`);
          assertEquals(error.code, '42601', String(error.message));
          assert(
            error.message.includes('cannot insert multiple commands into a prepared statement'),
            error.message,
          );
        }
        // The session is still usable, and the simple protocol runs several statements.
        await db.exec(
          'create table public.several (x int); insert into public.several values (1); insert into public.several values (2)',
        );
        const { rows } = await db.query<{ n: number }>(
          'select count(*)::int as n from public.several',
        );
        assertEquals(rows[0]?.n, 2);
      });
    },
  );

  await t.step(
    'a NUL byte cannot hide text from the check: the file is refused, nothing of it runs',
    async () => {
      const url = await createTestDatabase(cluster.url);
      const handler = handlerFor(url);
      // Before: the parser stopped reading at the NUL, so the check passed the file (its
      // staging run applied the first statement) with text after it that nothing had read;
      // here the first statement ran and only the history row's write failed (22P05), by luck.
      const hidden = await migration(
        '20240901000000',
        'hidden',
        'create table public.visible (id int);\n\u0000\ndrop table public.keep;\n',
      );
      await withDatabase(url, (db) => db.exec('create table public.keep (id int)'));
      const result = await call(handler, 'apply', applyBody('nul-1', [hidden]));
      const error = assertNothingRan(result, '20240901000000', ['NUL byte']);
      assert(error.includes('20240901000000_hidden.sql:2'), error);
      assertEquals(await relation(url, 'public.visible'), null);
      assertEquals(await relation(url, 'public.keep'), 'keep');
      assertEquals(await historyVersions(url), []);
    },
  );

  await t.step(
    "a migration's own format(text, name, name) cannot steer the engine's clean-up of a failed CREATE INDEX CONCURRENTLY",
    async () => {
      const url = await createTestDatabase(cluster.url);
      await withDatabase(url, (db) =>
        db.exec(
          'create table public.busy (id int); insert into public.busy select generate_series(1, 10);' +
            'create table public.victim (id int); create index victim_idx on public.victim (id)',
        ),
      );
      // More exact than pg_catalog.format(text, VARIADIC "any"), so an unqualified
      // format('%I.%I', nspname, relname) resolves to it, wherever pg_catalog is in the path.
      const hijack = await migration(
        '20240902000000',
        'helpers',
        "create function public.format(text, name, name) returns text language sql as $$ select 'public.victim_idx' $$;",
      );
      const index = await migration(
        '20240902000100',
        'busy_index',
        'create index concurrently busy_id_idx on public.busy (id);',
      );
      // A writer's open transaction: the CIC builds its (invalid) index, then waits for it past
      // lock_timeout, and each retry first drops what the failed try left.
      const writer = await session(url, 'statement-boundaries writer');
      try {
        await writer.exec('BEGIN; INSERT INTO public.busy VALUES (0)');
        const handler = handlerFor(url, engineEnv);
        const result = await call(handler, 'apply', applyBody('format-1', [hijack, index]));
        const body = JSON.stringify(result.body);
        assertEquals(
          statusOf(result.body),
          ['20240902000000:applied', '20240902000100:failed'],
          body,
        );
      } finally {
        await writer.exec('ROLLBACK').catch(() => undefined);
        await writer.close();
      }
      // Before: the clean-up ran DROP INDEX CONCURRENTLY IF EXISTS public.victim_idx. Once
      // it named the right index, it waited for the writer with no lock_timeout (it hung); now
      // it gives up in time, the file fails without a retry and its INVALID index stays.
      assertEquals(await relation(url, 'public.victim_idx'), 'victim_idx');
      assertEquals(await relation(url, 'public.busy_id_idx'), 'busy_id_idx');
    },
  );

  await t.step(
    'standard_conforming_strings = off cannot hide a COMMIT; DROP TABLE in a string',
    async () => {
      const url = await createTestDatabase(cluster.url);
      await withDatabase(url, (db) =>
        db.exec(
          'create table public.victim (id int); insert into public.victim values (42); create table public.busy (id int); insert into public.busy values (1)',
        ),
      );
      // A lock timeout far past what a refusal takes, even on a loaded machine: reaching the
      // ALTER behind the held lock would cost at least MAX_ATTEMPTS waits of it.
      const handler = handlerFor(url, {
        ...engineEnv,
        MIGRATION_GUARD_LOCK_TIMEOUT_MS: String(HELD_LOCK_TIMEOUT_MS),
      });
      const version = '20240801000000';
      const attack = await migration(
        version,
        'hidden_commit',
        "create table public.ledger (id int);\nSET standard_conforming_strings = off;\ninsert into public.ledger values (1);\nselect 'a\\', '; commit; drop table public.victim; select 1 --';\nalter table public.busy add column x int;\n",
      );
      assert(attack.sql.includes("select 'a\\', '; commit;"), 'one backslash before the quote');
      const reader = await holdAccessShare(url, 'lock table');
      const checkNothing = async (label: string) => {
        assertEquals(
          await scalar<string>(url, "SELECT string_agg(id::text, ',') AS value FROM public.victim"),
          '42',
          `${label}: public.victim and its row are still there`,
        );
        assertEquals(await relation(url, 'public.ledger'), null, `${label}: no public.ledger`);
        assert(!(await historyVersions(url)).includes(version), `${label}: not recorded`);
        assertEquals(
          await scalar<number>(
            url,
            "SELECT count(*)::int AS value FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'busy' AND column_name = 'x'",
          ),
          0,
          `${label}: the ALTER never ran`,
        );
      };
      try {
        const reasons = ['string-syntax-setting', 'standard_conforming_strings'];
        const started = performance.now();
        const first = await call(handler, 'apply', applyBody('scs-1', [attack]));
        const took = performance.now() - started;
        const firstError = assertNothingRan(first, version, reasons);
        console.log(`SET standard_conforming_strings = off: ${Math.round(took)} ms; ${firstError}`);
        // The ALTER behind the held lock was never reached: reaching it would mean at least
        // MAX_ATTEMPTS lock waits of HELD_LOCK_TIMEOUT_MS each (a refusal under a 500 ms lock
        // timeout took 2.3 s once, at load 12: hence the long one).
        assert(
          took < HELD_LOCK_TIMEOUT_MS,
          `answered in ${Math.round(took)} ms, without lock waits`,
        );
        await checkNothing('first request');

        // A resend of the same deployment answers its recorded outcome and runs nothing.
        const resend = await call(handler, 'apply', applyBody('scs-1', [attack]));
        assertNothingRan(resend, version, reasons);
        await checkNothing('resend');

        // A new deployment of the same file fails the same way.
        const again = await call(handler, 'apply', applyBody('scs-2', [attack]));
        assertNothingRan(again, version, reasons);
        await checkNothing('new deployment');
      } finally {
        await reader.release();
      }

      // The setting's name and value computed at run time: only the engine's guard sees it.
      const dynamicVersion = '20240802000000';
      const dynamic = await migration(
        dynamicVersion,
        'computed_setting',
        "create table public.ledger (id int);\nselect set_config('standard_' || 'conforming_strings', 'of' || 'f', false);\nselect 'a\\', '; commit; drop table public.victim; select 1 --';\n",
      );
      const result = await call(handler, 'apply', applyBody('scs-dynamic-1', [dynamic]));
      const error = assertNothingRan(result, dynamicVersion, ['standard_conforming_strings']);
      assert(error.includes('standard_conforming_strings'), error);
      console.log(`computed set_config: ${error}`);
      await checkNothing('computed setting');
      assert(!(await historyVersions(url)).includes(dynamicVersion), 'not recorded');
      const resent = await call(handler, 'apply', applyBody('scs-dynamic-1', [dynamic]));
      assertNothingRan(resent, dynamicVersion, ['standard_conforming_strings']);
      await checkNothing('computed setting, resent');
    },
  );

  for (const [form, version, lift, statuses] of [
    [
      'set_config(..., true)',
      '20240803000000',
      "select set_config('lock_timeout', '0', true);",
      ['rolled-back', 'failed'],
    ],
    [
      'a DO block',
      '20240804000000',
      "do $$ begin execute 'set local lock' || '_timeout = 0'; end $$;",
      ['rolled-back', 'failed'],
    ],
    // One statement lifts the limit and waits: only the engine's watchdog session can stop it.
    [
      'computed SQL in the DO block that also ALTERs',
      '20240804100000',
      "do $$ begin execute 'set local lock' || '_timeout = 0'; execute 'alter table public.busy add column early text'; end $$;",
      ['failed', 'not-run'],
    ],
  ] as const) {
    await t.step(
      `lock_timeout lifted by ${form} is put back: the ALTER gives up, readers wait < 5 s`,
      async () => {
        const url = await createTestDatabase(cluster.url);
        await withDatabase(url, (db) =>
          db.exec(
            'create table public.busy (id int); insert into public.busy select generate_series(1, 10)',
          ),
        );
        const handler = handlerFor(url, engineEnv);
        const file = await migration(
          version,
          'lift_lock_timeout',
          `${lift}\nalter table public.busy add column note text;\n`,
        );

        const pinger = await session(url, 'statement-boundaries pinger');
        const monitor = await session(url, 'statement-boundaries monitor');
        let reader: Awaited<ReturnType<typeof holdAccessShare>> | undefined;
        let done = false;
        try {
          await pinger.exec("SET statement_timeout = '40s'");
          reader = await holdAccessShare(url, 'select');
          // Without the engine's fix the ALTER waits for this commit, 30 s from now. The bounds
          // below are far from it and far above the 0.5 s lock_timeout, so a loaded machine
          // (the suite runs beside other tests) cannot turn a pass into a failure or back.
          reader.releaseAfter(30_000);

          const selectWaits: number[] = [];
          const pinging = (async () => {
            while (!done) {
              const began = performance.now();
              await pinger.query('select count(*) from public.busy');
              selectWaits.push(performance.now() - began);
              await sleep(10);
            }
          })();
          // Each try of the ALTER: how long it had waited for its lock, by its query_start.
          const tries = new Map<string, number>();
          const watching = (async () => {
            while (!done) {
              const { rows } = await monitor.query<{ started: string; waited_ms: number }>(
                `SELECT query_start::text AS started,
                        extract(epoch FROM clock_timestamp() - query_start) * 1000 AS waited_ms
                   FROM pg_stat_activity
                  WHERE pid <> pg_backend_pid() AND wait_event_type = 'Lock'
                    AND query ILIKE '%alter table public.busy%'`,
              );
              for (const row of rows) {
                tries.set(
                  row.started,
                  Math.max(tries.get(row.started) ?? 0, Number(row.waited_ms)),
                );
              }
              await sleep(20);
            }
          })();

          const started = performance.now();
          let result: { status: number; body: Json };
          try {
            result = await call(handler, 'apply', applyBody(`lift-${version}`, [file]));
          } finally {
            done = true;
            await Promise.all([pinging, watching]);
          }
          const took = performance.now() - started;
          const maxWait = Math.max(...selectWaits);
          const perTry = [...tries.values()].map(Math.round);
          console.log(
            `${form}: deployment ${Math.round(took)} ms; ALTER tries waited ${perTry.join(', ')} ms; ` +
              `${selectWaits.length} plain SELECTs, longest wait ${Math.round(maxWait)} ms`,
          );

          const body = JSON.stringify(result.body);
          assertEquals(result.status, 200, body);
          assertEquals(result.body['status'], 'failed', body);
          assertEquals(statusOf(result.body), [`${version}:failed`], body);
          const migrationStatus = files(result.body)[0];
          assertEquals(migrationStatus?.['retries'], MAX_ATTEMPTS - 1, body);
          const error = String(migrationStatus?.['error']);
          assert(error.includes('lock_timeout'), error);
          assert(error.includes(`gave up after ${MAX_ATTEMPTS} tries`), error);
          assertEquals(statementStatuses(migrationStatus), [...statuses], body);

          assertEquals(perTry.length, MAX_ATTEMPTS, `one lock wait per try: ${perTry.join(', ')}`);
          for (const wait of perTry) {
            assert(wait < 5_000, `each try gave up well before the reader's 30 s: ${perTry}`);
          }
          assert(
            took < 20_000,
            `the deployment ended before the reader did (${Math.round(took)} ms)`,
          );
          // The plain SELECTs did queue behind the ALTER (the measurement means something)...
          assert(maxWait >= 100, `a SELECT queued behind the ALTER (${Math.round(maxWait)} ms)`);
          // ...but only for the engine's lock_timeout, not for the reader's 30 s.
          assert(
            maxWait < 5_000,
            `plain SELECTs waited at most ${Math.round(maxWait)} ms (lock_timeout ${LOCK_TIMEOUT_MS} ms)`,
          );
        } finally {
          done = true;
          await reader?.release();
          await pinger.close();
          await monitor.close();
        }
        assert(!(await historyVersions(url)).includes(version), 'not recorded');
        assertEquals(
          await scalar<number>(
            url,
            "SELECT count(*)::int AS value FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'busy' AND column_name = 'note'",
          ),
          0,
          'no note column',
        );
      },
    );
  }

  const sessionFile = () =>
    migration(
      '20240805000000',
      'switch_session',
      'create schema if not exists elsewhere;\ncreate role session_owner nologin;\ngrant create, usage on schema public, elsewhere to session_owner;\nset search_path to elsewhere;\nset role session_owner;\n',
    );
  const notesFile = () =>
    migration('20240806000000', 'create_notes', 'create table notes (id bigint primary key);\n');

  const assertNotesInPublic = async (url: string, label: string) => {
    assertEquals(await relation(url, 'public.notes'), 'notes', `${label}: notes in public`);
    assertEquals(await relation(url, 'elsewhere.notes'), null, `${label}: not in elsewhere`);
    const owner = await scalar<string>(
      url,
      "SELECT pg_get_userbyid(relowner)::text AS value FROM pg_class WHERE oid = 'public.notes'::regclass",
    );
    const connecting = await scalar<string>(url, 'SELECT current_user::text AS value');
    assertEquals(owner, connecting, `${label}: owned by the connecting user`);
    assert(owner !== 'session_owner', `${label}: not owned by session_owner`);
    assertEquals(await historyVersions(url), ['20240805000000', '20240806000000'], label);
  };

  /** Roles are the cluster's: drop session_owner again so the next case can create it. */
  const dropSessionOwner = async (url: string) => {
    await withDatabase(url, (db) =>
      db.exec(
        "DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'session_owner') THEN DROP OWNED BY session_owner; DROP ROLE session_owner; END IF; END $$",
      ),
    );
  };

  // File 1 ends with `SET ROLE session_owner` in effect: its history row is still written (as
  // the connecting user, like every history row), and file 2 starts from the reset session.
  await t.step(
    'SET search_path and SET ROLE of one file do not reach the next (one request)',
    async () => {
      const url = await createTestDatabase(cluster.url);
      try {
        const handler = handlerFor(url, engineEnv);
        const result = await call(
          handler,
          'apply',
          applyBody('session-1', [await sessionFile(), await notesFile()]),
        );
        const body = JSON.stringify(result.body);
        assertEquals(result.status, 200, body);
        assertEquals(result.body['status'], 'succeeded', body);
        assertEquals(statusOf(result.body), ['20240805000000:applied', '20240806000000:applied']);
        await assertNotesInPublic(url, 'one request');
      } finally {
        await dropSessionOwner(url);
      }
    },
  );

  await t.step(
    'SET search_path and SET ROLE of one file do not reach the next (two requests)',
    async () => {
      const url = await createTestDatabase(cluster.url);
      try {
        const handler = handlerFor(url, engineEnv);
        const first = await call(handler, 'apply', applyBody('session-2a', [await sessionFile()]));
        assertEquals(first.body['status'], 'succeeded', JSON.stringify(first.body));
        const second = await call(
          handler,
          'apply',
          applyBody('session-2b', [await sessionFile(), await notesFile()]),
        );
        const body = JSON.stringify(second.body);
        assertEquals(second.body['status'], 'succeeded', body);
        assertEquals(
          statusOf(second.body),
          ['20240805000000:skipped-already-applied', '20240806000000:applied'],
          body,
        );
        await assertNotesInPublic(url, 'two requests');
      } finally {
        await dropSessionOwner(url);
      }
    },
  );
});
