import type { HistoryRuleCases } from '../rule-cases.ts';

const workspaces = `create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_at timestamptz not null default now()
);
alter table public.workspaces enable row level security;
`;

const members = `create table public.workspace_members (
  workspace_id uuid not null references public.workspaces (id),
  user_id uuid not null,
  role text not null default 'member',
  primary key (workspace_id, user_id)
);
`;

export const cases: HistoryRuleCases = {
  history: [
    {
      name: 'unchanged migrations and a new one',
      base: { '20250110090000_workspaces.sql': workspaces },
      files: {
        '20250110090000_workspaces.sql': workspaces,
        '20250214093000_workspace_members.sql': members,
      },
      expect: [],
    },
    {
      name: 'without --base nothing is known to be applied',
      files: { '20250110090000_workspaces.sql': workspaces },
      expect: [],
    },
    {
      name: 'renamed without a new version, same SQL: the CLI sees the same migration',
      base: { '20250110090000_workspaces.sql': workspaces },
      files: { '20250110090000_create_workspaces.sql': workspaces },
      expect: [],
    },
    {
      name: 'a column added to an applied migration: reported at the first changed line',
      base: { '20250110090000_workspaces.sql': workspaces },
      files: {
        '20250110090000_workspaces.sql': workspaces.replace(
          '  name text not null,\n',
          "  name text not null,\n  plan text not null default 'free',\n",
        ),
      },
      expect: [
        {
          file: '20250110090000_workspaces.sql',
          line: 4,
          column: 1,
          severity: 'error',
          message:
            'Migration 20250110090000_workspaces.sql was edited after it reached the base ref (first change at line 4). The SQL itself changed.',
          fix: 'git restore --source=<base-ref> -- supabase/migrations/20250110090000_workspaces.sql\n-- then write the change as a new migration',
        },
      ],
    },
    {
      name: 'statements appended at the end',
      base: { '20250214093000_workspace_members.sql': members },
      files: {
        '20250214093000_workspace_members.sql': `${members}create index workspace_members_user_idx on public.workspace_members (user_id);\n`,
      },
      expect: [{ file: '20250214093000_workspace_members.sql', line: 7 }],
    },
    {
      name: 'only a comment fixed: still an edit of an applied file',
      base: { '20250110090000_workspaces.sql': `-- workspaces: one per customer\n${workspaces}` },
      files: {
        '20250110090000_workspaces.sql': `-- workspaces: one per tenant organisation\n${workspaces}`,
      },
      expect: [
        {
          file: '20250110090000_workspaces.sql',
          line: 1,
          severity: 'error',
          message: 'Only comments or layout changed: the SQL does the same',
        },
      ],
    },
    {
      name: 'renamed and edited under the same version',
      base: { '20250110090000_workspaces.sql': workspaces },
      files: {
        '20250110090000_create_workspaces.sql': workspaces.replace(
          'alter table public.workspaces enable row level security;\n',
          '',
        ),
      },
      expect: [
        {
          file: '20250110090000_create_workspaces.sql',
          line: 6,
          message:
            '20250110090000_create_workspaces.sql (renamed from 20250110090000_workspaces.sql) was edited',
          fix: /^git rm supabase\/migrations\/20250110090000_create_workspaces\.sql\ngit restore --source=<base-ref> -- supabase\/migrations\/20250110090000_workspaces\.sql\n/,
        },
      ],
    },
  ],
};
