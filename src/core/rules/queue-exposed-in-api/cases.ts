import type { RuleCases } from '../rule-cases.ts';

const queuesApi = { exposedSchemas: ['public', 'graphql_public', 'pgmq_public'] };

export const cases: RuleCases = {
  valid: [
    {
      name: 'the Queues API is not exposed (default exposedSchemas)',
      sql: `create extension if not exists pgmq;
select pgmq.create('email_jobs');
grant select, insert, update, delete on pgmq.q_email_jobs to authenticated;`,
    },
    {
      name: 'exposed, with RLS on the queue table and a policy',
      options: queuesApi,
      sql: `create extension if not exists pgmq;
select from pgmq.create('email_jobs');
alter table pgmq.q_email_jobs enable row level security;
create policy email_jobs_own on pgmq.q_email_jobs for select to authenticated
  using ((message ->> 'user_id')::uuid = (select auth.uid()));
grant select, insert, update, delete on pgmq.q_email_jobs to authenticated;`,
    },
    {
      name: 'exposed, but only the service role may read the queue',
      options: queuesApi,
      sql: `create extension if not exists pgmq;
select pgmq.create('grida_hosted_evt_new_organization_jobs');
grant select on table pgmq.q_grida_hosted_evt_new_organization_jobs to pg_monitor;
grant delete, insert, select, update on table pgmq.q_grida_hosted_evt_new_organization_jobs to service_role;`,
    },
    {
      name: 'the archive table is not a queue',
      options: queuesApi,
      sql: `create extension if not exists pgmq;
select pgmq.create('audit');
alter table pgmq.q_audit enable row level security;
grant select on pgmq.a_audit to authenticated;`,
    },
  ],
  invalid: [
    {
      name: 'a queue granted to authenticated without RLS while pgmq_public is exposed',
      options: queuesApi,
      sql: `create extension if not exists pgmq;
-- order events the browser reads through supabase.schema('pgmq_public').rpc('pop')
select pgmq.create('order_events');
grant usage on schema pgmq to authenticated;
grant select, insert, update, delete on pgmq.q_order_events to authenticated;`,
      errors: [
        {
          line: 3,
          severity: 'error',
          message:
            'Queue table pgmq.q_order_events has row level security off and authenticated can read it, and the Queues API schema pgmq_public is exposed',
          fix: 'ALTER TABLE pgmq.q_order_events ENABLE ROW LEVEL SECURITY;',
        },
      ],
    },
    {
      name: 'a queue from an earlier file opened to anon by a grant on every table of pgmq',
      options: queuesApi,
      history: [
        `create extension if not exists pgmq;
do $$ begin perform pgmq.create('notifications'); end $$;`,
      ],
      sql: 'grant select on all tables in schema pgmq to anon, authenticated;',
      errors: [
        {
          line: 1,
          message:
            'pgmq.q_notifications has row level security off and anon and authenticated can read it',
        },
      ],
    },
    {
      name: 'RLS disabled on a granted queue',
      options: queuesApi,
      history: [
        `create extension if not exists pgmq;
select pgmq.create('uploads');
alter table pgmq.q_uploads enable row level security;
grant select on pgmq.q_uploads to authenticated;`,
      ],
      sql: 'alter table pgmq.q_uploads disable row level security;',
      lines: [1],
    },
  ],
};
