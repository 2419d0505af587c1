import { describe, expect, it } from 'vitest';
import { PgDatabase } from '../src/staging/pg-database.ts';
import {
  CHANGE,
  expectProven,
  fixHarness,
  fixWithoutDatabase,
  HISTORY,
  stepKinds,
} from './support/fix-proof.ts';

// `migration-guard fix` for data changes a DO block makes in one transaction: a loop of
// SKIP LOCKED batches (WITH ... UPDATE ... FROM), and a value read into a variable then written
// to every row. Each rewrite is proved on PostgreSQL 15 (the original and the rewrite on two
// fresh databases), its rows are compared with what the original leaves, and the near misses
// that must stay refused are listed with the reason fix gives.

const history = `create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_at timestamptz not null default now()
);
create table public.documents (
  id bigint generated always as identity primary key,
  title text not null,
  body text,
  words int,
  legacy boolean
);
create table public.audit_log (id bigint generated always as identity primary key, note text);
alter table public.workspaces enable row level security;
alter table public.documents enable row level security;
alter table public.audit_log enable row level security;
`;

const { projects, url, fixChange } = fixHarness(history);

/** The UPDATE of a batch step's file: the lines after its batch header. */
function batchedUpdate(sql: string): string {
  const lines = sql.split('\n');
  const header = lines.findIndex((l) => l.startsWith('-- migration-guard:batch '));
  expect(header).toBeGreaterThanOrEqual(0);
  return lines.slice(header + 1).join('\n');
}

/**
 * The rows of the history's tables after `sql`, run in a schema of its own on the cluster
 * (public.* renamed into it), after `fill` put the same rows there.
 */
async function rowsAfter(fill: string, sql: string): Promise<unknown[]> {
  const db = await PgDatabase.connect({ url: url(), applicationName: 'fix-backfill-loops' });
  const local = (text: string) => text.replaceAll('public.', 'loops.');
  try {
    await db.query('drop schema if exists loops cascade');
    await db.query('create schema loops');
    for (const statement of local(`${history}${fill}`).split(';\n')) {
      if (statement.trim() !== '') await db.query(statement);
    }
    await db.query(local(sql));
    const { rows: documents } = await db.query('select * from loops.documents order by id');
    const { rows: audit } = await db.query('select * from loops.audit_log order by id');
    return [documents, audit];
  } finally {
    await db.query('drop schema if exists loops cascade');
    await db.close();
  }
}

describe('fix: a loop of SKIP LOCKED batches in one DO block', () => {
  const loop = `do $$
declare
  n integer;
begin
  loop
    with batch as (
      select id from public.documents
       where words > 4000 and legacy
       limit 300
       for update skip locked
    )
    update public.documents d
       set title = upper(d.title), legacy = false
      from batch
     where d.id = batch.id;
    get diagnostics n = row_count;
    exit when n = 0;
    perform pg_sleep(0.01);
  end loop;
end $$;
`;

  it('becomes the UPDATE under the batch header, proved on PostgreSQL 15', async () => {
    const fixed = await fixChange(loop);
    const { rewrite: catalog } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual(['batch']);
    expect(fixed.files?.[0]?.sql).toContain(
      '-- migration-guard:batch table=public.documents key=id size=300\nupdate public.documents d\n       set title = upper(d.title), legacy = false\nWHERE words > 4000 and legacy;',
    );
    expect(catalog).toContain('  column legacy boolean');
    // The original held every row it changed until its one transaction ended; the batches
    // hold no ACCESS EXCLUSIVE across the work either (expectProven), and block nothing long.
    expect(fixed.proof?.rewrite.exclusiveAcrossWork).toEqual([]);
  });

  it('changes the same rows as the loop', async () => {
    const fixed = await fixChange(loop);
    const fill = `insert into public.documents (title, body, words, legacy)
      select 't' || g, 'b', g, g % 3 <> 0 from generate_series(1, 6000) g;\n`;
    const byLoop = await rowsAfter(fill, loop);
    const byRewrite = await rowsAfter(fill, batchedUpdate(fixed.files?.[0]?.sql ?? ''));
    const changed = (byLoop[0] as { title: string }[]).filter((r) => r.title.startsWith('T'));
    expect(changed.length).toBeGreaterThan(1000);
    expect(byRewrite).toEqual(byLoop);
  });
});

