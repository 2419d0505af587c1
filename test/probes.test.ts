import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/core/config/config.ts';
import type { DatabasePort } from '../src/core/db/database-port.ts';
import { probeFindings } from '../src/core/probes/probe-findings.ts';
import { planProbeTargets } from '../src/core/probes/probe-targets.ts';
import type { CatalogTable } from '../src/core/probes/probe-catalog.ts';
import { judgeProbe } from '../src/core/probes/probe-verdicts.ts';
import type { ProbeObservation, ProbeVerdict } from '../src/core/probes/probe-observation.ts';
import { applyStatement } from '../src/core/schema/apply-statement.ts';
import { SchemaModel } from '../src/core/schema/schema-model.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { type ProbeRun, runProbes } from '../src/staging/probes/run-probes.ts';
import { history, member, projectsMigration, projectsTable } from './support/probe-schema.ts';
import { rolledBackTarget, type StagingTarget, stagingTargets } from './support/staging-targets.ts';

const tenantColumns = ['workspace_id', 'account_id', 'org_id', 'team_id', 'tenant_id'];

type Target = StagingTarget;

const targets = stagingTargets();

const migrationFile = 'supabase/migrations/20250301120000_projects.sql';

async function probe(db: DatabasePort, migration: string, setupSql?: string): Promise<ProbeRun> {
  await db.exec(migration);
  const statements = parseSql(migration).statements;
  const model = new SchemaModel();
  for (const [i, sql] of [history, migration].entries()) {
    for (const s of parseSql(sql).statements) {
      applyStatement(model, s.node, {
        file: i === 0 ? 'history.sql' : migrationFile,
        version: String(i),
        statement: s.index,
      });
    }
  }
  const planned = planProbeTargets([{ path: migrationFile, statements }], model, tenantColumns);
  return runProbes(db, planned, { tenantColumns, ...(setupSql ? { setupSql } : {}) });
}

function rulesOf(run: ProbeRun): string[] {
  return run.probes.flatMap((p) => p.verdicts.map((v) => `${v.rule} ${v.command}`)).sort();
}

async function rowCounts(db: DatabasePort): Promise<Record<string, number>> {
  const { rows } = await db.query<{
    users: number;
    workspaces: number;
    members: number;
    projects: number;
  }>(
    `select (select count(*)::int from auth.users) as users,
            (select count(*)::int from public.workspaces) as workspaces,
            (select count(*)::int from public.workspace_members) as members,
            (select count(*)::int from public.projects) as projects`,
  );
  return { ...rows[0] };
}

beforeAll(async () => {
  await loadParser();
});

