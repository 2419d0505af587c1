import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pgTAP is thousands of lines of SQL; migrations mostly just create it so that
 * `supabase test db` can run. The stand-in keeps the core of its 1.2 interface with the real
 * signatures and TAP output (`plan`, `no_plan`, `finish`, `ok`, `is`, `isnt`, `pass`, `fail`,
 * `diag`, `has_table`, `has_column`, `lives_ok`, `throws_ok`), numbering tests in a session
 * setting instead of pgTAP's temporary tables; the rest of pgTAP's assertions are absent.
 */
export const pgtap: ExtensionStandIn = {
  name: 'pgtap',
  version: '1.2.0',
  comment: 'Unit testing for PostgreSQL',
  sql: `
create function @extschema@._stand_in_next_test() returns integer language sql volatile as $$
  select set_config('pgtap.stand_in_count',
    (coalesce(nullif(current_setting('pgtap.stand_in_count', true), ''), '0')::integer + 1)::text,
    false)::integer
$$;

create function @extschema@.plan(integer) returns text language sql volatile as $$
  select '1..' || $1 from (select set_config('pgtap.stand_in_count', '0', false)) as reset
$$;
create function @extschema@.no_plan() returns setof boolean language sql volatile as $$
  select set_config('pgtap.stand_in_count', '0', false) is not null
$$;
create function @extschema@.finish(exception_on_failure boolean default null) returns setof text
  language sql volatile as $$ select null::text where false $$;

create function @extschema@.ok(boolean, text) returns text language sql volatile as $$
  select case when coalesce($1, false) then 'ok ' else 'not ok ' end
    || @extschema@._stand_in_next_test() || coalesce(' - ' || nullif($2, ''), '')
$$;
create function @extschema@.ok(boolean) returns text language sql volatile as $$
  select @extschema@.ok($1, null)
$$;
create function @extschema@.is(anyelement, anyelement, text) returns text language sql volatile as $$
  select @extschema@.ok($1 is not distinct from $2, $3)
$$;
create function @extschema@.is(anyelement, anyelement) returns text language sql volatile as $$
  select @extschema@.is($1, $2, null)
$$;
create function @extschema@.isnt(anyelement, anyelement, text) returns text language sql volatile as $$
  select @extschema@.ok($1 is distinct from $2, $3)
$$;
create function @extschema@.isnt(anyelement, anyelement) returns text language sql volatile as $$
  select @extschema@.isnt($1, $2, null)
$$;
create function @extschema@.pass(text) returns text language sql volatile as $$ select @extschema@.ok(true, $1) $$;
create function @extschema@.pass() returns text language sql volatile as $$ select @extschema@.ok(true, null) $$;
create function @extschema@.fail(text) returns text language sql volatile as $$ select @extschema@.ok(false, $1) $$;
create function @extschema@.fail() returns text language sql volatile as $$ select @extschema@.ok(false, null) $$;
create function @extschema@.diag(variadic text[]) returns text language sql immutable as $$
  select '# ' || array_to_string($1, '')
$$;

create function @extschema@.has_table(name, name, text) returns text language sql volatile as $$
  select @extschema@.ok(to_regclass(quote_ident($1) || '.' || quote_ident($2)) is not null, $3)
$$;
create function @extschema@.has_table(name, name) returns text language sql volatile as $$
  select @extschema@.has_table($1, $2, 'Table ' || quote_ident($1) || '.' || quote_ident($2) || ' should exist')
$$;
create function @extschema@.has_table(name, text) returns text language sql volatile as $$
  select @extschema@.ok(to_regclass(quote_ident($1)) is not null, $2)
$$;
create function @extschema@.has_table(name) returns text language sql volatile as $$
  select @extschema@.has_table($1, 'Table ' || quote_ident($1) || ' should exist')
$$;
create function @extschema@.has_column(name, name, name, text) returns text language sql volatile as $$
  select @extschema@.ok(exists (
    select from pg_catalog.pg_attribute
    where attrelid = to_regclass(quote_ident($1) || '.' || quote_ident($2)) and attname = $3
      and attnum > 0 and not attisdropped), $4)
$$;
create function @extschema@.has_column(name, name, text) returns text language sql volatile as $$
  select @extschema@.ok(exists (
    select from pg_catalog.pg_attribute
    where attrelid = to_regclass(quote_ident($1)) and attname = $2 and attnum > 0 and not attisdropped), $3)
$$;
create function @extschema@.has_column(name, name) returns text language sql volatile as $$
  select @extschema@.has_column($1, $2, 'Column ' || quote_ident($1) || '.' || quote_ident($2) || ' should exist')
$$;

create function @extschema@.lives_ok(text, text) returns text language plpgsql volatile as $$
begin
  execute $1;
  return @extschema@.ok(true, $2);
exception when others then
  return @extschema@.ok(false, $2) || E'\\n# died: ' || sqlstate || ': ' || sqlerrm;
end
$$;
create function @extschema@.lives_ok(text) returns text language sql volatile as $$
  select @extschema@.lives_ok($1, null)
$$;
create function @extschema@.throws_ok(text, text, text) returns text language plpgsql volatile as $$
begin
  execute $1;
  return @extschema@.ok(false, $3) || E'\\n# no exception thrown';
exception when others then
  return @extschema@.ok($2 is null or sqlerrm = $2 or sqlstate = $2, $3);
end
$$;
create function @extschema@.throws_ok(text, text) returns text language sql volatile as $$
  select @extschema@.throws_ok($1, $2, null)
$$;
create function @extschema@.throws_ok(text) returns text language sql volatile as $$
  select @extschema@.throws_ok($1, null, null)
$$;
`,
  examples: [
    `select extensions.plan(3)`,
    `select extensions.ok(true, 'truth'), extensions.is(1 + 1, 2, 'sums'), extensions.has_table('pg_catalog', 'pg_class', 'catalog')`,
    `select extensions.throws_ok('select 1/0', '22012', 'division by zero'), extensions.lives_ok('select 1')`,
    `select * from extensions.finish()`,
  ],
};
