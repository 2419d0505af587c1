import type { RuleCases } from '../rule-cases.ts';

const members = `CREATE TABLE public.workspace_members (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  user_id uuid NOT NULL,
  email text
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'USING INDEX after a concurrent build in an earlier file',
      history: [
        members,
        'CREATE UNIQUE INDEX CONCURRENTLY workspace_members_member_key ON public.workspace_members (workspace_id, user_id);',
      ],
      sql: `ALTER TABLE public.workspace_members
  ADD CONSTRAINT workspace_members_member_key UNIQUE USING INDEX workspace_members_member_key;`,
    },
    {
      name: 'UNIQUE on a table created earlier in the same file',
      sql: `CREATE TABLE public.api_keys (id bigint PRIMARY KEY, prefix text NOT NULL);
ALTER TABLE public.api_keys ADD CONSTRAINT api_keys_prefix_key UNIQUE (prefix);`,
    },
    {
      name: 'pg_dump style: ALTER TABLE ONLY after CREATE TABLE in the same file',
      sql: `CREATE TABLE IF NOT EXISTS public.invites (id uuid NOT NULL, token text NOT NULL);
ALTER TABLE ONLY public.invites ADD CONSTRAINT invites_token_key UNIQUE (token);`,
    },
    {
      name: 'a new column without UNIQUE',
      history: [members],
      sql: 'ALTER TABLE public.workspace_members ADD COLUMN invite_token text;',
    },
  ],
  invalid: [
    {
      name: 'ADD CONSTRAINT UNIQUE on a table from an earlier migration',
      history: [members],
      sql: `-- one membership per user and workspace
ALTER TABLE public.workspace_members
  ADD CONSTRAINT workspace_members_member_key UNIQUE (workspace_id, user_id);`,
      lines: [2],
    },
    {
      name: 'unnamed UNIQUE NULLS NOT DISTINCT',
      history: [members],
      sql: 'ALTER TABLE public.workspace_members ADD UNIQUE NULLS NOT DISTINCT (workspace_id, email);',
      lines: [1],
    },
    {
      name: 'ADD COLUMN ... UNIQUE builds the index too, even though every value is NULL',
      history: [members],
      sql: 'ALTER TABLE public.workspace_members ADD COLUMN invite_token text UNIQUE;',
      lines: [1],
    },
    {
      name: 'a table the migrations do not know',
      sql: 'ALTER TABLE public.profiles ADD CONSTRAINT profiles_username_key UNIQUE (username);',
      lines: [1],
    },
  ],
};
