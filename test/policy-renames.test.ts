import { type Node, parseSync } from 'libpg-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyStatement } from '../src/core/schema/apply-statement.ts';
import { SchemaModel } from '../src/core/schema/schema-model.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { nodeAs } from '../src/core/sql/statement.ts';
import { findNodes } from '../src/core/sql/walk.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';

// The schema model's policy expressions after RENAME COLUMN and RENAME TABLE, against
// PostgreSQL 15's own: the same SQL runs on the server and through the model, and each policy
// must name the same columns and tables in both (pg_policies deparses what Postgres kept, by
// object and column number).

const schema = `create table public.workspaces (id uuid primary key, name text);
create table public.workspace_members (
  workspace_id uuid not null, user_id uuid not null, primary key (workspace_id, user_id)
);
create table public.projects (id bigint primary key, workspace_id uuid, owner uuid);
create policy by_membership on public.projects using (
  workspace_id in (select m.workspace_id from public.workspace_members m where m.user_id = owner));
create policy by_exists on public.projects using (exists (
  select 1 from public.workspace_members
   where workspace_id = projects.workspace_id and user_id = owner));
create policy own on public.workspace_members using (user_id = user_id and workspace_id is not null);
`;

const renames = `alter table public.projects rename column workspace_id to tenant_id;
alter table public.workspace_members rename column user_id to member_id;
alter table public.projects rename column owner to owner_id;
`;

let cluster: PgCluster | undefined;
beforeAll(async () => {
  cluster = await startPgCluster();
  await loadParser();
});
afterAll(async () => {
  await cluster?.stop();
});

/** The column names an expression reads and the tables it selects from, sorted. */
function columnsIn(expr: Node | undefined): string[] {
  const names = findNodes(expr, 'ColumnRef').map(
    (ref) => nodeAs(ref.fields?.at(-1), 'String')?.sval ?? '*',
  );
  const tables = findNodes(expr, 'RangeVar').map((r) => `from ${r.relname}`);
  return [...new Set([...names, ...tables])].sort();
}

/** Every column reference's qualifiers (`projects` of `projects.owner`), sorted. */
function qualifiersIn(expr: Node | undefined): string[] {
  const names = findNodes(expr, 'ColumnRef').flatMap((ref) =>
    (ref.fields ?? []).slice(0, -1).map((f) => nodeAs(f, 'String')?.sval ?? ''),
  );
  return [...new Set(names)].sort();
}

function model(sql: string): SchemaModel {
  const model = new SchemaModel();
  for (const statement of parseSql(sql).statements) {
    applyStatement(model, statement.node, { file: 'm.sql', version: '1', statement: 0 });
  }
  return model;
}

function modelPolicies(sql: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [table, t] of model(sql).tables) {
    for (const p of t.policies.values()) out[`${table}.${p.name}`] = columnsIn(p.using);
  }
  return out;
}

async function serverPolicies(sql: string): Promise<Record<string, string[]>> {
  if (!cluster) throw new Error('no cluster');
  const db = await PgDatabase.connect({ url: cluster.url, applicationName: 'policy-rename' });
  try {
    await db.query('drop schema if exists public cascade');
    await db.query('create schema public');
    for (const statement of sql.split(';\n')) {
      if (statement.trim() !== '') await db.query(statement);
    }
    const { rows } = await db.query<{ name: string; qual: string }>(
      `select schemaname || '.' || tablename || '.' || policyname as name, qual from pg_policies
        where schemaname = 'public'`,
    );
    const out: Record<string, string[]> = {};
    for (const row of rows) {
      const parsed = parseSync(`select ${row.qual}`) as { stmts?: { stmt: Node }[] };
      out[row.name] = columnsIn(parsed.stmts?.[0]?.stmt);
    }
    return out;
  } finally {
    await db.close();
  }
}

describe('policy expressions in the schema model follow RENAME COLUMN', () => {
  it('name the columns Postgres names before any rename', async () => {
    expect(modelPolicies(schema)).toEqual(await serverPolicies(schema));
  });

  it('name the columns Postgres names after renames of their own and a subquery’s table', async () => {
    const server = await serverPolicies(`${schema}${renames}`);
    // The renames reached every policy: a subquery's unqualified workspace_id stays the
    // membership table's, the outer owner is the policy table's.
    expect(server['public.projects.by_exists']).toEqual([
      'from workspace_members',
      'member_id',
      'owner_id',
      'tenant_id',
      'workspace_id',
    ]);
    expect(modelPolicies(`${schema}${renames}`)).toEqual(server);
  });

  it('name the tables Postgres names after RENAME TABLE, and no qualifier the old name', async () => {
    const sql = `${schema}alter table public.workspace_members rename to memberships;
alter table public.projects rename to tasks;
`;
    const server = await serverPolicies(sql);
    expect(server['public.tasks.by_exists']).toContain('from memberships');
    expect(modelPolicies(sql)).toEqual(server);
    const renamed = model(sql);
    const qualifiers = [...renamed.tables.values()].flatMap((t) =>
      [...t.policies.values()].flatMap((p) => qualifiersIn(p.using)),
    );
    // by_exists correlates by table name (projects.workspace_id): it now says tasks.
    expect(qualifiers).toContain('tasks');
    expect(qualifiers).not.toContain('projects');
    expect(qualifiers).not.toContain('workspace_members');
  });
});
