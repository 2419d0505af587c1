import type { RuleCases } from '../rule-cases.ts';

const projects = `CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  name text NOT NULL
);
CREATE INDEX projects_workspace_idx ON public.projects (workspace_id);
INSERT INTO public.projects (workspace_id, name) VALUES ('6f1c2a7e-8a53-4a43-9b1b-0c3a1d2e4f50', 'Onboarding');`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'plain VACUUM does not rewrite',
      history: [projects],
      sql: 'VACUUM (ANALYZE) public.projects;',
    },
    {
      name: 'staging table created and made unlogged in the same file',
      sql: `CREATE TABLE public.import_rows (line_no int, payload jsonb);
ALTER TABLE public.import_rows SET UNLOGGED;`,
    },
    {
      name: 'SET LOGGED on a table that is already logged does nothing',
      history: [projects],
      sql: 'ALTER TABLE public.projects SET LOGGED;',
    },
    {
      name: 'CLUSTER of a table created in this file',
      sql: `CREATE TABLE public.plan_prices (plan text, currency text, cents int);
CREATE INDEX plan_prices_plan_idx ON public.plan_prices (plan);
CLUSTER public.plan_prices USING plan_prices_plan_idx;`,
    },
  ],
  invalid: [
    {
      name: 'VACUUM FULL of an existing table',
      history: [projects],
      sql: `-- reclaim space after the archive purge
VACUUM FULL public.projects;`,
      lines: [2],
    },
    {
      name: 'CLUSTER of an existing table',
      history: [projects],
      sql: 'CLUSTER public.projects USING projects_workspace_idx;',
      lines: [1],
    },
    {
      name: 'SET UNLOGGED, then SET LOGGED, of an existing table',
      history: [projects],
      sql: `ALTER TABLE ONLY public.projects SET UNLOGGED;
UPDATE public.projects SET name = trim(name);
ALTER TABLE ONLY public.projects SET LOGGED;`,
      lines: [1, 3],
    },
    {
      name: 'SET TABLESPACE of a table the migrations never created',
      sql: 'ALTER TABLE public.audit_log SET TABLESPACE archive_space;',
      lines: [1],
    },
    {
      name: 'VACUUM FULL of the whole database',
      sql: 'VACUUM FULL;',
      lines: [1],
    },
  ],
};
