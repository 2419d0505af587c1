import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pg_jsonschema validates JSON against a JSON Schema in Rust. Migrations use it in check
 * constraints, so the stand-in keeps the functions immutable with their real signatures; every
 * instance is accepted (existing rows and later inserts pass) and no validation errors are
 * reported. A constraint that would reject data on Supabase is therefore not caught on staging.
 */
export const pgJsonschema: ExtensionStandIn = {
  name: 'pg_jsonschema',
  version: '0.3.3',
  comment: 'pg_jsonschema',
  sql: `
create function @extschema@.json_matches_schema(schema json, instance json) returns boolean
  language sql immutable strict parallel safe as $$ select true $$;

create function @extschema@.jsonb_matches_schema(schema json, instance jsonb) returns boolean
  language sql immutable strict parallel safe as $$ select true $$;

-- A schema is at least well-formed JSON (the argument's type already guarantees it).
create function @extschema@.jsonschema_is_valid(schema json) returns boolean
  language sql immutable strict parallel safe as $$ select true $$;

create function @extschema@.jsonschema_validation_errors(schema json, instance json) returns text[]
  language sql immutable strict parallel safe as $$ select '{}'::text[] $$;
`,
  examples: [
    `create table public.products (id bigint primary key, attrs jsonb, check (extensions.jsonb_matches_schema('{"type": "object", "required": ["sku"]}', attrs)))`,
    `insert into public.products values (1, '{"sku": "a-1"}')`,
    `select extensions.json_matches_schema('{"type": "string"}', '"x"'), extensions.jsonschema_is_valid('{"type": "object"}')`,
    `select extensions.jsonschema_validation_errors('{"type": "string"}', '1')`,
  ],
};
