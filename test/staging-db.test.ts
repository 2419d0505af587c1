import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseConnectionError } from '../src/core/db/connection-error.ts';
import {
  type DatabaseNotice,
  type DatabasePort,
  isDatabaseError,
  withTransaction,
} from '../src/core/db/database-port.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { PgliteDatabase } from '../src/staging/pglite-database.ts';
import { bootstrapSupabaseShim, type SupabaseShimReport } from '../src/staging/supabase-shim.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';

// Shared across runs so only the first run on a machine pays PGlite's cold start.
const pgliteCacheDir = join(process.cwd(), 'node_modules', '.cache', 'migration-guard');

interface Target {
  db: DatabasePort;
  /** pgvector ships with PGlite; Debian has no pgvector package for PostgreSQL 15. */
  hasPgvector: boolean;
  extensions: SupabaseShimReport;
  close(): Promise<void>;
}

const targets: Array<[string, () => Promise<Target>]> = [
  [
    'PostgreSQL 15',
    async () => {
      const cluster: PgCluster = await startPgCluster();
      const db = await PgDatabase.connect({ url: cluster.url });
      const extensions = await bootstrapSupabaseShim(db);
      return {
        db,
        extensions,
        hasPgvector: false,
        close: async () => {
          await db.close();
          await cluster.stop();
        },
      };
    },
  ],
  [
    'PGlite',
    async () => {
      // pgvector's archive is loaded when the migrations create it, as `check` asks for it.
      const db = await PgliteDatabase.start({ cacheDir: pgliteCacheDir, extensions: ['vector'] });
      return { db, extensions: db.extensions, hasPgvector: true, close: () => db.close() };
    },
  ],
];

const userId = '4f9e2c1a-7b3d-4e8f-9a6b-2c5d8e1f3a7b';

async function errorOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to fail');
}

