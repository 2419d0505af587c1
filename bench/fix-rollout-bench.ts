/**
 * `npm run bench:fix-rollout`: for each pattern `migration-guard fix` rewrites, what the
 * application sees while the original migration runs as plain SQL on one session, against
 * while the rewrite `fix` plans runs through the apply engine (lock_timeout, retries, batch
 * header), on a fresh table of BENCH_FIX_ROWS rows (default 1,000,000) under the probe load of
 * `bench:rollout`. The rewrite comes from `runFix`, the function the `fix` command calls
 * (`--no-db`: the bench itself is the database run). One throwaway PostgreSQL 15 cluster; the
 * table is rebuilt from a template before each run, so every run starts from the same rows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import type { DatabasePort } from '../src/core/db/database-port.ts';
import { migrationFile } from '../src/core/migrations/migration-file.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';
import { runFix } from '../src/pipeline/run-fix.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { startPgCluster } from '../test/support/pg-cluster.ts';
import { type PhaseStats, Probe } from './rollout-probe.ts';
import { ms, printTable, sec } from './rollout-report.ts';

const ROWS = Number(process.env['BENCH_FIX_ROWS'] ?? 1_000_000);
const CLIENTS = Number(process.env['BENCH_FIX_CLIENTS'] ?? 4);
const INTERVAL_MS = Number(process.env['BENCH_FIX_INTERVAL_MS'] ?? 5);
/** Comma-separated pattern names to run (all by default). */
const ONLY = process.env['BENCH_FIX_ONLY']?.split(',').filter(Boolean);
/** Print each rewrite's files as `fix` planned them. */
const SHOW = process.env['BENCH_FIX_SHOW'] === '1';
const CUSTOMERS = 10_000;

/**
 * The schema before the migration, as one history file: `fix` plans against it and the bench
 * builds the table from the same statements (`primaryKey: false` for the ADD PRIMARY KEY
 * pattern, whose table has only a unique index on id, which the probe's lookups use).
 */
function history(primaryKey: boolean): string[] {
  return [
    `create table public.customers (id bigint primary key, name text not null)`,
    `create table public.orders (
  id bigint not null,
  customer_id bigint,
  workspace_id uuid not null,
  amount_cents integer not null,
  status text,
  legacy_ref bigint,
  created_at timestamptz not null default now(),
  note text
)`,
    primaryKey
      ? `alter table public.orders add constraint orders_pkey primary key (id)`
      : `create unique index orders_id_key on public.orders (id)`,
    `create index orders_created_idx on public.orders (created_at)`,
    `alter table public.customers enable row level security`,
    `alter table public.orders enable row level security`,
  ];
}

interface Pattern {
  name: string;
  /** The migration as a developer would write it. */
  sql: string;
  primaryKey?: boolean;
}

const T = 'public.orders';
const PATTERNS: Pattern[] = [
  { name: 'create index', sql: `create index orders_status_idx on ${T} (status);` },
  { name: 'drop index', sql: `drop index public.orders_created_idx;` },
  { name: 'reindex', sql: `reindex index public.orders_created_idx;` },
  {
    name: 'add column volatile default',
    sql: `alter table ${T} add column token uuid default gen_random_uuid();`,
  },
  {
    name: 'add column not null',
    sql: `alter table ${T} add column placed_at timestamptz not null default clock_timestamp();`,
  },
  { name: 'set not null', sql: `alter table ${T} alter column status set not null;` },
  {
    name: 'add check',
    sql: `alter table ${T} add constraint orders_amount_positive check (amount_cents >= 0);`,
  },
  {
    name: 'add foreign key',
    sql: `alter table ${T} add constraint orders_customer_fk foreign key (customer_id) references public.customers (id);`,
  },
  {
    name: 'add unique',
    sql: `alter table ${T} add constraint orders_legacy_ref_key unique (legacy_ref);`,
  },
  {
    name: 'add primary key',
    sql: `alter table ${T} add constraint orders_pkey primary key (id);`,
    primaryKey: false,
  },
  {
    name: 'alter column type',
    sql: `alter table ${T} alter column amount_cents type bigint;`,
  },
  {
    name: 'update all rows',
    sql: `update ${T} set status = upper(status);`,
  },
  {
    name: 'batch loop skip locked',
    sql: `do $$
declare
  n integer;
begin
  loop
    with batch as (select id from ${T} where note is null limit 5000 for update skip locked)
    update ${T} o set note = 'migrated' from batch where o.id = batch.id;
    get diagnostics n = row_count;
    exit when n = 0;
  end loop;
end $$;`,
  },
  {
    name: 'do block backfill',
    sql: `do $$
declare
  first_name text;
begin
  select name into first_name from public.customers order by id limit 1;
  update ${T} set note = first_name where note is null;
end $$;`,
  },
];