describe.each(targets)('isolation probes on %s', (_label, open) => {
  // Each case runs in a transaction rolled back afterwards; the probes nest a savepoint in it.
  const db = rolledBackTarget(open, history);

  it('passes a table whose policies check membership', async () => {
    const run = await probe(db(), projectsMigration());
    expect(rulesOf(run)).toEqual([]);
    expect(run.checks).toHaveLength(1);
    expect(run.checks[0]?.status).toBe('pass');
    expect(run.checks[0]?.detail).toContain('public.projects (workspace_id)');
    expect(run.checks[0]?.detail).toContain('SELECT 0 row(s)');
    expect(run.checks[0]?.detail).toContain(
      'own member: SELECT 1 row(s), INSERT 1 row(s), UPDATE 1 row(s), DELETE 1 row(s)',
    );
  });

  it('catches a SELECT policy USING (true) as a cross-tenant read, naming the policy', async () => {
    const run = await probe(db(), projectsMigration({ select: 'using (true)' }));
    expect(rulesOf(run)).toEqual(['probe-cross-tenant-read SELECT']);
    const verdict = run.probes[0]?.verdicts[0];
    expect(verdict?.policies).toEqual(['projects_select']);
    expect(verdict?.message).toContain('"projects_select" USING true');
    expect(run.checks[0]?.status).toBe('fail');
  });

  it('catches an INSERT policy WITH CHECK (true) as a cross-tenant write', async () => {
    const run = await probe(db(), projectsMigration({ insert: 'with check (true)' }));
    expect(rulesOf(run)).toEqual(['probe-cross-tenant-write INSERT']);
    expect(run.probes[0]?.verdicts[0]?.message).toContain('"projects_insert" WITH CHECK true');
  });

  it('catches a membership check that compares the wrong column (the inner one)', async () => {
    // Unqualified workspace_id binds to m.workspace_id: any member of any workspace passes.
    const wrong = `exists (select 1 from public.workspace_members m where m.workspace_id = workspace_id and m.user_id = (select auth.uid()))`;
    const run = await probe(
      db(),
      projectsMigration({ select: `using (${wrong})`, delete: `using (${wrong})` }),
    );
    expect(rulesOf(run)).toEqual([
      'probe-cross-tenant-read SELECT',
      'probe-cross-tenant-write DELETE',
    ]);
  });

  it("reports a tenant locked out of its own rows by a policy comparing the user's id", async () => {
    const wrong = `workspace_id in (select m.user_id from public.workspace_members m where m.user_id = (select auth.uid()))`;
    const run = await probe(db(), projectsMigration({ select: `using (${wrong})` }));
    expect(rulesOf(run)).toEqual(['probe-tenant-locked-out SELECT']);
    expect(run.probes[0]?.verdicts[0]?.policies).toEqual(['projects_select']);
  });

  it('catches row level security left disabled: every command crosses tenants', async () => {
    const run = await probe(db(), projectsTable);
    expect(rulesOf(run)).toEqual([
      'probe-cross-tenant-read SELECT',
      'probe-cross-tenant-write INSERT',
    ]);
    const messages = run.probes[0]?.verdicts.map((v) => v.message) ?? [];
    expect(messages[0]).toContain('row level security is disabled');
    expect(messages[1]).toContain('could INSERT, UPDATE, DELETE rows of this tenant');
  });

  it('leaves nothing behind: row counts are the same after the probes', async () => {
    await db().exec(projectsTable);
    const before = await rowCounts(db());
    const run = await probe(db(), 'alter table public.projects enable row level security;');
    expect(run.checks.map((c) => c.status)).toEqual(['pass']);
    expect(await rowCounts(db())).toEqual(before);
    const { rows } = await db().query<{ role: string; claims: string | null }>(
      "select current_user as role, nullif(current_setting('request.jwt.claims', true), '') as claims",
    );
    expect(rows[0]?.role).not.toBe('authenticated');
    expect(rows[0]?.claims ?? null).toBeNull();
  });

  it('skips a table whose tenants it cannot find, naming probes.setupSql; runs with it', async () => {
    const orphan = `create table public.notes (id bigint generated always as identity primary key,
      tenant_id bigint not null, body text not null);
      alter table public.notes enable row level security;
      create policy notes_all on public.notes for all to authenticated
        using (tenant_id = (select (auth.jwt() ->> 'tenant')::bigint));`;
    const run = await probe(db(), orphan);
    expect(run.checks).toHaveLength(1);
    expect(run.checks[0]?.status).toBe('skipped');
    expect(run.checks[0]?.detail).toContain('probes.setupSql');
    expect(run.probes).toEqual([]);
  });

  it('leaves out a view the migrations only grant on (an extension view made outside them)', async () => {
    // The static model does not know the view (it is not created by the migrations), so the
    // plan keeps it to look its tenant column up on the target; being no table, it has no rows
    // of its own to probe, and it is there: no "not on the staging target" entry.
    await db().exec('create view public.tenant_summary as select 1 as tenant_id');
    const run = await probe(db(), 'grant select on public.tenant_summary to authenticated;');
    expect(run.checks).toEqual([]);
    expect(run.probes).toEqual([]);
  });

  it('makes parent rows for required foreign keys, in the same tenant', async () => {
    const tasks = `${projectsMigration()}
create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id),
  project_id bigint not null references public.projects (id),
  title varchar(200) not null,
  due_on date not null,
  points integer not null
);
alter table public.tasks enable row level security;
create policy tasks_member on public.tasks for all to authenticated
  using (${member}) with check (${member});`;
    const run = await probe(db(), tasks);
    expect(rulesOf(run)).toEqual([]);
    expect(run.checks.map((c) => [c.detail.split(' ')[0], c.status])).toEqual([
      ['public.projects', 'pass'],
      ['public.tasks', 'pass'],
    ]);
  });

  it('fills a composite foreign key that carries the tenant column from a parent row', async () => {
    const cards = `create table public.boards (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id),
  title text not null,
  unique (workspace_id, id)
);
create table public.cards (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id),
  board_id bigint not null,
  body text not null,
  foreign key (workspace_id, board_id) references public.boards (workspace_id, id)
);
alter table public.boards enable row level security;
alter table public.cards enable row level security;
create policy boards_member on public.boards for all to authenticated
  using (${member}) with check (${member});
create policy cards_member on public.cards for all to authenticated
  using (${member}) with check (true);`;
    const run = await probe(db(), cards);
    expect(run.checks.map((c) => [c.detail.split(' ')[0], c.status])).toEqual([
      ['public.boards', 'pass'],
      ['public.cards', 'fail'],
    ]);
    expect(rulesOf(run)).toEqual(['probe-cross-tenant-write INSERT']);
  });

  it('catches an UPDATE USING (true) even when the tenant column cannot move', async () => {
    // The composite key keeps B from moving A's card; B can still rewrite its body.
    const cards = `create table public.boards (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id),
  unique (workspace_id, id)
);
create table public.cards (
  id bigint generated always as identity primary key,
  workspace_id uuid not null references public.workspaces (id),
  board_id bigint not null,
  body text not null,
  foreign key (workspace_id, board_id) references public.boards (workspace_id, id)
);
alter table public.boards enable row level security;
create policy boards_member on public.boards for all to authenticated
  using (${member}) with check (${member});
alter table public.cards enable row level security;
create policy cards_read on public.cards for select to authenticated using (${member});
create policy cards_edit on public.cards for update to authenticated using (true);`;
    const run = await probe(db(), cards);
    expect(rulesOf(run)).toEqual(['probe-cross-tenant-write UPDATE']);
    const verdict = run.probes.flatMap((p) => p.verdicts)[0];
    expect(verdict?.message).toContain('"cards_edit" USING true');
  });

  it('probes a membership table itself: a user adding itself to another tenant', async () => {
    const migration = `create table public.team_members (
  team_id uuid not null references public.workspaces (id),
  user_id uuid not null references auth.users (id),
  primary key (team_id, user_id)
);
alter table public.team_members enable row level security;
create policy team_members_read on public.team_members for select to authenticated
  using (user_id = (select auth.uid()));
create policy team_members_join on public.team_members for insert to authenticated
  with check (user_id = (select auth.uid()));`;
    const run = await probe(db(), migration);
    expect(rulesOf(run)).toEqual(['probe-cross-tenant-write INSERT']);
    expect(run.probes[0]?.verdicts[0]?.policies).toEqual(['team_members_join']);
  });

  it('uses probes.setupSql to make tenants when the schema does not show how', async () => {
    const setupSql = `with w as (insert into public.workspaces (name) values ('probe') returning id),
      m as (insert into public.workspace_members (workspace_id, user_id) select id, $1::uuid from w)
      select id from w`;
    const run = await probe(db(), projectsMigration({ update: 'using (true)' }), setupSql);
    expect(rulesOf(run)).toEqual(['probe-cross-tenant-write UPDATE']);
  });
});

