import type { RuleCases } from '../rule-cases.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'index on a table created earlier in the same file',
      sql: `CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);
CREATE INDEX projects_workspace_idx ON projects (workspace_id);`,
    },
    {
      name: 'concurrent index on an existing table',
      history: ['CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);'],
      sql: 'CREATE INDEX CONCURRENTLY projects_workspace_idx ON projects (workspace_id);',
    },
    {
      name: 'index on a partitioned parent (cannot be concurrent)',
      history: ['CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);'],
      sql: 'CREATE INDEX events_at_idx ON events (at);',
    },
    {
      name: 'IF NOT EXISTS repeating an index an earlier migration built (a no-op)',
      history: [
        'CREATE TABLE invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);',
        'CREATE INDEX IF NOT EXISTS invoices_workspace_idx ON invoices (workspace_id);',
      ],
      sql: 'CREATE INDEX IF NOT EXISTS invoices_workspace_idx ON invoices (workspace_id);',
    },
  ],
  invalid: [
    {
      name: 'plain index on a table from an earlier migration',
      history: ['CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);'],
      sql: `-- speed up tenant lookups
CREATE INDEX projects_workspace_idx
  ON projects (workspace_id);`,
      lines: [2],
    },
    {
      name: 'unique index on a table the schema does not know (it existed before)',
      sql: 'CREATE UNIQUE INDEX users_email_key ON auth_users (email);',
      lines: [1],
    },
    {
      name: 'IF NOT EXISTS with a name the history does not hold still builds',
      history: [
        'CREATE TABLE invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);',
        'CREATE INDEX invoices_workspace_idx ON invoices (workspace_id);',
      ],
      sql: 'CREATE INDEX IF NOT EXISTS invoices_workspace_created_idx ON invoices (workspace_id, id);',
      lines: [1],
    },
  ],
};
