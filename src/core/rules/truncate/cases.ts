import type { RuleCases } from '../rule-cases.ts';

const sessions = `CREATE TABLE public.workspace_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  expires_at timestamptz NOT NULL
);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'table created earlier in the same file',
      sql: `CREATE TABLE public.import_rows (line int, payload jsonb);
INSERT INTO public.import_rows VALUES (1, '{}');
TRUNCATE public.import_rows;`,
    },
    {
      name: 'batched delete instead of truncate',
      history: [sessions],
      sql: `DELETE FROM public.workspace_sessions
WHERE id IN (SELECT id FROM public.workspace_sessions WHERE expires_at < now() LIMIT 5000);`,
    },
    {
      name: 'table created in a DO block of this file',
      sql: `DO $$
BEGIN
  CREATE TABLE IF NOT EXISTS public.backfill_queue (id bigint);
  TRUNCATE public.backfill_queue;
END $$;`,
    },
  ],
  invalid: [
    {
      name: 'table from an earlier migration',
      history: [sessions],
      sql: `-- log everyone out
TRUNCATE TABLE public.workspace_sessions;`,
      lines: [2],
    },
    {
      name: 'table the schema does not know (it existed before)',
      sql: 'TRUNCATE ONLY public.rate_limit_buckets RESTART IDENTITY;',
      lines: [1],
    },
    {
      name: 'several tables with CASCADE, one of them new',
      history: [sessions],
      sql: `SET search_path = '';
CREATE TABLE public.scratch (id int);
TRUNCATE public.scratch, public.workspace_sessions CASCADE;`,
      lines: [3],
    },
  ],
};
