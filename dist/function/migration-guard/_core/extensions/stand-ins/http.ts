import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pgsql-http makes synchronous HTTP calls through libcurl. The stand-in keeps its domains,
 * composite types and functions with the real signatures; `http()` and every helper built on it
 * answer at once, without touching the network, with a fixed empty `200 text/plain` response
 * carrying an `x-stand-in` header, so callers that read `status` or `content` keep working.
 * The curl option functions keep a table of the options set, nothing more.
 */
export const http: ExtensionStandIn = {
  name: 'http',
  version: '1.6',
  comment: 'HTTP client for PostgreSQL, allows web page retrieval inside the database.',
  sql: String.raw`
create domain @extschema@.http_method as text;
create domain @extschema@.content_type as text check (value ~ '^\S+\/\S+');

create type @extschema@.http_header as (field varchar, value varchar);
create type @extschema@.http_response as (
  status integer,
  content_type varchar,
  headers @extschema@.http_header[],
  content varchar
);
create type @extschema@.http_request as (
  method @extschema@.http_method,
  uri varchar,
  headers @extschema@.http_header[],
  content_type varchar,
  content varchar
);

-- Session options would live in C; a table keeps what was set so list/reset behave.
create table @extschema@.http_stand_in_curlopt (curlopt text primary key, value text);

create function @extschema@.http_set_curlopt(curlopt varchar, value varchar) returns boolean
  language sql as $$
  insert into @extschema@.http_stand_in_curlopt values (curlopt, value)
    on conflict (curlopt) do update set value = excluded.value;
  select true
$$;
create function @extschema@.http_reset_curlopt() returns boolean language sql as $$
  delete from @extschema@.http_stand_in_curlopt;
  select true
$$;
create function @extschema@.http_list_curlopt() returns table (curlopt text, value text)
  language sql as $$ select curlopt, value from @extschema@.http_stand_in_curlopt order by 1 $$;

create function @extschema@.http_header(field varchar, value varchar) returns @extschema@.http_header
  language sql as $$ select field, value $$;

create function @extschema@.http(request @extschema@.http_request) returns @extschema@.http_response
  language sql as $$
  select 200, 'text/plain'::varchar,
    array[('x-stand-in', 'http')::@extschema@.http_header], ''::varchar
$$;

create function @extschema@.http_get(uri varchar) returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('GET', uri, null, null, null)) $$;
create function @extschema@.http_post(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('POST', uri, null, content_type, content)) $$;
create function @extschema@.http_put(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('PUT', uri, null, content_type, content)) $$;
create function @extschema@.http_patch(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('PATCH', uri, null, content_type, content)) $$;
create function @extschema@.http_delete(uri varchar) returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('DELETE', uri, null, null, null)) $$;
create function @extschema@.http_delete(uri varchar, content varchar, content_type varchar)
  returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('DELETE', uri, null, content_type, content)) $$;
create function @extschema@.http_head(uri varchar) returns @extschema@.http_response
  language sql as $$ select @extschema@.http(('HEAD', uri, null, null, null)) $$;

-- Percent-encoding of everything but RFC 3986 unreserved characters, byte by byte.
create function @extschema@.urlencode(string bytea) returns text
  language sql immutable strict as $$
  select coalesce(string_agg(
    case when get_byte(string, i) between 48 and 57 or get_byte(string, i) between 65 and 90
      or get_byte(string, i) between 97 and 122 or get_byte(string, i) in (45, 46, 95, 126)
      then chr(get_byte(string, i))
      else '%' || upper(lpad(to_hex(get_byte(string, i)), 2, '0'))
    end, '' order by i), '')
  from generate_series(0, length(string) - 1) as i
$$;
create function @extschema@.urlencode(string varchar) returns text
  language sql immutable strict as $$ select @extschema@.urlencode(convert_to(string, 'UTF8')) $$;
create function @extschema@.urlencode(data jsonb) returns text
  language sql immutable strict as $$
  select coalesce(string_agg(
    @extschema@.urlencode(key::varchar) || '=' || @extschema@.urlencode(value::varchar), '&'), '')
  from jsonb_each_text(data)
$$;

create function @extschema@.http_get(uri varchar, data jsonb) returns @extschema@.http_response
  language sql as $$
  select @extschema@.http(('GET', uri || '?' || @extschema@.urlencode(data), null, null, null))
$$;
create function @extschema@.http_post(uri varchar, data jsonb) returns @extschema@.http_response
  language sql as $$
  select @extschema@.http(
    ('POST', uri, null, 'application/x-www-form-urlencoded', @extschema@.urlencode(data)))
$$;

create function @extschema@.text_to_bytea(data text) returns bytea
  language sql immutable strict as $$ select convert_to(data, 'UTF8') $$;
create function @extschema@.bytea_to_text(data bytea) returns text
  language sql immutable strict as $$ select convert_from(data, 'UTF8') $$;
`,
  examples: [
    `select status, content_type from extensions.http_get('https://example.invalid/health')`,
    `select (extensions.http_post('https://example.invalid/hook', '{"a":1}', 'application/json')).status`,
    `select extensions.http(('PUT', 'https://example.invalid/x', array[extensions.http_header('Authorization', 'Bearer t')], 'application/json', '{}')::extensions.http_request)`,
    `select extensions.urlencode('{"q": "a b&c"}'::jsonb)`,
    `select extensions.http_set_curlopt('CURLOPT_TIMEOUT_MS', '2000')`,
  ],
};
