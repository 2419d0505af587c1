import type { RuleCases } from '../rule-cases.ts';

const saas = `CREATE TABLE public.workspaces (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  name text NOT NULL,
  status text NOT NULL DEFAULT 'active'
);
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id bigint NOT NULL,
  title text NOT NULL
);
CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid NOT NULL, total_cents bigint);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;`;

export const cases: RuleCases = {
  valid: [
    {
      name: "a call of an extension's function (pg_cron) is not the migration's own long work",
      history: [saas, 'create extension if not exists pg_cron;'],
      sql: `ALTER TABLE public.invoices ADD COLUMN paid_at timestamptz;
SELECT cron.schedule('invoice-reminders', '0 8 * * *', $$SELECT 1$$);`,
    },
    {
      name: 'quick catalog changes on several existing tables (lock_timeout bounds each wait)',
      history: [saas],
      sql: `ALTER TABLE public.workspaces ADD COLUMN plan text DEFAULT 'free';
ALTER TABLE public.invoices ADD COLUMN plan text;`,
    },
    {
      name: 'backfill of the table just altered: reported by mixed-schema-and-data instead',
      history: [saas],
      sql: `ALTER TABLE public.invoices ADD COLUMN plan text;
UPDATE public.invoices SET plan = 'free';`,
    },
    {
      name: 'the long statement locks the same table ACCESS EXCLUSIVE itself: the earlier lock adds nothing',
      history: [saas],
      sql: `ALTER TABLE public.projects DROP CONSTRAINT IF EXISTS projects_name_check;
ALTER TABLE public.projects ADD CONSTRAINT projects_name_check CHECK (length(name) <= 200);`,
    },
    {
      name: 'a column added, then SET NOT NULL on the same table (set-not-null says the rest)',
      history: [saas],
      sql: `ALTER TABLE public.documents ADD COLUMN slug text;
ALTER TABLE public.documents ALTER COLUMN title SET NOT NULL;`,
    },
    {
      name: 'a DO block counting policies in the system catalog, named without its schema',
      history: [saas],
      sql: `ALTER TABLE public.invoices ADD COLUMN memo text;
DO $$
DECLARE n int;
BEGIN
  SELECT count(*) INTO n FROM pg_policies WHERE tablename = 'invoices';
  RAISE NOTICE '% policies left', n;
END $$;`,
    },
    {
      name: 'only quick catalog changes follow the exclusive lock',
      history: [saas],
      sql: `ALTER TABLE public.projects ADD COLUMN archived_at timestamptz;
COMMENT ON COLUMN public.projects.archived_at IS 'set when the project is archived';
GRANT SELECT (archived_at) ON public.projects TO authenticated;
CREATE POLICY projects_hide_archived ON public.projects AS RESTRICTIVE FOR SELECT
  TO authenticated USING (archived_at IS NULL);
ALTER TABLE public.projects ALTER COLUMN status SET DEFAULT 'draft';`,
    },
    {
      name: 'the locked table is new, so the backfill after it blocks nobody',
      history: [saas],
      sql: `CREATE TABLE public.project_stats (project_id bigint PRIMARY KEY, documents int NOT NULL DEFAULT 0);
ALTER TABLE public.project_stats ENABLE ROW LEVEL SECURITY;
INSERT INTO public.project_stats (project_id, documents)
  SELECT project_id, count(*) FROM public.documents GROUP BY project_id;`,
    },
    {
      name: 'the backfill runs first and the exclusive change comes last',
      history: [saas],
      sql: `UPDATE public.projects SET status = 'active' WHERE status IS NULL;
ALTER TABLE public.projects ADD CONSTRAINT projects_status_check
  CHECK (status IN ('active', 'archived')) NOT VALID;`,
    },
    {
      name: 'COMMIT releases the lock before the backfill',
      history: [saas],
      sql: `BEGIN;
ALTER TABLE public.invoices ADD COLUMN paid_at timestamptz;
COMMIT;
UPDATE public.invoices SET paid_at = now() WHERE total_cents = 0;`,
    },
    {
      name: 'a new table referencing the already locked table waits for nothing new',
      history: [saas],
      sql: `ALTER TABLE public.projects ADD COLUMN slug text;
CREATE TABLE public.project_tags (
  project_id bigint NOT NULL REFERENCES public.projects (id),
  tag text NOT NULL
);
CREATE INDEX project_tags_project_idx ON public.project_tags (project_id);`,
    },
    {
      name: 'a concurrent index build runs on its own, after the earlier statements commit',
      history: [saas],
      sql: `ALTER TABLE public.documents ADD COLUMN archived boolean;
CREATE INDEX CONCURRENTLY documents_project_idx ON public.documents (project_id);`,
    },
  ],
  invalid: [
    {
      name: 'a data change on another table after locking projects',
      history: [saas],
      sql: `ALTER TABLE public.projects ADD COLUMN archived_at timestamptz;
UPDATE public.documents SET title = trim(title) WHERE title <> trim(title);
UPDATE public.projects SET status = 'active' WHERE status = 'archived';`,
      lines: [2],
    },
    {
      name: 'a rewrite of one locked table names only the other; the first is named at the next long statement',
      history: [saas],
      sql: `ALTER TABLE public.invoices ADD COLUMN memo text;
ALTER TABLE public.projects ADD COLUMN archived_at timestamptz;
ALTER TABLE public.projects ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();
UPDATE public.documents SET title = trim(title);`,
      errors: [
        {
          line: 3,
          message:
            /ACCESS EXCLUSIVE lock taken on public\.invoices at line 1 \(ALTER TABLE \.\.\. ADD COLUMN\): every read and write on public\.invoices keeps/,
        },
        {
          line: 4,
          message:
            /lock taken on public\.projects at line 2 \(ALTER TABLE \.\.\. ADD COLUMN\): every read and write on public\.projects keeps/,
        },
      ],
    },
    {
      name: 'validated foreign key after the column is added',
      history: [saas],
      sql: `ALTER TABLE public.documents ADD COLUMN workspace_id uuid;
ALTER TABLE public.documents
  ADD CONSTRAINT documents_workspace_fk FOREIGN KEY (workspace_id) REFERENCES public.workspaces (id);`,
      lines: [2],
    },
    {
      name: 'policy, then index builds: reported once, at the first build',
      history: [saas],
      sql: `CREATE POLICY invoices_member_read ON public.invoices FOR SELECT TO authenticated
  USING (workspace_id IN (SELECT id FROM public.workspaces));
CREATE INDEX invoices_workspace_idx ON public.invoices (workspace_id);
CREATE INDEX documents_project_idx ON public.documents (project_id);`,
      lines: [3],
    },
    {
      name: 'explicit block: rename, then a batched DO loop before COMMIT',
      history: [saas],
      sql: `BEGIN;
ALTER TABLE public.invoices RENAME COLUMN total_cents TO amount_cents;
DO $$
DECLARE
  batch int;
BEGIN
  LOOP
    UPDATE public.invoices SET amount_cents = 0
      WHERE id IN (SELECT id FROM public.invoices WHERE amount_cents IS NULL LIMIT 1000);
    GET DIAGNOSTICS batch = ROW_COUNT;
    EXIT WHEN batch = 0;
  END LOOP;
END
$$;
COMMIT;`,
      lines: [3],
    },
    {
      name: 'pg_dump style guarded constraint, then a data copy',
      history: [saas],
      sql: `SET search_path = '';
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'documents_title_key') THEN
    ALTER TABLE ONLY public.documents ADD CONSTRAINT documents_title_key UNIQUE USING INDEX documents_title_idx;
  END IF;
END
$$;
INSERT INTO public.invoices (id, workspace_id, total_cents)
  SELECT id, gen_random_uuid(), 0 FROM public.documents;`,
      lines: [9],
    },
  ],
};
