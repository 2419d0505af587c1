import type { RuleCases } from '../rule-cases.ts';

const MEMBER_DIRECTORY = `CREATE VIEW public.member_directory AS
SELECT u.id, u.email, u.raw_user_meta_data ->> 'full_name' AS full_name, u.last_sign_in_at
FROM auth.users u;`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a security_invoker view: readers need their own access to auth.users, which RLS guards',
      sql: `CREATE VIEW public.my_account WITH (security_invoker = on) AS
SELECT id, email, created_at FROM auth.users WHERE id = auth.uid();`,
    },
    {
      name: 'a view the API roles cannot select from',
      sql: `${MEMBER_DIRECTORY}
REVOKE ALL ON public.member_directory FROM anon, authenticated;
GRANT SELECT ON public.member_directory TO service_role;`,
    },
    {
      name: 'a view in a schema the API does not expose',
      sql: `CREATE SCHEMA private;
CREATE VIEW private.user_emails AS SELECT id, email FROM auth.users;`,
    },
    {
      name: 'a view over a profiles table of the project, not auth.users',
      history: [
        'CREATE TABLE public.profiles (id uuid PRIMARY KEY REFERENCES auth.users (id), display_name text);',
      ],
      sql: 'CREATE VIEW public.profile_names WITH (security_invoker = true) AS SELECT id, display_name FROM public.profiles;',
    },
    {
      name: 'a view of an earlier migration is not reported again',
      history: [MEMBER_DIRECTORY],
      sql: 'CREATE TABLE public.teams (id bigint PRIMARY KEY, name text NOT NULL);',
    },
    {
      name: 'a grant to another role leaves the view as it was',
      history: [MEMBER_DIRECTORY],
      sql: 'GRANT SELECT ON public.member_directory TO service_role;',
    },
    {
      name: "auth.users read through another view is view-bypasses-rls's finding, as for the advisor",
      sql: `CREATE SCHEMA private;
CREATE VIEW private.user_emails AS SELECT id, email FROM auth.users;
CREATE VIEW public.team_emails AS SELECT id, email FROM private.user_emails;`,
    },
  ],
  invalid: [
    {
      name: 'a member directory over auth.users',
      sql: `-- for the admin page
${MEMBER_DIRECTORY}`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            "View public.member_directory reads auth.users and anon and authenticated can select from it through the Data API: it reads auth.users with its owner's rights",
          fix: 'REVOKE SELECT ON public.member_directory FROM anon, authenticated;',
        },
      ],
    },
    {
      name: 'a materialized view joining auth.users, readable by authenticated only',
      history: [
        'CREATE TABLE public.orders (id bigint PRIMARY KEY, user_id uuid NOT NULL REFERENCES auth.users (id), total_cents bigint NOT NULL);',
      ],
      sql: `CREATE MATERIALIZED VIEW public.top_customers AS
SELECT u.email, sum(o.total_cents) AS spent_cents
FROM public.orders o JOIN auth.users u ON u.id = o.user_id
GROUP BY u.email;
REVOKE SELECT ON public.top_customers FROM anon;`,
      errors: [
        {
          line: 1,
          message:
            'Materialized view public.top_customers reads auth.users and authenticated can select from it through the Data API: a materialized view stores the rows its owner read',
        },
      ],
    },
    {
      name: 'auth.users read in a subquery counts too',
      history: [
        'CREATE TABLE public.comments (id bigint PRIMARY KEY, author_id uuid NOT NULL, body text NOT NULL);',
      ],
      sql: `CREATE VIEW public.comments_with_author AS
SELECT c.id, c.body, (SELECT email FROM auth.users WHERE id = c.author_id) AS author_email
FROM public.comments c;`,
      lines: [1],
    },
    {
      name: 'a security_invoker view over a local auth.users stand-in without RLS',
      history: [
        'CREATE SCHEMA IF NOT EXISTS auth;\nCREATE TABLE IF NOT EXISTS auth.users (id uuid PRIMARY KEY, email text);',
      ],
      sql: 'CREATE VIEW public.user_emails WITH (security_invoker = true) AS SELECT id, email FROM auth.users;',
      errors: [{ line: 1, message: 'auth.users has row level security turned off' }],
    },
    {
      name: 'security_invoker does not exist before Postgres 15',
      options: { pgVersion: 14 },
      sql: 'CREATE VIEW public.my_account WITH (security_invoker = on) AS SELECT id, email FROM auth.users WHERE id = auth.uid();',
      lines: [1],
    },
    {
      name: 'a revoked view granted back to the API roles',
      history: [
        `${MEMBER_DIRECTORY}\nREVOKE SELECT ON public.member_directory FROM anon, authenticated;`,
      ],
      sql: `-- the dashboard reads it with the user's session
GRANT SELECT ON public.member_directory TO authenticated;`,
      errors: [{ line: 2, message: 'and authenticated can select from it' }],
    },
    {
      name: 'security_invoker reset on a view of an earlier migration',
      history: [
        'CREATE VIEW public.my_account WITH (security_invoker = on) AS SELECT id, email FROM auth.users WHERE id = auth.uid();',
      ],
      sql: 'ALTER VIEW public.my_account RESET (security_invoker);',
      lines: [1],
    },
  ],
};
