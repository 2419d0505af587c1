import type { HistoryRuleCases } from '../rule-cases.ts';

const projects = `create table public.projects (
  id bigint generated always as identity primary key,
  workspace_id uuid not null,
  title text not null
);
`;

const invoices = `create table public.invoices (
  id bigint generated always as identity primary key,
  workspace_id uuid not null,
  amount_cents bigint not null check (amount_cents >= 0)
);
`;

export const cases: HistoryRuleCases = {
  history: [
    {
      name: 'every base migration still present',
      base: { '20250120100000_projects.sql': projects },
      files: {
        '20250120100000_projects.sql': projects,
        '20250301120000_invoices.sql': invoices,
      },
      expect: [],
    },
    {
      name: 'renamed without a new version: the CLI matches versions only',
      base: { '20250120100000_projects.sql': projects },
      files: { '20250120100000_create_projects.sql': projects },
      expect: [],
    },
    {
      name: 'a misnamed file on the base ref never ran, so deleting it is fine',
      base: { '20250120100000_projects.sql': projects, 'projects_draft.sql': projects },
      files: { '20250120100000_projects.sql': projects },
      expect: [],
    },
    {
      name: 'without --base nothing is known to be deleted',
      files: { '20250301120000_invoices.sql': invoices },
      expect: [],
    },
    {
      name: 'an applied migration deleted',
      base: {
        '20250120100000_projects.sql': projects,
        '20250301120000_invoices.sql': invoices,
      },
      files: { '20250120100000_projects.sql': projects },
      expect: [
        {
          file: '20250301120000_invoices.sql',
          line: 1,
          column: 1,
          severity: 'error',
          message:
            "Migration 20250301120000_invoices.sql is on the base ref but deleted here. Production's history table (supabase_migrations.schema_migrations) still lists version 20250301120000, so `supabase db push` stops",
          fix: /^git restore --source=<base-ref> -- supabase\/migrations\/20250301120000_invoices\.sql\n-- to undo what it did, add a new migration that reverses it: supabase migration new revert_invoices$/,
        },
      ],
    },
    {
      name: 'renamed to a new version: a deletion plus a re-run of the same SQL',
      base: { '20250301120000_invoices.sql': invoices },
      files: { '20250402080000_invoices.sql': invoices },
      expect: [
        {
          file: '20250301120000_invoices.sql',
          line: 1,
          severity: 'error',
          message:
            /was renamed to 20250402080000_invoices\.sql: .* production would see version 20250402080000 as new and run the same SQL a second time\.$/,
          fix: 'git mv supabase/migrations/20250402080000_invoices.sql supabase/migrations/20250301120000_invoices.sql',
        },
      ],
    },
    {
      name: 'two applied migrations squashed into one new file',
      base: {
        '20250120100000_projects.sql': projects,
        '20250301120000_invoices.sql': invoices,
      },
      files: { '20250402080000_squashed.sql': `${projects}${invoices}` },
      expect: [
        { file: '20250120100000_projects.sql', line: 1 },
        { file: '20250301120000_invoices.sql', line: 1 },
      ],
    },
  ],
};