describe.each(targets)(
  'isolation probes outside a transaction (a kept target) on %s',
  (_label, open) => {
    let target: Target | undefined;
    afterAll(async () => {
      await target?.close();
    });

    it('opens and rolls back its own transaction', async () => {
      target = await open();
      const db = target.db;
      await db.exec(history);
      await db.exec(projectsTable);
      const before = await rowCounts(db);
      const run = await probe(
        db,
        projectsMigration({ select: 'using (true)' }).replace(projectsTable, ''),
      );
      expect(rulesOf(run)).toEqual(['probe-cross-tenant-read SELECT']);
      expect(await rowCounts(db)).toEqual(before);
      // Not left inside a transaction: a savepoint has nothing to attach to.
      await expect(db.exec('SAVEPOINT after_probes')).rejects.toThrow(/transaction/);
    }, 120_000);
  },
);

/** The static model and statements of a migration after the history, as the pipeline has them. */
function planned(migration: string, before = history) {
  const model = new SchemaModel();
  for (const [i, sql] of [before, migration].entries()) {
    for (const s of parseSql(sql).statements) {
      applyStatement(model, s.node, {
        file: i === 0 ? 'history.sql' : migrationFile,
        version: String(i),
        statement: s.index,
      });
    }
  }
  const statements = parseSql(migration).statements;
  return planProbeTargets([{ path: migrationFile, statements }], model, tenantColumns);
}

