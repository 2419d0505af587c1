import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * plv8 runs JavaScript in V8, which no staging target has. The stand-in creates the trusted
 * language `plv8` (with its handler, validator and the array domains the real extension adds),
 * so `create function ... language plv8` is accepted as on Supabase; its body is stored, not
 * checked. The handler is PL/pgSQL's, borrowed from the server: calling a plv8 function on
 * staging fails (the JavaScript does not parse as PL/pgSQL), and there is no inline handler, so
 * `do language plv8` says the language cannot run inline code.
 */
export const plv8: ExtensionStandIn = {
  name: 'plv8',
  version: '3.1.10',
  comment: 'PL/JavaScript (v8) trusted procedural language',
  // The real control file pins pg_catalog; a stand-in cannot name a pg_ schema for its loader to
  // create, so it goes where the migration says (`with schema pg_catalog` in pulled dumps).
  sql: `
create function @extschema@.plv8_call_handler() returns language_handler
  language c as '$libdir/plpgsql', 'plpgsql_call_handler';
-- Accepts every body: the JavaScript is not checked on staging.
create function @extschema@.plv8_call_validator(oid) returns void
  language plpgsql as $$ begin end $$;
create trusted language plv8
  handler @extschema@.plv8_call_handler validator @extschema@.plv8_call_validator;

create domain @extschema@.plv8_int2array as int2[];
create domain @extschema@.plv8_int4array as int4[];
create domain @extschema@.plv8_float4array as float4[];
create domain @extschema@.plv8_float8array as float8[];

create function @extschema@.plv8_version() returns text
  language sql stable as $$ select '3.1.10 (migration-guard stand-in: JavaScript is not run)'::text $$;
create function @extschema@.plv8_info() returns json
  language sql stable as $$ select '[]'::json $$;
create function @extschema@.plv8_reset() returns void language sql volatile as $$ select $$;
`,
  examples: [
    `create function public.slugify(title text) returns text language plv8 immutable as $js$
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
$js$`,
    `select extensions.plv8_version() is not null as ok`,
  ],
};
