import type { RuleCases } from '../rule-cases.ts';

const projects = `CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  name text NOT NULL
);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;`;

const auditLog = 'CREATE TABLE public.audit_log (id bigint PRIMARY KEY, event text NOT NULL);';

export const cases: RuleCases = {
  valid: [
    {
      name: 'rename with a security_invoker compatibility view in the same file',
      history: [projects],
      sql: `ALTER TABLE public.projects RENAME TO workspace_projects;
CREATE VIEW public.projects WITH (security_invoker = true)
  AS SELECT * FROM public.workspace_projects;`,
    },
    {
      name: 'compatibility view made security_invoker by a later ALTER VIEW',
      history: [projects],
      sql: `ALTER TABLE projects RENAME TO workspace_projects;
CREATE VIEW projects AS SELECT id, workspace_id, name FROM workspace_projects;
ALTER VIEW projects SET (security_invoker = on);`,
    },
    {
      name: 'plain compatibility view over a table without row-level security',
      history: [auditLog],
      sql: `ALTER TABLE public.audit_log RENAME TO audit_events;
CREATE VIEW public.audit_log AS SELECT * FROM public.audit_events;`,
    },
    {
      name: 'table created earlier in the same file',
      sql: `CREATE TABLE public.invoice_lines_new (id bigint PRIMARY KEY, invoice_id bigint NOT NULL);
ALTER TABLE public.invoice_lines_new RENAME TO invoice_lines;`,
    },
    {
      name: 'ALTER TABLE IF EXISTS on a table no migration created',
      sql: 'ALTER TABLE IF EXISTS public.tmp_projects_copy RENAME TO projects_backup;',
    },
    {
      name: 'renaming a column is rename-column, not rename-table',
      history: [projects],
      sql: 'ALTER TABLE public.projects RENAME COLUMN name TO title;',
    },
  ],
  invalid: [
    {
      name: 'table from an earlier migration, no compatibility view',
      history: [projects],
      sql: `-- projects belong to workspaces
ALTER TABLE public.projects RENAME TO workspace_projects;`,
      lines: [2],
    },
    {
      name: 'pg_dump style ALTER TABLE ONLY on a table the schema does not know',
      sql: `SET search_path = '';
ALTER TABLE ONLY public.profiles RENAME TO user_profiles;`,
      lines: [2],
    },
    {
      name: 'compatibility view without security_invoker over a table with row-level security',
      history: [projects],
      sql: `ALTER TABLE public.projects RENAME TO workspace_projects;
CREATE VIEW public.projects AS SELECT * FROM public.workspace_projects;`,
      lines: [1],
    },
    {
      name: 'a view with the old name that filters rows is not a compatibility view',
      history: [auditLog],
      sql: `ALTER TABLE public.audit_log RENAME TO audit_events;
CREATE VIEW public.audit_log AS SELECT * FROM public.audit_events WHERE event <> 'login';`,
      lines: [1],
    },
    {
      name: 'table swap: a rebuilt table takes the old name',
      history: [auditLog],
      sql: `CREATE TABLE public.audit_log_new (id bigint PRIMARY KEY, event text NOT NULL, at timestamptz);
INSERT INTO public.audit_log_new (id, event) SELECT id, event FROM public.audit_log;
ALTER TABLE public.audit_log RENAME TO audit_log_old;
ALTER TABLE public.audit_log_new RENAME TO audit_log;`,
      lines: [3],
    },
    {
      name: 'renaming an existing view',
      history: [
        `${projects}
CREATE VIEW public.project_names WITH (security_invoker = true) AS SELECT id, name FROM public.projects;`,
      ],
      sql: 'ALTER VIEW public.project_names RENAME TO project_titles;',
      lines: [1],
    },
  ],
};
