import type { RuleCases } from '../rule-cases.ts';

const schema = `CREATE TABLE public.workspaces (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  name text NOT NULL,
  budget_cents bigint
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'CHECK and FOREIGN KEY added NOT VALID on an existing table',
      history: [schema],
      sql: `ALTER TABLE public.projects ADD CONSTRAINT projects_budget_positive CHECK (budget_cents > 0) NOT VALID;
ALTER TABLE public.projects ADD CONSTRAINT projects_workspace_id_fkey
  FOREIGN KEY (workspace_id) REFERENCES public.workspaces (id) NOT VALID;`,
    },
    {
      name: 'VALIDATE in a later file than the NOT VALID add',
      history: [
        schema,
        `ALTER TABLE public.projects ADD CONSTRAINT projects_workspace_id_fkey
  FOREIGN KEY (workspace_id) REFERENCES public.workspaces (id) NOT VALID;`,
      ],
      sql: 'ALTER TABLE public.projects VALIDATE CONSTRAINT projects_workspace_id_fkey;',
    },
    {
      name: 'a new column without a default referencing another table: all NULL, nothing to check',
      history: [schema],
      sql: 'ALTER TABLE public.projects ADD COLUMN parent_id bigint REFERENCES public.projects (id);',
    },
    {
      name: 'pg_dump style: constraints on tables created earlier in the same file',
      sql: `${schema}
ALTER TABLE ONLY public.projects
  ADD CONSTRAINT projects_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES public.workspaces (id);
ALTER TABLE ONLY public.projects ADD CONSTRAINT projects_name_length CHECK (char_length(name) <= 200);`,
    },
    {
      name: 'NOT VALID and VALIDATE separated by an explicit COMMIT',
      history: [schema],
      sql: `BEGIN;
ALTER TABLE public.projects ADD CONSTRAINT projects_budget_positive CHECK (budget_cents > 0) NOT VALID;
COMMIT;
BEGIN;
ALTER TABLE public.projects VALIDATE CONSTRAINT projects_budget_positive;
COMMIT;`,
    },
    {
      name: 'VALIDATE in a later file, after the table and column were renamed',
      history: [
        schema,
        'ALTER TABLE public.projects ADD CONSTRAINT projects_budget_positive CHECK (budget_cents > 0) NOT VALID;',
        `ALTER TABLE public.projects RENAME COLUMN budget_cents TO budget;
ALTER TABLE public.projects RENAME TO boards;`,
      ],
      sql: 'ALTER TABLE public.boards VALIDATE CONSTRAINT projects_budget_positive;',
    },
    {
      name: 'VALIDATE on a table created outside the migrations, added NOT VALID in an earlier file',
      sql: 'ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_workspace_id_fkey;',
    },
  ],
  invalid: [
    {
      name: 'table created outside the migrations: NOT VALID add and VALIDATE in one file',
      sql: `ALTER TABLE public.invoices ADD CONSTRAINT invoices_total_positive CHECK (total_cents >= 0) NOT VALID;
ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_total_positive;
ALTER TABLE public.invoices ADD CONSTRAINT invoices_workspace_id_fkey
  FOREIGN KEY (workspace_id) REFERENCES public.workspaces (id) NOT VALID;
ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_workspace_id_fkey;`,
      lines: [2, 5],
    },
    {
      name: 'CHECK without NOT VALID on a table from an earlier migration',
      history: [schema],
      sql: `-- budgets cannot be negative
ALTER TABLE public.projects
  ADD CONSTRAINT projects_budget_positive CHECK (budget_cents >= 0);`,
      lines: [2],
    },
    {
      name: 'FOREIGN KEY without NOT VALID locks both tables against writes',
      history: [schema],
      sql: `ALTER TABLE public.projects ADD CONSTRAINT projects_workspace_id_fkey
  FOREIGN KEY (workspace_id) REFERENCES public.workspaces (id) ON DELETE CASCADE;`,
      lines: [1],
    },
    {
      name: 'VALIDATE in the same file as the NOT VALID add: only the VALIDATE is reported',
      history: [schema],
      sql: `ALTER TABLE public.projects ADD CONSTRAINT projects_workspace_id_fkey
  FOREIGN KEY (workspace_id) REFERENCES public.workspaces (id) NOT VALID;
ALTER TABLE public.projects VALIDATE CONSTRAINT projects_workspace_id_fkey;`,
      lines: [3],
    },
    {
      name: 'NOT VALID add and VALIDATE in one file with the table renamed between them',
      history: [schema],
      sql: `ALTER TABLE public.projects ADD CONSTRAINT projects_budget_positive CHECK (budget_cents > 0) NOT VALID;
ALTER TABLE public.projects RENAME TO boards;
ALTER TABLE public.boards VALIDATE CONSTRAINT projects_budget_positive;`,
      errors: [{ line: 3, message: 'ACCESS EXCLUSIVE lock the add took on public.boards' }],
    },
    {
      name: 'a new column with a CHECK: all NULL, but Postgres still reads every row',
      history: [schema],
      sql: 'ALTER TABLE public.projects ADD COLUMN priority smallint CHECK (priority BETWEEN 1 AND 5);',
      lines: [1],
    },
    {
      name: 'a new column with a DEFAULT and REFERENCES: every row is checked',
      history: [schema],
      sql: `ALTER TABLE public.projects
  ADD COLUMN owner_workspace_id uuid DEFAULT '00000000-0000-0000-0000-000000000000' REFERENCES public.workspaces (id);`,
      lines: [1],
    },
    {
      name: 'inside a DO block guard, on a table the migrations do not know',
      sql: `DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'profiles_user_id_fkey') THEN
    ALTER TABLE public.profiles
      ADD CONSTRAINT profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users (id);
  END IF;
END $$;`,
      lines: [4],
    },
  ],
};
