import type { RuleCases } from '../rule-cases.ts';

const projects = `CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  name text NOT NULL
);
CREATE INDEX projects_workspace_id_idx ON public.projects (workspace_id);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'foreign key covered by a composite index leading with it',
      history: [projects],
      sql: `CREATE TABLE public.tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES public.projects (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tasks_project_id_created_at_idx ON public.tasks (project_id, created_at DESC);`,
    },
    {
      name: 'foreign key columns lead the primary key',
      history: [projects],
      sql: `CREATE TABLE public.project_members (
  project_id bigint NOT NULL REFERENCES public.projects (id),
  user_id uuid NOT NULL,
  PRIMARY KEY (project_id, user_id)
);`,
    },
    {
      name: 'two-column foreign key covered by an index with the columns in another order',
      history: [
        `${projects}\nALTER TABLE public.projects ADD CONSTRAINT projects_workspace_id_id_key UNIQUE (workspace_id, id);`,
      ],
      sql: `CREATE TABLE public.milestones (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  project_id bigint NOT NULL,
  FOREIGN KEY (workspace_id, project_id) REFERENCES public.projects (workspace_id, id)
);
CREATE INDEX milestones_project_workspace_idx ON public.milestones (project_id, workspace_id);`,
    },
    {
      name: 'an unindexed foreign key from an earlier file, other columns altered here',
      history: [
        projects,
        'CREATE TABLE public.comments (id bigint PRIMARY KEY, project_id bigint REFERENCES public.projects (id));',
      ],
      sql: 'ALTER TABLE public.comments ADD COLUMN body text;',
    },
    {
      name: 'an earlier unindexed foreign key, another index of the table dropped here (nothing lost)',
      history: [
        projects,
        `CREATE TABLE public.comments (id bigint PRIMARY KEY, project_id bigint REFERENCES public.projects (id), created_at timestamptz, body text);
CREATE INDEX comments_created_at_idx ON public.comments (created_at);
ALTER TABLE public.comments ADD CONSTRAINT comments_body_key UNIQUE (body);`,
      ],
      sql: `DROP INDEX IF EXISTS public.comments_created_at_idx;
ALTER TABLE public.comments DROP CONSTRAINT comments_body_key;
ALTER TABLE public.comments DROP COLUMN created_at;`,
    },
    {
      name: 'foreign key added to an existing table with its index built concurrently',
      history: [
        projects,
        'CREATE TABLE public.documents (id bigint PRIMARY KEY, title text NOT NULL);',
      ],
      sql: `ALTER TABLE public.documents ADD COLUMN project_id bigint;
CREATE INDEX CONCURRENTLY documents_project_id_idx ON public.documents (project_id);
ALTER TABLE public.documents ADD CONSTRAINT documents_project_id_fkey
  FOREIGN KEY (project_id) REFERENCES public.projects (id) NOT VALID;`,
    },
  ],
  invalid: [
    {
      name: 'a new table with an unindexed foreign key (reported at the column)',
      history: [projects],
      sql: `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES public.projects (id) ON DELETE CASCADE,
  title text NOT NULL
);`,
      lines: [3],
    },
    {
      name: 'foreign key added to a table created in an earlier file',
      history: [
        projects,
        'CREATE TABLE public.invoices (id bigint PRIMARY KEY, project_id bigint);',
      ],
      sql: `ALTER TABLE public.invoices
  ADD CONSTRAINT invoices_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects (id) NOT VALID;`,
      lines: [1],
    },
    {
      name: 'the index that covered a foreign key dropped',
      history: [
        projects,
        `CREATE TABLE public.tasks (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES public.projects (id));
CREATE INDEX tasks_project_id_idx ON public.tasks (project_id);`,
      ],
      sql: 'DROP INDEX CONCURRENTLY IF EXISTS public.tasks_project_id_idx;',
      lines: [1],
    },
    {
      name: 'a dropped column takes the index that covered a foreign key with it',
      history: [
        projects,
        `CREATE TABLE public.tasks (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES public.projects (id), legacy_rank int);
CREATE INDEX tasks_project_rank_idx ON public.tasks (project_id, legacy_rank);`,
      ],
      sql: 'ALTER TABLE public.tasks DROP COLUMN legacy_rank;',
      lines: [1],
    },
    {
      name: 'the foreign key column is only the second key of an index (reported at the column)',
      history: [projects],
      sql: `CREATE TABLE public.time_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid NOT NULL,
  project_id bigint NOT NULL,
  FOREIGN KEY (project_id) REFERENCES public.projects (id)
);
CREATE INDEX time_entries_user_project_idx ON public.time_entries (user_id, project_id);`,
      lines: [4],
    },
  ],
};
