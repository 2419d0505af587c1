import type { RuleCases } from '../rule-cases.ts';

const EVENTS = `CREATE TABLE public.events (
  id bigint GENERATED ALWAYS AS IDENTITY,
  occurred_at timestamptz NOT NULL,
  kind text NOT NULL,
  payload jsonb,
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'primary keys inline, table-level and added later in the file',
      sql: `CREATE TABLE public.workspaces (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL REFERENCES public.workspaces (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  role text NOT NULL DEFAULT 'member',
  CONSTRAINT workspace_members_pkey PRIMARY KEY (workspace_id, user_id)
);
CREATE TABLE public.audit_log AS SELECT * FROM public.workspaces WITH NO DATA;
ALTER TABLE public.audit_log ADD PRIMARY KEY (id);`,
    },
    {
      name: 'a partition of a parent with a primary key gets the key',
      history: [EVENTS],
      sql: `CREATE TABLE public.events_2025 PARTITION OF public.events
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');`,
    },
    {
      name: 'a partitioned parent without a key is not a regular table (its partitions are)',
      sql: `CREATE TABLE public.page_views (
  viewed_at timestamptz NOT NULL,
  path text NOT NULL
) PARTITION BY RANGE (viewed_at);`,
    },
    {
      name: 'a keyless table attached as a partition of a parent with a key gets the key',
      history: [EVENTS],
      sql: `CREATE TABLE public.events_2026 (LIKE public.events);
ALTER TABLE public.events ATTACH PARTITION public.events_2026
  FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');`,
    },
    {
      name: 'LIKE ... INCLUDING ALL copies the primary key',
      history: [
        'CREATE TABLE public.invoices (id bigint PRIMARY KEY, amount_cents bigint NOT NULL);',
      ],
      sql: 'CREATE TABLE public.invoices_archive (LIKE public.invoices INCLUDING ALL);',
    },
    {
      name: 'a temporary staging table',
      sql: `CREATE TEMP TABLE import_rows (email text, name text);
INSERT INTO import_rows VALUES ('a@example.com', 'A');`,
    },
    {
      name: 'a keyless table of an earlier migration is not reported again',
      history: ['CREATE TABLE public.settings (key text NOT NULL, value jsonb);'],
      sql: 'ALTER TABLE public.settings ADD COLUMN updated_at timestamptz DEFAULT now();',
    },
    {
      name: 'a primary key replaced within the file',
      history: ['CREATE TABLE public.tags (id integer PRIMARY KEY, label text NOT NULL);'],
      sql: `ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (label);`,
    },
    {
      name: "tables in Supabase's own schemas",
      sql: 'CREATE TABLE supabase_functions.hook_log (hook text, fired_at timestamptz);',
    },
    {
      name: 'a table created and dropped in the same file',
      sql: `CREATE TABLE public.tmp_backfill (user_id uuid, score integer);
DROP TABLE public.tmp_backfill;`,
    },
  ],
  invalid: [
    {
      name: 'a link table with only a UNIQUE constraint',
      sql: `-- which users follow which
CREATE TABLE public.follows (
  follower_id uuid NOT NULL REFERENCES auth.users (id),
  followee_id uuid NOT NULL REFERENCES auth.users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (follower_id, followee_id)
);`,
      errors: [
        {
          line: 2,
          severity: 'notice',
          message:
            'Table public.follows is created without a primary key and has none at the end of this file',
          fix: 'ALTER TABLE public.follows ADD PRIMARY KEY (follower_id, followee_id);',
        },
      ],
    },
    {
      name: 'a unique index on NOT NULL columns is offered as the key',
      sql: `CREATE TABLE public.api_keys (hash text NOT NULL, label text);
CREATE UNIQUE INDEX api_keys_hash_idx ON public.api_keys (hash);`,
      errors: [
        {
          line: 1,
          fix: 'ALTER TABLE public.api_keys ADD CONSTRAINT api_keys_pkey PRIMARY KEY USING INDEX api_keys_hash_idx;',
        },
      ],
    },
    {
      name: 'a table with an id column that is not the key',
      sql: 'create table profiles (id uuid references auth.users, full_name text, avatar_url text);',
      errors: [{ line: 1, fix: 'ALTER TABLE public.profiles ADD PRIMARY KEY (id);' }],
    },
    {
      name: 'CREATE TABLE AS copies rows but no key',
      history: ['CREATE TABLE public.orders (id bigint PRIMARY KEY, total_cents bigint NOT NULL);'],
      sql: 'CREATE TABLE public.orders_backup AS SELECT * FROM public.orders;',
      errors: [
        {
          line: 1,
          fix: 'ALTER TABLE public.orders_backup ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;',
        },
      ],
    },
    {
      name: 'dropping the primary key of an existing table',
      history: ['CREATE TABLE public.tags (id integer PRIMARY KEY, label text NOT NULL);'],
      sql: `-- labels are the identity now
ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;`,
      errors: [
        { line: 2, message: 'This file drops the primary key of public.tags and adds none back' },
      ],
    },
    {
      name: 'dropping the key column drops the key',
      history: ['CREATE TABLE public.tags (id integer PRIMARY KEY, label text NOT NULL);'],
      sql: 'ALTER TABLE public.tags DROP COLUMN id;',
      lines: [1],
    },
    {
      name: 'a partition of a parent without a key, and a keyless table attached to it',
      sql: `CREATE TABLE public.page_views (viewed_at timestamptz NOT NULL, path text NOT NULL) PARTITION BY RANGE (viewed_at);
CREATE TABLE public.page_views_2025 PARTITION OF public.page_views FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.page_views_2026 (viewed_at timestamptz NOT NULL, path text NOT NULL);
ALTER TABLE public.page_views ATTACH PARTITION public.page_views_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');`,
      lines: [2, 3],
    },
    {
      name: 'a keyless table created inside a DO block',
      sql: `DO $$
BEGIN
  CREATE TABLE IF NOT EXISTS public.webhook_deliveries (url text NOT NULL, status integer);
END
$$;`,
      lines: [3],
    },
  ],
};