describe('probe planning (which tables, reported where)', () => {
  const withProjects = `${history}\n${projectsTable}`;

  it('probes a table the file only gives a policy, reporting on the policy', () => {
    const targets = planned(
      `-- a policy\ncreate policy projects_read on public.projects for select using (true);`,
      withProjects,
    );
    expect(targets.map((t) => [t.table, t.tenantColumn, t.at.line])).toEqual([
      ['public.projects', 'workspace_id', 2],
    ]);
    expect(targets[0]?.policyAt.get('projects_read')?.line).toBe(2);
  });

  it('leaves out tables the file does not touch and tables without a tenant column', () => {
    const targets = planned(
      'create table public.countries (code text primary key, name text not null);',
      withProjects,
    );
    expect(targets).toEqual([]);
  });

  it('follows renames and counts DROP POLICY as a change', () => {
    const targets = planned(
      `alter table public.projects rename to boards;
drop policy if exists projects_read on public.boards;`,
      withProjects,
    );
    expect(targets.map((t) => [t.table, t.at.line])).toEqual([['public.boards', 2]]);
  });

  it('leaves out a table the files drop after changing it: there is nothing left to probe', () => {
    const targets = planned(
      `alter table public.projects add column archived boolean;
drop table public.projects;`,
      withProjects,
    );
    expect(targets).toEqual([]);
  });

  it('places findings on the policy involved, honours suppressions and severity off', () => {
    const migration = `alter table public.projects enable row level security;
-- migration-guard-ignore probe-tenant-locked-out: only owners may delete
create policy projects_delete on public.projects for delete using (false);
create policy projects_read on public.projects for select using (true);`;
    const [target] = planned(migration, withProjects);
    if (!target) throw new Error('no target');
    const verdicts: ProbeVerdict[] = [
      {
        rule: 'probe-cross-tenant-read',
        command: 'SELECT',
        message: 'm',
        policies: ['projects_read'],
        problem: 'cross-tenant-read public.projects',
      },
      {
        rule: 'probe-tenant-locked-out',
        command: 'DELETE',
        message: 'm',
        policies: ['projects_delete'],
        problem: 'locked-out-delete public.projects',
      },
      {
        rule: 'probe-cross-tenant-write',
        command: 'UPDATE',
        message: 'm',
        policies: [],
        problem: 'cross-tenant-write public.projects',
      },
    ];
    const parsed = parseSql(migration);
    const found = probeFindings(target, verdicts, { parsedOf: () => parsed });
    expect(found.map((f) => [f.finding.rule, f.finding.line, f.finding.source])).toEqual([
      ['probe-cross-tenant-read', 4, 'check'],
      ['probe-cross-tenant-write', 4, 'check'],
    ]);
    const off = probeFindings(target, verdicts, {
      severityOf: (id) => (id === 'probe-cross-tenant-read' ? 'off' : 'warning'),
    });
    expect(off.map((f) => [f.finding.rule, f.finding.severity])).toEqual([
      ['probe-tenant-locked-out', 'warning'],
      ['probe-cross-tenant-write', 'warning'],
    ]);
  });
});

