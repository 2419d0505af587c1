import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * Supabase Wrappers: foreign data wrappers written in Rust. Each wrapper in the real extension
 * has three functions, `<name>_handler()`, `<name>_validator(options text[], catalog oid)` and
 * `<name>_meta()`, named from its Rust type (BigQueryFdw gives `big_query_fdw_handler`).
 *
 * A foreign-data wrapper handler must return `fdw_handler`, which SQL and PL/pgSQL functions
 * cannot. The stand-in points each handler at the server's own `fdw_handler_in`, a built-in that
 * only raises "cannot accept a value of type fdw_handler": `create foreign data wrapper ...
 * handler ... validator ...`, `create server` and `create foreign table` then work, and reading
 * a foreign table fails with that error instead of reaching the remote service. A built-in
 * (`language internal`) function can only be created by a superuser; the validators accept any
 * options.
 */
const wrapperTypes = [
  'airtable_fdw',
  'auth0_fdw',
  'big_query_fdw',
  'click_house_fdw',
  'cognito_fdw',
  'duckdb_fdw',
  'dynamo_db_fdw',
  'firebase_fdw',
  'hello_world_fdw',
  'iceberg_fdw',
  'logflare_fdw',
  'mongodb_fdw',
  'mssql_fdw',
  'mysql_fdw',
  'redis_fdw',
  's3_fdw',
  's3_vectors_fdw',
  'stripe_fdw',
  'wasm_fdw',
] as const;

/** The Rust type name the real `<name>_meta()` reports, e.g. `BigQueryFdw`. */
const rustTypeName = (snake: string): string =>
  snake
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

const wrapperFunctions = (name: string): string => `
create function @extschema@.${name}_handler() returns fdw_handler
  language internal strict as 'fdw_handler_in';
create function @extschema@.${name}_validator(options text[], catalog oid) returns void
  language plpgsql as $$ begin return; end $$;
create function @extschema@.${name}_meta()
  returns table (name text, version text, author text, website text)
  language sql as $$ select '${rustTypeName(name)}', '0.6.2', 'Supabase', 'https://github.com/supabase/wrappers' $$;
`;

export const wrappers: ExtensionStandIn = {
  name: 'wrappers',
  version: '0.6.2',
  comment: 'Foreign data wrappers developed by Supabase',
  sql: `
create table @extschema@.wrappers_fdw_stats (
  fdw_name text not null primary key,
  create_times bigint null,
  rows_in bigint null,
  rows_out bigint null,
  bytes_in bigint null,
  bytes_out bigint null,
  metadata jsonb null,
  created_at timestamptz not null default timezone('utc'::text, now()),
  updated_at timestamptz not null default timezone('utc'::text, now())
);
comment on table @extschema@.wrappers_fdw_stats is 'Wrappers Foreign Data Wrapper statistics';
${wrapperTypes.map(wrapperFunctions).join('')}`,
  examples: [
    `create foreign data wrapper stripe_wrapper handler extensions.stripe_fdw_handler validator extensions.stripe_fdw_validator`,
    `create server stripe_server foreign data wrapper stripe_wrapper options (api_key_name 'stripe')`,
    `create schema if not exists stripe`,
    `create foreign table stripe.customers (id text, email text, attrs jsonb) server stripe_server options (object 'customers')`,
    `select name, version from extensions.big_query_fdw_meta()`,
    `select count(*) from extensions.wrappers_fdw_stats`,
  ],
};