describe.each(targets)('staging database on %s', (_label, open) => {
  let target: Target;
  beforeAll(async () => {
    target = await open();
  });
  afterAll(async () => {
    await target?.close();
  });

  it('has the Supabase roles, schemas and tables after the shim, and the shim can run again', async () => {
    const { db } = target;
    await bootstrapSupabaseShim(db);
    const { rows: roles } = await db.query<{
      rolname: string;
      rolbypassrls: boolean;
      rolinherit: boolean;
      rolcanlogin: boolean;
    }>(
      `select rolname, rolbypassrls, rolinherit, rolcanlogin from pg_roles
        where rolname in ('anon', 'authenticated', 'service_role', 'authenticator')
        order by rolname`,
    );
    expect(roles).toEqual([
      { rolname: 'anon', rolbypassrls: false, rolinherit: false, rolcanlogin: false },
      { rolname: 'authenticated', rolbypassrls: false, rolinherit: false, rolcanlogin: false },
      { rolname: 'authenticator', rolbypassrls: false, rolinherit: false, rolcanlogin: true },
      { rolname: 'service_role', rolbypassrls: true, rolinherit: false, rolcanlogin: false },
    ]);
    const { rows: memberships } = await db.query<{ role: string }>(
      `select r.rolname as role from pg_auth_members m
         join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member
        where u.rolname = 'authenticator' order by 1`,
    );
    expect(memberships.map((row) => row.role)).toEqual(['anon', 'authenticated', 'service_role']);
    const { rows: tables } = await db.query<{ name: string; rls: boolean }>(
      `select n.nspname || '.' || c.relname as name, c.relrowsecurity as rls
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where (n.nspname, c.relname) in (('auth', 'users'), ('storage', 'buckets'), ('storage', 'objects'))
        order by 1`,
    );
    expect(tables).toEqual([
      { name: 'auth.users', rls: true },
      { name: 'storage.buckets', rls: true },
      { name: 'storage.objects', rls: true },
    ]);
    expect(Object.keys(target.extensions.installedExtensions)).toEqual(
      expect.arrayContaining(['pgcrypto', 'uuid-ossp']),
    );
    const { rows } = await db.query<{ folders: string[]; file: string; ext: string }>(
      `select storage.foldername('team/7/logo.png') as folders,
              storage.filename('team/7/logo.png') as file, storage.extension('team/7/logo.png') as ext`,
    );
    expect(rows).toEqual([{ folders: ['team', '7'], file: 'logo.png', ext: 'png' }]);
  });

  it('answers auth.uid(), auth.role() and auth.jwt() from request.jwt.claims as role authenticated', async () => {
    const { db } = target;
    const claims = JSON.stringify({ sub: userId, role: 'authenticated', email: 'ana@acme.test' });
    const seen = await withTransaction(db, async (tx) => {
      await tx.exec('set local role authenticated');
      await tx.query(`select set_config('request.jwt.claims', $1, true)`, [claims]);
      const { rows } = await tx.query<{ uid: string; role: string; email: string; who: string }>(
        `select auth.uid() as uid, auth.role() as role, auth.jwt() ->> 'email' as email,
                current_user as who`,
      );
      return rows[0];
    });
    expect(seen).toEqual({
      uid: userId,
      role: 'authenticated',
      email: 'ana@acme.test',
      who: 'authenticated',
    });

    // Outside a request (no claims, or an empty setting) the helpers return NULL, not an error.
    const { rows } = await db.query<{ uid: string | null; role: string | null }>(
      `select set_config('request.jwt.claims', '', false), auth.uid() as uid, auth.role() as role`,
    );
    expect(rows[0]).toMatchObject({ uid: null, role: null });
  });

  it('reports a failing statement as a DatabaseError with SQLSTATE and position', async () => {
    const { db } = target;
    const error = await errorOf(db.query('select id from public.missing_workspaces'));
    expect(isDatabaseError(error)).toBe(true);
    if (!isDatabaseError(error)) return;
    expect(error.code).toBe('42P01');
    expect(error.position).toBe(16);
    expect(error.message).toContain('missing_workspaces');

    // In multi-statement text the position counts from the start of the whole text.
    const text =
      'create temp table probe (id int);\ninsert into probe values (1);\nselect nope from probe;';
    const execError = await errorOf(db.exec(text));
    expect(isDatabaseError(execError) && execError.code).toBe('42703');
    const position = isDatabaseError(execError) ? (execError.position ?? 0) : 0;
    expect(text.slice(0, position - 1).split('\n').length).toBe(3);
  });

  it('delivers notices through onNotice until unsubscribed', async () => {
    const { db } = target;
    const notices: DatabaseNotice[] = [];
    const unsubscribe = db.onNotice((notice) => notices.push(notice));
    await db.exec(`do $$ begin raise notice 'backfilled % rows', 42; end $$`);
    unsubscribe();
    await db.exec(`do $$ begin raise notice 'not heard'; end $$`);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ severity: 'NOTICE', message: 'backfilled 42 rows' });
  });

  it('creates pgvector in the extensions schema where the server has it, and says so', async () => {
    const { db, extensions, hasPgvector } = target;
    // The shim leaves vector to migrations, as Supabase does.
    expect(extensions.installedExtensions['vector']).toBeUndefined();
    expect(extensions.availableExtensions.includes('vector')).toBe(hasPgvector);
    const create = db.exec('create extension if not exists vector with schema extensions');
    if (!hasPgvector) {
      expect(isDatabaseError(await errorOf(create))).toBe(true);
      return;
    }
    await create;
    const { rows } = await db.query<{ v: string; distance: number }>(
      `select '[1,2,3]'::extensions.vector as v,
              extensions.l2_distance('[1,2,3]'::extensions.vector, '[1,2,5]'::extensions.vector) as distance`,
    );
    expect(rows).toEqual([{ v: '[1,2,3]', distance: 2 }]);
  });

  it('binds parameters, counts rows, and rolls a failed transaction back', async () => {
    const { db } = target;
    await db.exec('create table public.workspaces (id bigint primary key, name text not null)');
    const inserted = await db.query('insert into public.workspaces values ($1, $2), ($3, $4)', [
      1,
      'acme',
      2,
      'globex',
    ]);
    expect(inserted.rowCount).toBe(2);
    const failed = await errorOf(
      withTransaction(db, async (tx) => {
        await tx.exec(`delete from public.workspaces`);
        await tx.exec(`insert into public.workspaces values (3, null)`);
      }),
    );
    expect(isDatabaseError(failed) && failed.code).toBe('23502');
    const { rows } = await db.query<{ id: string; name: string }>(
      'select id, name from public.workspaces order by id',
    );
    // int8 comes back as a string on both adapters.
    expect(rows).toEqual([
      { id: '1', name: 'acme' },
      { id: '2', name: 'globex' },
    ]);
    await db.exec('drop table public.workspaces');
  });
});

