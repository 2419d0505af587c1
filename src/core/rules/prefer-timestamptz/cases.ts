import type { RuleCases } from '../rule-cases.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'timestamptz columns',
      sql: `CREATE TABLE public.workspaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamp with time zone
);`,
    },
    {
      name: 'date and time columns are not timestamps',
      history: ['CREATE TABLE public.invoices (id bigint PRIMARY KEY);'],
      sql: `ALTER TABLE public.invoices
  ADD COLUMN due_on date,
  ADD COLUMN send_at_local time;`,
    },
    {
      name: 'converting a timestamp column to timestamptz',
      history: ['CREATE TABLE public.documents (id bigint PRIMARY KEY, indexed_at timestamp);'],
      sql: `ALTER TABLE public.documents
  ALTER COLUMN indexed_at TYPE timestamptz USING indexed_at AT TIME ZONE 'UTC';`,
    },
    {
      name: 'CREATE TABLE IF NOT EXISTS of a table that already exists defines nothing',
      history: ['CREATE TABLE public.audit_log (id bigint PRIMARY KEY, at timestamp);'],
      sql: 'CREATE TABLE IF NOT EXISTS public.audit_log (id bigint PRIMARY KEY, at timestamp);',
    },
    {
      name: 'timestamp columns written by earlier files are not re-reported',
      history: ['CREATE TABLE public.audit_log (id bigint PRIMARY KEY, at timestamp);'],
      sql: 'ALTER TABLE public.audit_log ADD COLUMN actor uuid;',
    },
  ],
  invalid: [
    {
      name: 'timestamp columns of a new table, reported at each column',
      sql: `CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at timestamp NOT NULL DEFAULT now(),
  updated_at timestamptz,
  deleted_at timestamp(3) without time zone
);`,
      lines: [3, 5],
    },
    {
      name: 'ADD COLUMN on an existing table, pg_dump style',
      history: ['CREATE TABLE public.workspace_members (workspace_id uuid, user_id uuid);'],
      sql: `SET search_path = '';
ALTER TABLE ONLY public.workspace_members
  ADD COLUMN joined_at timestamp;`,
      lines: [3],
    },
    {
      name: 'ALTER COLUMN TYPE to timestamp',
      history: ['CREATE TABLE public.invoices (id bigint PRIMARY KEY, paid_at text);'],
      sql: 'ALTER TABLE public.invoices ALTER COLUMN paid_at TYPE timestamp USING paid_at::timestamp;',
      lines: [1],
    },
    {
      name: 'timestamp array in a DO block',
      sql: `DO $$
BEGIN
  CREATE TABLE IF NOT EXISTS public.reminders (id bigint PRIMARY KEY, fire_at timestamp[]);
END $$;`,
      lines: [3],
    },
  ],
};
