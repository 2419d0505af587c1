import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pgmq is itself written in PL/pgSQL, so the stand-in is a working queue with the real 1.5.1
 * interface (written afresh, not taken from the extension): `pgmq.create` makes `pgmq.q_<name>`
 * and `pgmq.a_<name>` with the real columns and indexes, records the queue in `pgmq.meta` and,
 * when installed as an extension, adds the tables to it as the real one does; send, read, pop,
 * archive, delete, set_vt, purge, metrics and drop behave as documented.
 *
 * Differences: `read_with_poll` reads once and returns at once instead of waiting (no sleeping
 * on staging); partitioned queues need pg_partman, as on Supabase, and are then created as plain
 * tables marked partitioned.
 */
export const pgmq: ExtensionStandIn = {
  name: 'pgmq',
  version: '1.5.1',
  // What Supabase shipped before 1.5.1; the dashboard's "enable Queues" pins it.
  earlierVersions: ['1.4.4'],
  comment: 'A lightweight message queue. Like AWS SQS and RSMQ but on Postgres.',
  schema: 'pgmq',
  sql: String.raw`
create table @extschema@.meta (
  queue_name varchar unique not null,
  is_partitioned boolean not null,
  is_unlogged boolean not null,
  created_at timestamptz default now() not null
);
grant select on table @extschema@.meta to public;

create type @extschema@.message_record as (
  msg_id bigint, read_ct integer, enqueued_at timestamptz, vt timestamptz, message jsonb, headers jsonb
);
create type @extschema@.queue_record as (
  queue_name varchar, is_partitioned boolean, is_unlogged boolean, created_at timestamptz
);
create type @extschema@.metrics_result as (
  queue_name text, queue_length bigint, newest_msg_age_sec integer, oldest_msg_age_sec integer,
  total_messages bigint, scrape_time timestamptz, queue_visible_length bigint
);

create function @extschema@.format_table_name(queue_name text, prefix text) returns text
  language plpgsql as $$
begin
  if queue_name ~ '\$|;|--|''' then
    raise exception 'queue name contains invalid characters: $, ;, --, or \''';
  end if;
  return lower(prefix || '_' || queue_name);
end
$$;

create function @extschema@.validate_queue_name(queue_name text) returns void language plpgsql as $$
begin
  if length(queue_name) >= 48 then
    raise exception 'queue name is too long, maximum length is 48 characters';
  end if;
end
$$;

create function @extschema@._extension_exists(extension_name text) returns boolean language sql as $$
  select exists (select from pg_catalog.pg_extension where extname = extension_name)
$$;

create function @extschema@._belongs_to_pgmq(table_name text) returns boolean language sql as $$
  select exists (
    select from pg_catalog.pg_depend d
    join pg_catalog.pg_extension e on e.oid = d.refobjid and e.extname = 'pgmq'
    where d.classid = 'pg_catalog.pg_class'::regclass
      and d.objid = to_regclass(format('@extschema@.%I', table_name)))
$$;

create function @extschema@._ensure_pg_partman_installed() returns void language plpgsql as $$
begin
  if not @extschema@._extension_exists('pg_partman') then
    raise exception 'pg_partman is required for partitioned queues';
  end if;
end
$$;

-- The one body behind create, create_unlogged and (with pg_partman) create_partitioned.
create function @extschema@._create_queue(queue_name text, unlogged boolean, partitioned boolean)
  returns void language plpgsql as $$
declare
  q text := @extschema@.format_table_name(queue_name, 'q');
  a text := @extschema@.format_table_name(queue_name, 'a');
  kind text := case when unlogged then 'unlogged table' else 'table' end;
begin
  perform @extschema@.validate_queue_name(queue_name);
  execute format('create %s if not exists @extschema@.%I (
      msg_id bigint primary key generated always as identity,
      read_ct integer default 0 not null,
      enqueued_at timestamptz default now() not null,
      vt timestamptz not null,
      message jsonb,
      headers jsonb)', kind, q);
  execute format('create table if not exists @extschema@.%I (
      msg_id bigint primary key,
      read_ct integer default 0 not null,
      enqueued_at timestamptz default now() not null,
      archived_at timestamptz default now() not null,
      vt timestamptz not null,
      message jsonb,
      headers jsonb)', a);
  if @extschema@._extension_exists('pgmq') then
    if not @extschema@._belongs_to_pgmq(q) then
      execute format('alter extension pgmq add table @extschema@.%I', q);
      execute format('alter extension pgmq add sequence @extschema@.%I', q || '_msg_id_seq');
    end if;
    if not @extschema@._belongs_to_pgmq(a) then
      execute format('alter extension pgmq add table @extschema@.%I', a);
    end if;
  end if;
  execute format('create index if not exists %I on @extschema@.%I (vt asc)', q || '_vt_idx', q);
  execute format('create index if not exists %I on @extschema@.%I (archived_at)', 'archived_at_idx_' || queue_name, a);
  insert into @extschema@.meta (queue_name, is_partitioned, is_unlogged)
    values (queue_name, partitioned, unlogged) on conflict do nothing;
end
$$;

create function @extschema@.create_non_partitioned(queue_name text) returns void language sql as $$
  select @extschema@._create_queue(queue_name, false, false)
$$;
create function @extschema@.create_unlogged(queue_name text) returns void language sql as $$
  select @extschema@._create_queue(queue_name, true, false)
$$;
create function @extschema@.create(queue_name text) returns void language sql as $$
  select @extschema@._create_queue(queue_name, false, false)
$$;
create function @extschema@.create_partitioned(
  queue_name text, partition_interval text default '10000', retention_interval text default '100000'
) returns void language plpgsql as $$
begin
  perform @extschema@._ensure_pg_partman_installed();
  perform @extschema@._create_queue(queue_name, false, true);
end
$$;
create function @extschema@.convert_archive_partitioned(
  table_name text, partition_interval text default '10000', retention_interval text default '100000',
  leading_partition integer default 10
) returns void language plpgsql as $$
begin
  perform @extschema@._ensure_pg_partman_installed();
end
$$;

create function @extschema@.drop_queue(queue_name text, partitioned boolean) returns boolean
  language plpgsql as $$
begin
  if @extschema@._extension_exists('pgmq') then
    if @extschema@._belongs_to_pgmq(@extschema@.format_table_name(queue_name, 'q')) then
      execute format('alter extension pgmq drop table @extschema@.%I', @extschema@.format_table_name(queue_name, 'q'));
    end if;
    if @extschema@._belongs_to_pgmq(@extschema@.format_table_name(queue_name, 'a')) then
      execute format('alter extension pgmq drop table @extschema@.%I', @extschema@.format_table_name(queue_name, 'a'));
    end if;
  end if;
  execute format('drop table if exists @extschema@.%I', @extschema@.format_table_name(queue_name, 'q'));
  execute format('drop table if exists @extschema@.%I', @extschema@.format_table_name(queue_name, 'a'));
  delete from @extschema@.meta m where m.queue_name = drop_queue.queue_name;
  return true;
end
$$;
create function @extschema@.drop_queue(queue_name text) returns boolean language sql as $$
  select @extschema@.drop_queue(queue_name, false)
$$;

create function @extschema@.detach_archive(queue_name text) returns void language plpgsql as $$
begin
  if @extschema@._extension_exists('pgmq') then
    execute format('alter extension pgmq drop table @extschema@.%I', @extschema@.format_table_name(queue_name, 'a'));
  end if;
end
$$;

create function @extschema@.send_batch(queue_name text, msgs jsonb[], headers jsonb[], delay timestamptz)
  returns setof bigint language plpgsql as $$
begin
  return query execute format(
    'insert into @extschema@.%I (vt, message, headers)
       select $2, m.message, ($3)[m.n] from unnest($1) with ordinality as m(message, n)
       returning msg_id', @extschema@.format_table_name(queue_name, 'q'))
    using msgs, delay, headers;
end
$$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[]) returns setof bigint language sql as $$
  select * from @extschema@.send_batch(queue_name, msgs, null, clock_timestamp())
$$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[], headers jsonb[]) returns setof bigint
  language sql as $$ select * from @extschema@.send_batch(queue_name, msgs, headers, clock_timestamp()) $$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[], delay integer) returns setof bigint
  language sql as $$
  select * from @extschema@.send_batch(queue_name, msgs, null, clock_timestamp() + make_interval(secs => delay))
$$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[], delay timestamptz) returns setof bigint
  language sql as $$ select * from @extschema@.send_batch(queue_name, msgs, null, delay) $$;
create function @extschema@.send_batch(queue_name text, msgs jsonb[], headers jsonb[], delay integer)
  returns setof bigint language sql as $$
  select * from @extschema@.send_batch(queue_name, msgs, headers, clock_timestamp() + make_interval(secs => delay))
$$;

create function @extschema@.send(queue_name text, msg jsonb, headers jsonb, delay timestamptz)
  returns setof bigint language sql as $$
  select * from @extschema@.send_batch(queue_name, array[msg], array[headers], delay)
$$;
create function @extschema@.send(queue_name text, msg jsonb) returns setof bigint language sql as $$
  select * from @extschema@.send(queue_name, msg, null, clock_timestamp())
$$;
create function @extschema@.send(queue_name text, msg jsonb, headers jsonb) returns setof bigint
  language sql as $$ select * from @extschema@.send(queue_name, msg, headers, clock_timestamp()) $$;
create function @extschema@.send(queue_name text, msg jsonb, delay integer) returns setof bigint
  language sql as $$
  select * from @extschema@.send(queue_name, msg, null, clock_timestamp() + make_interval(secs => delay))
$$;
create function @extschema@.send(queue_name text, msg jsonb, delay timestamptz) returns setof bigint
  language sql as $$ select * from @extschema@.send(queue_name, msg, null, delay) $$;
create function @extschema@.send(queue_name text, msg jsonb, headers jsonb, delay integer)
  returns setof bigint language sql as $$
  select * from @extschema@.send(queue_name, msg, headers, clock_timestamp() + make_interval(secs => delay))
$$;

create function @extschema@.read(queue_name text, vt integer, qty integer, conditional jsonb default '{}')
  returns setof @extschema@.message_record language plpgsql as $$
begin
  return query execute format(
    'with picked as (
       select msg_id from @extschema@.%1$I
       where vt <= clock_timestamp() and ($3 = ''{}''::jsonb or message @> $3)
       order by msg_id limit $2 for update skip locked)
     update @extschema@.%1$I q
       set vt = clock_timestamp() + make_interval(secs => $1), read_ct = q.read_ct + 1
       from picked where q.msg_id = picked.msg_id
       returning q.msg_id, q.read_ct, q.enqueued_at, q.vt, q.message, q.headers',
    @extschema@.format_table_name(queue_name, 'q'))
    using vt, qty, coalesce(conditional, '{}'::jsonb);
end
$$;

create function @extschema@.read_with_poll(
  queue_name text, vt integer, qty integer, max_poll_seconds integer default 5,
  poll_interval_ms integer default 100, conditional jsonb default '{}'
) returns setof @extschema@.message_record language sql as $$
  select * from @extschema@.read(queue_name, vt, qty, conditional)
$$;

create function @extschema@.pop(queue_name text) returns setof @extschema@.message_record
  language plpgsql as $$
begin
  return query execute format(
    'with picked as (
       select msg_id from @extschema@.%1$I where vt <= clock_timestamp()
       order by msg_id limit 1 for update skip locked)
     delete from @extschema@.%1$I q using picked where q.msg_id = picked.msg_id
       returning q.msg_id, q.read_ct, q.enqueued_at, q.vt, q.message, q.headers',
    @extschema@.format_table_name(queue_name, 'q'));
end
$$;

create function @extschema@.set_vt(queue_name text, msg_id bigint, vt integer)
  returns setof @extschema@.message_record language plpgsql as $$
begin
  return query execute format(
    'update @extschema@.%I set vt = clock_timestamp() + make_interval(secs => $2) where msg_id = $1
       returning msg_id, read_ct, enqueued_at, vt, message, headers',
    @extschema@.format_table_name(queue_name, 'q'))
    using msg_id, vt;
end
$$;

create function @extschema@.archive(queue_name text, msg_ids bigint[]) returns setof bigint
  language plpgsql as $$
begin
  return query execute format(
    'with moved as (delete from @extschema@.%I where msg_id = any($1) returning *)
     insert into @extschema@.%I (msg_id, vt, read_ct, enqueued_at, message, headers)
       select msg_id, vt, read_ct, enqueued_at, message, headers from moved
       returning msg_id',
    @extschema@.format_table_name(queue_name, 'q'), @extschema@.format_table_name(queue_name, 'a'))
    using msg_ids;
end
$$;
create function @extschema@.archive(queue_name text, msg_id bigint) returns boolean language sql as $$
  select exists (select from @extschema@.archive(queue_name, array[msg_id]))
$$;

create function @extschema@.delete(queue_name text, msg_ids bigint[]) returns setof bigint
  language plpgsql as $$
begin
  return query execute format(
    'delete from @extschema@.%I where msg_id = any($1) returning msg_id',
    @extschema@.format_table_name(queue_name, 'q'))
    using msg_ids;
end
$$;
create function @extschema@.delete(queue_name text, msg_id bigint) returns boolean language sql as $$
  select exists (select from @extschema@.delete(queue_name, array[msg_id]))
$$;

create function @extschema@.purge_queue(queue_name text) returns bigint language plpgsql as $$
declare
  removed bigint;
begin
  execute format('with gone as (delete from @extschema@.%I returning 1) select count(*) from gone',
    @extschema@.format_table_name(queue_name, 'q')) into removed;
  return removed;
end
$$;

create function @extschema@.metrics(queue_name text) returns @extschema@.metrics_result
  language plpgsql as $$
declare
  result @extschema@.metrics_result;
begin
  execute format(
    'select $1, count(*), extract(epoch from now() - max(enqueued_at))::integer,
       extract(epoch from now() - min(enqueued_at))::integer,
       coalesce((select is_called::int * last_value from @extschema@.%I), 0),
       now(), count(*) filter (where vt <= clock_timestamp())
     from @extschema@.%I',
    @extschema@.format_table_name(queue_name, 'q') || '_msg_id_seq', @extschema@.format_table_name(queue_name, 'q'))
    into result using queue_name;
  return result;
end
$$;

create function @extschema@.metrics_all() returns setof @extschema@.metrics_result language sql as $$
  select (@extschema@.metrics(m.queue_name)).* from @extschema@.meta m
$$;

create function @extschema@.list_queues() returns setof @extschema@.queue_record language sql as $$
  select queue_name, is_partitioned, is_unlogged, created_at from @extschema@.meta
$$;
`,
  examples: [
    `select pgmq.create('emails')`,
    `select * from pgmq.send('emails', '{"to": "a@example.invalid"}'::jsonb)`,
    `select * from pgmq.send_batch('emails', array['{"n": 1}', '{"n": 2}']::jsonb[], 5)`,
    `select msg_id, message from pgmq.read('emails', 30, 5)`,
    `select pgmq.archive('emails', 1::bigint), pgmq.delete('emails', 2::bigint), (select count(*) from pgmq.pop('emails'))`,
    `select queue_length, total_messages from pgmq.metrics('emails')`,
  ],
};
