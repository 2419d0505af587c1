/**
 * Supabase Realtime's schema: the broadcast messages table that private-channel policies are
 * written on, and the functions triggers call to broadcast (`realtime.send`,
 * `realtime.broadcast_changes`). They are stand-ins: on staging nothing is broadcast.
 */
export const realtimeSql = `
do $shim$
begin
  if to_regtype('realtime.action') is null then
    create type realtime.action as enum ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'ERROR');
  end if;
  if to_regtype('realtime.equality_op') is null then
    create type realtime.equality_op as enum ('eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in');
  end if;
end
$shim$;

create table if not exists realtime.messages (
  topic text not null,
  extension text not null,
  payload jsonb,
  event text,
  private boolean default false,
  updated_at timestamp not null default now(),
  inserted_at timestamp not null default now(),
  id uuid not null default gen_random_uuid(),
  primary key (id, inserted_at)
) partition by range (inserted_at);
alter table realtime.messages enable row level security;
grant select, insert, update on realtime.messages to anon, authenticated, service_role;

create table if not exists realtime.subscription (
  id bigint generated always as identity primary key,
  subscription_id uuid not null,
  entity regclass not null,
  filters jsonb not null default '[]',
  claims jsonb not null,
  created_at timestamp not null default timezone('utc', now())
);
create table if not exists realtime.schema_migrations (
  version bigint primary key,
  inserted_at timestamp(0)
);

-- The topic of the channel a policy on realtime.messages is evaluated for.
create or replace function realtime.topic() returns text
  language sql stable
as $fn$
  select nullif(current_setting('realtime.topic', true), '')::text
$fn$;

create or replace function realtime.send(
  payload jsonb, event text, topic text, private boolean default true
) returns void
  language plpgsql
as $fn$
begin
  -- Stand-in: the message is not broadcast on staging.
  perform payload, event, topic, private;
end
$fn$;

create or replace function realtime.broadcast_changes(
  topic_name text, event_name text, operation text, table_name text, table_schema text,
  new record, old record, level text default 'ROW'
) returns void
  language plpgsql
as $fn$
begin
  -- Stand-in: the change is not broadcast on staging.
  perform topic_name, event_name, operation, table_name, table_schema, level;
end
$fn$;
grant execute on function realtime.topic(), realtime.send(jsonb, text, text, boolean)
  to postgres, anon, authenticated, service_role;
`;
