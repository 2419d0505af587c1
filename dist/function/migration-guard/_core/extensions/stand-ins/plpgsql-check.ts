import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * plpgsql_check analyses PL/pgSQL functions from C, hooked into the PL/pgSQL executor. The
 * stand-in keeps the functions with their real argument lists and defaults, and reports nothing:
 * checks return no rows (a function "passes"), the profiler and tracer are off, coverage is 0.
 * Migrations that call `plpgsql_check_function` to gate on errors therefore pass on staging.
 */
const warningOptions = `fatal_errors boolean default true,
  other_warnings boolean default true,
  performance_warnings boolean default false,
  extra_warnings boolean default true,
  security_warnings boolean default false,
  compatibility_warnings boolean default false,
  oldtable name default null,
  newtable name default null,
  anyelememttype regtype default 'int',
  anyenumtype regtype default '-',
  anyrangetype regtype default 'int4range',
  anycompatibletype regtype default 'int',
  anycompatiblerangetype regtype default 'int4range',
  without_warnings boolean default false,
  all_warnings boolean default false,
  use_incomment_options boolean default true,
  incomment_options_usage_warning boolean default false,
  constant_tracing boolean default true`;

const resultTable = `table (functionid regproc, lineno integer, statement text, sqlstate text,
  message text, detail text, hint text, level text, "position" integer, query text, context text)`;

const dependencyOptions = `relid regclass default 0,
  anyelememttype regtype default 'int',
  anyenumtype regtype default '-',
  anyrangetype regtype default 'int4range',
  anycompatibletype regtype default 'int',
  anycompatiblerangetype regtype default 'int4range'`;

const profileTable = `table (lineno integer, stmt_lineno integer, queryids int8[], cmds_on_row integer,
  exec_stmts int8, exec_stmts_err int8, total_time double precision, avg_time double precision,
  max_time double precision[], processed_rows int8[], source text)`;

const statementsTable = `table (stmtid integer, parent_stmtid integer, parent_note text, block_num integer,
  lineno integer, queryid int8, exec_stmts int8, exec_stmts_err int8, total_time double precision,
  avg_time double precision, max_time double precision, processed_rows int8, stmtname text)`;

export const plpgsqlCheck: ExtensionStandIn = {
  name: 'plpgsql_check',
  version: '2.8',
  comment: 'extended check for plpgsql functions',
  requires: ['plpgsql'],
  sql: `
${['funcoid regprocedure', 'name text']
  .map(
    (target) => `
create function @extschema@.plpgsql_check_function(${target},
  relid regclass default 0, format text default 'text', ${warningOptions})
  returns setof text language sql as $$ select null::text where false $$;
create function @extschema@.plpgsql_check_function_tb(${target},
  relid regclass default 0, ${warningOptions})
  returns ${resultTable} language sql as $$ select null::regproc, null::integer, null::text, null::text,
    null::text, null::text, null::text, null::text, null::integer, null::text, null::text where false $$;
create function @extschema@.__plpgsql_show_dependency_tb(${target}, ${dependencyOptions})
  returns table (type text, oid oid, schema text, name text, params text)
  language sql as $$ select null::text, null::oid, null::text, null::text, null::text where false $$;
create function @extschema@.plpgsql_profiler_function_tb(${target}) returns ${profileTable}
  language sql strict as $$ select null::integer, null::integer, null::int8[], null::integer, null::int8, null::int8,
    null::double precision, null::double precision, null::double precision[], null::int8[], null::text where false $$;
create function @extschema@.plpgsql_profiler_function_statements_tb(${target}) returns ${statementsTable}
  language sql strict as $$ select null::integer, null::integer, null::text, null::integer, null::integer, null::int8,
    null::int8, null::int8, null::double precision, null::double precision, null::double precision, null::int8,
    null::text where false $$;
create function @extschema@.plpgsql_coverage_statements(${target}) returns double precision
  language sql as $$ select 0::double precision $$;
create function @extschema@.plpgsql_coverage_branches(${target}) returns double precision
  language sql as $$ select 0::double precision $$;`,
  )
  .join('\n')}
create function @extschema@.plpgsql_show_dependency_tb(funcoid regprocedure, ${dependencyOptions})
  returns table (type text, oid oid, schema text, name text, params text)
  language sql as $$ select * from @extschema@.__plpgsql_show_dependency_tb(funcoid) $$;
create function @extschema@.plpgsql_show_dependency_tb(fnname text, ${dependencyOptions})
  returns table (type text, oid oid, schema text, name text, params text)
  language sql as $$ select * from @extschema@.__plpgsql_show_dependency_tb(fnname) $$;

create function @extschema@.plpgsql_profiler_install_fake_queryid_hook() returns void
  language sql strict as $$ select $$;
create function @extschema@.plpgsql_profiler_remove_fake_queryid_hook() returns void
  language sql strict as $$ select $$;
create function @extschema@.plpgsql_profiler_reset_all() returns void language sql strict as $$ select $$;
create function @extschema@.plpgsql_profiler_reset(funcoid regprocedure) returns void
  language sql strict as $$ select $$;
create function @extschema@.plpgsql_profiler_functions_all()
  returns table (funcoid regprocedure, exec_count int8, exec_stmts_err int8, total_time double precision,
    avg_time double precision, stddev_time double precision, min_time double precision, max_time double precision)
  language sql strict as $$ select null::regprocedure, null::int8, null::int8, null::double precision,
    null::double precision, null::double precision, null::double precision, null::double precision where false $$;
create function @extschema@.plpgsql_check_pragma(variadic name text[]) returns integer
  language sql volatile as $$ select 1 $$;
create function @extschema@.plpgsql_check_profiler(enable boolean default null) returns boolean
  language sql volatile as $$ select false $$;
create function @extschema@.plpgsql_check_tracer(enable boolean default null, verbosity text default null)
  returns boolean language sql volatile as $$ select false $$;
`,
  examples: [
    `create function public.add_one(i integer) returns integer language plpgsql as $$ begin return i + 1; end $$`,
    `select * from extensions.plpgsql_check_function('public.add_one(integer)')`,
    `select count(*) from extensions.plpgsql_check_function_tb('public.add_one(integer)'::regprocedure, fatal_errors := false)`,
    `select extensions.plpgsql_check_profiler(true)`,
  ],
};
