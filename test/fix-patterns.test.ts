import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli-runner.ts';
import {
  CHANGE,
  expectProven,
  fixHarness,
  fixWithoutDatabase,
  HISTORY,
  stepKinds,
} from './support/fix-proof.ts';

// `migration-guard fix` for the patterns that are not one statement's rewrite: slow work after an
// ACCESS EXCLUSIVE lock (the file is split), a batch loop in one transaction (the engine's batch
// header), and a table left without row level security (ENABLE plus the proposed tenant policy).
// Each is proved on PostgreSQL 15: the original and the rewrite on two fresh databases.

const history = `create table public.workspaces (id uuid primary key default gen_random_uuid(), name text not null);
create table public.workspace_members (
  workspace_id uuid not null references public.workspaces (id),
  user_id uuid not null,
  primary key (workspace_id, user_id)
);
create table public.projects (
  id bigint generated always as identity primary key,
  workspace_id uuid,
  name text not null,
  status text not null default 'active'
);
create table public.documents (
  id bigint generated always as identity primary key,
  project_id bigint,
  title text not null,
  body text,
  words int
);
alter table public.workspaces enable row level security;
alter table public.workspace_members enable row level security;
alter table public.projects enable row level security;
alter table public.documents enable row level security;
`;

const { projects, url, fixChange } = fixHarness(history);

describe('fix: statements after an ACCESS EXCLUSIVE lock', () => {
  it('ends the transaction after the lock, and the slow work runs in the next file', async () => {
    const fixed = await fixChange(`alter table public.projects add column archived_at timestamptz;
comment on column public.projects.archived_at is 'set when archived';
-- tidy titles
update public.documents set title = trim(title) where title <> trim(title);
update public.documents set words = 0 where words is null and body is null;
`);
    const { rewrite: catalog } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual(['transaction', 'transaction']);
    expect(fixed.files?.[0]?.sql).toContain('add column archived_at timestamptz;');
    expect(fixed.files?.[0]?.sql).not.toContain('update');
    expect(fixed.files?.[1]?.sql).toContain(
      '-- tidy titles\nupdate public.documents set title = trim(title)',
    );
    expect(catalog).toContain('  column archived_at timestamp with time zone');
    // The original held ACCESS EXCLUSIVE on projects while it updated documents.
    expect(fixed.proof?.original.exclusiveAcrossWork).toContain('20240201000000_change.sql:4');
  });

  it('leaves a file that writes its own BEGIN/COMMIT alone, and says why', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: `begin;
alter table public.projects add column archived_at timestamptz;
update public.documents set title = trim(title) where title <> trim(title);
commit;
`,
    });
    const [fixed] = await fixWithoutDatabase(cwd, [CHANGE]);
    expect(fixed?.problem).toContain(
      'statements-after-exclusive-lock: the file writes its own BEGIN/COMMIT; split it by hand',
    );
    expect(fixed?.files).toBeUndefined();
  });
});

describe('fix: a table without row level security in an exposed schema', () => {
  const create = `create table public.tasks (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id),
  title text not null
);
create index tasks_workspace_id_idx on public.tasks (workspace_id);
`;

  it('enables RLS with the tenant policy, in the transaction that creates the table', async () => {
    const fixed = await fixChange(create);
    const { rewrite: catalog } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual(['transaction']);
    const sql = fixed.files?.[0]?.sql ?? '';
    expect(sql).toContain(
      ');\n\nALTER TABLE public.tasks ENABLE ROW LEVEL SECURITY;\nCREATE POLICY tasks_tenant_members ON public.tasks',
    );
    expect(sql).toContain(
      'USING (workspace_id IN (SELECT m.workspace_id FROM public.workspace_members m WHERE m.user_id = (SELECT auth.uid())))',
    );
    // The catalogs differ by design: the proof ran the declared additions after the original.
    expect(fixed.declared).toHaveLength(2);
    expect(fixed.declared?.[0]).toBe('ALTER TABLE public.tasks ENABLE ROW LEVEL SECURITY;');
    expect(catalog).toContain('public.tasks: rls on');
    expect(catalog.some((l) => l.startsWith('  policy tasks_tenant_members permissive *'))).toBe(
      true,
    );
  });

  it('says in its output what the comparison adds to the original', async () => {
    const cwd = projects.create({ [HISTORY]: history, [CHANGE]: create });
    const run = await runCli(['fix', '--db', url(), CHANGE], cwd);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('the original side also ran what the rewrite adds on purpose:');
    expect(run.stderr).toContain(
      'final schema of the touched tables (against the original plus those additions): identical',
    );
  });

  it('refuses without a tenant policy to propose, rather than lock every client out', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: 'create table public.settings (key text primary key, value text);\n',
    });
    const run = await runCli(['fix', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'rls-disabled: public.settings has none of the tenant columns (workspace_id, account_id',
    );
    expect(run.stderr).toContain('ENABLE ROW LEVEL SECURITY alone would deny every API client');
    expect(run.stdout).toBe('');
  });
});

