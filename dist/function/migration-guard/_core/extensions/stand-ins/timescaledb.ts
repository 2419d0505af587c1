import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * TimescaleDB (offered on Supabase's PostgreSQL 15 projects) partitions a table into time
 * chunks from C code. The stand-in declares what migrations call, with the 2.16 signatures:
 * `create_hypertable` in both forms (with `by_range`/`by_hash`), the retention and compression
 * policies, `set_chunk_time_interval`, `drop_chunks` and `time_bucket`. The table stays a plain
 * table: `create_hypertable` checks that the time column exists and answers as the real one
 * does, policies are recorded nowhere and return a job id of 0, `drop_chunks` drops nothing.
 * `time_bucket` computes real buckets (origin 2000-01-03, as TimescaleDB's), with month-sized
 * widths truncated to the month.
 *
 * The real functions take `"any"` for policy ages, which only C code can declare; here they are
 * `anyelement`, so an age must have a type (`interval '7 days'`, an integer) as it always does in
 * practice. Not reproduced: `timescaledb.*` storage parameters (`alter table ... set
 * (timescaledb.compress)`) and continuous aggregates, which need the extension's C hooks.
 */
export const timescaledb: ExtensionStandIn = {
  name: 'timescaledb',
  version: '2.16.1',
  comment: 'Enables scalable inserts and complex queries for time-series data (Apache 2 Edition)',
  sql: `
create schema if not exists _timescaledb_catalog;
create schema if not exists _timescaledb_internal;
create schema if not exists _timescaledb_functions;
create schema if not exists _timescaledb_config;
create schema if not exists timescaledb_information;
create schema if not exists timescaledb_experimental;
grant usage on schema _timescaledb_catalog, _timescaledb_internal, _timescaledb_functions,
  _timescaledb_config, timescaledb_information, timescaledb_experimental to public;

create type _timescaledb_internal.dimension_info as (
  column_name name, kind text, partition_interval text, number_partitions integer
);

-- The checks the real create_hypertable makes before it partitions anything.
create function _timescaledb_functions.stand_in_time_column(relation regclass, time_column_name name)
  returns void language plpgsql as $$
begin
  if not exists (
    select from pg_catalog.pg_attribute
    where attrelid = relation and attname = time_column_name and attnum > 0 and not attisdropped
  ) then
    raise exception 'column "%" does not exist', time_column_name using errcode = '42703';
  end if;
end
$$;

create function @extschema@.create_hypertable(
  relation regclass,
  time_column_name name,
  partitioning_column name = null,
  number_partitions integer = null,
  associated_schema_name name = null,
  associated_table_prefix name = null,
  chunk_time_interval anyelement = null::bigint,
  create_default_indexes boolean = true,
  if_not_exists boolean = false,
  partitioning_func regproc = null,
  migrate_data boolean = false,
  chunk_target_size text = null,
  chunk_sizing_func regproc = null,
  time_partitioning_func regproc = null
) returns table (hypertable_id integer, schema_name name, table_name name, created boolean)
  language plpgsql volatile as $$
begin
  perform _timescaledb_functions.stand_in_time_column(relation, time_column_name);
  return query
    select 1, n.nspname, c.relname, true
    from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where c.oid = relation;
end
$$;

create function @extschema@.by_range(
  column_name name, partition_interval anyelement = null::bigint, partition_func regproc = null
) returns _timescaledb_internal.dimension_info language sql immutable as $$
  select row(column_name, 'range', partition_interval::text, null)::_timescaledb_internal.dimension_info
$$;

create function @extschema@.by_hash(
  column_name name, number_partitions integer, partition_func regproc = null
) returns _timescaledb_internal.dimension_info language sql immutable as $$
  select row(column_name, 'hash', null, number_partitions)::_timescaledb_internal.dimension_info
$$;

create function @extschema@.create_hypertable(
  relation regclass,
  dimension _timescaledb_internal.dimension_info,
  create_default_indexes boolean = true,
  if_not_exists boolean = false,
  migrate_data boolean = false
) returns table (hypertable_id integer, created boolean) language plpgsql volatile as $$
begin
  perform _timescaledb_functions.stand_in_time_column(relation, (dimension).column_name);
  return query select 1, true;
end
$$;

create function @extschema@.set_chunk_time_interval(
  hypertable regclass, chunk_time_interval anyelement, dimension_name name = null
) returns void language sql volatile as $$ select $$;

create function @extschema@.add_retention_policy(
  relation regclass,
  drop_after anyelement = null::interval,
  if_not_exists boolean = false,
  schedule_interval interval = null,
  initial_start timestamptz = null,
  timezone text = null,
  drop_created_before interval = null
) returns integer language sql volatile as $$ select 0 $$;

create function @extschema@.remove_retention_policy(relation regclass, if_exists boolean = false)
  returns void language sql volatile strict as $$ select $$;

create function @extschema@.add_compression_policy(
  hypertable regclass,
  compress_after anyelement = null::interval,
  if_not_exists boolean = false,
  schedule_interval interval = null,
  initial_start timestamptz = null,
  timezone text = null,
  compress_created_before interval = null
) returns integer language sql volatile as $$ select 0 $$;

create function @extschema@.remove_compression_policy(hypertable regclass, if_exists boolean = false)
  returns boolean language sql volatile strict as $$ select true $$;

create function @extschema@.drop_chunks(
  relation regclass,
  older_than anyelement = null::interval,
  newer_than anyelement = null::interval,
  verbose boolean = false
) returns setof text language sql volatile as $$ select null::text where false $$;

create function @extschema@.time_bucket(bucket_width interval, ts timestamptz) returns timestamptz
  language sql immutable strict parallel safe as $$
  select case when extract(year from bucket_width) <> 0 or extract(month from bucket_width) <> 0
    then date_trunc('month', ts)
    else date_bin(bucket_width, ts, timestamptz '2000-01-03 00:00:00+00') end
$$;
create function @extschema@.time_bucket(bucket_width interval, ts timestamp) returns timestamp
  language sql immutable strict parallel safe as $$
  select case when extract(year from bucket_width) <> 0 or extract(month from bucket_width) <> 0
    then date_trunc('month', ts)
    else date_bin(bucket_width, ts, timestamp '2000-01-03') end
$$;
create function @extschema@.time_bucket(bucket_width interval, ts date) returns date
  language sql immutable strict parallel safe as $$
  select @extschema@.time_bucket(bucket_width, ts::timestamp)::date
$$;
create function @extschema@.time_bucket(bucket_width integer, ts integer) returns integer
  language sql immutable strict parallel safe as $$ select (floor(ts::numeric / bucket_width) * bucket_width)::integer $$;
create function @extschema@.time_bucket(bucket_width bigint, ts bigint) returns bigint
  language sql immutable strict parallel safe as $$ select (floor(ts::numeric / bucket_width) * bucket_width)::bigint $$;
`,
  examples: [
    `create table public.readings (at timestamptz not null, device text, value double precision)`,
    `select * from extensions.create_hypertable('public.readings', 'at', chunk_time_interval => interval '1 day')`,
    `select extensions.create_hypertable('public.readings', extensions.by_range('at'), if_not_exists => true)`,
    `select extensions.add_retention_policy('public.readings', interval '30 days')`,
    `select extensions.time_bucket(interval '15 minutes', timestamptz '2024-05-01 10:07:00+00') = timestamptz '2024-05-01 10:00:00+00' as ok`,
  ],
};