interface Rewrite {
  files: { path: string; sql: string }[];
}

/** The rewrite `fix --no-db` plans for `pattern`, in a throwaway project. */
async function planRewrite(pattern: Pattern, root: string): Promise<Rewrite> {
  const cwd = mkdtempSync(join(root, 'project-'));
  const dir = join(cwd, 'supabase', 'migrations');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, '20240101000000_init.sql'),
    `${history(pattern.primaryKey ?? true).join(';\n')};\n`,
  );
  const change = 'supabase/migrations/20240201000000_change.sql';
  writeFileSync(join(cwd, change), `${pattern.sql}\n`);
  const [fixed] = await runFix({
    cwd,
    files: [change],
    write: false,
    noDb: true,
    progress: () => {},
    notice: () => {},
  });
  if (!fixed?.files) throw new Error(`${pattern.name}: fix planned no rewrite`);
  if (fixed.problem) throw new Error(`${pattern.name}: fix refused: ${fixed.problem}`);
  return {
    files: fixed.files.map((f) => ({ path: `supabase/migrations/${f.fileName}`, sql: f.sql })),
  };
}

/** Drop and rebuild the table from the template, as the history leaves it, rows included. */
async function rebuild(db: DatabasePort, pattern: Pattern): Promise<void> {
  await db.exec(`drop table if exists ${T} cascade`);
  const [, create, key, index] = history(pattern.primaryKey ?? true);
  await db.exec(`${create};
insert into ${T} select * from bench.orders_template;
${key};
${index};
alter table ${T} enable row level security`);
  await db.exec(`vacuum (analyze) ${T}`);
}

interface Measured {
  durationMs: number;
  stats: PhaseStats;
  retries: number;
  failure?: string;
  /** The rewrite's files, each with its own start and end (filled by the engine's hooks). */
  files: FileSpan[];
}

interface FileSpan {
  name: string;
  from: number;
  to: number;
}

/** Run `work` with the probe running; statistics of the window it took (delayed ops counted). */
async function measure(
  probe: Probe,
  work: (files: FileSpan[]) => Promise<number>,
): Promise<Measured> {
  await probe.settle();
  const from = performance.now();
  let retries = 0;
  let failure: string | undefined;
  const files: FileSpan[] = [];
  try {
    retries = await work(files);
  } catch (error) {
    failure = (error as Error).message;
  }
  const to = performance.now();
  await probe.settle();
  return {
    durationMs: to - from,
    stats: probe.stats(from, to),
    retries,
    ...(failure !== undefined ? { failure } : {}),
    files,
  };
}

async function engineApply(db: DatabasePort, rewrite: Rewrite, spans: FileSpan[]): Promise<number> {
  const migrations = [];
  for (const f of rewrite.files) migrations.push({ file: await migrationFile(f.path, f.sql) });
  const results = await applyMigrations(db, migrations, {
    hooks: {
      beforeFile: async ({ file }) => {
        spans.push({ name: file.fileName, from: performance.now(), to: Number.NaN });
      },
      afterFile: async () => {
        const span = spans.at(-1);
        if (span) span.to = performance.now();
      },
    },
  });
  const failed = results.find((r) => r.status !== 'applied');
  if (failed) throw new Error(`${failed.file.path} ${failed.status}: ${failed.failure?.message}`);
  return results.reduce((n, r) => n + r.lockRetries, 0);
}

interface Row {
  pattern: string;
  steps: number;
  original: Measured;
  rewrite: Measured;
}

