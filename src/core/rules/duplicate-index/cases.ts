import type { RuleCases } from '../rule-cases.ts';

const MEMBERS = `CREATE TABLE public.members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL,
  email text NOT NULL,
  display_name text,
  removed_at timestamptz
);
CREATE INDEX members_workspace_id_idx ON public.members (workspace_id);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'near misses: order, uniqueness, predicate, operator class, method, direction, INCLUDE, collation, expression, NULLS NOT DISTINCT',
      history: [MEMBERS],
      sql: `CREATE INDEX members_ws_email_idx ON public.members (workspace_id, email);
CREATE INDEX members_email_ws_idx ON public.members (email, workspace_id);
CREATE INDEX members_email_idx ON public.members (email);
CREATE UNIQUE INDEX members_email_key ON public.members (email);
CREATE UNIQUE INDEX members_email_nnd_key ON public.members (email) NULLS NOT DISTINCT;
CREATE INDEX members_email_live_idx ON public.members (email) WHERE removed_at IS NULL;
CREATE INDEX members_email_pattern_idx ON public.members (email text_pattern_ops);
CREATE INDEX members_email_hash_idx ON public.members USING hash (email);
CREATE INDEX members_email_desc_idx ON public.members (email DESC);
CREATE INDEX members_email_cover_idx ON public.members (email) INCLUDE (display_name);
CREATE INDEX members_email_c_idx ON public.members (email COLLATE "C");
CREATE INDEX members_email_lower_idx ON public.members (lower(email));`,
    },
    {
      name: 'PRIMARY KEY UNIQUE in one CREATE TABLE: Postgres builds one index',
      sql: 'CREATE TABLE public.teams (id bigint PRIMARY KEY UNIQUE, name text NOT NULL);',
    },
    {
      name: 'the same definition on two tables',
      history: [
        MEMBERS,
        'CREATE TABLE public.invites (id uuid PRIMARY KEY, workspace_id uuid NOT NULL);',
      ],
      sql: 'CREATE INDEX invites_workspace_id_idx ON public.invites (workspace_id);',
    },
    {
      name: 'IF NOT EXISTS naming the index the history built is skipped by Postgres',
      history: [MEMBERS],
      sql: 'CREATE INDEX IF NOT EXISTS members_workspace_id_idx ON public.members (workspace_id);',
    },
    {
      name: 'the old index is dropped before its replacement is built',
      history: [MEMBERS],
      sql: `DROP INDEX public.members_workspace_id_idx;
CREATE INDEX members_by_workspace ON public.members (workspace_id);`,
    },
    {
      name: 'a UNIQUE constraint replaced by a unique index: dropping the constraint drops its index',
      history: [
        `${MEMBERS}
ALTER TABLE public.members ADD CONSTRAINT members_email_key UNIQUE (email);`,
      ],
      sql: `ALTER TABLE public.members DROP CONSTRAINT members_email_key;
CREATE UNIQUE INDEX members_email_active_key ON public.members (email);`,
    },
    {
      name: 'a UNIQUE constraint renamed, then dropped: its index goes under either name',
      history: [
        `${MEMBERS}
ALTER TABLE public.members ADD CONSTRAINT members_email_key UNIQUE (email);`,
      ],
      sql: `ALTER TABLE public.members RENAME CONSTRAINT members_email_key TO members_email_unique;
ALTER TABLE public.members DROP CONSTRAINT members_email_unique;
CREATE UNIQUE INDEX members_email_idx ON public.members (email);`,
    },
    {
      name: 'a schema dropped and built again: the old indexes went with it',
      history: [
        `CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, customer_id uuid NOT NULL);
CREATE INDEX invoices_customer_idx ON billing.invoices (customer_id);`,
      ],
      sql: `DROP SCHEMA billing CASCADE;
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, customer_id uuid NOT NULL);
CREATE INDEX invoices_customer_id_idx ON billing.invoices (customer_id);`,
    },
    {
      name: 'a constraint takes an existing unique index over (USING INDEX): no second index',
      history: [MEMBERS],
      sql: `CREATE UNIQUE INDEX CONCURRENTLY members_email_key ON public.members (email);
ALTER TABLE public.members ADD CONSTRAINT members_email_key UNIQUE USING INDEX members_email_key;`,
    },
    {
      name: 'a deferrable UNIQUE constraint beside a plain unique index: checked at different times',
      history: [MEMBERS, 'CREATE UNIQUE INDEX members_email_key ON public.members (email);'],
      sql: 'ALTER TABLE public.members ADD CONSTRAINT members_email_unique UNIQUE (email) DEFERRABLE INITIALLY DEFERRED;',
    },
    {
      name: 'twins an earlier migration built are not reported again',
      history: [MEMBERS, 'CREATE INDEX members_ws_idx ON public.members (workspace_id);'],
      sql: 'ALTER TABLE public.members ADD COLUMN role text;',
    },
    {
      name: "indexes on Supabase's own tables are the platform's business",
      sql: `CREATE INDEX objects_bucket_name_idx ON storage.objects (bucket_id, name);