describe('PostgreSQL connection failures', () => {
  let silentServer: Server | undefined;
  afterAll(async () => {
    await new Promise((resolve) =>
      silentServer ? silentServer.close(resolve) : resolve(undefined),
    );
  });

  async function connectionErrorOf(url: string, connectTimeoutMs = 5_000) {
    const error = await errorOf(PgDatabase.connect({ url, connectTimeoutMs }));
    expect(error).toBeInstanceOf(DatabaseConnectionError);
    return error as DatabaseConnectionError;
  }

  it('classifies a closed port as refused, quickly, without the password', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    const started = performance.now();
    const error = await connectionErrorOf(`postgres://app:s3cret@127.0.0.1:${port}/postgres`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.kind).toBe('connection-refused');
    expect(error.message).not.toContain('s3cret');
    expect(error.message).toContain(`127.0.0.1:${port}`);
    // One line for the CLI to print: cause and fix, no stack.
    expect(error.message).not.toContain('\n');
    expect(error.fix).toContain('port');
  });

  it('classifies a server that never answers as a timeout', async () => {
    // Reads and discards what the client sends (so it sees the client hang up) but never answers.
    silentServer = createServer((socket) => socket.resume());
    const port = await new Promise<number>((resolve) => {
      silentServer?.listen(0, '127.0.0.1', () => {
        const address = silentServer?.address();
        resolve(typeof address === 'object' && address ? address.port : 1);
      });
    });
    const error = await connectionErrorOf(`postgres://app@127.0.0.1:${port}/postgres`, 300);
    expect(error.kind).toBe('timeout');
  });

  it('classifies a missing database and a missing role on a real server', async () => {
    const server = await startPgCluster();
    try {
      const base = `postgres://postgres@127.0.0.1:${server.port}`;
      expect((await connectionErrorOf(`${base}/no_such_db`)).kind).toBe('database-missing');
      const role = await connectionErrorOf(`postgres://ghost@127.0.0.1:${server.port}/postgres`);
      expect(role.kind).toBe('auth-failed');
    } finally {
      await server.stop();
    }
  });
});

describe('PGlite specifics', () => {
  let db: PgliteDatabase | undefined;
  afterAll(async () => {
    await db?.close();
  });

  it('starts from a snapshot (the cache, or the one shipped in dist/), with the shim already in place', async () => {
    db = await PgliteDatabase.start({ cacheDir: pgliteCacheDir });
    expect(['cache', 'shipped']).toContain(db.startup.source);
    const { rows } = await db.query<{ uid: string | null }>('select auth.uid() as uid');
    expect(rows).toEqual([{ uid: null }]);
  });

  it("gives a cleanly closed database's thread to the next one, with nothing of the first left", async () => {
    const first = await PgliteDatabase.start({ cacheDir: pgliteCacheDir });
    let second: PgliteDatabase | undefined;
    try {
      await first.exec(
        'create table public.left_behind (id int); insert into public.left_behind values (1)',
      );
      await first.exec("set statement_timeout = '1s'");
      // A file of PGlite's bundle (its share directory) overwritten by the first database.
      const control = "'/pglite/share/postgresql/extension/plpgsql.control'";
      await first.exec(`copy (select 'planted') to ${control}`);
      const planted = await first.query<{ text: string }>(
        `select pg_read_file(${control}) as text`,
      );
      expect(planted.rows[0]?.text).toBe('planted\n');
      await first.close();
      second = await PgliteDatabase.start({ cacheDir: pgliteCacheDir });
      expect(second.threadId).toBe(first.threadId);
      const { rows } = await second.query<{ table: string | null; limit: string }>(
        "select to_regclass('public.left_behind')::text as table, current_setting('statement_timeout') as limit",
      );
      expect(rows).toEqual([{ table: null, limit: '0' }]);
      const bundled = await second.query<{ text: string }>(
        `select pg_read_file(${control}) as text`,
      );
      expect(bundled.rows[0]?.text).toMatch(/^# plpgsql extension\n/);
      // The first one's handle stays closed: nothing it sends reaches the second database.
      await expect(first.query('select 1')).rejects.toThrow(/closed/);
    } finally {
      await first.close();
      await second?.close();
    }
  });

  it('does not reuse a thread whose database was stopped after a statement timeout', async () => {
    const stopped = await PgliteDatabase.start({ cacheDir: pgliteCacheDir });
    let next: PgliteDatabase | undefined;
    try {
      await stopped.exec("set statement_timeout = '100ms'");
      await expect(stopped.exec('select pg_sleep(30)')).rejects.toMatchObject({ code: '57014' });
      expect(stopped.stoppedAfterTimeout).toBe(true);
      await stopped.close();
      next = await PgliteDatabase.start({ cacheDir: pgliteCacheDir });
      expect(next.threadId).not.toBe(stopped.threadId);
      const { rows } = await next.query<{ one: number }>('select 1 as one');
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await stopped.close();
      await next?.close();
    }
  });
});
