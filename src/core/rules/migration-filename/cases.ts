import type { HistoryRuleCases } from '../rule-cases.ts';

const members = `create table public.workspace_members (
  workspace_id uuid not null,
  user_id uuid not null,
  primary key (workspace_id, user_id)
);
`;

const policy = `create policy "members read their workspace" on public.projects
  for select to authenticated
  using (workspace_id in (select workspace_id from public.workspace_members where user_id = auth.uid()));
`;

export const cases: HistoryRuleCases = {
  history: [
    {
      name: 'CLI-style names, and files that are plainly not migrations',
      files: {
        '.gitkeep': '',
        'README.md': '# Migrations\n\nCreate new ones with `supabase migration new <name>`.\n',
        '20250110090000_workspace_members.sql': members,
        '20250214093000_project_policies.sql': policy,
      },
      expect: [],
    },
    {
      name: 'date-like versions still match the pattern (digits, then _)',
      files: {
        '2025_01_10_workspace_members.sql': members,
        '1_project_policies.sql': policy,
      },
      expect: [],
    },
    {
      name: 'an old init file that is not the first entry of the directory runs',
      files: {
        '.gitkeep': '',
        '20211101000000_init.sql': members,
      },
      expect: [],
    },
    {
      name: 'names the CLI skips',
      files: {
        '20250110090000workspace_members.sql': members,
        '20250214093000_project_policies.SQL': policy,
        '20250214093000_project_policies.sql.bak': policy,
        'V2__project_policies.sql': policy,
        'init.sql': members,
        '2025-03-01-members.sql': members,
      },
      expect: [
        { file: '2025-03-01-members.sql', line: 1 },
        {
          file: '20250110090000workspace_members.sql',
          line: 1,
          severity: 'error',
          message: 'the version must be digits only, followed by `_` and the name',
          fix: 'git mv supabase/migrations/20250110090000workspace_members.sql supabase/migrations/<YYYYMMDDHHMMSS>_workspace_members.sql',
        },
        {
          file: '20250214093000_project_policies.SQL',
          line: 1,
          message: 'the extension must be `.sql` in lower case',
        },
        {
          file: '20250214093000_project_policies.sql.bak',
          line: 1,
          message: 'it ends in `.bak`, not `.sql`',
        },
        { file: 'V2__project_policies.sql', line: 1, message: 'this is a Flyway-style name' },
        { file: 'init.sql', line: 1, message: 'the name has no version' },
      ],
    },
    {
      name: 'names that match the pattern but not the one definition of a version and name',
      files: {
        '202502140930001234567890123456789_too_long.sql': policy,
        '20250214093000_line\u2028separator.sql': policy,
        [`20250214093001_${'x'.repeat(201)}.sql`]: members,
      },
      expect: [
        {
          file: '202502140930001234567890123456789_too_long.sql',
          line: 1,
          message: 'the version has 33 digits; at most 32 are allowed',
        },
        {
          file: '20250214093000_line\u2028separator.sql',
          line: 1,
          message: 'the name contains U+2028',
          fix: '<YYYYMMDDHHMMSS>_line_separator.sql',
        },
        {
          file: `20250214093001_${'x'.repeat(201)}.sql`,
          line: 1,
          message: 'the name is 201 bytes of UTF-8; at most 200 are allowed',
        },
      ],
    },
    {
      name: 'two files with one version',
      files: {
        '20250214093000_project_policies.sql': policy,
        '20250214093000_workspace_members.sql': members,
      },
      expect: [{ file: '20250214093000_workspace_members.sql', line: 1 }],
    },
    {
      name: 'a new file reuses the version of an applied one: the new file is blamed',
      base: { '20250214093000_workspace_members.sql': members },
      files: {
        '20250214093000_add_project_policies.sql': policy,
        '20250214093000_workspace_members.sql': members,
      },
      expect: [
        {
          file: '20250214093000_add_project_policies.sql',
          line: 1,
          severity: 'error',
          message: 'Version 20250214093000 is also used by 20250214093000_workspace_members.sql.',
          fix: 'git mv supabase/migrations/20250214093000_add_project_policies.sql supabase/migrations/<a new YYYYMMDDHHMMSS>_add_project_policies.sql',
        },
      ],
    },
    {
      name: 'a legacy init file first in the directory is skipped by the CLI',
      files: {
        '20211101000000_init.sql': members,
        '20250214093000_project_policies.sql': policy,
      },
      expect: [
        {
          file: '20211101000000_init.sql',
          line: 1,
          message:
            'older than 20211209000000 is treated as a legacy initial schema and not applied',
          fix: 'git mv supabase/migrations/20211101000000_init.sql supabase/migrations/20211101000000_initial_schema.sql',
        },
      ],
    },
  ],
};
