import type { HistoryRuleCases } from '../rule-cases.ts';

const documents = `create table public.documents (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null,
  body text not null
);
`;

const embeddings = `create extension if not exists vector with schema extensions;
alter table public.documents add column embedding extensions.vector(1536);
`;

const billing = `alter table public.workspaces add column billing_email text;
`;

export const cases: HistoryRuleCases = {
  history: [
    {
      name: 'the new migration sorts after the newest one on the base ref',
      base: { '20250305101500_documents.sql': documents },
      files: {
        '20250305101500_documents.sql': documents,
        '20250311143000_document_embeddings.sql': embeddings,
      },
      expect: [],
    },
    {
      name: 'without --base there is no newest applied version to compare with',
      files: {
        '20250311143000_document_embeddings.sql': embeddings,
        '20250101000000_billing_email.sql': billing,
      },
      expect: [],
    },
    {
      name: 'a shorter version that is smaller as a number but larger as text is in order',
      base: { '20250305101500_documents.sql': documents },
      files: {
        '20250305101500_documents.sql': documents,
        '202503060900_billing_email.sql': billing,
      },
      expect: [],
    },
    {
      name: 'renamed without a new version: production already has it',
      base: {
        '20250101000000_billing.sql': billing,
        '20250305101500_documents.sql': documents,
      },
      files: {
        '20250101000000_billing_email.sql': billing,
        '20250305101500_documents.sql': documents,
      },
      expect: [],
    },
    {
      name: 'a branch written before the last merge: its timestamp is older',
      base: {
        '20250305101500_documents.sql': documents,
        '20250311143000_document_embeddings.sql': embeddings,
      },
      files: {
        '20250305101500_documents.sql': documents,
        '20250308170000_billing_email.sql': billing,
        '20250311143000_document_embeddings.sql': embeddings,
      },
      expect: [
        {
          file: '20250308170000_billing_email.sql',
          line: 1,
          severity: 'error',
          message:
            'Version 20250308170000 sorts before 20250311143000 (20250311143000_document_embeddings.sql), the newest migration on the base ref; versions compare as text.',
          fix: 'git mv supabase/migrations/20250308170000_billing_email.sql supabase/migrations/20250311143001_billing_email.sql',
        },
      ],
    },
    {
      name: 'a longer version that is larger as a number but smaller as text',
      base: { '20250305101500_documents.sql': documents },
      files: {
        '20250305101500_documents.sql': documents,
        '1000000000000000_billing_email.sql': billing,
      },
      expect: [
        {
          file: '1000000000000000_billing_email.sql',
          line: 1,
          message: 'Version 1000000000000000 sorts before 20250305101500',
          fix: 'supabase/migrations/20250305101501_billing_email.sql',
        },
      ],
    },
    {
      name: 'two late files, and one in order',
      base: { '20250311143000_document_embeddings.sql': embeddings },
      files: {
        '20250301000000_documents.sql': documents,
        '20250302000000_billing_email.sql': billing,
        '20250311143000_document_embeddings.sql': embeddings,
        '20250320000000_documents_index.sql':
          'create index concurrently documents_workspace_idx on public.documents (workspace_id);\n',
      },
      expect: [
        // Each late file gets its own new version, one after the other.
        {
          file: '20250301000000_documents.sql',
          line: 1,
          fix: 'supabase/migrations/20250311143001_documents.sql',
        },
        {
          file: '20250302000000_billing_email.sql',
          line: 1,
          fix: 'supabase/migrations/20250311143002_billing_email.sql',
        },
      ],
    },
  ],
};
