import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';

beforeAll(async () => {
  await loadParser();
});

function positions(sql: string): { kind: string; line: number; column: number; text: string }[] {
  return parseSql(sql).statements.map((s) => ({
    kind: s.kind,
    line: s.line,
    column: s.column,
    text: s.text,
  }));
}

describe('parseSql statement positions', () => {
  it('starts a statement at its first token, after leading line and block comments', () => {
    const sql = `-- members of a workspace
/* one row per user
   and workspace */
  create table public.workspace_members (workspace_id uuid, user_id uuid); -- trailing note

-- who can see projects
alter table public.projects enable row level security;`;
    expect(positions(sql)).toEqual([
      {
        kind: 'CreateStmt',
        line: 4,
        column: 3,
        text: 'create table public.workspace_members (workspace_id uuid, user_id uuid)',
      },
      {
        kind: 'AlterTableStmt',
        line: 7,
        column: 1,
        text: 'alter table public.projects enable row level security',
      },
    ]);
  });

  it('counts lines and columns the same with CRLF line endings', () => {
    const sql = '-- invoices\r\ncreate table public.invoices (id bigint);\r\n\r\n  select 1;\r\n';
    const parsed = parseSql(sql);
    expect(parsed.statements.map((s) => [s.line, s.column, s.endLine])).toEqual([
      [2, 1, 2],
      [4, 3, 4],
    ]);
    expect(parsed.statements[0]?.text).toBe('create table public.invoices (id bigint)');
  });

  it('reports columns in characters when non-ASCII text comes before a statement', () => {
    // 'é' is 2 bytes and '😀' 4 bytes in UTF-8; the parser reports byte offsets.
    const sql = "comment on table public.documents is 'Pièces jointes 😀'; select 1;";
    const [comment, select] = parseSql(sql).statements;
    expect(comment?.text).toBe("comment on table public.documents is 'Pièces jointes 😀'");
    expect(select).toMatchObject({
      line: 1,
      column: sql.indexOf('select 1') + 1,
      text: 'select 1',
    });
  });

  it('keeps semicolons inside dollar-quoted bodies within the statement', () => {
    const sql = `create function public.touch_updated_at() returns trigger
language plpgsql as $fn$
begin
  new.updated_at := now(); return new;
end;
$fn$;
select 2;`;
    const parsed = parseSql(sql);
    expect(parsed.errors).toEqual([]);
    expect(parsed.statements.map((s) => [s.kind, s.line, s.endLine])).toEqual([
      ['CreateFunctionStmt', 1, 6],
      ['SelectStmt', 7, 7],
    ]);
  });

  it('parses an empty file and a file of comments to no statements', () => {
    expect(parseSql('').statements).toEqual([]);
    expect(parseSql('-- nothing to do yet\n').statements).toEqual([]);
  });

  it('drops a leading byte-order mark, as the Supabase CLI does, keeping positions', () => {
    const parsed = parseSql('\uFEFFcreate table public.notes (id int);\nselect 1;');
    expect(parsed.errors).toEqual([]);
    expect(parsed.statements.map((s) => [s.text, s.line, s.column])).toEqual([
      ['create table public.notes (id int)', 1, 2],
      ['select 1', 2, 1],
    ]);
  });
});

describe('parseSql syntax errors', () => {
  it('keeps the statements around a broken one and reports Postgres message at its line', () => {
    const sql = `create table public.projects (id bigint primary key);
create table public.project_tags (
  project_id bigint,
);
create index project_tags_project_idx on public.project_tags (project_id);`;
    const parsed = parseSql(sql);
    expect(parsed.statements.map((s) => [s.kind, s.line])).toEqual([
      ['CreateStmt', 1],
      ['IndexStmt', 5],
    ]);
    expect(parsed.errors).toEqual([
      {
        message: 'syntax error at or near ")"',
        line: 4,
        column: 1,
        createsTable: { schema: 'public', name: 'project_tags' },
      },
    ]);
  });

  it('points at the right column when non-ASCII text precedes the error (fixed bug)', () => {
    // Postgres reports the error cursor in characters; it was once read as a byte offset.
    const sql = "select 1;\nselect 'Größe' label oops;";
    expect(parseSql(sql).errors).toEqual([
      { message: 'syntax error at or near "oops"', line: 2, column: 22 },
    ]);
  });

  it('reports a NUL byte, after which the parser (and the server) would read nothing', () => {
    // Found attacking the check: the DROP after the NUL was neither parsed, linted nor run, and
    // the file passed while it carried text no one checked.
    const sql =
      'create table public.notes (id bigint primary key);\n\0\ndrop table public.invoices;\n';
    const parsed = parseSql(sql);
    expect(parsed.statements.map((s) => s.kind)).toEqual(['CreateStmt']);
    expect(parsed.errors).toEqual([
      {
        message:
          'a NUL byte (U+0000): Postgres reads SQL only up to it, so the text after it would be neither checked nor run; remove it',
        line: 2,
        column: 1,
      },
    ]);
  });

  it('reports a misspelt keyword with CRLF line endings', () => {
    const sql = 'select 1;\r\ncreate tabel public.invoices (id bigint);\r\nselect 2;\r\n';
    const parsed = parseSql(sql);
    expect(parsed.statements.map((s) => s.line)).toEqual([1, 3]);
    expect(parsed.errors).toEqual([
      { message: 'syntax error at or near "tabel"', line: 2, column: 8 },
    ]);
  });
});

