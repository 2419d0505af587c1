import type { RuleCases } from '../rule-cases.ts';

const members = `CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL,
  user_id uuid NOT NULL,
  role text NOT NULL DEFAULT 'member',
  PRIMARY KEY (workspace_id, user_id)
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'column of a table created earlier in the same file',
      sql: `CREATE TABLE public.project_invites (id bigint PRIMARY KEY, email text NOT NULL);
ALTER TABLE public.project_invites RENAME COLUMN email TO invitee_email;`,
    },
    {
      name: 'column added earlier in the same file',
      history: [members],
      sql: `ALTER TABLE public.workspace_members ADD COLUMN invited_by uuid;
ALTER TABLE public.workspace_members RENAME COLUMN invited_by TO inviter_id;`,
    },
    {
      name: 'expand step: add the new column instead of renaming',
      history: [members],
      sql: `ALTER TABLE public.workspace_members ADD COLUMN member_role text;
UPDATE public.workspace_members SET member_role = role WHERE member_role IS NULL;`,
    },
    {
      name: 'ALTER TABLE IF EXISTS on a table no migration created',
      sql: 'ALTER TABLE IF EXISTS public.tmp_members RENAME COLUMN uid TO user_id;',
    },
    {
      name: 'renaming a constraint is not renaming a column',
      history: [members],
      sql: 'ALTER TABLE public.workspace_members RENAME CONSTRAINT workspace_members_pkey TO members_pkey;',
    },
  ],
  invalid: [
    {
      name: 'column of a table from an earlier migration',
      history: [members],
      sql: `ALTER TABLE public.workspace_members
  RENAME COLUMN role TO member_role;`,
      lines: [1],
    },
    {
      name: 'pg_dump style ALTER TABLE ONLY',
      history: [members],
      sql: `SET search_path = '';
ALTER TABLE ONLY public.workspace_members RENAME COLUMN user_id TO member_id;`,
      lines: [2],
    },
    {
      name: 'table the schema does not know (it existed before)',
      sql: 'ALTER TABLE public.profiles RENAME COLUMN full_name TO display_name;',
      lines: [1],
    },
    {
      name: 'column of an existing view',
      history: [
        `${members}
CREATE VIEW public.member_roles AS SELECT user_id, role FROM public.workspace_members;`,
      ],
      sql: 'ALTER VIEW public.member_roles RENAME COLUMN role TO member_role;',
      lines: [1],
    },
  ],
};
