import type { RuleCases } from '../rule-cases.ts';
import { WELL_FORMED_TENANT_TABLE, WORKSPACES_TABLE } from '../tenancy-policy-fixtures.ts';

const workspaces = WORKSPACES_TABLE;

export const cases: RuleCases = {
  valid: [
    {
      name: 'tenant column NOT NULL with a foreign key and an index',
      history: [workspaces],
      sql: WELL_FORMED_TENANT_TABLE,
    },
    {
      name: 'a composite primary key leading with the tenant column',
      history: [workspaces],
      sql: `CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  user_id uuid NOT NULL REFERENCES auth.users (id),
  PRIMARY KEY (workspace_id, user_id)
);`,
    },
    {
      name: 'a composite unique constraint leading with the tenant column',
      history: [workspaces],
      sql: `CREATE TABLE public.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  number integer NOT NULL,
  UNIQUE (workspace_id, number)
);`,
    },
    {
      name: 'tenant column added to an existing table, indexed concurrently in the same file',
      history: [
        workspaces,
        'CREATE TABLE public.documents (id bigint PRIMARY KEY, title text NOT NULL);',
      ],
      sql: `ALTER TABLE public.documents ADD COLUMN workspace_id uuid REFERENCES public.workspaces (id);
CREATE INDEX CONCURRENTLY documents_workspace_id_created_idx ON public.documents (workspace_id, id);`,
    },
    {
      name: 'LIKE ... INCLUDING ALL copies the source table indexes',
      history: [
        `CREATE TABLE public.events (id bigint PRIMARY KEY, workspace_id uuid NOT NULL, at timestamptz NOT NULL);
CREATE INDEX events_workspace_id_at_idx ON public.events (workspace_id, at);`,
      ],
      sql: 'CREATE TABLE public.events_archive (LIKE public.events INCLUDING ALL);',
    },
    {
      name: 'an unindexed tenant column from an earlier file, other columns altered here',
      history: [
        'CREATE TABLE public.comments (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);',
      ],
      sql: 'ALTER TABLE public.comments ADD COLUMN body text;',
    },
    {
      name: 'an existing table without a tenant index, another of its indexes dropped (nothing lost)',
      history: [
        `CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL, number int, issued_at date);
CREATE INDEX invoices_issued_at_workspace_idx ON public.invoices (issued_at, workspace_id);
CREATE INDEX invoices_number_idx ON public.invoices (number);`,
      ],
      sql: `DROP INDEX public.invoices_number_idx;
DROP INDEX public.invoices_issued_at_workspace_idx;`,
    },
  ],
  invalid: [
    {
      name: 'a new tenant table without an index on the tenant column',
      history: [workspaces],
      sql: `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  title text NOT NULL
);`,
      lines: [3],
    },
    {
      name: 'the tenant column is only the second key of an index',
      history: [workspaces],
      sql: `CREATE TABLE public.tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id bigint NOT NULL,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id)
);
CREATE INDEX tasks_project_workspace_idx ON public.tasks (project_id, workspace_id);`,
      lines: [4],
    },
    {
      name: 'the only index on the tenant column of an existing table dropped',
      history: [
        `CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);
CREATE INDEX invoices_workspace_id_idx ON public.invoices (workspace_id);`,
      ],
      sql: `-- "unused" according to a quiet staging database
DROP INDEX CONCURRENTLY public.invoices_workspace_id_idx;`,
      lines: [2],
    },
    {
      name: 'tenant column added to a table created in an earlier file',
      history: [
        'CREATE TABLE public.embeddings (id bigint PRIMARY KEY, document_id bigint NOT NULL);',
      ],
      sql: 'ALTER TABLE public.embeddings ADD COLUMN workspace_id uuid NOT NULL;',
      lines: [1],
    },
    {
      name: 'LIKE without INCLUDING INDEXES copies the column but no index',
      history: [
        'CREATE TABLE public.events (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);\nCREATE INDEX events_ws_idx ON public.events (workspace_id);',
      ],
      sql: 'CREATE TABLE public.events_staging (LIKE public.events INCLUDING DEFAULTS);',
      lines: [1],
    },
  ],
  sameProblem: [
    {
      name: 'a foreign key on the tenant column alone lacks the same index: one finding',
      history: [workspaces],
      sql: `CREATE TABLE public.invoices (
  id bigint PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id)
);`,
      findings: [{ rule: 'tenant-column-unindexed', line: 3, also: ['unindexed-foreign-key'] }],
    },
    {
      name: 'a two-column foreign key needs another index: two findings',
      history: [
        workspaces,
        'CREATE TABLE public.projects (workspace_id uuid NOT NULL, id bigint NOT NULL, PRIMARY KEY (workspace_id, id));',
      ],
      sql: `CREATE TABLE public.tasks (
  id bigint PRIMARY KEY,
  workspace_id uuid NOT NULL,
  project_id bigint NOT NULL,
  FOREIGN KEY (project_id, workspace_id) REFERENCES public.projects (id, workspace_id)
);`,
      findings: [
        { rule: 'tenant-column-unindexed', line: 3 },
        { rule: 'unindexed-foreign-key', line: 4 },
      ],
    },
  ],
};