describe('the fix printed with a probe finding names the probed table and its tenant column', () => {
  const comments: CatalogTable = {
    name: 'public.comments',
    columns: [],
    foreignKeys: [
      {
        name: 'comments_workspace_id_fkey',
        columns: ['workspace_id'],
        references: 'public.workspaces',
        referencedColumns: ['id'],
      },
    ],
    rlsEnabled: false,
    policies: [],
  };
  const readByOther = (table: CatalogTable): ProbeObservation => ({
    table,
    tenantColumn: 'workspace_id',
    own: { SELECT: { kind: 'rows', rows: 1 } },
    other: { SELECT: { kind: 'rows', rows: 1 } },
  });

  it('row level security off: enable it, with a policy on that table and column', () => {
    const [verdict] = judgeProbe(readByOther(comments));
    expect(verdict?.rule).toBe('probe-cross-tenant-read');
    expect(verdict?.fix).toContain('ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;');
    expect(verdict?.fix).toContain('ON public.comments FOR ALL TO authenticated');
    expect(verdict?.fix).toContain('comments.workspace_id IN (SELECT m.workspace_id FROM');
    expect(verdict?.fix).not.toContain('projects');
  });

  it('an open policy: that policy, tied to the membership table the probe used', () => {
    const table: CatalogTable = {
      ...comments,
      rlsEnabled: true,
      policies: [
        {
          name: 'comments read',
          command: 'SELECT',
          permissive: true,
          roles: ['authenticated'],
          using: 'true',
          withCheck: null,
        },
      ],
    };
    const observation: ProbeObservation = {
      ...readByOther(table),
      membership: {
        table: 'public.team_memberships',
        tenantColumn: 'workspace_id',
        userColumn: 'member_id',
      },
    };
    const [verdict] = judgeProbe(observation);
    expect(verdict?.fix).toBe(
      'ALTER POLICY "comments read" ON public.comments\n  USING (comments.workspace_id IN (SELECT m.workspace_id FROM public.team_memberships m WHERE m.member_id = (SELECT auth.uid())));',
    );
  });

  it('a tenant column that references auth.users compares with the user itself', () => {
    const notes: CatalogTable = {
      ...comments,
      name: 'private.notes',
      foreignKeys: [
        {
          name: 'notes_owner',
          columns: ['account_id'],
          references: 'auth.users',
          referencedColumns: ['id'],
        },
      ],
    };
    const [verdict] = judgeProbe({ ...readByOther(notes), tenantColumn: 'account_id' });
    expect(verdict?.fix).toContain('ON private.notes FOR ALL');
    expect(verdict?.fix).toContain('USING (notes.account_id = (SELECT auth.uid()))');
  });

  it("the finding carries the verdict's fix", () => {
    const target = {
      table: 'public.comments',
      tenantColumn: 'workspace_id',
      at: { file: 'f.sql', line: 3, statement: 0 },
      policyAt: new Map(),
    };
    const [found] = probeFindings(target, judgeProbe(readByOther(comments)));
    expect(found?.finding.fix).toContain('public.comments');
    expect(found?.finding.fix).toContain('comments.workspace_id');
  });
});

describe('probes config', () => {
  it('defaults to enabled, reads setupSql, and rejects unknown or mistyped keys', () => {
    expect(parseConfig({}, new Set()).probes).toEqual({ enabled: true });
    expect(
      parseConfig({ probes: { enabled: false, setupSql: 'select 1' } }, new Set()).probes,
    ).toEqual({
      enabled: false,
      setupSql: 'select 1',
    });
    expect(() => parseConfig({ probes: { enable: true } }, new Set())).toThrow(ConfigError);
    expect(() => parseConfig({ probes: { enabled: 'yes' } }, new Set())).toThrow(/probes.enabled/);
    expect(() => parseConfig({ probes: { setupSql: '' } }, new Set())).toThrow(/probes.setupSql/);
  });
});
