import type { CheckCases } from '../check-cases.ts';

const profiles = `create table public.profiles (
  id uuid primary key,
  workspace_id bigint not null,
  email text not null,
  handle text,
  deleted_at timestamptz
);`;

const pass = (excludes: string[] = []) => [{ status: 'pass' as const, excludes }];

export const cases: CheckCases = {
  invalid: [
    {
      name: 'a unique index on the primary key column',
      history: profiles,
      sql: 'create unique index profiles_id_key on public.profiles (id);',
      expect: [
        {
          status: 'fail',
          includes: [
            '1 set(s) of identical indexes built by the migrations',
            'public.profiles: profiles_pkey (PRIMARY KEY) = profiles_id_key (UNIQUE USING btree (id)), built at 20250301120000_change.sql:1',
            'DROP INDEX CONCURRENTLY "public"."profiles_id_key";',
          ],
          excludes: ['DROP CONSTRAINT'],
        },
      ],
    },
    {
      name: 'a UNIQUE constraint added on the primary key of a new table (a constraint to drop)',
      history: '',
      sql: `create table public.teams (id bigint primary key, name text);
alter table only public.teams add constraint teams_id_key unique (id);`,
      expect: [
        {
          status: 'fail',
          includes: [
            'public.teams: teams_pkey (PRIMARY KEY) = teams_id_key (constraint teams_id_key) (UNIQUE USING btree (id)), built at 20250301120000_change.sql:2',
            'ALTER TABLE "public"."teams" DROP CONSTRAINT "teams_id_key";',
          ],
        },
      ],
    },
    {
      name: 'the same expression spelled twice, and the same predicate spelled twice',
      history: profiles,
      sql: `create index profiles_email_lower on profiles (lower(email)) where deleted_at is null;
create index profiles_email_ci on public.profiles USING btree ( LOWER( email ) ) WHERE (deleted_at IS NULL);`,
      expect: [
        {
          status: 'fail',
          includes: ['profiles_email_ci = profiles_email_lower', 'WHERE (deleted_at IS NULL)'],
        },
      ],
    },
    {
      name: 'two unnamed indexes on the same column',
      history: profiles,
      sql: `create index on profiles (workspace_id);
create index on profiles (workspace_id);`,
      expect: [
        {
          status: 'fail',
          includes: [
            'profiles_workspace_id_idx = profiles_workspace_id_idx1',
            'DROP INDEX CONCURRENTLY "public"."profiles_workspace_id_idx1";',
          ],
        },
      ],
    },
    {
      name: 'an index renamed after it was built, twin of one the history has',
      history: `${profiles}
create index profiles_workspace_idx on profiles (workspace_id);`,
      sql: `create index profiles_ws_tmp on profiles (workspace_id);
alter index profiles_ws_tmp rename to profiles_by_workspace;`,
      expect: [
        {
          status: 'fail',
          includes: [
            'profiles_workspace_idx = profiles_by_workspace',
            'change.sql:1',
            'DROP INDEX CONCURRENTLY "public"."profiles_by_workspace";',
          ],
        },
      ],
    },
  ],
  valid: [
    {
      name: 'near misses: column order, uniqueness, predicate, operator class, method, order, INCLUDE, collation, expression, NULLS NOT DISTINCT',
      history: profiles,
      sql: `create index profiles_ws_email on profiles (workspace_id, email);
create index profiles_email_ws on profiles (email, workspace_id);
create index profiles_email on profiles (email);
create unique index profiles_email_unique on profiles (email);
create unique index profiles_email_unique_nnd on profiles (email) nulls not distinct;
create index profiles_email_live on profiles (email) where deleted_at is null;
create index profiles_email_pattern on profiles (email text_pattern_ops);
create index profiles_email_hash on profiles using hash (email);
create index profiles_email_desc on profiles (email desc);
create index profiles_email_with_handle on profiles (email) include (handle);
create index profiles_email_c on profiles (email collate "C");
create index profiles_email_lower on profiles (lower(email));`,
      expect: pass(['set(s) of identical indexes', 'already there']),
    },
    {
      name: 'a deferrable UNIQUE constraint beside a plain unique index on the same column',
      history: profiles,
      sql: `create unique index profiles_handle_key on profiles (handle);
alter table profiles add constraint profiles_handle_unique unique (handle) deferrable initially deferred;`,
      expect: pass(['profiles_handle']),
    },
    {
      name: 'a self-referencing foreign key, whose constraint also points at the primary key index',
      history: '',
      sql: `create table public.comments (id bigint primary key, parent_id bigint references public.comments (id));
create index comments_parent_id_idx on public.comments (parent_id);`,
      expect: pass(['comments_pkey']),
    },
    {
      name: 'PRIMARY KEY UNIQUE in one CREATE TABLE: Postgres builds one index',
      history: '',
      sql: 'create table public.teams (id bigint primary key unique, name text);',
      expect: pass(['teams_id_key']),
    },
    {
      name: 'the same definition on two different tables',
      history: `${profiles}
create table public.members (id uuid primary key, workspace_id bigint not null);
create index members_workspace_id_idx on members (workspace_id);`,
      sql: 'create index profiles_workspace_id_idx on profiles (workspace_id);',
      expect: pass(['members_workspace_id_idx']),
    },
    {
      name: 'a twin the history built is named but does not fail a change that only adds a column',
      history: `${profiles}
create index profiles_email_a on profiles (email);
create index profiles_email_b on profiles (email);`,
      sql: 'alter table profiles add column bio text;',
      expect: [
        {
          status: 'pass',
          includes: [
            'Duplicates already there, among indexes the migrations do not build: public.profiles: profiles_email_a = profiles_email_b',
          ],
        },
      ],
    },
    {
      name: 'a duplicate dropped again in the same file',
      history: profiles,
      sql: `create unique index profiles_id_key on profiles (id);
drop index profiles_id_key;`,
      expect: pass(['profiles_id_key']),
    },
  ],
};
