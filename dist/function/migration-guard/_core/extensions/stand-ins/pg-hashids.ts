import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pg_hashids turns numbers into short ids with a C implementation of Hashids. The stand-in keeps
 * every overload (salt, minimum length, alphabet) immutable, so ids can feed generated columns
 * and indexes, but encodes with a simpler reversible scheme: each number in hexadecimal, joined
 * by `g`, left-padded with `g`s to the minimum length. Decoding inverts it, so round trips work;
 * the ids differ from the ones Supabase would produce, and salt and alphabet are ignored.
 */
const encode = (numbers: string): string =>
  `select lpad(string_agg(to_hex(n), 'g' order by i), greatest(coalesce(min_length, 0), 1), 'g')
     from unnest(${numbers}) with ordinality as t(n, i)`;

const decode = `select coalesce(array_agg(('x' || lpad(part, 16, '0'))::bit(64)::bigint order by i), '{}')
     from regexp_split_to_table(ltrim(id, 'g'), 'g') with ordinality as t(part, i) where part <> ''`;

export const pgHashids: ExtensionStandIn = {
  name: 'pg_hashids',
  version: '1.3',
  comment: 'pg_hashids',
  sql: `
create function @extschema@.id_encode(numbers bigint[], salt text, min_length integer, alphabet text)
  returns text language sql immutable strict as $$ ${encode('numbers')} $$;
create function @extschema@.id_encode(bigint[], text, integer) returns text
  language sql immutable strict as $$ select @extschema@.id_encode($1, $2, $3, '') $$;
create function @extschema@.id_encode(bigint[], text) returns text
  language sql immutable strict as $$ select @extschema@.id_encode($1, $2, 0, '') $$;
create function @extschema@.id_encode(bigint[]) returns text
  language sql immutable strict as $$ select @extschema@.id_encode($1, '', 0, '') $$;
create function @extschema@.id_encode(bigint, text, integer, text) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, $3, $4) $$;
create function @extschema@.id_encode(bigint, text, integer) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, $3, '') $$;
create function @extschema@.id_encode(bigint, text) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, 0, '') $$;
create function @extschema@.id_encode(bigint) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], '', 0, '') $$;

create function @extschema@.id_decode(id text, salt text, min_length integer, alphabet text)
  returns bigint[] language sql immutable strict as $$ ${decode} $$;
create function @extschema@.id_decode(text, text, integer) returns bigint[]
  language sql immutable strict as $$ select @extschema@.id_decode($1, $2, $3, '') $$;
create function @extschema@.id_decode(text, text) returns bigint[]
  language sql immutable strict as $$ select @extschema@.id_decode($1, $2, 0, '') $$;
create function @extschema@.id_decode(text) returns bigint[]
  language sql immutable strict as $$ select @extschema@.id_decode($1, '', 0, '') $$;

create function @extschema@.id_decode_once(text, text, integer, text) returns bigint
  language sql immutable strict as $$ select (@extschema@.id_decode($1, $2, $3, $4))[1] $$;
create function @extschema@.id_decode_once(text, text, integer) returns bigint
  language sql immutable strict as $$ select (@extschema@.id_decode($1, $2, $3, ''))[1] $$;
create function @extschema@.id_decode_once(text, text) returns bigint
  language sql immutable strict as $$ select (@extschema@.id_decode($1, $2, 0, ''))[1] $$;
create function @extschema@.id_decode_once(text) returns bigint
  language sql immutable strict as $$ select (@extschema@.id_decode($1, '', 0, ''))[1] $$;

create function @extschema@.hash_encode(bigint, text, integer) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, $3, '') $$;
create function @extschema@.hash_encode(bigint, text) returns text
  language sql immutable strict as $$ select @extschema@.id_encode(array[$1], $2, 0, '') $$;
create function @extschema@.hash_decode(text, text, integer) returns integer
  language sql immutable strict as $$ select (@extschema@.id_decode($1, $2, $3, ''))[1]::integer $$;
`,
  examples: [
    `select extensions.id_encode(1001), extensions.id_encode(1001, 'salt', 8)`,
    `select extensions.id_decode_once(extensions.id_encode(42::bigint, 'salt', 10), 'salt', 10)`,
    `create table public.links (id bigint generated always as identity, slug text generated always as (extensions.id_encode(id, 'links', 6)) stored)`,
    `insert into public.links default values`,
  ],
};