describe('parseSql PL/pgSQL bodies', () => {
  it('gives SQL inside a DO block absolute file lines', () => {
    const sql = `select 0;

do $$
begin
  if not exists (select 1 from pg_indexes where indexname = 'documents_workspace_idx') then
    create index documents_workspace_idx on public.documents (workspace_id);
  end if;
  update public.documents set title = 'untitled' where title is null;
end
$$;`;
    const doBlock = parseSql(sql).statements[1];
    expect(doBlock?.kind).toBe('DoStmt');
    expect(doBlock?.plpgsql?.context).toBe('do');
    const embedded = doBlock?.plpgsql?.sql.map((e) => [e.mode, e.line]) ?? [];
    expect(embedded).toEqual([
      ['expression', 5],
      ['statement', 6],
      ['statement', 8],
    ]);
  });

  it('counts body lines from the line where the body string opens', () => {
    const sql = `do
$body$
begin
  alter table public.invoices add column paid_at timestamptz;
end
$body$;`;
    const doBlock = parseSql(sql).statements[0];
    expect(doBlock?.plpgsql?.sql.map((e) => [e.sql, e.line])).toEqual([
      ['alter table public.invoices add column paid_at timestamptz', 4],
    ]);
  });
});

describe('parseSql suppression comments', () => {
  it('attaches a statement suppression with several rules to the next statement', () => {
    const sql = `select 1;
-- migration-guard-ignore rule-a, rule-b: plans has 12 rows
create index plans_code_idx on public.plans (code);`;
    const parsed = parseSql(sql);
    expect(parsed.statements[0]?.suppressions).toEqual([]);
    expect(parsed.statements[1]?.suppressions).toEqual([
      { scope: 'statement', rules: ['rule-a', 'rule-b'], reason: 'plans has 12 rows', line: 2 },
    ]);
    expect(parsed.suppressionProblems).toEqual([]);
  });

  it('reads a file suppression once, wherever it stands (fixed bug: it was read twice)', () => {
    const sql = `select 1;
-- migration-guard-ignore-file rule-a: seed data for the demo workspace
select 2;
/* migration-guard-ignore-file rule-b: no live traffic yet */`;
    const parsed = parseSql(sql);
    expect(parsed.fileSuppressions).toEqual([
      { scope: 'file', rules: ['rule-a'], reason: 'seed data for the demo workspace', line: 2 },
      { scope: 'file', rules: ['rule-b'], reason: 'no live traffic yet', line: 4 },
    ]);
    expect(parsed.statements.flatMap((s) => s.suppressions)).toEqual([]);
  });

  it('reports a suppression without a reason, or without rule ids, once', () => {
    const sql = `-- migration-guard-ignore rule-a
select 1;
-- migration-guard-ignore-file rule-b
-- migration-guard-ignore : no rule named
select 2;
-- migration-guard-ignore: everything, please
select 3;`;
    const parsed = parseSql(sql);
    expect(parsed.suppressionProblems.map((p) => p.line).sort()).toEqual([1, 3, 4, 6]);
    expect(parsed.suppressionProblems[0]?.message).toContain('reason');
    expect(parsed.statements.flatMap((s) => s.suppressions)).toEqual([]);
    expect(parsed.fileSuppressions).toEqual([]);
  });

  it('reports a statement suppression with no statement after it', () => {
    const parsed = parseSql('select 1;\n-- migration-guard-ignore rule-a: left over\n');
    expect(parsed.suppressionProblems).toMatchObject([{ line: 2 }]);
  });

  it('ignores prose that merely starts with the marker (fixed bug)', () => {
    const parsed = parseSql('-- migration-guard-ignored: kept for history\nselect 1;');
    expect(parsed.statements[0]?.suppressions).toEqual([]);
    expect(parsed.suppressionProblems).toEqual([]);
  });

  it('keeps a suppression before a broken statement off the next statement (fixed bug)', () => {
    const sql = `-- migration-guard-ignore rule-a: tiny table
create indx plans_code_idx on public.plans (code);
create index projects_workspace_idx on public.projects (workspace_id);`;
    const parsed = parseSql(sql);
    expect(parsed.errors).toMatchObject([{ line: 2 }]);
    expect(parsed.statements.map((s) => [s.line, s.suppressions])).toEqual([[3, []]]);
  });
});