const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}x` : 'n/a');

function printRows(rows: Row[]): void {
  const header = [
    'pattern',
    'files',
    'orig time',
    'orig max op',
    'orig gap',
    'rewrite time',
    'rewrite max op',
    'rewrite gap',
    'max op ratio',
    'gap ratio',
    'retries',
  ];
  const table = rows.map((r) => [
    r.pattern,
    String(r.steps),
    sec(r.original.durationMs),
    ms(r.original.stats.maxMs),
    ms(r.original.stats.longestGapMs),
    sec(r.rewrite.durationMs),
    ms(r.rewrite.stats.maxMs),
    ms(r.rewrite.stats.longestGapMs),
    ratio(r.original.stats.maxMs, r.rewrite.stats.maxMs),
    ratio(r.original.stats.longestGapMs, r.rewrite.stats.longestGapMs),
    String(r.rewrite.retries),
  ]);
  printTable(header, table);
  for (const r of rows) {
    for (const [form, m] of [
      ['original', r.original],
      ['rewrite', r.rewrite],
    ] as const) {
      if (m.failure) console.log(`  ${r.pattern}: the ${form} failed: ${m.failure}`);
      if (m.stats.errors > 0)
        console.log(`  ${r.pattern}: ${m.stats.errors} probe errors (${form})`);
    }
  }
}

async function main(): Promise<void> {
  await loadParser();
  const patterns = PATTERNS.filter((p) => !ONLY || ONLY.includes(p.name));
  const root = mkdtempSync(join(tmpdir(), 'fix-rollout-'));
  const rewrites = new Map<string, Rewrite>();
  for (const p of patterns) {
    const rewrite = await planRewrite(p, root);
    rewrites.set(p.name, rewrite);
    if (SHOW) {
      console.log(`== ${p.name}: ${p.sql}`);
      for (const f of rewrite.files) console.log(`-- ${f.path}\n${f.sql}`);
    }
  }
  const cluster = await startPgCluster();
  const sessions: DatabasePort[] = [];
  const connect = async (name: string) => {
    const db = await PgDatabase.connect({ url: cluster.url, applicationName: name });
    sessions.push(db);
    return db;
  };
  let probe: Probe | undefined;
  try {
    const naive = await connect('naive');
    const engine = await connect('engine');
    const admin = await connect('admin');
    const seeded = performance.now();
    await admin.exec(`${history(true)[0]};
insert into public.customers select g, 'customer ' || g from generate_series(1, ${CUSTOMERS}) g;
create schema bench;
create table bench.orders_template as
  select g::bigint as id, 1 + g % ${CUSTOMERS} as customer_id, md5((g % 5000)::text)::uuid as workspace_id,
         ((g * 37) % 100000)::integer as amount_cents, (array['open', 'paid', 'void'])[1 + g % 3] as status,
         g::bigint as legacy_ref, now() - g * interval '1 second' as created_at,
         case when g % 4 = 0 then 'order ' || g end as note
    from generate_series(1, ${ROWS}) g`);
    await rebuild(admin, { name: 'seed', sql: '' });
    const { rows: facts } = await admin.query<{ version: string; size: string; sb: string }>(
      `select current_setting('server_version') as version, current_setting('shared_buffers') as sb,
              pg_size_pretty(pg_total_relation_size('public.orders')) as size`,
    );
    console.log(
      `PostgreSQL ${facts[0]?.version}, shared_buffers ${facts[0]?.sb}; public.orders: ${ROWS} rows, ${facts[0]?.size} with indexes (template seeded and first table built in ${sec(performance.now() - seeded)}); probe: ${CLIENTS} clients alternating point read / point update by id, one every ${INTERVAL_MS} ms each (latency from the scheduled start)`,
    );
    console.log(
      'original: the file as plain SQL on one session (no lock_timeout); rewrite: the files of `fix`, every step (contract steps included), through applyMigrations (lock_timeout 500 ms, retries, batch header)\n',
    );
    probe = await Probe.start({
      url: cluster.url,
      clients: CLIENTS,
      rows: ROWS,
      intervalMs: INTERVAL_MS,
    });
    const running = probe;
    const baseFrom = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const base = running.stats(baseFrom, performance.now());
    console.log(
      `baseline (probe alone, 3 s): ${base.ops} ops, p50 ${ms(base.p50Ms)}, p99 ${ms(base.p99Ms)}, max ${ms(base.maxMs)}, longest gap ${ms(base.longestGapMs)}\n`,
    );
    const rows: Row[] = [];
    for (const p of patterns) {
      const rewrite = rewrites.get(p.name);
      if (!rewrite) continue;
      await rebuild(admin, p);
      const original = await measure(running, async () => {
        await naive.exec(p.sql);
        return 0;
      });
      await rebuild(admin, p);
      const rewritten = await measure(running, (spans) => engineApply(engine, rewrite, spans));
      rows.push({ pattern: p.name, steps: rewrite.files.length, original, rewrite: rewritten });
      console.log(
        `${p.name}: original ${sec(original.durationMs)}, max op ${ms(original.stats.maxMs)}; rewrite (${rewrite.files.length} files) ${sec(rewritten.durationMs)}, max op ${ms(rewritten.stats.maxMs)}`,
      );
    }
    console.log('');
    printRows(rows);
    console.log("\nthe rewrites file by file (probe over each file's own run):");
    for (const r of rows) {
      for (const f of r.rewrite.files) {
        const st = running.stats(f.from, f.to);
        console.log(
          `  ${r.pattern.padEnd(28)} ${f.name.padEnd(72)} ${sec(f.to - f.from).padStart(7)}  max op ${ms(st.maxMs).padStart(8)}  gap ${ms(st.longestGapMs).padStart(8)}`,
        );
      }
    }
  } finally {
    await probe?.stop();
    for (const db of sessions) await db.close();
    await cluster.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
