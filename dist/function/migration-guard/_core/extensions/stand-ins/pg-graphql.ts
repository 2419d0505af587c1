import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pg_graphql resolves GraphQL queries in Rust. The stand-in keeps the SQL half: the schema
 * version sequence and its event triggers, `graphql.comment_directive` (which migrations use to
 * read `@graphql(...)` comments), and `graphql.resolve` with its real arguments, answering every
 * query with a GraphQL error instead of data. `graphql_public.graphql(...)`, which Supabase's own
 * set-up defines over `graphql.resolve`, is created too so PostgREST-style grants apply.
 */
export const pgGraphql: ExtensionStandIn = {
  name: 'pg_graphql',
  version: '1.6.1',
  comment: 'pg_graphql: GraphQL support',
  schema: 'graphql',
  sql: String.raw`
create sequence if not exists @extschema@.seq_schema_version as integer cycle;

create function @extschema@.increment_schema_version() returns event_trigger
  security definer language plpgsql as $$
begin
  perform pg_catalog.nextval('@extschema@.seq_schema_version');
end
$$;

create function @extschema@.get_schema_version() returns integer
  security definer language sql as $$
  select last_value::integer from @extschema@.seq_schema_version
$$;

create event trigger graphql_watch_ddl on ddl_command_end
  execute function @extschema@.increment_schema_version();
create event trigger graphql_watch_drop on sql_drop
  execute function @extschema@.increment_schema_version();

-- Reads the JSON inside "@graphql(...)" in a comment; {} when there is none.
create function @extschema@.comment_directive(comment_ text) returns jsonb
  language sql immutable as $$
  select coalesce(substring(comment_ from '@graphql\((.+)\)')::jsonb, '{}'::jsonb)
$$;

create function @extschema@.exception(message text) returns text language plpgsql as $$
begin
  raise exception using errcode = '22000', message = message;
end
$$;

create function @extschema@._internal_resolve(
  query text,
  variables jsonb default '{}',
  "operationName" text default null,
  extensions jsonb default null
) returns jsonb language sql as $$
  select jsonb_build_object(
    'data', null,
    'errors', jsonb_build_array(jsonb_build_object(
      'message', 'pg_graphql is a stand-in on this staging database: queries are not resolved')))
$$;

create function @extschema@.resolve(
  "query" text,
  "variables" jsonb default '{}',
  "operationName" text default null,
  "extensions" jsonb default null
) returns jsonb language sql as $$
  select @extschema@._internal_resolve("query", "variables", "operationName", "extensions")
$$;

create schema if not exists graphql_public;

create or replace function graphql_public.graphql(
  "operationName" text default null,
  query text default null,
  variables jsonb default null,
  extensions jsonb default null
) returns jsonb language sql as $$
  select @extschema@.resolve(
    query := query,
    variables := coalesce(variables, '{}'),
    "operationName" := "operationName",
    extensions := extensions)
$$;
`,
  examples: [
    `comment on schema public is '@graphql({"inflect_names": true})'`,
    `select graphql.comment_directive('@graphql({"totalCount": {"enabled": true}})')`,
    `select graphql.resolve($$ { __typename } $$)`,
    `select graphql_public.graphql(query := '{ accountCollection { edges { node { id } } } }')`,
    `grant usage on schema graphql_public to public`,
  ],
};
