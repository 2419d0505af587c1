import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { migrationFile } from '../src/core/migrations/migration-file.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { proveRewrite } from '../src/pipeline/fix-proof.ts';
import type { FixedFile } from '../src/pipeline/run-fix.ts';
import { runCli } from './support/cli-runner.ts';
import { CHANGE, expectProven, fixHarness, HISTORY, M } from './support/fix-proof.ts';

// `fix` for the patterns that need a contract step (ALTER COLUMN TYPE, RENAME COLUMN / TABLE,
// DROP COLUMN / TABLE), proven on PostgreSQL 15: the original and the rewrite, contract steps
// included (the proof ignores their date), must leave the touched tables with the same catalog,
// and the rewrite must hold no ACCESS EXCLUSIVE across a backfill, a scan or an index build.

const history = `create table public.customers (
  id bigint generated always as identity primary key,
  name text not null
);
create table public.orders (
  id bigint generated always as identity primary key,
  customer_id bigint references public.customers (id),
  code integer not null,
  note text,
  status text
);
create index orders_customer_idx on public.orders (customer_id);
create table public.legacy_events (id bigint primary key, payload jsonb);
alter table public.customers enable row level security;
alter table public.orders enable row level security;
alter table public.legacy_events enable row level security;
`;
/** The clock the contract dates count from. */
const NOW = new Date('2026-12-07T06:00:00Z');

const { projects, url, fixChange } = fixHarness(history, { now: NOW });

const shape = (fixed: FixedFile) =>
  (fixed.files ?? []).map((f) => `${f.step.kind}${f.step.contract ? ' contract' : ''}`);
const contractFile = (fixed: FixedFile) => fixed.files?.find((f) => f.step.contract);

