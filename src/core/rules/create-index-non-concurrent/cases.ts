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
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            'CREATE INDEX on existing table public.projects takes a SHARE lock: inserts, updates and deletes wait until the whole index is built.',
          fix: /^-- in a migration file of its own \(CONCURRENTLY cannot run inside a transaction block\):\nCREATE INDEX CONCURRENTLY projects_workspace_idx\n/,
        },
      ],
    },
    {
      name: 'unique index on a table the schema does not know (it existed before)',
      sql: 'CREATE UNIQUE INDEX users_email_key ON auth_users (email);',
      errors: [
        {
          line: 1,
          severity: 'error',
          message: 'CREATE INDEX on existing table public.auth_users takes a SHARE lock',
          fix: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON auth_users (email);',
        },
      ],
    },
    {
      name: 'IF NOT EXISTS with a name the history does not hold still builds',
      history: [
        'CREATE TABLE invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);',
        'CREATE INDEX invoices_workspace_idx ON invoices (workspace_id);',
      ],
      sql: 'CREATE INDEX IF NOT EXISTS invoices_workspace_created_idx ON invoices (workspace_id, id);',
      errors: [
        {
          line: 1,
          severity: 'error',
          fix: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_workspace_created_idx ON invoices (workspace_id, id);',
        },
      ],
    },
    {
      name: 'a second statement on a line is reported at its own column',
      history: ['CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);'],
      sql: "SET lock_timeout = '1s'; CREATE INDEX projects_workspace_idx ON projects (workspace_id);",
      errors: [{ line: 1, column: 26, severity: 'error' }],
    },
    {
      name: 'a severity set in the config is the one reported',
      history: ['CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);'],
      options: { rules: { 'create-index-non-concurrent': 'warning' } },
      sql: 'CREATE INDEX projects_workspace_idx ON projects (workspace_id);',
      errors: [{ line: 1, severity: 'warning', message: 'takes a SHARE lock' }],
    },
  ],
};
