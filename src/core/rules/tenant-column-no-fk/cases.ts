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
      name: 'a composite foreign key that carries the tenant column',
      history: [
        workspaces,
        `CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  UNIQUE (workspace_id, id)
);`,
      ],
      sql: `CREATE TABLE public.tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  project_id bigint NOT NULL,
  FOREIGN KEY (workspace_id, project_id) REFERENCES public.projects (workspace_id, id)
);`,
    },
    {
      name: 'the tenant table itself: its tenant column is its own generated key',
      sql: `CREATE TABLE public.tenants (
  tenant_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL
);`,
    },
    {
      name: 'foreign key added NOT VALID after the column, in the same file',
      history: [workspaces, 'CREATE TABLE public.invoices (id bigint PRIMARY KEY);'],
      sql: `ALTER TABLE public.invoices ADD COLUMN workspace_id uuid;
ALTER TABLE public.invoices ADD CONSTRAINT invoices_workspace_id_fkey
  FOREIGN KEY (workspace_id) REFERENCES public.workspaces (id) NOT VALID;`,
    },
    {
      name: 'a tenant column without a key from an earlier file, other columns altered here',
      history: [
        'CREATE TABLE public.comments (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);',
      ],
      sql: 'ALTER TABLE public.comments ADD COLUMN body text;',
    },
  ],
  invalid: [
    {
      name: 'a new table whose tenant column references nothing',
      history: [workspaces],
      sql: `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  title text NOT NULL
);`,
      lines: [3],
    },
    {
      name: 'the fix points at the tenant table under its new name after RENAME TO and RENAME COLUMN',
      history: [
        workspaces,
        'CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL REFERENCES public.workspaces (id));',
        `ALTER TABLE public.workspaces RENAME TO teams;
ALTER TABLE public.teams RENAME COLUMN id TO team_key;`,
      ],
      sql: `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL
);`,
      errors: [{ line: 3, fix: 'REFERENCES public.teams (team_key)' }],
    },
    {
      name: 'the foreign key of an existing tenant column dropped',
      history: [
        workspaces,
        'CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL REFERENCES public.workspaces (id));',
      ],
      sql: 'ALTER TABLE public.invoices DROP CONSTRAINT invoices_workspace_id_fkey;',
      lines: [1],
    },
    {
      name: 'tenant column added to a table created in an earlier file',
      history: [
        workspaces,
        'CREATE TABLE public.embeddings (id bigint PRIMARY KEY, document_id bigint NOT NULL);',
      ],
      sql: `ALTER TABLE public.embeddings ADD COLUMN workspace_id uuid;
CREATE INDEX embeddings_workspace_id_idx ON public.embeddings (workspace_id);`,
      lines: [1],
    },
    {
      name: 'a one-to-one settings table keyed by the tenant but not tied to it',
      history: [workspaces],
      sql: `CREATE TABLE public.workspace_settings (
  workspace_id uuid PRIMARY KEY,
  locale text NOT NULL DEFAULT 'en'
);`,
      lines: [2],
    },
  ],
};
