import type { RuleCases } from '../rule-cases.ts';

const projects = `CREATE TABLE public.projects (
  id bigint PRIMARY KEY,
  workspace_id uuid NOT NULL,
  name varchar(80) NOT NULL,
  code char(6),
  budget numeric(10,2),
  description text,
  due_at timestamp,
  member_count integer NOT NULL DEFAULT 0
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'widening varchar, or dropping its limit, is catalog-only',
      history: [projects],
      sql: `ALTER TABLE public.projects ALTER COLUMN name TYPE varchar(200);
ALTER TABLE public.projects ALTER COLUMN name TYPE character varying;
ALTER TABLE public.projects ALTER COLUMN name TYPE text;`,
    },
    {
      name: 'more numeric precision at the same scale, or no limit, is catalog-only',
      history: [projects],
      sql: `ALTER TABLE public.projects ALTER COLUMN budget TYPE numeric(14,2);
ALTER TABLE public.projects ALTER COLUMN budget TYPE numeric;`,
    },
    {
      name: 'text to unlimited varchar, and USING the column itself',
      history: [projects],
      sql: 'ALTER TABLE public.projects ALTER COLUMN description TYPE varchar USING description::varchar;',
    },
    {
      name: 'timestamp to timestamptz after the file sets the time zone to UTC',
      history: [projects],
      sql: `SET LOCAL timezone = 'UTC';
ALTER TABLE public.projects ALTER COLUMN due_at TYPE timestamptz;`,
    },
    {
      name: 'any type change on a table created earlier in the same file',
      sql: `CREATE TABLE public.invoices (id bigint PRIMARY KEY, amount integer NOT NULL);
ALTER TABLE public.invoices ALTER COLUMN amount TYPE bigint;`,
    },
    {
      name: 'the same type spelled differently changes nothing',
      history: [projects],
      sql: 'ALTER TABLE public.projects ALTER COLUMN member_count TYPE int4;',
    },
    {
      name: 'text or varchar to citext and back keeps the rows: with no index on the column it is catalog-only',
      history: [
        `create extension if not exists citext with schema extensions;
create table public.contacts (id bigint primary key, email text, website varchar(200), notes text);
create index contacts_notes_idx on public.contacts (id) include (notes);`,
      ],
      sql: `ALTER TABLE public.contacts ALTER COLUMN email TYPE extensions.citext;
ALTER TABLE public.contacts ALTER COLUMN website TYPE extensions.citext;
ALTER TABLE public.contacts ALTER COLUMN email TYPE text;
-- an INCLUDE column has no operator class: its index is kept
ALTER TABLE public.contacts ALTER COLUMN notes TYPE extensions.citext;`,
    },
  ],
  invalid: [
    {
      name: 'text to citext rebuilds the indexes that use the column (key, expression, predicate), not the table',
      history: [
        `create extension if not exists citext with schema extensions;
create table public.members (id bigint primary key, email text, handle text, bio text);
create unique index members_email_key on public.members (email);
create index members_handle_lower_idx on public.members (lower(handle));`,
      ],
      sql: `ALTER TABLE public.members ALTER COLUMN email TYPE extensions.citext;
ALTER TABLE public.members ALTER COLUMN handle TYPE citext;
ALTER TABLE public.members ALTER COLUMN bio TYPE citext;
ALTER TABLE public.members ALTER COLUMN email TYPE varchar(100);`,
      errors: [
        {
          line: 1,
          severity: 'error',
          message:
            "ALTER COLUMN public.members.email TYPE text -> citext keeps the rows (the cast is binary-coercible) but changes the column's operator class, so Postgres rebuilds index members_email_key under an ACCESS EXCLUSIVE lock",
        },
        { line: 2, severity: 'error', message: 'rebuilds index members_handle_lower_idx under' },
        {
          line: 4,
          severity: 'error',
          message: 'TYPE citext -> varchar(100) rewrites public.members',
        },
      ],
    },
    {
      name: 'integer to bigint rewrites the table',
      history: [projects],
      sql: `-- counts overflow for the largest workspaces
ALTER TABLE public.projects ALTER COLUMN member_count TYPE bigint;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            'ALTER COLUMN public.projects.member_count TYPE integer -> bigint rewrites public.projects and rebuilds its indexes under an ACCESS EXCLUSIVE lock',
          fix: /^ALTER TABLE public\.projects ADD COLUMN member_count_new bigint; {2}-- instant\n-- keep member_count_new in step with a trigger/,
        },
      ],
    },
    {
      name: 'shrinking a varchar and adding a limit to text check every row',
      history: [projects],
      sql: `ALTER TABLE public.projects ALTER COLUMN name TYPE varchar(40);
ALTER TABLE public.projects ALTER COLUMN description TYPE varchar(500);`,
      errors: [
        {
          line: 1,
          severity: 'error',
          message: 'TYPE varchar(80) -> varchar(40) rewrites public.projects',
        },
        {
          line: 2,
          severity: 'error',
          message: 'TYPE text -> varchar(500) rewrites',
          fix: 'ADD COLUMN description_new varchar(500);',
        },
      ],
    },
    {
      name: 'char(n) to text strips padding, and a scale change converts values',
      history: [projects],
      sql: `ALTER TABLE public.projects ALTER COLUMN code TYPE text;
ALTER TABLE public.projects ALTER COLUMN budget TYPE numeric(12,4);`,
      lines: [1, 2],
    },
    {
      name: 'timestamp to timestamptz without a UTC session',
      history: [projects],
      sql: 'ALTER TABLE public.projects ALTER COLUMN due_at TYPE timestamptz;',
      errors: [
        {
          line: 1,
          severity: 'error',
          message:
            'skips the rewrite only when the session TimeZone is UTC; in any other zone it rewrites public.projects',
          fix: "SET LOCAL timezone = 'UTC';  -- makes the change catalog-only (Postgres 12+)\nALTER TABLE public.projects ALTER COLUMN due_at TYPE timestamptz;",
        },
      ],
    },
    {
      name: 'timestamp to timestamptz before Postgres 12 always rewrites',
      history: [projects],
      options: { pgVersion: 11 },
      sql: `SET timezone = 'UTC';
ALTER TABLE public.projects ALTER COLUMN due_at TYPE timestamptz;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message: 'TYPE timestamp -> timestamptz rewrites public.projects',
          fix: 'ALTER TABLE public.projects ADD COLUMN due_at_new timestamptz;',
        },
      ],
    },
    {
      name: 'a USING expression converts every row',
      history: [projects],
      sql: `ALTER TABLE public.projects
  ALTER COLUMN name TYPE text USING lower(name);`,
      lines: [1],
    },
    {
      name: 'a table the migrations do not know: the old type is unknown',
      sql: 'ALTER TABLE public.profiles ALTER COLUMN username TYPE varchar(64);',
      errors: [
        {
          line: 1,
          severity: 'error',
          message:
            "the column's current type is unknown to the migrations, so this may rewrite the table",
        },
      ],
    },
  ],
};