describe('fix with contract steps, on PostgreSQL 15', () => {
  it('ALTER COLUMN TYPE: a new column kept in step by a trigger, batched backfill, the swap as a contract step', async () => {
    const fixed = await fixChange('alter table public.orders alter column code type bigint;\n');
    const { rewrite: catalog } = expectProven(fixed);
    expect(shape(fixed)).toEqual([
      'transaction',
      'batch',
      'transaction',
      'transaction',
      'transaction contract',
    ]);
    expect(catalog).toContain('  column code bigint not null');
    expect(catalog.join('\n')).not.toContain('code_new');
    expect(catalog.join('\n')).not.toContain('trigger');
    // The original rewrote orders under ACCESS EXCLUSIVE; the rewrite rewrote nothing.
    expect(fixed.proof?.original.rewrites).toEqual(['public.orders']);
    expect(fixed.proof?.original.exclusiveAcrossWork).not.toEqual([]);
    expect(fixed.proof?.rewrite.rewrites).toEqual([]);
    expect(fixed.files?.[1]?.sql).toContain(
      '-- migration-guard:batch table=public.orders key=id size=1000\nUPDATE public.orders SET code_new = code WHERE code_new IS NULL AND code IS NOT NULL;',
    );
    const contract = contractFile(fixed);
    expect(contract?.fileName).toBe('2024020100000005_swap_orders_code_type.sql');
    expect(contract?.sql).toMatch(/^-- migration-guard:contract after=2026-12-14\n/);
    expect(contract?.sql).toContain(
      'ALTER TABLE public.orders DROP COLUMN code;\n\nALTER TABLE public.orders RENAME COLUMN code_new TO code;',
    );
  });

  it('RENAME COLUMN: the new name synced both ways by a trigger, the old column dropped later', async () => {
    const fixed = await fixChange('alter table public.orders rename column note to remark;\n');
    const { rewrite: catalog } = expectProven(fixed);
    expect(shape(fixed)).toEqual(['transaction', 'batch', 'transaction contract']);
    expect(catalog).toContain('  column remark text');
    expect(catalog.join('\n')).not.toContain('column note');
    expect(fixed.files?.[0]?.sql).toContain(
      "COMMENT ON COLUMN public.orders.note IS 'deprecated: dropped by a later contract step (migration-guard fix)';",
    );
  });

  it('RENAME TABLE: a compatibility view under the old name, dropped by the contract step', async () => {
    const fixed = await fixChange('alter table public.legacy_events rename to events;\n');
    const { rewrite: catalog } = expectProven(fixed);
    expect(shape(fixed)).toEqual(['transaction', 'transaction contract']);
    // The touched names: the old one is gone (no view left), the new one is the table.
    expect(catalog).toContain('public.legacy_events: does not exist');
    expect(catalog).toContain('public.events: rls on');
    expect(fixed.files?.[0]?.sql).toContain(
      'CREATE VIEW public.legacy_events WITH (security_invoker = true) AS SELECT * FROM public.events;',
    );
    expect(contractFile(fixed)?.sql).toContain('DROP VIEW public.legacy_events;');
  });

  it('DROP COLUMN and DROP TABLE: a deprecation comment now, the drop as a contract step', async () => {
    const fixed = await fixChange(
      'alter table public.orders drop column status;\ndrop table public.legacy_events;\n',
    );
    const { rewrite: catalog } = expectProven(fixed);
    expect(shape(fixed)).toEqual(['transaction', 'transaction contract', 'transaction contract']);
    expect(catalog.join('\n')).not.toContain('column status');
    expect(catalog).toContain('public.legacy_events: does not exist');
    expect(fixed.files?.[0]?.sql).toContain(
      "COMMENT ON TABLE public.legacy_events IS 'deprecated: dropped by a later contract step (migration-guard fix)';",
    );
  });

  it('a file that drops a column and then gives its name to another: that last statement runs in the contract step, after the drop', async () => {
    // Before the contract step the old column still exists: the new one cannot take its name.
    const fixed = await fixChange(`alter table public.orders add column note_text varchar(200);
update public.orders set note_text = note where note_text is null and note is not null;
alter table public.orders drop column note;
alter table public.orders rename column note_text to note;
`);
    const { rewrite: catalog } = expectProven(fixed);
    expect(shape(fixed)).toEqual(['transaction', 'batch', 'transaction', 'transaction contract']);
    expect(contractFile(fixed)?.sql).toContain(
      'alter table public.orders drop column note;\n\nalter table public.orders rename column note_text to note;',
    );
    expect(catalog).toContain('  column note character varying(200)');
  });

  it('refuses to move a statement that reuses a dropped name when more statements follow it', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: `alter table public.orders drop column status;
alter table public.orders add column status integer;
comment on column public.orders.status is 'the new status code';
`,
    });
    const run = await runCli(['fix', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '20240201000000_change.sql:2: drop-column: this statement gives a column the name status, which the rewrite drops only in its contract step',
    );
    expect(run.stdout).toBe('');
  });

  it('the proof tells a rewrite whose contract step is left out from the original', async () => {
    // Without its contract step the rename leaves a view under the old name: the catalogs differ.
    const fixed = await fixChange('alter table public.legacy_events rename to events;\n');
    expectProven(fixed);
    await loadParser();
    const expand = await Promise.all(
      (fixed.files ?? [])
        .filter((f) => !f.step.contract)
        .map((f) => migrationFile(`${M}/${f.fileName}`, f.sql, 'added')),
    );
    const proof = await proveRewrite({
      history: [await migrationFile(HISTORY, history)],
      original: [await migrationFile(CHANGE, readFileSync(join(fixed.cwd, CHANGE), 'utf8'))],
      rewrite: expand,
      seed: ['public.legacy_events'],
      compare: ['public.events', 'public.legacy_events'],
      config: DEFAULT_CONFIG,
      parse: parseSql,
      dbUrl: url(),
      progress: () => {},
    });
    expect(proof.original.catalog).toContain('public.legacy_events: does not exist');
    expect(proof.rewrite.catalog).toContain('public.legacy_events: a view, not a table');
  });
});

