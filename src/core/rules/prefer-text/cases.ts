import type { RuleCases } from '../rule-cases.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'text with a length check',
      sql: `CREATE TABLE public.workspaces (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (char_length(name) <= 120)
);`,
    },
    {
      name: 'varchar without a limit is text under another name',
      history: ['CREATE TABLE public.projects (id bigint PRIMARY KEY);'],
      sql: 'ALTER TABLE public.projects ADD COLUMN slug varchar;',
    },
    {
      name: 'the internal "char" type is not char(n)',
      sql: `CREATE TABLE public.document_flags (document_id bigint PRIMARY KEY, kind "char" NOT NULL);`,
    },
    {
      name: 'converting varchar(n) to text',
      history: ['CREATE TABLE public.invoices (id bigint PRIMARY KEY, number varchar(32));'],
      sql: 'ALTER TABLE public.invoices ALTER COLUMN number TYPE text;',
    },
  ],
  invalid: [
    {
      name: 'varchar(n) and char(n) columns of a new table',
      sql: `CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number varchar(32) NOT NULL,
  currency char(3) NOT NULL,
  memo text,
  kind character
);`,
      lines: [3, 4, 6],
    },
    {
      name: 'ADD COLUMN varchar(n) on an existing table, pg_dump style',
      history: ['CREATE TABLE public.workspace_members (workspace_id uuid, user_id uuid);'],
      sql: `SET search_path = '';
ALTER TABLE ONLY public.workspace_members
  ADD COLUMN display_name character varying(80);`,
      lines: [3],
    },
    {
      name: 'ALTER COLUMN TYPE varchar(n)',
      history: ['CREATE TABLE public.projects (id bigint PRIMARY KEY, slug text);'],
      sql: 'ALTER TABLE public.projects ALTER COLUMN slug TYPE varchar(64);',
      lines: [1],
    },
  ],
};
