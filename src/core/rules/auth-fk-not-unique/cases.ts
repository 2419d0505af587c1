import type { RuleCases } from '../rule-cases.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'profiles keyed on the primary key of auth.users, with and without a column list',
      sql: `CREATE TABLE public.profiles (
  id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
  full_name text
);
CREATE TABLE public.invitations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invited_by uuid NOT NULL REFERENCES auth.users ON DELETE CASCADE,
  email text NOT NULL
);`,
    },
    {
      name: 'a unique key of a table of the project is not the auth schema',
      history: ['CREATE TABLE public.accounts (id uuid PRIMARY KEY, phone text UNIQUE);'],
      sql: `CREATE TABLE public.sms_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  phone text REFERENCES public.accounts (phone)
);`,
    },
    {
      name: 'a foreign key an earlier migration added is not reported again',
      history: [
        'CREATE TABLE public.phone_contacts (phone text REFERENCES auth.users (phone), label text);',
      ],
      sql: 'ALTER TABLE public.phone_contacts ADD COLUMN created_at timestamptz DEFAULT now();',
    },
    {
      name: 'auth.users (email) has no unique key a foreign key can use: Postgres rejects it, this rule does not apply',
      sql: 'CREATE TABLE public.newsletter (email varchar(255) PRIMARY KEY REFERENCES auth.users (email));',
    },
    {
      name: 'the sessions table referenced by its primary key',
      history: ['CREATE TABLE public.devices (id uuid PRIMARY KEY, push_token text);'],
      sql: `ALTER TABLE public.devices
  ADD COLUMN session_id uuid REFERENCES auth.sessions (id) ON DELETE SET NULL;`,
    },
  ],
  invalid: [
    {
      name: "a contact table keyed on the user's phone number",
      sql: `CREATE TABLE public.phone_contacts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  phone text NOT NULL REFERENCES auth.users (phone) ON DELETE CASCADE,
  label text
);`,
      errors: [
        {
          line: 1,
          severity: 'error',
          message:
            'Foreign key phone_contacts_phone_fkey on public.phone_contacts references auth.users (phone) through unique key users_phone_key, not through its primary key (id).',
          fix: '-- ALTER TABLE public.phone_contacts ADD COLUMN user_id uuid REFERENCES auth.users (id) ON DELETE CASCADE;',
        },
      ],
    },
    {
      name: 'linked accounts keyed on the provider identity',
      history: [
        `CREATE TABLE public.linked_accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider text NOT NULL,
  provider_user_id text NOT NULL
);`,
      ],
      sql: `-- one row per identity
ALTER TABLE public.linked_accounts
  ADD CONSTRAINT linked_accounts_identity_fkey
  FOREIGN KEY (provider_user_id, provider) REFERENCES auth.identities (provider_id, provider);`,
      errors: [
        {
          line: 2,
          message: 'through unique key identities_provider_id_provider_unique',
          fix: /REFERENCES auth\.identities \(id\)/,
        },
      ],
    },
    {
      name: 'a local stand-in for auth.users with a unique email: its keys come from the model',
      history: [
        'CREATE SCHEMA IF NOT EXISTS auth;\nCREATE TABLE IF NOT EXISTS auth.users (id uuid PRIMARY KEY, email text UNIQUE);',
      ],
      sql: 'CREATE TABLE public.subscribers (email text PRIMARY KEY REFERENCES auth.users (email));',
      errors: [{ line: 1, message: 'through unique key users_email_key' }],
    },
    {
      name: 'a key a DO block adds, on a table the file then renames',
      history: ['CREATE TABLE public.devices (id bigint PRIMARY KEY);'],
      sql: `DO $$
BEGIN
  ALTER TABLE public.devices ADD COLUMN phone text REFERENCES auth.users (phone);
END $$;
ALTER TABLE public.devices RENAME TO user_devices;`,
      errors: [
        {
          line: 1,
          message: 'on public.user_devices references auth.users (phone) through unique key',
        },
      ],
    },
    {
      name: 'an auth table the rule does not list: any key but id is a unique key',
      sql: 'CREATE TABLE public.client_logos (client_id text REFERENCES auth.oauth_clients (client_id), url text);',
      errors: [
        { line: 1, message: 'references auth.oauth_clients (client_id) through a unique key' },
      ],
    },
  ],
};
