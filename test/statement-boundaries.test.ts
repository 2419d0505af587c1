import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseError } from '../src/core/db/database-port.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { runCli, TempProjects } from './support/cli-runner.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';
import { stagingTargets } from './support/staging-targets.ts';

/**
 * The engine applies exactly the statements that were checked, and its limits hold, whatever
 * the file does to its session: through `check --db` on a real PostgreSQL 15.
 */

const M = 'supabase/migrations';

/** Under standard_conforming_strings = off the server reads this "string" as three statements. */
const hiddenCommit = "select 'a\\', '; commit; drop table public.victim; select 1 --';";

describe.each(stagingTargets({ shim: false }))(
  'one statement per message on %s',
  (_label, open) => {
    it('`query` refuses two commands in one text, even without parameters', async () => {
      const target = await open();
      try {
        const error = await target.db.query('select 1; select 2').catch((e: unknown) => e);
        expect(isDatabaseError(error) && error.code).toBe('42601');
        // `exec` is the simple protocol, for the engine's own multi-statement text.
        await expect(target.db.exec('select 1; select 2')).resolves.toBeUndefined();
      } finally {
        await target.close();
      }
    }, 120_000);
  },
);

describe('through check --db on PostgreSQL 15', () => {
  let cluster: PgCluster;
  const projects = new TempProjects();
  let databases = 0;

  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterAll(async () => {
    projects.removeAll();
    await cluster?.stop();
  });

  /** A fresh database on the cluster with a victim table and a busy table; returns its URL. */
  async function freshDatabase(): Promise<string> {
    const name = `boundaries_${databases++}`;
    const admin = await PgDatabase.connect({ url: cluster.url });
    try {
      await admin.exec(`create database ${name} strategy file_copy`);
    } finally {
      await admin.close();
    }
    const url = new URL(cluster.url);
    url.pathname = `/${name}`;
    await withSession(url.toString(), (db) =>
      db.exec(
        'create table public.victim (id int); insert into public.victim values (42); create table public.busy (id int); insert into public.busy values (1)',
      ),
    );
    return url.toString();
  }

  async function withSession<T>(url: string, work: (db: PgDatabase) => Promise<T>): Promise<T> {
    const db = await PgDatabase.connect({ url });
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }

  /** What a test looks at: tables in public, the victim's rows, the history. */
  async function snapshot(url: string) {
    return withSession(url, async (db) => {
      const { rows: present } = await db.query<{ history: boolean }>(
        "select to_regclass('supabase_migrations.schema_migrations') is not null as history",
      );
      return {
        tables: (
          await db.query<{ name: string }>(
            "select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1",
          )
        ).rows.map((r) => r.name),
        victim: (await db.query<{ id: number }>('select id from public.victim')).rows,
        history: present[0]?.history
          ? (
              await db.query<{ version: string }>(
                'select version from supabase_migrations.schema_migrations order by 1',
              )
            ).rows.map((r) => r.version)
          : [],
      };
    });
  }

  const config = JSON.stringify({
    apply: { lockTimeoutMs: 500, maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 200 },
  });

  /** Hold ACCESS SHARE on public.busy (a long report query) until released, at most `ms`. */
  async function holdReader(url: string, ms: number) {
    const reader = await PgDatabase.connect({ url });
    await reader.exec('begin; select * from public.busy');
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      await reader.exec('commit').catch(() => undefined);
      await reader.close();
    };
    const timer = setTimeout(() => void release(), ms);
    return {
      release: async () => {
        clearTimeout(timer);
        await release();
      },
    };
  }

  /** Plain SELECTs on public.busy from another session until stopped; the longest wait, in ms. */
  async function probeSelects(url: string) {
    const probe = await PgDatabase.connect({ url });
    await probe.exec("set statement_timeout = '30s'");
    let stop = false;
    let longest = 0;
    let count = 0;
    const loop = (async () => {
      while (!stop) {
        const began = performance.now();
        await probe.query('select count(*) from public.busy');
        longest = Math.max(longest, performance.now() - began);
        count++;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    return {
      stop: async () => {
        stop = true;
        await loop;
        await probe.close();
        return { longest, count };
      },
    };
  }

  describe('a file that turns standard_conforming_strings off to hide a COMMIT in a "string"', () => {
    const attack = [
      'create table public.ledger (id int);',
      'SET standard_conforming_strings = off;',
      'insert into public.ledger values (1);',
      hiddenCommit,
      'alter table public.busy add column x int;',
      '',
    ].join('\n');
    // No static check can read these values: the engine's check after each statement must.
    const dynamic = [
      'create table public.ledger (id int);',
      "select set_config('standard_' || 'conforming_strings', 'of' || 'f', false);",
      'insert into public.ledger values (1);',
      hiddenCommit,
      '',
    ].join('\n');

    it.each([
      ['as written', attack],
      ['with computed set_config arguments', dynamic],
    ])(
      '%s: nothing of it applied, nothing committed, nothing run again on retries',
      async (_form, sql) => {
        const url = await freshDatabase();
        const before = await snapshot(url);
        const reader = await holdReader(url, 10_000);
        try {
          const cwd = projects.create({
            'migration-guard.config.json': config,
            [`${M}/20250101000000_attack.sql`]: sql,
          });
          const r = await runCli(['check', '--db', url, '--apply', '--format', 'json'], cwd);
          expect(r.stderr).not.toMatch(/\n\s+at /);
          expect(r.code).not.toBe(0);
          expect(r.stdout).toContain('standard_conforming_strings');
        } finally {
          await reader.release();
        }
        const after = await snapshot(url);
        expect(after.victim).toEqual([{ id: 42 }]);
        expect(after.tables).toEqual(before.tables);
        expect(after.history).toEqual([]);
      },
      60_000,
    );

    it('--rollback leaves the database as it was', async () => {
      const url = await freshDatabase();
      const before = await snapshot(url);
      const cwd = projects.create({
        'migration-guard.config.json': config,
        [`${M}/20250101000000_attack.sql`]: attack,
        [`${M}/20250101000001_dynamic.sql`]: dynamic.replace('public.ledger', 'public.ledger2'),
      });
      const r = await runCli(['check', '--db', url, '--rollback', '--format', 'json'], cwd);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.code).not.toBe(0);
      expect(await snapshot(url)).toEqual(before);
    }, 60_000);

    it('`SET standard_conforming_strings = on` (what pg_dump writes) applies as usual', async () => {
      const url = await freshDatabase();
      const cwd = projects.create({
        [`${M}/20250101000000_dump.sql`]: [
          'SET standard_conforming_strings = on;',
          "insert into public.victim values (length('a\\b'));",
          '',
        ].join('\n'),
      });
      const r = await runCli(['check', '--db', url, '--apply', '--format', 'json'], cwd);
      expect(r.stderr).toMatch(
        /^migration-guard: notice: --apply recorded 1 migration\(s\) in supabase_migrations\.schema_migrations: 20250101000000[;\n]/,
      );
      expect(r.code).toBe(0);
      const after = await snapshot(url);
      expect(after.victim).toEqual([{ id: 42 }, { id: 3 }]);
      expect(after.history).toEqual(['20250101000000']);
    }, 60_000);
  });

  describe("a file that switches the engine's lock_timeout off, then ALTERs a table a reader holds for 10 s", () => {
    it.each([
      ['set_config', "select set_config('lock_timeout', '0', true);"],
      // Computed, so no reading of the SQL sees it: the check after the block restores the limit.
      ['a DO block', "do $$ begin execute 'set local lock' || '_timeout = 0'; end $$;"],
      ['SET LOCAL', 'set local lock_timeout = 0;'],
      ['a raise', "select set_config('lock_timeout', '20s', true);"],
      // One statement: nothing between statements can help; the watchdog session cancels it.
      [
        'computed SQL in the same DO block as the ALTER',
        "do $$ begin execute 'set local lock' || '_timeout = 0'; execute 'alter table public.busy add column early text'; end $$;",
      ],
    ])(
      '%s: the ALTER gives up within the lock timeout each try; no SELECT waits longer',
      async (_form, disable) => {
        const url = await freshDatabase();
        const reader = await holdReader(url, 10_000);
        const probe = await probeSelects(url);
        const began = performance.now();
        const cwd = projects.create({
          'migration-guard.config.json': config,
          [`${M}/20250101000000_note.sql`]: `${disable}\nalter table public.busy add column note text;\n`,
        });
        let r: Awaited<ReturnType<typeof runCli>>;
        let waited: number;
        let selects: { longest: number; count: number };
        try {
          r = await runCli(['check', '--db', url, '--apply', '--format', 'json'], cwd);
        } finally {
          waited = performance.now() - began;
          selects = await probe.stop();
          await reader.release();
        }
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(r.code).not.toBe(0);
        const report = JSON.parse(r.stdout) as {
          migrations: { staging?: string; findings: { rule: string; message: string }[] }[];
        };
        const file = report.migrations[0];
        expect(file?.staging).toBe('failed');
        const failed = file?.findings.find((f) => f.rule === 'trace-statement-failed');
        expect(failed?.message).toMatch(/lock.*\(SQLSTATE 55P03\)/);
        // Three tries of 500 ms and short backoffs, not one wait of the reader's 10 s.
        expect(waited).toBeLessThan(8_000);
        expect(selects.count).toBeGreaterThan(0);
        expect(selects.longest).toBeLessThan(3_000);
        const columns = await withSession(url, async (db) =>
          (
            await db.query<{ name: string }>(
              "select attname as name from pg_attribute where attrelid = 'public.busy'::regclass and attnum > 0 and not attisdropped order by attnum",
            )
          ).rows.map((c) => c.name),
        );
        expect(columns).toEqual(['id']);
      },
      60_000,
    );
  });

  it('a DO block that lifts lock_timeout as written is refused before anything of the file runs', async () => {
    const url = await freshDatabase();
    const cwd = projects.create({
      [`${M}/20250101000000_note.sql`]:
        "create table public.early (id int);\ndo $$ begin perform set_config('lock_timeout', '0', true); alter table public.busy add column note text; end $$;\n",
    });
    const r = await runCli(['check', '--db', url, '--apply', '--format', 'json'], cwd);
    expect(r.code).not.toBe(0);
    const report = JSON.parse(r.stdout) as {
      migrations: { staging?: string; findings: { rule: string; severity: string }[] }[];
    };
    expect(report.migrations[0]?.staging).toBe('refused');
    expect(report.migrations[0]?.findings).toContainEqual(
      expect.objectContaining({ rule: 'overrides-timeouts', severity: 'error' }),
    );
    const after = await snapshot(url);
    expect(after.tables).not.toContain('early');
    expect(after.history).toEqual([]);
  }, 60_000);

  it('a DO block that switches statement_timeout off and then runs on is still cancelled at the limit', async () => {
    const url = await freshDatabase();
    const cwd = projects.create({
      'migration-guard.config.json': JSON.stringify({ apply: { statementTimeoutMs: 1000 } }),
      [`${M}/20250101000000_slow.sql`]:
        "do $$ begin execute 'set local statement' || '_timeout = 0'; perform pg_sleep(30); end $$;\n",
    });
    const began = performance.now();
    const r = await runCli(['check', '--db', url, '--apply', '--format', 'json'], cwd);
    const waited = performance.now() - began;
    expect(r.code).not.toBe(0);
    // The server arms statement_timeout when the statement starts: switching it off inside the
    // statement does not disarm it (the watchdog would cancel it past 1.5 s otherwise).
    expect(r.stdout).toMatch(
      /canceling statement due to statement timeout|longer than the engine's statement_timeout/,
    );
    // 1 s, not the 30 s the block asked for.
    expect(waited).toBeLessThan(10_000);
  }, 60_000);

  it('a file that runs RESET ALL (pulled dumps do) applies: the engine knows its transaction by id, not by a setting', async () => {
    const url = await freshDatabase();
    const cwd = projects.create({
      [`${M}/20250101000000_dump.sql`]:
        "select pg_catalog.set_config('search_path', '', false);\nreset all;\ncreate table public.after_reset (id int);\n",
    });
    const r = await runCli(
      ['check', '--db', url, '--apply', '--format', 'json', '--fail-on', 'never'],
      cwd,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { migrations: { staging?: string }[] };
    expect(report.migrations[0]?.staging).toBe('applied');
    const after = await snapshot(url);
    expect(after.tables).toContain('after_reset');
    expect(after.history).toEqual(['20250101000000']);
  }, 60_000);

  describe('SET ROLE and SET search_path in file 1', () => {
    const files = {
      [`${M}/20250101000000_session.sql`]: [
        'create schema if not exists elsewhere;',
        'do $$ begin create role boundaries_owner nologin; exception when duplicate_object then null; end $$;',
        'grant create, usage on schema public, elsewhere to boundaries_owner;',
        'set search_path to elsewhere;',
        'set role boundaries_owner;',
        '',
      ].join('\n'),
      [`${M}/20250101000001_notes.sql`]: 'create table notes (id bigint primary key);\n',
    };
    const landed = (url: string) =>
      withSession(url, async (db) => {
        const { rows } = await db.query<{ schema: string; owner: string }>(
          `select n.nspname as schema, pg_get_userbyid(c.relowner) as owner
             from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relname = 'notes' and c.relkind = 'r'`,
        );
        return rows;
      });

    it('file 2 lands in public, owned by the connecting role, in one call or in two', async () => {
      const oneCall = await freshDatabase();
      const r = await runCli(['check', '--db', oneCall, '--apply'], projects.create(files));
      expect(r.code).toBe(0);
      expect(await landed(oneCall)).toEqual([{ schema: 'public', owner: 'postgres' }]);

      const twoCalls = await freshDatabase();
      const [first] = Object.entries(files);
      const firstOnly = projects.create(Object.fromEntries([first!]));
      expect((await runCli(['check', '--db', twoCalls, '--apply'], firstOnly)).code).toBe(0);
      expect(
        (await runCli(['check', '--db', twoCalls, '--apply'], projects.create(files))).code,
      ).toBe(0);
      expect(await landed(twoCalls)).toEqual([{ schema: 'public', owner: 'postgres' }]);
    }, 60_000);
  });
});
