import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planChecks } from '../src/core/checks/plan-checks.ts';
import type { DatabasePort } from '../src/core/db/database-port.ts';
import type { CheckReport } from '../src/core/report/report.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { POST_MIGRATION_CHECKS } from '../src/staging/checks/registry.ts';
import { runChecks } from '../src/staging/checks/run-checks.ts';
import { snapshotRowCounts } from '../src/staging/checks/row-counts.ts';
import { classifyStatementFailure } from '../src/staging/missing-dependency.ts';
import { loadSeed, SeedError } from '../src/staging/seed.ts';
import { rolledBackTarget, type StagingTarget, stagingTargets } from './support/staging-targets.ts';
import { modelAfter } from './support/replay-sql.ts';

type Target = StagingTarget;

const targets = stagingTargets();

const history = `
create table public.workspaces (id bigint primary key, name text not null);
create table public.projects (id bigint primary key, workspace_id bigint, name text not null);
create table public.workspace_members (
  workspace_id bigint not null, user_id uuid not null, role text,
  primary key (workspace_id, user_id));
create table public.member_invites (
  id bigint primary key, workspace_id bigint, user_id uuid, email text);
create table public.invoices (
  id bigint primary key, workspace_id bigint not null, amount_cents bigint, status text);
create table public.documents (
  id bigint primary key, workspace_id bigint not null, source text, body text not null);

insert into workspaces values (1, 'acme'), (2, 'globex');
insert into projects values (1, 1, 'site'), (2, 2, 'app'), (3, 99, 'ghost'), (4, 98, 'lost');
insert into workspace_members values
  (1, 'a0000000-0000-4000-8000-000000000001', 'owner'),
  (2, 'a0000000-0000-4000-8000-000000000002', 'admin');
insert into member_invites values
  (1, 1, 'a0000000-0000-4000-8000-000000000001', 'a@acme.test'),
  (2, 1, null, 'pending@acme.test'),
  (3, 2, 'a0000000-0000-4000-8000-000000000009', 'gone@globex.test');
insert into invoices values
  (1, 1, 1200, 'paid'), (2, 1, null, 'draft'), (3, 2, 500, null), (4, 2, 900, 'open');
insert into documents values
  (1, 1, 'upload', 'q1 report'), (2, 1, 'import', 'contract'), (3, 2, 'upload', 'notes'),
  (4, 2, null, 'untitled'), (5, 1, 'api', 'webhook dump'), (6, 2, 'import', 'invoice scan');
`;

/** The pipeline as the CLI will run it: plan, count before, apply, check. */
async function checkMigration(db: DatabasePort, migration: string): Promise<CheckReport[]> {
  const file = '20250301120000_change.sql';
  const plan = planChecks(
    [{ path: file, statements: parseSql(migration).statements }],
    modelAfter(history, migration),
  );
  const before = await snapshotRowCounts(db, plan.countBefore);
  await db.exec(migration);
  return runChecks(db, plan, before);
}

function only(reports: CheckReport[], id: string, mention: string): CheckReport {
  const found = reports.filter((r) => r.id === id && r.detail.includes(mention));
  expect(found, `${id} mentioning ${mention} in ${JSON.stringify(reports, null, 1)}`).toHaveLength(
    1,
  );
  return found[0] as CheckReport;
}

beforeAll(async () => {
  await loadParser();
});

