import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli-runner.ts';
import { CHANGE, expectProven, fixHarness, HISTORY, M, stepKinds } from './support/fix-proof.ts';

// `migration-guard fix` on PostgreSQL 15: one cluster for the file; each proof creates its two
// fresh databases on it (`create database`) and drops them.

const history = `create table public.customers (
  id bigint generated always as identity primary key,
  name text not null
);
create table public.orders (
  id bigint generated always as identity primary key,
  customer_id bigint,
  status text,
  amount numeric
);
create index orders_old_idx on public.orders (amount);
create index orders_customer_idx on public.orders (customer_id);
create table public.accounts (id bigint, email text);
alter table public.customers enable row level security;
alter table public.orders enable row level security;
alter table public.accounts enable row level security;
`;

// A plain server: each proof's databases get the Supabase shim from the run.
const { projects, url, fixChange } = fixHarness(history, { server: 'plain' });

describe('fix on PostgreSQL 15, a pattern at a time', () => {
  it('CREATE INDEX, DROP INDEX and REINDEX: CONCURRENTLY, each in a file of its own', async () => {
    const fixed = await fixChange(`create index orders_status_idx on public.orders (status);
drop index public.orders_old_idx;
reindex index public.orders_customer_idx;
`);
    const { rewrite } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual(['alone', 'alone', 'alone']);
    expect(rewrite).toContain(
      '  index CREATE INDEX orders_status_idx ON public.orders USING btree (status)',
    );
    expect(rewrite.join('\n')).not.toContain('orders_old_idx');
    // The original blocked writes on orders; CONCURRENTLY statements hold no blocking lock.
    expect(fixed.proof?.original.longestLock?.relation).toBe('public.orders');
    expect(fixed.proof?.rewrite.longestLock).toBeUndefined();
  });

  it('ADD CHECK and FOREIGN KEY: NOT VALID now, VALIDATE in the next file', async () => {
    const fixed =
      await fixChange(`alter table public.orders add constraint orders_amount_positive check (amount > 0);
alter table orders add foreign key (customer_id) references public.customers (id);
`);
    const { rewrite } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual(['transaction', 'transaction', 'transaction', 'transaction']);
    expect(rewrite).toContain(
      '  constraint orders_amount_positive CHECK ((amount > (0)::numeric))',
    );
    expect(rewrite).toContain(
      '  constraint orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers(id)',
    );
    // The original scanned orders while holding ACCESS EXCLUSIVE.
    expect(fixed.proof?.original.exclusiveAcrossWork).not.toEqual([]);
  });

  it('SET NOT NULL: a validated CHECK first, so SET NOT NULL skips its scan', async () => {
    const fixed = await fixChange('alter table public.orders alter column status set not null;\n');
    const { rewrite } = expectProven(fixed);
    expect(rewrite).toContain('  column status text not null');
    expect(rewrite.join('\n')).not.toContain('not_null_check');
    expect(fixed.files?.at(-1)?.sql).toContain('VALIDATE CONSTRAINT orders_status_not_null_check');
  });

  it('ADD PRIMARY KEY and UNIQUE: a unique index CONCURRENTLY, then USING INDEX', async () => {
    const fixed = await fixChange(`alter table public.accounts add primary key (id);
alter table public.accounts add constraint accounts_email_key unique (email);
`);
    const { rewrite } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual([
      'transaction',
      'alone',
      'transaction',
      'alone',
      'transaction',
    ]);
    expect(rewrite).toContain('  column id bigint not null');
    expect(rewrite).toContain('  constraint accounts_pkey PRIMARY KEY (id)');
    expect(rewrite).toContain('  constraint accounts_email_key UNIQUE (email)');
  });

  it('ADD COLUMN with a volatile default: nullable, batched backfill, NOT NULL via CHECK', async () => {
    const fixed =
      await fixChange(`alter table public.orders add column token uuid not null default gen_random_uuid();
alter table public.orders add column seen_at timestamptz default clock_timestamp();
`);
    const { rewrite } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual([
      'transaction',
      'batch',
      'transaction',
      'transaction',
      'transaction',
      'batch',
    ]);
    expect(fixed.files?.[1]?.sql).toContain(
      '-- migration-guard:batch table=public.orders key=id size=1000\nUPDATE public.orders SET token = gen_random_uuid() WHERE token IS NULL;',
    );
    expect(rewrite).toContain('  column token uuid not null default gen_random_uuid()');
    expect(rewrite).toContain(
      '  column seen_at timestamp with time zone default clock_timestamp()',
    );
    expect(fixed.proof?.original.rewrites).toEqual(['public.orders']);
    expect(fixed.proof?.rewrite.rewrites).toEqual([]);
  });

  it("the playbook's add-a-column sequence: the backfill leaves the DDL's transaction", async () => {
    const fixed = await fixChange(`alter table public.orders add column origin text;
update public.orders set origin = 'import' where origin is null;
alter table public.orders alter column origin set not null;
alter table public.orders alter column origin set default 'web';
create index orders_origin_idx on public.orders (origin);
`);
    const { rewrite } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual([
      'transaction',
      'batch',
      'transaction',
      'transaction',
      'transaction',
      'alone',
    ]);
    expect(fixed.files?.[1]?.sql).toContain(
      "-- migration-guard:batch table=public.orders key=id size=1000\nupdate public.orders set origin = 'import' where origin is null;",
    );
    expect(rewrite).toContain("  column origin text not null default 'web'::text");
    // The original held ACCESS EXCLUSIVE from the ADD COLUMN across the UPDATE and the scans.
    expect(fixed.proof?.original.exclusiveAcrossWork).toContain('20240201000000_change.sql:2');
  });

  it('leaves a file whose errors it cannot rewrite alone, and says why', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: `create index orders_status_idx on public.orders (status);
alter table public.orders alter column amount type bigint;
`,
    });
    const run = await runCli(['fix', '--db', url(), CHANGE], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${CHANGE}:2: alter-column-type: public.orders.amount is in the index public.orders_old_idx: not rewritten yet`,
    );
    expect(run.stdout).toBe('');
  });
});

describe('migration-guard fix, the command', () => {
  it('prints a diff that git applies, and exits 0', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: '-- index the status\ncreate index orders_status_idx on public.orders (status);\n',
    });
    const run = await runCli(['fix', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`diff --git a/${CHANGE} b/${CHANGE}\ndeleted file mode 100644`);
    const added = `${M}/2024020100000001_create_index_orders_status_idx_concurrently.sql`;
    expect(run.stdout).toContain(`+++ b/${added}\n@@ -0,0 +1,5 @@\n+-- runs CONCURRENTLY`);
    expect(run.stdout).toContain(
      '+-- index the status\n+create index concurrently orders_status_idx on public.orders (status);\n',
    );
    writeFileSync(join(cwd, 'fix.diff'), run.stdout);
    execFileSync('git', ['apply', 'fix.diff'], { cwd });
    expect(existsSync(join(cwd, CHANGE))).toBe(false);
    expect(readFileSync(join(cwd, added), 'utf8')).toContain('create index concurrently');
    // Nothing else to do: the rewrite is clean.
    expect((await runCli(['fix', '--no-db', added], cwd)).code).toBe(0);
  });

  it('--write replaces the file after the proof, and the check then passes', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]:
        'alter table public.orders add constraint orders_amount_positive check (amount > 0);\n',
    });
    const run = await runCli(['fix', '--write', '--db', url(), CHANGE], cwd);
    expect(run.stderr).toContain('final schema of the touched tables: identical');
    expect(run.code).toBe(0);
    expect(readdirSync(join(cwd, M)).sort()).toEqual([
      '20240101000000_init.sql',
      '2024020100000001_add_orders_amount_positive_not_valid.sql',
      '2024020100000002_validate_orders_amount_positive.sql',
    ]);
    const check = await runCli(['check', '--no-db', '--no-cache'], cwd);
    expect(check.code).toBe(0);
  });

  it('--write refuses a file the base already has', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: 'create index orders_status_idx on public.orders (status);\n',
    });
    const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'migrations');
    const run = await runCli(['fix', '--write', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${CHANGE} is on the base (HEAD)`);
    expect(existsSync(join(cwd, CHANGE))).toBe(true);
    expect(readdirSync(join(cwd, M))).toHaveLength(2);
  });

  it('exits 2 on SQL that does not parse, naming the file and line', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: 'create index orders_status_idx on public.orders (status);\nalter tabel orders;\n',
    });
    const run = await runCli(['fix', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${CHANGE}:2: Postgres cannot parse this`);
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an unknown flag or no files outside git, 0 when there is nothing to fix', async () => {
    const cwd = projects.create({ [HISTORY]: history, [CHANGE]: 'select 1;\n' });
    expect((await runCli(['fix', '--bogus'], cwd)).code).toBe(2);
    // Outside git nothing tells new files from history: they must be named.
    const unnamed = await runCli(['fix', '--no-db'], cwd);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('outside a git repository fix needs the files to rewrite');
    const run = await runCli(['fix', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('nothing to fix');
  });

  it('refuses when no version is left between the file and the next one', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: 'create index orders_status_idx on public.orders (status);\n',
      [`${M}/2024020100000001_next.sql`]: 'select 1;\n',
    });
    const run = await runCli(['fix', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'no room for 1 versions between 20240201000000 and the next migration 2024020100000001',
    );
  });
});
