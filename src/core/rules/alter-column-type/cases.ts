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
  ],
  invalid: [
    {
      name: 'integer to bigint rewrites the table',
      history: [projects],
      sql: `-- counts overflow for the largest workspaces
ALTER TABLE public.projects ALTER COLUMN member_count TYPE bigint;`,
      lines: [2],
    },
    {
      name: 'shrinking a varchar and adding a limit to text check every row',
      history: [projects],
      sql: `ALTER TABLE public.projects ALTER COLUMN name TYPE varchar(40);
ALTER TABLE public.projects ALTER COLUMN description TYPE varchar(500);`,
      lines: [1, 2],
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
      lines: [1],
    },
    {
      name: 'timestamp to timestamptz before Postgres 12 always rewrites',
      history: [projects],
      options: { pgVersion: 11 },
      sql: `SET timezone = 'UTC';
ALTER TABLE public.projects ALTER COLUMN due_at TYPE timestamptz;`,
      lines: [2],
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
      lines: [1],
    },
  ],
};
