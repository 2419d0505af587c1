import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { type FileFix, planFileFix } from '../src/core/fix/plan-file-fix.ts';
import { lintMigrations } from '../src/core/lint/lint-migrations.ts';
import { migrationFile } from '../src/core/migrations/migration-file.ts';
import { RULES } from '../src/core/rules/registry.ts';
import { applyStatement } from '../src/core/schema/apply-statement.ts';
import { SchemaModel } from '../src/core/schema/schema-model.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';

// The rewrite as data, without a database: SQL in, the steps (kind and statements) or the
// reason it is refused out. The PostgreSQL 15 proofs of each pattern are in fix.test.ts.

const history = `create table public.customers (id bigint generated always as identity primary key);
create table public.orders (
  id bigint generated always as identity primary key,
  customer_id bigint,
  "Status" text,
  amount numeric
);
create index orders_amount_idx on public.orders (amount);
alter table public.customers enable row level security;
alter table public.orders enable row level security;
`;

async function plan(change: string): Promise<FileFix> {
  await loadParser();
  const before = await migrationFile('m/20240101000000_init.sql', history);
  const file = await migrationFile('m/20240201000000_change.sql', change);
  const [result] = lintMigrations({
    files: [before, file],
    checked: new Set([file.path]),
    config: DEFAULT_CONFIG,
    rules: RULES,
  });
  const schema = new SchemaModel();
  for (const s of parseSql(history).statements) {
    applyStatement(schema, s.node, { file: before.path, version: before.version, statement: 0 });
  }
  return planFileFix(file, parseSql(change), result?.findings ?? [], schema, DEFAULT_CONFIG);
}

const steps = (fix: FileFix) => fix.steps.map((s) => [s.kind, ...s.statements]);

describe('planFileFix', () => {
  it('splits a multi-command ALTER TABLE, names an unnamed key as Postgres would, quotes names', async () => {
    const fix = await plan(
      '-- link orders\nalter table orders add foreign key (customer_id) references customers (id), alter column "Status" set not null, add column note text;\n',
    );
    expect(fix.unfixed).toEqual([]);
    expect(steps(fix)).toEqual([
      [
        'transaction',
        '-- link orders\nalter table orders add CONSTRAINT orders_customer_id_fkey foreign key (customer_id) references customers (id) NOT VALID;\nalter table orders ADD CONSTRAINT "orders_Status_not_null_check" CHECK ("Status" IS NOT NULL) NOT VALID;\nalter table orders add column note text;',
      ],
      ['transaction', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;'],
      [
        'transaction',
        'ALTER TABLE orders VALIDATE CONSTRAINT "orders_Status_not_null_check";',
        'ALTER TABLE orders ALTER COLUMN "Status" SET NOT NULL;',
        'ALTER TABLE orders DROP CONSTRAINT "orders_Status_not_null_check";',
      ],
    ]);
    expect(fix.tables).toEqual(['public.orders']);
  });

  it('keeps the statements around a rewritten one in their order', async () => {
    const fix = await plan(
      'create table public.notes (id bigint primary key);\ncreate index orders_customer_idx on public.orders (customer_id);\nalter table public.notes enable row level security;\n',
    );
    expect(steps(fix).map((s) => s[0])).toEqual(['transaction', 'alone', 'transaction']);
    expect(fix.steps[0]?.statements[0]).toContain('create table public.notes');
    expect(fix.steps[1]?.statements).toEqual([
      'create index concurrently orders_customer_idx on public.orders (customer_id);',
    ]);
  });

  it('refuses what it cannot rewrite safely, with the reason', async () => {
    const reasons = async (sql: string) => (await plan(sql)).unfixed.map((u) => u.reason);
    expect(await reasons('alter table public.orders add column code text not null;\n')).toEqual([
      'existing rows need a value for code: give the column a DEFAULT',
    ]);
    expect(
      await reasons('begin;\ncreate index orders_c_idx on public.orders (customer_id);\ncommit;\n'),
    ).toContain('the file writes its own BEGIN/COMMIT; split it by hand');
    // No tenant column: RLS alone would lock every API client out, so it is left to a person.
    expect((await reasons('create table public.notes (id bigint primary key);\n'))[0]).toMatch(
      /^public\.notes has none of the tenant columns .* write the policy by hand$/,
    );
    expect(await reasons('alter table public.orders alter column amount type bigint;\n')).toEqual([
      'public.orders.amount is in the index public.orders_amount_idx: not rewritten yet',
    ]);
    const cascade = await plan('drop index public.orders_amount_idx cascade;\n');
    expect(cascade.steps).toEqual([]);
  });
});