describe.each(targets)('post-migration checks on %s', (_label, open) => {
  // Each case runs in a transaction rolled back afterwards, as on a throwaway target.
  const db = rolledBackTarget(open, history);

  it('fails a NOT VALID foreign key with orphans, with the count and a query', async () => {
    const reports = await checkMigration(
      db(),
      `alter table projects add constraint projects_workspace_id_fkey
         foreign key (workspace_id) references workspaces (id) not valid;`,
    );
    const violations = only(reports, 'check-not-valid-violations', 'projects_workspace_id_fkey');
    expect(violations.status).toBe('fail');
    expect(violations.detail).toContain('2 rows violate it');
    expect(violations.detail).toContain('20250301120000_change.sql:1');
    const orphans = only(reports, 'check-fk-orphans', 'projects_workspace_id_fkey');
    expect(orphans.status).toBe('fail');
    expect(orphans.detail).toContain(
      '2 rows of public.projects reference no row of public.workspaces',
    );
    // The query to investigate lists exactly the orphans.
    const query = /Investigate: (.*)$/.exec(orphans.detail)?.[1] ?? '';
    const { rows } = await db().query<{ id: string }>(query);
    expect(rows.map((r) => Number(r.id)).sort()).toEqual([3, 4]);
  });

  it('applies MATCH SIMPLE to a multi-column key: a NULL key column is not an orphan', async () => {
    const reports = await checkMigration(
      db(),
      `alter table member_invites add constraint member_invites_member_fkey
         foreign key (workspace_id, user_id) references workspace_members (workspace_id, user_id)
         not valid;`,
    );
    const orphans = only(reports, 'check-fk-orphans', 'member_invites_member_fkey');
    expect(orphans.status).toBe('fail');
    // Invite 3 has no member; invite 2 has user_id NULL and is not checked.
    expect(orphans.detail).toContain('1 row of public.member_invites references no row');
  });

  it('counts CHECK violations with NULL passing, and passes a constraint the data satisfies', async () => {
    const reports = await checkMigration(
      db(),
      `update projects set workspace_id = 1 where workspace_id > 2;
       alter table projects add constraint projects_workspace_fk
         foreign key (workspace_id) references workspaces (id) not valid;
       alter table invoices add constraint invoices_amount_positive
         check (amount_cents > 0) not valid;
       alter table invoices add constraint invoices_status_known
         check (status in ('paid', 'open')) not valid;`,
    );
    expect(only(reports, 'check-not-valid-violations', 'projects_workspace_fk').status).toBe(
      'pass',
    );
    expect(only(reports, 'check-fk-orphans', 'projects_workspace_fk').status).toBe('pass');
    // amount_cents NULL on invoice 2 satisfies the CHECK.
    expect(only(reports, 'check-not-valid-violations', 'invoices_amount_positive').status).toBe(
      'pass',
    );
    const status = only(reports, 'check-not-valid-violations', 'invoices_status_known');
    expect(status.status).toBe('fail');
    expect(status.detail).toContain('1 row violates it');
  });

  it('catches a split that loses rows whose source is NULL or unlisted (anti-join on the key)', async () => {
    const reports = await checkMigration(
      db(),
      `create table uploaded_documents (id bigint primary key, workspace_id bigint not null, body text);
       create table imported_documents (id bigint primary key, workspace_id bigint not null, body text);
       insert into uploaded_documents (id, workspace_id, body)
         select id, workspace_id, body from documents where source in ('upload', 'email');
       insert into imported_documents
         select d.id, d.workspace_id, d.body from documents d where d.source = 'import';`,
    );
    const split = only(reports, 'check-row-counts', 'split of public.documents');
    expect(split.status).toBe('fail');
    expect(split.detail).toContain('2 rows of 6 in public.documents reached no target');
    expect(split.detail).toContain('anti-join on the primary key (id)');
    const query = /Investigate: (.*)$/.exec(split.detail)?.[1] ?? '';
    const { rows } = await db().query<{ id: string }>(query);
    expect(rows.map((r) => Number(r.id)).sort()).toEqual([4, 5]);
    const counts = only(reports, 'check-row-counts', 'public.uploaded_documents, written');
    expect(counts.detail).toContain('created by the files, 2 after');
  });

  it('catches a copy that loses rows by counts when the key is not carried, source dropped', async () => {
    const reports = await checkMigration(
      db(),
      `create table documents_v2 (workspace_id bigint not null, source text not null, body text);
       insert into documents_v2 (workspace_id, source, body)
         select workspace_id, source, body from documents where source is not null;
       drop table documents;
       alter table documents_v2 rename to documents;`,
    );
    const copy = only(reports, 'check-row-counts', 'copy of public.documents');
    expect(copy.status).toBe('fail');
    expect(copy.detail).toContain('the targets gained 5 rows for 6 source rows');
    expect(copy.detail).toContain('row counts');
  });

  it('passes a split that covers every row, NULLs included', async () => {
    const reports = await checkMigration(
      db(),
      `create table uploaded_documents (id bigint primary key, body text);
       create table other_documents (id bigint primary key, body text);
       insert into uploaded_documents select id, body from documents where source = 'upload';
       insert into other_documents select id, body from documents
         where source is distinct from 'upload';`,
    );
    const split = only(reports, 'check-row-counts', 'split of public.documents');
    expect(split.status).toBe('pass');
    expect(split.detail).toContain('all 6 source rows reached a target');
  });

  it('does not judge a single filtered copy of a table that stays', async () => {
    const reports = await checkMigration(
      db(),
      `create table paid_invoices (id bigint primary key, amount_cents bigint);
       insert into paid_invoices select id, amount_cents from invoices where status = 'paid';`,
    );
    const copy = only(reports, 'check-row-counts', 'copy of public.invoices');
    expect(copy.status).toBe('pass');
    expect(copy.detail).toContain('filtered copy; 1 of 4 source rows');
  });

  it('reports NULLs left before a NOT NULL step, and passes once the backfill covers them', async () => {
    const reports = await checkMigration(
      db(),
      `update invoices set status = 'draft' where status is null;
       alter table invoices alter column status set not null;
       alter table invoices add column currency text;
       update invoices set currency = 'usd' where workspace_id = 1;
       alter table invoices add constraint invoices_currency_not_null
         check (currency is not null) not valid;`,
    );
    const currency = only(reports, 'check-not-null-ready', 'public.invoices.currency');
    expect(currency.status).toBe('fail');
    expect(currency.detail).toContain('2 rows still NULL');
    expect(only(reports, 'check-not-null-ready', 'public.invoices.status').status).toBe('pass');
    expect(only(reports, 'check-row-counts', 'public.invoices, written').detail).toContain(
      '4 before, 4 after (0)',
    );
  });

  it('passes the invalid-index check when the files leave every index valid', async () => {
    const reports = await checkMigration(
      db(),
      'create index projects_workspace_id_idx on projects (workspace_id);',
    );
    expect(only(reports, 'check-invalid-indexes', 'No invalid index').status).toBe('pass');
  });

  it('skips every check, saying why, when a failed statement aborted the transaction', async () => {
    const migration =
      'alter table projects add constraint p_fk foreign key (workspace_id) references workspaces (id) not valid;';
    const plan = planChecks(
      [{ path: 'm.sql', statements: parseSql(migration).statements }],
      modelAfter(history, migration),
    );
    await expect(db().exec('alter table nope add column x int')).rejects.toThrow();
    const reports = await runChecks(db(), plan);
    expect(reports.map((r) => r.status)).toEqual(
      Array(POST_MIGRATION_CHECKS.length).fill('skipped'),
    );
    expect(reports.map((r) => r.id)).toEqual(POST_MIGRATION_CHECKS.map((c) => c.meta.id));
    expect(reports[0]?.detail).toContain('aborted the transaction');
  });

  it('keeps checking after one check query fails inside the transaction', async () => {
    // The constraint is dropped by a later statement: reported as skipped, the rest still run.
    const reports = await checkMigration(
      db(),
      `alter table projects add constraint projects_ws_fk
         foreign key (workspace_id) references workspaces (id) not valid;
       alter table projects drop constraint projects_ws_fk;
       alter table invoices add constraint invoices_amount_nonneg check (amount_cents >= 0) not valid;`,
    );
    expect(only(reports, 'check-fk-orphans', 'projects_ws_fk').status).toBe('skipped');
    expect(only(reports, 'check-not-valid-violations', 'invoices_amount_nonneg').status).toBe(
      'pass',
    );
  });
});