CREATE INDEX objects_bucket_name_idx2 ON storage.objects (bucket_id, name);`,
    },
  ],
  invalid: [
    {
      name: 'a partial expression index that matches one built before its columns were renamed',
      history: [
        MEMBERS,
        'CREATE INDEX members_live_email_idx ON public.members (lower(email)) WHERE removed_at IS NULL;',
        `ALTER TABLE public.members RENAME COLUMN removed_at TO deleted_at;
ALTER TABLE public.members RENAME COLUMN email TO address;`,
      ],
      sql: 'CREATE INDEX members_live_address_idx ON public.members (lower(address)) WHERE deleted_at IS NULL;',
      errors: [{ line: 1, message: 'is identical to members_live_email_idx' }],
    },
    {
      name: 'a unique index on the primary key column (an ORM dump)',
      history: [MEMBERS],
      sql: 'CREATE UNIQUE INDEX "members_id_key" ON "public"."members"("id");',
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            'Index members_id_key on public.members is identical to members_pkey (primary key members_pkey), built by an earlier migration: unique btree (id).',
          fix: 'leave this CREATE INDEX out: members_pkey already serves the same queries and enforces the same uniqueness',
        },
      ],
    },
    {
      name: 'the same index again under another name, spelled differently',
      history: [MEMBERS],
      sql: `-- speed up the member list
create index if not exists idx_members_workspace on members using btree ( workspace_id asc nulls last );`,
      errors: [
        {
          line: 2,
          message:
            'Index idx_members_workspace on public.members is identical to members_workspace_id_idx',
        },
      ],
    },
    {
      name: 'a UNIQUE constraint on the primary key of a new table',
      sql: `CREATE TABLE public.projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL
);
ALTER TABLE public.projects ADD CONSTRAINT projects_id_key UNIQUE (id);`,
      errors: [
        {
          line: 5,
          message:
            'Index projects_id_key (UNIQUE constraint projects_id_key) on public.projects is identical to projects_pkey (primary key projects_pkey), built earlier in this file',
          fix: 'leave the UNIQUE constraint projects_id_key out: projects_pkey already enforces it',
        },
      ],
    },
    {
      name: 'a UNIQUE constraint beside a unique index on the same columns',
      history: [
        MEMBERS,
        'CREATE UNIQUE INDEX members_ws_email_key ON public.members (workspace_id, email);',
      ],
      sql: 'ALTER TABLE public.members ADD CONSTRAINT members_unique_email_per_workspace UNIQUE (workspace_id, email);',
      errors: [
        {
          line: 1,
          fix: 'ALTER TABLE public.members ADD CONSTRAINT members_unique_email_per_workspace UNIQUE USING INDEX members_ws_email_key;',
        },
      ],
    },
    {
      name: 'a pg_dump-style primary key built after a UNIQUE constraint on the same column: keep the key',
      sql: `CREATE TABLE public.assets (id uuid NOT NULL, path text NOT NULL);
CREATE UNIQUE INDEX assets_id_key ON public.assets USING btree (id);
CREATE UNIQUE INDEX assets_pkey ON public.assets USING btree (id);
ALTER TABLE public.assets ADD CONSTRAINT assets_id_key UNIQUE USING INDEX assets_id_key;
ALTER TABLE public.assets ADD CONSTRAINT assets_pkey PRIMARY KEY USING INDEX assets_pkey;`,
      errors: [
        {
          line: 3,
          message:
            'Index assets_pkey (primary key assets_pkey) on public.assets is identical to assets_id_key (UNIQUE constraint assets_id_key), built earlier in this file',
          fix: 'ALTER TABLE public.assets DROP CONSTRAINT assets_id_key;',
        },
      ],
    },
    {
      name: 'expression and predicate spelled two ways, with INCLUDE',
      history: [MEMBERS],
      sql: `CREATE INDEX members_email_ci ON public.members (lower(email)) INCLUDE (display_name) WHERE removed_at IS NULL;
CREATE INDEX members_email_lower_live ON public.members ((LOWER( email ))) INCLUDE (display_name) WHERE (removed_at IS NULL);`,
      errors: [
        {
          line: 2,
          message: 'btree (an expression) INCLUDE (display_name) with the same WHERE clause',
        },
      ],
    },
    {
      name: 'two unnamed indexes on one column: each report names its earlier twin',
      history: [MEMBERS],
      sql: `CREATE INDEX ON public.members (email);
CREATE INDEX ON public.members ((email));
CREATE INDEX ON public.members (email);`,
      lines: [2, 3],
    },
    {
      name: 'a twin of an index that survives a column rename',
      history: [MEMBERS],
      sql: `ALTER TABLE public.members RENAME COLUMN workspace_id TO team_id;
CREATE INDEX members_team_id_idx ON public.members (team_id);`,
      errors: [{ line: 2, message: 'identical to members_workspace_id_idx' }],
    },
    {
      name: 'a materialized view indexed twice',
      history: [MEMBERS],
      sql: `CREATE MATERIALIZED VIEW public.workspace_member_counts AS
SELECT workspace_id, count(*) AS members FROM public.members GROUP BY workspace_id;
CREATE UNIQUE INDEX workspace_member_counts_key ON public.workspace_member_counts (workspace_id);
CREATE UNIQUE INDEX workspace_member_counts_workspace_id_idx ON public.workspace_member_counts (workspace_id);`,
      lines: [4],
    },
  ],
};
