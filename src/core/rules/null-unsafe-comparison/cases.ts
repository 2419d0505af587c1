import type { RuleCases } from '../rule-cases.ts';

const schema = `CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE public.workspaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  billing_email text
);
CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id),
  title text,
  body text NOT NULL,
  embedding vector(1536),
  embedding_model text,
  status text NOT NULL DEFAULT 'pending'
);
CREATE TABLE public.projects (
  id bigint PRIMARY KEY,
  workspace_id uuid,
  workspace_name text
);`;

/** A trigger function body comparing the tenant column of OLD and NEW with <>. */
const KEEP_WORKSPACE_BODY = `LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.workspace_id <> NEW.workspace_id THEN
    RAISE EXCEPTION 'a document cannot move to another workspace';
  END IF;
  RETURN NEW;
END $$;`;
/** The function replaced by a later file than the one binding it. */
const REPLACE_KEEP_WORKSPACE = `CREATE OR REPLACE FUNCTION public.keep_workspace() RETURNS trigger
${KEEP_WORKSPACE_BODY}`;
/** An earlier file binds it to documents, whose workspace_id is NOT NULL. */
const BIND_DOCUMENTS = `CREATE FUNCTION public.keep_workspace() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER documents_keep_workspace BEFORE UPDATE ON public.documents
  FOR EACH ROW EXECUTE FUNCTION public.keep_workspace();`;