describe('the synced column keeps old and new code working between expand and contract', () => {
  /** Apply the history and the rewrite's files on a new database, the contract steps only when asked. */
  async function withExpanded(
    fixed: FixedFile,
    use: (client: pg.Client, contract: () => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const name = `contract_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: url() });
    await admin.connect();
    await admin.query(`create database ${name} strategy file_copy`);
    const database = new URL(url());
    database.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: database.toString() });
    try {
      await client.connect();
      await client.query(history);
      await client.query("insert into public.orders (code, note) values (1, 'before')");
      const files = fixed.files ?? [];
      for (const f of files.filter((f) => !f.step.contract)) await client.query(f.sql);
      await use(client, async () => {
        for (const f of files.filter((f) => f.step.contract)) await client.query(f.sql);
      });
    } finally {
      await client.end();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }

  it('RENAME COLUMN: writes under either name reach both, and survive the contract step', async () => {
    const fixed = await fixChange('alter table public.orders rename column note to remark;\n');
    await withExpanded(fixed, async (db, contract) => {
      await db.query("insert into public.orders (code, note) values (2, 'old code')");
      await db.query("insert into public.orders (code, remark) values (3, 'new code')");
      await db.query("update public.orders set note = 'old edit' where code = 1");
      const { rows } = await db.query('select code, note, remark from public.orders order by code');
      expect(rows).toEqual([
        { code: 1, note: 'old edit', remark: 'old edit' },
        { code: 2, note: 'old code', remark: 'old code' },
        { code: 3, note: 'new code', remark: 'new code' },
      ]);
      await contract();
      const after = await db.query('select code, remark from public.orders order by code');
      expect(after.rows.map((r) => r.remark)).toEqual(['old edit', 'old code', 'new code']);
    });
  });

  it('RENAME TABLE: old code reads and writes through the view until the contract step', async () => {
    const fixed = await fixChange('alter table public.legacy_events rename to events;\n');
    await withExpanded(fixed, async (db, contract) => {
      await db.query(`insert into public.legacy_events (id, payload) values (1, '{"a":1}')`);
      await db.query(`update public.legacy_events set payload = '{"a":2}' where id = 1`);
      const { rows } = await db.query('select id, payload from public.events');
      expect(rows).toEqual([{ id: '1', payload: { a: 2 } }]);
      await contract();
      await expect(db.query('select 1 from public.legacy_events')).rejects.toThrow(
        'relation "public.legacy_events" does not exist',
      );
    });
  });

  it('ALTER COLUMN TYPE: writes of the old column reach the new one, which takes its place', async () => {
    const fixed = await fixChange('alter table public.orders alter column code type bigint;\n');
    await withExpanded(fixed, async (db, contract) => {
      await db.query("insert into public.orders (code, note) values (2147483647, 'max')");
      await db.query('update public.orders set code = 7 where code = 1');
      const { rows } = await db.query('select code, code_new from public.orders order by id');
      expect(rows).toEqual([
        { code: 7, code_new: '7' },
        { code: 2147483647, code_new: '2147483647' },
      ]);
      await contract();
      const after = await db.query(
        'select code, pg_typeof(code)::text as type from public.orders order by id',
      );
      expect(after.rows).toEqual([
        { code: '7', type: 'bigint' },
        { code: '2147483647', type: 'bigint' },
      ]);
    });
  });
});

describe('contract steps in the check and the command', () => {
  it('--write, then check: a notice with the date, exit 0; the header drives it', async () => {
    const { cwd } = await fixChange('alter table public.orders drop column status;\n', true);
    const files = readdirSync(join(cwd, M)).sort();
    expect(files).toEqual([
      '20240101000000_init.sql',
      '2024020100000001_deprecate_orders_status.sql',
      '2024020100000002_drop_orders_status.sql',
    ]);
    const run = await runCli(['check', '--no-db', '--no-cache', '--format', 'json'], cwd);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      migrations: {
        file: string;
        findings: { rule: string; severity: string; message: string }[];
      }[];
    };
    const contract = report.migrations.find((m) => m.file.endsWith('_drop_orders_status.sql'));
    expect(contract?.findings).toEqual([
      expect.objectContaining({
        rule: 'contract-step-not-due',
        severity: 'notice',
        message: expect.stringContaining('before 2026-12-14 00:00 UTC'),
      }),
    ]);
  });

  it('--contract-after DAYS sets the date; a bad value is a usage error', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: 'alter table public.orders drop column status;\n',
    });
    const run = await runCli(['fix', '--no-db', '--contract-after', '30', CHANGE], cwd);
    expect(run.code).toBe(0);
    const today = new Date();
    const due = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 30),
    );
    expect(run.stdout).toContain(
      `+-- migration-guard:contract after=${due.toISOString().slice(0, 10)}\n`,
    );
    const bad = await runCli(['fix', '--no-db', '--contract-after', 'soon', CHANGE], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--contract-after soon is not a number of days');
  });

  it('check exits 2 on a contract header it cannot trust, naming the file and line', async () => {
    const bad = {
      'a date that is no date': '-- migration-guard:contract after=2026-13-01\nselect 1;\n',
      'a header hidden in a string':
        "select 1;\nselect '-- migration-guard:contract after=2020-01-01';\n",
      'a header in a block comment':
        '/*\n migration-guard:contract after=2020-01-01\n*/\nselect 1;\n',
      'two headers':
        '-- migration-guard:contract after=2099-01-01\n-- migration-guard:contract after=2020-01-01\nselect 1;\n',
      'a header below a statement': 'select 1;\n-- migration-guard:contract after=2020-01-01\n',
    };
    const lines = [1, 2, 2, 2, 2];
    for (const [i, [name, sql]] of Object.entries(bad).entries()) {
      const cwd = projects.create({ [HISTORY]: history, [CHANGE]: sql });
      const run = await runCli(['check', '--no-db', '--no-cache'], cwd);
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toContain(`${CHANGE}:${lines[i]}: `);
      expect(run.stdout, name).toBe('');
    }
    const fine = projects.create({
      [HISTORY]: history,
      [CHANGE]: '-- migration-guard:contract after=2020-01-01\nselect 1;\n',
    });
    expect(readFileSync(join(fine, CHANGE), 'utf8')).toContain('after=2020-01-01');
    expect((await runCli(['check', '--no-db', '--no-cache'], fine)).code).toBe(0);
  });
});
