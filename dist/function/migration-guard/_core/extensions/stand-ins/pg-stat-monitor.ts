import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pg_stat_monitor collects query statistics in shared memory from C hooks. The stand-in keeps
 * the `pg_stat_monitor` view with the columns it has on PostgreSQL 15 (always empty) and the
 * helper functions with their real signatures.
 */
export const pgStatMonitor: ExtensionStandIn = {
  name: 'pg_stat_monitor',
  version: '2.1',
  comment:
    'The pg_stat_monitor is a PostgreSQL Query Performance Monitoring tool, based on PostgreSQL contrib module pg_stat_statements. pg_stat_monitor provides aggregated statistics, client information, plan details including plan, and histogram information.',
  sql: `
create function @extschema@.pg_stat_monitor_reset() returns void language sql as $$ select $$;
revoke all on function @extschema@.pg_stat_monitor_reset() from public;
create function @extschema@.pg_stat_monitor_version() returns text language sql as $$ select '2.1.0' $$;
create function @extschema@.get_histogram_timings() returns text language sql as $$ select '' $$;
create function @extschema@.range() returns text[] language sql as $$ select '{}'::text[] $$;
create function @extschema@.get_cmd_type(cmd_type integer) returns text language sql immutable as $$
  select case cmd_type when 1 then 'SELECT' when 2 then 'UPDATE' when 3 then 'INSERT'
    when 4 then 'DELETE' when 5 then 'MERGE' when 6 then 'UTILITY' when 7 then 'NOTHING' else '' end
$$;
create function @extschema@.decode_error_level(elevel integer) returns text language sql immutable as $$
  select case
    when elevel = 0 then '' when elevel between 10 and 14 then 'DEBUG' when elevel = 15 then 'LOG'
    when elevel = 17 then 'INFO' when elevel = 18 then 'NOTICE' when elevel = 19 then 'WARNING'
    when elevel = 21 then 'ERROR' when elevel = 22 then 'FATAL' when elevel = 23 then 'PANIC'
    else '' end
$$;
create function @extschema@.histogram(_bucket integer, _quryid int8) returns setof record
  language sql as $$ select null::text, null::int8 where false $$;

create view @extschema@.pg_stat_monitor as select
  null::int8 as bucket, null::timestamptz as bucket_start_time, null::oid as userid,
  null::text as username, null::oid as dbid, null::text as datname, null::inet as client_ip,
  null::int8 as pgsm_query_id, null::int8 as queryid, null::boolean as toplevel,
  null::int8 as top_queryid, null::text as query, null::text as comments, null::int8 as planid,
  null::text as query_plan, null::text as top_query, null::text as application_name,
  null::text[] as relations, null::integer as cmd_type, null::text as cmd_type_text,
  null::integer as elevel, null::text as sqlcode, null::text as message, null::int8 as calls,
  null::float8 as total_exec_time, null::float8 as min_exec_time, null::float8 as max_exec_time,
  null::float8 as mean_exec_time, null::float8 as stddev_exec_time, null::int8 as rows,
  null::int8 as shared_blks_hit, null::int8 as shared_blks_read, null::int8 as shared_blks_dirtied,
  null::int8 as shared_blks_written, null::int8 as local_blks_hit, null::int8 as local_blks_read,
  null::int8 as local_blks_dirtied, null::int8 as local_blks_written, null::int8 as temp_blks_read,
  null::int8 as temp_blks_written, null::float8 as blk_read_time, null::float8 as blk_write_time,
  null::float8 as temp_blk_read_time, null::float8 as temp_blk_write_time, null::text[] as resp_calls,
  null::float8 as cpu_user_time, null::float8 as cpu_sys_time, null::int8 as wal_records,
  null::int8 as wal_fpi, null::numeric as wal_bytes, null::boolean as bucket_done, null::int8 as plans,
  null::float8 as total_plan_time, null::float8 as min_plan_time, null::float8 as max_plan_time,
  null::float8 as mean_plan_time, null::float8 as stddev_plan_time, null::int8 as jit_functions,
  null::float8 as jit_generation_time, null::int8 as jit_inlining_count,
  null::float8 as jit_inlining_time, null::int8 as jit_optimization_count,
  null::float8 as jit_optimization_time, null::int8 as jit_emission_count,
  null::float8 as jit_emission_time
where false;
grant select on @extschema@.pg_stat_monitor to public;
`,
  examples: [
    `select query, calls from extensions.pg_stat_monitor order by calls desc limit 10`,
    `select extensions.pg_stat_monitor_reset()`,
  ],
};