describe('fix: a value read into a variable, then written to every row', () => {
  const change = `alter table public.documents add column workspace_id uuid;

do $$
declare
  first_workspace uuid;
begin
  select id into first_workspace from public.workspaces order by created_at limit 1;
  update public.documents set workspace_id = first_workspace where workspace_id is null;
end
$$;
`;

  it('becomes a batched backfill with the SELECT inlined, then NOT NULL, proved on PostgreSQL 15', async () => {
    const fixed = await fixChange(change);
    const { rewrite: catalog } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual(['transaction', 'batch', 'transaction', 'transaction']);
    expect(fixed.files?.[0]?.sql).toContain(
      'alter table public.documents add column workspace_id uuid;',
    );
    // Ties in created_at are broken by the primary key: every batch picks the same workspace.
    expect(fixed.files?.[1]?.sql).toContain(
      '-- migration-guard:batch table=public.documents key=id size=1000\nupdate public.documents set workspace_id = (select id from public.workspaces order by created_at, workspaces.id limit 1) where workspace_id is null;',
    );
    expect(fixed.files?.[2]?.sql).toContain(
      'ADD CONSTRAINT documents_workspace_id_not_null_check CHECK (workspace_id IS NOT NULL) NOT VALID;',
    );
    expect(fixed.files?.[3]?.sql).toContain(
      'ALTER TABLE public.documents ALTER COLUMN workspace_id SET NOT NULL;',
    );
    // NOT NULL is what tenant-column-nullable asks: the original side ran it too, declared.
    expect(fixed.declared).toEqual([
      'ALTER TABLE public.documents ALTER COLUMN workspace_id SET NOT NULL;',
    ]);
    expect(catalog).toContain('  column workspace_id uuid not null');
  });

  it('writes the same value to the same rows as the DO block', async () => {
    const fixed = await fixChange(change);
    // Fixed ids, so the two runs can be compared; the oldest workspace is not the first id.
    const fill = `insert into public.workspaces (id, name, created_at)
        select md5(g::text)::uuid, 'w' || g, timestamp '2024-01-01' - g * interval '1 hour'
          from generate_series(1, 50) g;
      insert into public.documents (title, words) select 't' || g, g from generate_series(1, 3000) g;
      alter table public.documents add column workspace_id uuid;
      update public.documents set workspace_id = (select id from public.workspaces where name = 'w7')
       where id % 5 = 0;\n`;
    const byBlock = await rowsAfter(fill, change.slice(change.indexOf('do $$')));
    const byRewrite = await rowsAfter(fill, batchedUpdate(fixed.files?.[1]?.sql ?? ''));
    const values = new Set((byBlock[0] as { workspace_id: string }[]).map((r) => r.workspace_id));
    expect(values.size).toBe(2);
    expect(byRewrite).toEqual(byBlock);
  });
});

/** fix --no-db on `change` after the history: the reason it gives, or '' when it rewrote. */
async function refusal(change: string): Promise<string> {
  const cwd = projects.create({ [HISTORY]: history, [CHANGE]: change });
  const [fixed] = await fixWithoutDatabase(cwd, [CHANGE]);
  if (fixed?.problem === undefined) return '';
  expect(fixed.files).toBeUndefined();
  return fixed.problem;
}

const loopOf = (body: string) => `do $$
declare
  n integer;
  m integer;
begin
  loop
${body}
  end loop;
end $$;
`;
const cteUpdate = `    with batch as (select id from public.documents where legacy limit 500)
    update public.documents d set legacy = false from batch where d.id = batch.id;`;

describe('fix: near misses of a batch loop stay refused, with the reason', () => {
  it('rewrites the plain shape these vary', async () => {
    expect(
      await refusal(
        loopOf(`${cteUpdate}\n    get diagnostics n = row_count;\n    exit when n = 0;`),
      ),
    ).toBe('');
  });

  it.each([
    [
      'a side effect beside the UPDATE',
      `${cteUpdate}\n    insert into public.audit_log (note) values ('batch');\n    exit when not found;`,
      'the loop runs other statements than one UPDATE',
    ],
    [
      'a PERFORM of more than pg_sleep',
      `${cteUpdate}\n    get diagnostics n = row_count;\n    perform pg_notify('progress', n::text);\n    exit when n = 0;`,
      'it PERFORMs more than pg_sleep(<seconds>)',
    ],
    [
      'pg_sleep of a function call',
      `${cteUpdate}\n    get diagnostics n = row_count;\n    perform pg_sleep(random());\n    exit when n = 0;`,
      'it PERFORMs more than pg_sleep(<seconds>)',
    ],
    [
      'an EXIT on another variable than the ROW_COUNT',
      `${cteUpdate}\n    get diagnostics n = row_count;\n    exit when m = 0;`,
      'it does not EXIT exactly when its UPDATE changes no row',
    ],
    [
      'an EXIT on something else than no row',
      `${cteUpdate}\n    get diagnostics n = row_count;\n    exit when n < 500;`,
      'it does not EXIT exactly when its UPDATE changes no row',
    ],
    [
      'EXIT WHEN NOT FOUND after a PERFORM (which sets FOUND)',
      `${cteUpdate}\n    perform pg_sleep(0.01);\n    exit when not found;`,
      'it does not EXIT exactly when its UPDATE changes no row',
    ],
    ['no EXIT at all', `${cteUpdate}\n    perform pg_sleep(0.01);`, 'the loop has no EXIT'],
    [
      'an EXIT before the UPDATE',
      `    exit when not found;\n${cteUpdate}`,
      'the loop does not start with its UPDATE',
    ],
    [
      'a SET that leaves rows meeting the condition (the loop updates them again)',
      `    with batch as (select id from public.documents where words > 100 limit 500)
    update public.documents d set words = d.words / 2 from batch where d.id = batch.id;
    exit when not found;`,
      'nothing shows that its SET makes a row stop meeting the condition',
    ],
    [
      'a SET that reads the batch',
      `    with batch as (select id from public.documents where legacy limit 500)
    update public.documents d set legacy = false, words = batch.id from batch where d.id = batch.id;
    exit when not found;`,
      'its SET reads batch or an unqualified id',
    ],
    [
      'a join on another column',
      `    with batch as (select id from public.documents where legacy limit 500)
    update public.documents d set legacy = false from batch where d.words = batch.id;
    exit when not found;`,
      'its WHERE is not d.id = batch.id alone',
    ],
    [
      'a batch picked from another table',
      `    with batch as (select id from public.audit_log where note is null limit 500)
    update public.documents d set legacy = false from batch where d.id = batch.id;
    exit when not found;`,
      'its batch is not picked by SELECT id FROM public.documents',
    ],
  ])('%s', async (_name, body, reason) => {
    const problem = await refusal(loopOf(body));
    expect(problem).toContain('batch-loop-single-transaction: fix rewrites only a DO block');
    expect(problem).toContain(reason);
  });
});

