import type { RuleCases } from '../rule-cases.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'jsonb columns',
      sql: `CREATE TABLE public.workspace_settings (
  workspace_id uuid PRIMARY KEY,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb
);`,
    },
    {
      name: 'converting json to jsonb',
      history: ['CREATE TABLE public.webhooks (id bigint PRIMARY KEY, payload json);'],
      sql: 'ALTER TABLE public.webhooks ALTER COLUMN payload TYPE jsonb USING payload::jsonb;',
    },
    {
      name: 'json used in an expression, not as a column type',
      history: ['CREATE TABLE public.documents (id bigint PRIMARY KEY, meta jsonb);'],
      sql: `UPDATE public.documents SET meta = '{"v": 1}'::json::jsonb WHERE meta IS NULL;`,
    },
  ],
  invalid: [
    {
      name: 'json column of a new table',
      sql: `CREATE TABLE public.webhook_deliveries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_body json NOT NULL,
  response_headers jsonb
);`,
      lines: [3],
    },
    {
      name: 'ADD COLUMN json on an existing table',
      history: ['CREATE TABLE public.documents (id bigint PRIMARY KEY);'],
      sql: `ALTER TABLE public.documents ADD COLUMN IF NOT EXISTS
  extraction json;`,
      lines: [2],
    },
    {
      name: 'ALTER COLUMN TYPE json',
      history: ['CREATE TABLE public.projects (id bigint PRIMARY KEY, config text);'],
      sql: 'ALTER TABLE ONLY public.projects ALTER COLUMN config TYPE json USING config::json;',
      lines: [1],
    },
  ],
};