describe('fix: row level security for a hostile table name', () => {
  it('refuses a name the proposed policy would write bare (it would name public.tasks)', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: `create table public.tasks (id bigint primary key, workspace_id uuid not null);
alter table public.tasks enable row level security;
create table public."Tasks" (id bigint primary key, workspace_id uuid not null);
`,
    });
    const run = await runCli(['fix', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rls-disabled: the name Tasks needs quoting');
    expect(run.stdout).toBe('');
  });
});

describe('fix: row level security the file turns off, or a table with its own policies', () => {
  it('does not undo a DISABLE the file writes', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: 'alter table public.projects disable row level security;\n',
    });
    const run = await runCli(['fix', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'rls-disabled: the file turns row level security off on public.projects on purpose',
    );
  });

  it('enables RLS alone on a table whose own policies say who may use it', async () => {
    const fixed = await fixChange(`create table public.notes (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id),
  body text
);
create policy notes_members on public.notes for all to authenticated
  using (workspace_id in (select m.workspace_id from public.workspace_members m where m.user_id = (select auth.uid())));
create index notes_workspace_id_idx on public.notes (workspace_id);
`);
    expectProven(fixed);
    expect(fixed.declared).toEqual(['ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;']);
    expect(fixed.files?.[0]?.sql).not.toContain('notes_tenant_members');
  });
});

describe('fix: a batch loop in one transaction', () => {
  const loop = `do $$
declare
  batch_size int := 300;
begin
  loop
    update public.documents d
       set words = 0
     where d.id in (select id from public.documents
                     where words > 4000 and body is not null
                     order by id limit batch_size);
    exit when not found;
    perform pg_sleep(0.01);
  end loop;
end $$;
`;

  it('becomes one UPDATE under the batch header, alone in its file', async () => {
    const fixed = await fixChange(loop);
    const { rewrite: catalog } = expectProven(fixed);
    expect(stepKinds(fixed)).toEqual(['batch']);
    expect(fixed.files?.[0]?.sql).toContain(
      '-- migration-guard:batch table=public.documents key=id size=1000\nupdate public.documents d\n       set words = 0\nWHERE words > 4000 and body is not null;',
    );
    expect(catalog).toContain('  column words integer');
  });

  it('changes the same rows as the loop did', async () => {
    const fixed = await fixChange(loop);
    const update = (fixed.files?.[0]?.sql ?? '').split('\n').slice(4).join('\n');
    const { PgDatabase } = await import('../src/staging/pg-database.ts');
    const db = await PgDatabase.connect({ url: url(), applicationName: 'fix-patterns' });
    try {
      const rowsAfter = async (sql: string) => {
        await db.query('drop schema if exists loop_check cascade');
        await db.query('create schema loop_check');
        await db.query(
          'create table loop_check.documents (id int primary key, title text not null, body text, words int)',
        );
        await db.query(`insert into loop_check.documents
          select g, 't' || g, case when g % 7 = 0 then null else 'b' end, g from generate_series(1, 5000) g`);
        await db.query(sql.replaceAll('public.documents', 'loop_check.documents'));
        const { rows } = await db.query<{ id: number; words: number }>(
          'select id, words from loop_check.documents order by id',
        );
        return rows;
      };
      const byLoop = await rowsAfter(loop);
      const byUpdate = await rowsAfter(update);
      expect(byLoop.filter((r) => r.words === 0).length).toBeGreaterThan(800);
      expect(byUpdate).toEqual(byLoop);
    } finally {
      await db.query('drop schema if exists loop_check cascade');
      await db.close();
    }
  });

  it('refuses a loop it cannot read as one keyset UPDATE, and says why', async () => {
    const cwd = projects.create({
      [HISTORY]: history,
      [CHANGE]: `do $$
declare
  r record;
begin
  for r in select id, words from public.documents loop
    update public.documents set words = r.words + 1 where id = r.id;
  end loop;
end $$;
`,
    });
    const run = await runCli(['fix', '--no-db', CHANGE], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'batch-loop-single-transaction: fix rewrites only a DO block that is one LOOP around one keyset UPDATE',
    );
    expect(run.stderr).toContain('the block is not one plain LOOP and nothing else');
  });
});