const blockOf = (body: string) => `do $$
declare
  v text;
begin
${body}
  update public.documents set body = v where body is null;
end $$;
`;

describe('fix: near misses of a value read into a variable stay refused, with the reason', () => {
  it.each([
    [
      'a variable from a volatile function',
      '  select gen_random_uuid()::text into v;',
      'calls gen_random_uuid(), which fix does not know to give the same value',
    ],
    [
      'a variable from the clock',
      '  select name into v from public.workspaces where created_at < now() order by id limit 1;',
      'calls now(), which fix does not know',
    ],
    [
      'an assignment instead of SELECT INTO',
      '  v := gen_random_uuid()::text;',
      'the block runs other statements than SELECT ... INTO and one UPDATE',
    ],
    [
      'LIMIT 1 without ORDER BY',
      '  select name into v from public.workspaces limit 1;',
      'LIMIT 1 without ORDER BY picks any row',
    ],
    [
      'more than one row',
      '  select name into v from public.workspaces;',
      'it may return more than one row',
    ],
    [
      'INTO STRICT',
      '  select name into strict v from public.workspaces order by id limit 1;',
      'SELECT ... INTO STRICT v fails where a subquery would not',
    ],
    [
      'a side effect in the block',
      "  select name into v from public.workspaces order by id limit 1;\n  insert into public.audit_log (note) values ('filled');",
      'a statement before the UPDATE is not SELECT ... INTO one variable',
    ],
  ])('%s', async (_name, body, reason) => {
    const problem = await refusal(blockOf(body));
    expect(problem).toContain('fix rewrites a DO block without a loop only when');
    expect(problem).toContain(reason);
  });

  it('says why the DO block is not rewritten when the file is refused for its tenant column', async () => {
    const problem = await refusal(`alter table public.documents add column workspace_id uuid;
do $$
declare
  v uuid;
begin
  select id into v from public.workspaces limit 1;
  update public.documents set workspace_id = v where workspace_id is null;
end $$;
`);
    expect(problem).toContain(
      'tenant-column-nullable: fix makes a tenant column NOT NULL only after',
    );
    expect(problem).toContain('LIMIT 1 without ORDER BY picks any row');
  });

  it.each([
    ['fills only some rows', 'where id < 100'],
    ['writes NULL', 'where workspace_id is null'],
  ])('leaves a nullable tenant column whose backfill %s, and says why', async (_name, where) => {
    const value = where.includes('id < 100')
      ? '(select id from public.workspaces order by id limit 1)'
      : 'null';
    const problem = await refusal(`alter table public.documents add column workspace_id uuid;
update public.documents set workspace_id = ${value} ${where};
`);
    expect(problem).toContain(
      'tenant-column-nullable: fix makes a tenant column NOT NULL only after a backfill it writes gives every row a value',
    );
  });

  it('refuses a value read from the table the UPDATE changes (each batch would read it anew)', async () => {
    const problem = await refusal(`do $$
declare
  top int;
begin
  select max(words) into top from public.documents;
  update public.documents set words = top + 1 where words is null;
end $$;
`);
    expect(problem).toContain('a variable is read from public.documents, which the UPDATE changes');
  });
});