describe.each(targets)('missing dependencies, seeds and invalid indexes on %s', (_label, open) => {
  let target: Target;
  beforeAll(async () => {
    target = await open();
    await target.db.exec('create table public.workspaces (id bigint primary key, name text)');
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  });

  async function failureOf(sql: string) {
    const statement = parseSql(sql).statements[0];
    if (!statement) throw new Error('no statement');
    try {
      await target.db.exec(sql);
    } catch (error) {
      return classifyStatementFailure(error, { node: statement.node, line: 7 });
    }
    throw new Error(`expected ${sql} to fail`);
  }

  // What neither target has although Supabase does: the replica provides Auth's usual tables,
  // the platform roles and stand-ins, so these name what is still beyond it (an extension
  // without a stand-in, a stand-in nobody created, a newer Auth table, a newer role).
  it.each([
    ['create extension if not exists plls', 'extension plls'],
    ["select pgmq.send('jobs', '{}'::jsonb)", 'extension pgmq (schema pgmq)'],
    [
      "select net.http_post(url := 'https://example.test/hook', body := '{}'::jsonb)",
      'extension pg_net (schema net)',
    ],
    ['select id from auth.custom_oauth_providers', 'table auth.custom_oauth_providers'],
    ['grant select on public.workspaces to supabase_etl_admin', 'role supabase_etl_admin'],
    ["do $$ begin perform pgmq.send('purge', '{}'::jsonb); end $$", 'extension pgmq (schema pgmq)'],
  ])('classifies %s as missing on the target', async (sql, missing) => {
    expect(await failureOf(sql)).toMatchObject({ kind: 'missing-dependency', missing, line: 7 });
  });

  it.each([
    ['alter table nope add column x int', '42P01'],
    ['select missing_function(1)', '42883'],
    ['alter table public.workspaces add column name text', '42701'],
  ])('classifies %s as the migration own failure', async (sql, code) => {
    expect(await failureOf(sql)).toMatchObject({ kind: 'error', code, line: 7 });
  });

  it('loads a seed file, and names the file and line of a failing statement', async () => {
    await target.db.exec('create table if not exists seed_plans (id int primary key, name text)');
    await loadSeed(target.db, {
      file: 'supabase/seed.sql',
      sql: "insert into seed_plans values (1, 'free');\ninsert into seed_plans values (2, 'pro');\n",
    });
    const { rows } = await target.db.query<{ n: string }>('select count(*) as n from seed_plans');
    expect(Number(rows[0]?.n)).toBe(2);
    const broken = [
      "insert into seed_plans values (3, 'team');",
      '-- plans for the demo workspace',
      'insert into seed_plans',
      "  values (4, 'enterprise', 'extra');",
    ].join('\n');
    const error = await loadSeed(target.db, { file: 'supabase/seed.sql', sql: broken }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    expect(error).toMatchObject({ file: 'supabase/seed.sql', line: 4, code: '42601' });
    expect(String((error as Error).message)).toMatch(/^supabase\/seed\.sql:4: the seed failed: /);
    // One implicit transaction: the failing file loaded nothing.
    const after = await target.db.query<{ n: string }>('select count(*) as n from seed_plans');
    expect(Number(after.rows[0]?.n)).toBe(2);
  });

  it('fails an index a failed CREATE INDEX CONCURRENTLY left invalid on a touched table', async () => {
    const migration =
      'create unique index concurrently doc_tags_unique on doc_tags (document_id, tag);';
    await target.db.exec(`create table doc_tags (document_id bigint not null, tag text not null);
      insert into doc_tags values (1, 'legal'), (1, 'legal'), (2, 'finance');`);
    const plan = planChecks(
      [{ path: '20250301120000_tags.sql', statements: parseSql(migration).statements }],
      modelAfter(
        'create table doc_tags (document_id bigint not null, tag text not null);',
        migration,
      ),
    );
    await expect(target.db.exec(migration)).rejects.toMatchObject({ code: '23505' });
    const reports = await runChecks(target.db, plan);
    const invalid = only(reports, 'check-invalid-indexes', 'public.doc_tags_unique');
    expect(invalid.status).toBe('fail');
    expect(invalid.detail).toContain('DROP INDEX CONCURRENTLY "public"."doc_tags_unique";');
    await target.db.exec('drop table doc_tags');
  });
});

describe('planChecks (pure)', () => {
  const plan = (migration: string, prior = history) =>
    planChecks(
      [{ path: 'm.sql', statements: parseSql(migration).statements }],
      modelAfter(prior, migration),
    );

  it('follows pg_dump-style statements, DO blocks and validation in the same files', () => {
    const p = plan(`SET search_path = '';
      ALTER TABLE ONLY public.projects
        ADD CONSTRAINT projects_workspace_id_fkey FOREIGN KEY (workspace_id)
        REFERENCES public.workspaces(id) NOT VALID;
      ALTER TABLE ONLY public.invoices ADD CONSTRAINT invoices_amount_check CHECK (amount_cents >= 0) NOT VALID;
      ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_amount_check;
      DO $$ BEGIN UPDATE public.documents SET source = 'upload' WHERE source IS NULL; END $$;`);
    expect(p.constraints).toEqual([
      expect.objectContaining({
        table: 'public.projects',
        name: 'projects_workspace_id_fkey',
        kind: 'foreign-key',
        columns: ['workspace_id'],
        notValid: true,
        at: { file: 'm.sql', line: 2 },
      }),
      expect.objectContaining({
        table: 'public.invoices',
        name: 'invoices_amount_check',
        kind: 'check',
        notValid: false,
      }),
    ]);
    expect(p.writtenTables.map((w) => [w.track.after, w.at.line])).toEqual([
      ['public.documents', 7],
    ]);
    expect(p.countBefore).toEqual(['public.documents']);
  });

  it('follows a table through a copy, a drop and a rename', () => {
    const p = plan(`create table documents_new (id bigint primary key, body text);
      insert into documents_new select id, body from documents;
      drop table documents;
      alter table documents_new rename to documents;`);
    expect(p.copyGroups).toHaveLength(1);
    const group = p.copyGroups[0];
    expect(group?.source).toEqual({ before: 'public.documents', after: null });
    expect(group?.copies[0]?.target).toEqual({ before: null, after: 'public.documents' });
    expect(group?.copies[0]?.columnMap).toEqual([
      { source: 'id', target: 'id' },
      { source: 'body', target: 'body' },
    ]);
    expect(group?.expectsFullCoverage).toBe(true);
  });

  it('does not take derived rows (aggregates, DISTINCT, joins) for copies', () => {
    const p = plan(`create table workspace_totals (workspace_id bigint, total bigint);
      insert into workspace_totals select workspace_id, sum(amount_cents) from invoices group by 1;
      insert into workspace_totals select count(*), 0 from invoices;
      insert into workspace_totals select distinct workspace_id, 0 from invoices;
      insert into workspace_totals select i.workspace_id, 0 from invoices i join workspaces w on w.id = i.workspace_id;`);
    expect(p.copyGroups).toEqual([]);
    expect(p.writtenTables.map((w) => w.track.after)).toEqual(['public.workspace_totals']);
  });

  it('lists the indexes the files build, followed through renames', () => {
    const p = plan(`create table tags (id bigint primary key, name text unique);
      create index projects_ws_tmp on projects (workspace_id);
      alter index projects_ws_tmp rename to projects_by_workspace;
      create index on invoices (status);
      alter table invoices add constraint invoices_status_key unique (status);
      alter table invoices rename constraint invoices_status_key to invoices_status_unique;
      alter table documents add column slug text constraint documents_slug_key unique;
      alter table documents add constraint documents_source_check check (source <> '') not valid;`);
    expect(p.createdIndexes.map((i) => [i.table, i.name, i.at.line])).toEqual([
      ['public.tags', null, 1],
      ['public.projects', 'projects_by_workspace', 2],
      ['public.invoices', null, 4],
      ['public.invoices', 'invoices_status_unique', 5],
      ['public.documents', 'documents_slug_key', 7],
    ]);
  });

  it('plans NOT NULL readiness from SET NOT NULL, CHECK IS NOT NULL and NOT NULL NOT VALID', () => {
    const p = plan(`alter table invoices alter column status set not null;
      alter table invoices add constraint invoices_amount_present check (amount_cents is not null and amount_cents > 0) not valid;
      alter table projects add constraint projects_workspace_present not null workspace_id not valid;`);
    expect(p.notNullColumns.map((c) => [c.table, c.column, c.reason])).toEqual([
      ['public.invoices', 'status', 'set-not-null'],
      ['public.invoices', 'amount_cents', 'check-is-not-null'],
      ['public.projects', 'workspace_id', 'not-null-not-valid'],
    ]);
  });
});