export const cases: RuleCases = {
  valid: [
    {
      name: "a trigger follows its table to another schema: the replaced function still runs on that table's NOT NULL column",
      history: [
        schema,
        `CREATE FUNCTION public.keep_workspace() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER documents_keep_workspace BEFORE UPDATE ON public.documents
  FOR EACH ROW EXECUTE FUNCTION public.keep_workspace();
CREATE SCHEMA private;
ALTER TABLE public.documents SET SCHEMA private;`,
      ],
      sql: REPLACE_KEEP_WORKSPACE,
    },
    {
      name: 'a table moved to another schema keeps its trigger; a function of the same name in the new schema is another function',
      history: [
        schema,
        `CREATE FUNCTION public.keep_workspace() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER projects_keep_workspace BEFORE UPDATE ON public.projects
  FOR EACH ROW EXECUTE FUNCTION keep_workspace();`,
      ],
      sql: `CREATE SCHEMA private;
ALTER TABLE public.documents SET SCHEMA private;
CREATE FUNCTION private.keep_workspace() RETURNS trigger
${KEEP_WORKSPACE_BODY}
CREATE TRIGGER documents_keep_workspace BEFORE UPDATE ON private.documents
  FOR EACH ROW EXECUTE FUNCTION private.keep_workspace();`,
    },
    {
      name: 'a trigger function replaced by a later file: the triggers of earlier files bind it, on NOT NULL columns',
      history: [schema, BIND_DOCUMENTS],
      sql: REPLACE_KEEP_WORKSPACE,
    },
    {
      name: 'IS DISTINCT FROM in a trigger function',
      history: [schema],
      sql: `CREATE FUNCTION public.reset_embedding() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.body IS DISTINCT FROM NEW.body
     OR OLD.title IS DISTINCT FROM NEW.title THEN
    NEW.embedding := NULL;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER documents_reset_embedding BEFORE UPDATE ON public.documents
  FOR EACH ROW EXECUTE FUNCTION public.reset_embedding();`,
    },
    {
      name: 'comparisons with constants',
      history: [schema],
      sql: `CREATE FUNCTION public.stamp_ready() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'ready' AND TG_OP = 'UPDATE' THEN
    NEW.embedding_model := 'text-embedding-3-small';
  END IF;
  RETURN NEW;
END $$;`,
    },
    {
      name: 'columns that are NOT NULL on every table the trigger runs on',
      history: [schema],
      sql: `CREATE FUNCTION public.sync_workspace_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.name <> NEW.name THEN
    UPDATE public.projects SET workspace_name = NEW.name WHERE workspace_id = NEW.id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER workspaces_sync_name AFTER UPDATE OF name ON public.workspaces
  FOR EACH ROW EXECUTE FUNCTION public.sync_workspace_name();`,
    },
    {
      name: 'WHEN clause with IS DISTINCT FROM',
      history: [
        schema,
        `CREATE FUNCTION public.requeue_embedding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.embedding := NULL; RETURN NEW; END $$;`,
      ],
      sql: `CREATE TRIGGER documents_requeue BEFORE UPDATE ON public.documents
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
  EXECUTE FUNCTION public.requeue_embedding();`,
    },
    {
      name: 'a plain function comparing two records that are not OLD and NEW',
      history: [schema],
      sql: `CREATE FUNCTION public.same_title(a public.documents, b public.documents) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
  RETURN a.title = b.title;
END $$;`,
    },
    {
      name: 'both sides tested IS NOT NULL in the same AND',
      history: [schema],
      sql: `CREATE FUNCTION public.log_title_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.title IS NOT NULL AND NEW.title IS NOT NULL AND OLD.title <> NEW.title THEN
    RAISE NOTICE 'renamed';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER documents_log_title BEFORE UPDATE ON public.documents
  FOR EACH ROW EXECUTE FUNCTION public.log_title_change();`,
    },
  ],
  invalid: [
    {
      name: 'a replaced trigger function whose earlier trigger runs on a nullable column',
      history: [
        schema,
        `CREATE FUNCTION public.keep_workspace() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER projects_keep_workspace BEFORE UPDATE ON public.projects
  FOR EACH ROW EXECUTE FUNCTION public.keep_workspace();`,
      ],
      sql: REPLACE_KEEP_WORKSPACE,
      lines: [4],
    },
    {
      name: 'a replaced trigger function whose earlier trigger was dropped binds no table',
      history: [
        schema,
        BIND_DOCUMENTS,
        'DROP TRIGGER documents_keep_workspace ON public.documents;',
      ],
      sql: REPLACE_KEEP_WORKSPACE,
      lines: [4],
    },
    {
      name: '<> on nullable columns in an IF spanning two lines',
      history: [schema],
      sql: `CREATE OR REPLACE FUNCTION public.reset_embedding() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.body <> NEW.body
     OR OLD.title <> NEW.title THEN
    NEW.embedding := NULL;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER documents_reset_embedding BEFORE UPDATE ON public.documents
  FOR EACH ROW EXECUTE FUNCTION public.reset_embedding();`,
      lines: [5],
    },
    {
      name: '!= with NEW first, and = in an ELSIF, in a function bound to no trigger yet',
      history: [schema],
      sql: `CREATE FUNCTION public.track_billing_email() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
  IF NEW.billing_email != OLD.billing_email THEN
    INSERT INTO public.audit_events (workspace_id, kind) VALUES (NEW.id, 'billing_email');
  ELSIF NEW.billing_email = OLD.billing_email THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END $$;`,
      lines: [4, 6],
    },
    {
      name: 'WHEN clause comparing a nullable column with <>',
      history: [
        schema,
        `CREATE FUNCTION public.copy_workspace_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RETURN NEW; END $$;`,
      ],
      sql: `CREATE TRIGGER projects_workspace_moved
  BEFORE UPDATE ON public.projects
  FOR EACH ROW
  WHEN (OLD.workspace_id <> NEW.workspace_id)
  EXECUTE FUNCTION public.copy_workspace_name();`,
      lines: [4],
    },
    {
      name: 'assignment of a comparison result',
      history: [schema],
      sql: `CREATE FUNCTION public.note_model_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  model_changed boolean;
BEGIN
  model_changed := OLD.embedding_model <> NEW.embedding_model;
  IF model_changed THEN
    NEW.embedding := NULL;
  END IF;
  RETURN NEW;
END $$;`,
      lines: [5],
    },
    {
      name: 'OLD tested IS NOT NULL: only a change to NULL is missed, and the message says so',
      history: [schema],
      sql: `CREATE FUNCTION public.log_project_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.workspace_id IS NOT NULL AND OLD.workspace_id != NEW.workspace_id THEN
    RAISE NOTICE 'moved';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER projects_log_move BEFORE UPDATE ON public.projects
  FOR EACH ROW EXECUTE FUNCTION public.log_project_move();`,
      errors: [
        {
          line: 3,
          message:
            /^OLD\.workspace_id <> NEW\.workspace_id in trigger function public\.log_project_move is NULL, not true or false, when NEW\.workspace_id is NULL: a change from a value to NULL counts as no change/,
        },
      ],
    },
  ],
};
