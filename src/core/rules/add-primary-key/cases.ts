import type { RuleCases } from '../rule-cases.ts';

// A join table created without a key, as early schemas often are.
const members = `CREATE TABLE public.workspace_members (
  workspace_id uuid NOT NULL,
  user_id uuid NOT NULL,
  legacy_id bigint
);`;

const memberIndex =
  'CREATE UNIQUE INDEX CONCURRENTLY workspace_members_pkey ON public.workspace_members (workspace_id, user_id);';

const legacyIndex =
  'CREATE UNIQUE INDEX CONCURRENTLY workspace_members_legacy_key ON public.workspace_members (legacy_id);';

export const cases: RuleCases = {
  valid: [
    {
      name: 'USING INDEX over NOT NULL columns, after a concurrent build',
      history: [members, memberIndex],
      sql: `ALTER TABLE public.workspace_members
  ADD CONSTRAINT workspace_members_pkey PRIMARY KEY USING INDEX workspace_members_pkey;`,
    },
    {
      name: 'USING INDEX over a nullable column proven by a validated CHECK',
      history: [
        members,
        legacyIndex,
        'ALTER TABLE public.workspace_members ADD CONSTRAINT legacy_id_present CHECK (legacy_id IS NOT NULL) NOT VALID;',
        'ALTER TABLE public.workspace_members VALIDATE CONSTRAINT legacy_id_present;',
      ],
      sql: 'ALTER TABLE public.workspace_members ADD CONSTRAINT workspace_members_pkey PRIMARY KEY USING INDEX workspace_members_legacy_key;',
    },
    {
      name: 'pg_dump style: primary key added right after CREATE TABLE in the same file',
      sql: `SET search_path = '';
CREATE TABLE public.documents (id bigint NOT NULL, workspace_id uuid NOT NULL, embedding text);
ALTER TABLE ONLY public.documents ADD CONSTRAINT documents_pkey PRIMARY KEY (id);`,
    },
    {
      name: 'USING INDEX on a table the migrations do not know: nothing says a column is nullable',
      sql: 'ALTER TABLE public.profiles ADD CONSTRAINT profiles_pkey PRIMARY KEY USING INDEX profiles_id_idx;',
    },
  ],
  invalid: [
    {
      name: 'ADD PRIMARY KEY on a table from an earlier migration',
      history: [members],
      sql: `-- give memberships a real key
ALTER TABLE public.workspace_members
  ADD PRIMARY KEY (workspace_id, user_id);`,
      lines: [2],
    },
    {
      name: 'USING INDEX still scans to make a nullable column NOT NULL',
      history: [members, legacyIndex],
      sql: 'ALTER TABLE public.workspace_members ADD CONSTRAINT workspace_members_pkey PRIMARY KEY USING INDEX workspace_members_legacy_key;',
      lines: [1],
    },
    {
      name: 'USING INDEX with a validated CHECK on Postgres 11 still scans',
      history: [
        members,
        legacyIndex,
        'ALTER TABLE public.workspace_members ADD CONSTRAINT legacy_id_present CHECK (legacy_id IS NOT NULL) NOT VALID;',
        'ALTER TABLE public.workspace_members VALIDATE CONSTRAINT legacy_id_present;',
      ],
      options: { pgVersion: 11 },
      sql: 'ALTER TABLE public.workspace_members ADD CONSTRAINT workspace_members_pkey PRIMARY KEY USING INDEX workspace_members_legacy_key;',
      lines: [1],
    },
    {
      name: 'a new identity column declared PRIMARY KEY',
      history: [members],
      sql: 'ALTER TABLE public.workspace_members ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;',
      lines: [1],
    },
    {
      name: 'a table the migrations do not know',
      sql: 'ALTER TABLE ONLY public.audit_events ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id);',
      lines: [1],
    },
  ],
};
