import type { RuleCases } from '../rule-cases.ts';

const members = `CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL,
  user_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, user_id)
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'NOT NULL with a constant DEFAULT on an existing table',
      history: [members],
      sql: `ALTER TABLE public.workspace_members ADD COLUMN role text NOT NULL DEFAULT 'member';`,
    },
    {
      name: 'NOT NULL without a default on a table created earlier in the same file',
      sql: `CREATE TABLE public.projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);
ALTER TABLE public.projects ADD COLUMN name text NOT NULL;`,
    },
    {
      name: 'a column added NOT NULL with a default in the same file as its CREATE TABLE',
      sql: `CREATE TABLE public.projects (id bigint PRIMARY KEY);
ALTER TABLE public.projects ADD COLUMN status text NOT NULL DEFAULT 'active';`,
    },
    {
      name: 'identity, serial and generated columns have values for every row',
      history: [members],
      sql: `ALTER TABLE public.workspace_members
  ADD COLUMN id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,
  ADD COLUMN seq bigserial NOT NULL,
  ADD COLUMN label text NOT NULL GENERATED ALWAYS AS (workspace_id::text || ':' || user_id::text) STORED;`,
    },
    {
      name: 'nullable column without a default',
      history: [members],
      sql: 'ALTER TABLE public.workspace_members ADD COLUMN invited_by uuid;',
    },
  ],
  invalid: [
    {
      name: 'NOT NULL without a default on a table from an earlier migration',
      history: [members],
      sql: `-- every member needs a role
ALTER TABLE public.workspace_members
  ADD COLUMN role text NOT NULL;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            'ADD COLUMN role text NOT NULL on existing table public.workspace_members has no DEFAULT: the migration fails ("column contains null values") as soon as the table holds a row',
          fix: 'ALTER TABLE public.workspace_members ADD COLUMN role text NOT NULL DEFAULT <constant>;',
        },
      ],
    },
    {
      name: 'DEFAULT NULL is no default at all',
      history: [members],
      sql: 'ALTER TABLE public.workspace_members ADD COLUMN role text NOT NULL DEFAULT NULL;',
      lines: [1],
    },
    {
      name: 'a primary key column implies NOT NULL',
      sql: 'ALTER TABLE public.audit_log ADD COLUMN id uuid PRIMARY KEY;',
      errors: [
        {
          line: 1,
          severity: 'error',
          message:
            'ADD COLUMN id uuid PRIMARY KEY on existing table public.audit_log has no DEFAULT',
          fix: 'ALTER TABLE public.audit_log ADD COLUMN id uuid NOT NULL DEFAULT <constant>;',
        },
      ],
    },
    {
      name: 'pg_dump style: ALTER TABLE ONLY with a fully qualified name, table unknown to the model',
      sql: `SET search_path = '';
ALTER TABLE ONLY public.subscriptions ADD COLUMN plan_id bigint NOT NULL;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message: 'ADD COLUMN plan_id bigint NOT NULL on existing table public.subscriptions',
          fix: 'ALTER TABLE public.subscriptions ADD COLUMN plan_id bigint NOT NULL DEFAULT <constant>;',
        },
      ],
    },
  ],
};
