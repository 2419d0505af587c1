import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pg_net queues HTTP requests for a background worker written in C. The stand-in keeps the
 * queue and response tables and the request functions with their real arguments and defaults,
 * so `net.http_post(url := ..., body := ...)` returns a request id as on Supabase; nothing ever
 * takes a request off the queue, so no response arrives and nothing leaves the database.
 *
 * The real control file names no schema (Supabase dumps say `with schema extensions`); its
 * script creates `net` itself, and so does this one.
 */
export const pgNet: ExtensionStandIn = {
  name: 'pg_net',
  version: '0.20.4',
  comment: 'Async HTTP',
  sql: `
create schema if not exists net;

create domain net.http_method as text
  check (value ilike 'get' or value ilike 'post' or value ilike 'delete');

create unlogged table net.http_request_queue (
  id bigserial,
  method net.http_method not null,
  url text not null,
  headers jsonb,
  body bytea,
  timeout_milliseconds integer not null
);

create unlogged table net._http_response (
  id bigint,
  status_code integer,
  content_type text,
  headers jsonb,
  content text,
  timed_out boolean,
  error_msg text,
  created timestamptz not null default now()
);
create index on net._http_response (created);

create type net.request_status as enum ('PENDING', 'SUCCESS', 'ERROR');
create type net.http_response as (status_code integer, headers jsonb, body text);
create type net.http_response_result as (
  status net.request_status,
  message text,
  response net.http_response
);

-- The worker is absent by design: report it as up so callers that check do not fail.
create function net.check_worker_is_up() returns void language plpgsql as $$
begin
  return;
end
$$;

create function net.worker_restart() returns boolean language sql as $$ select true $$;
create function net.wait_until_running() returns void language plpgsql as $$ begin return; end $$;
create function net.wake() returns void language plpgsql as $$ begin return; end $$;

create function net._urlencode_string(string varchar) returns text
  language sql immutable strict
as $$
  select string_agg(
    case
      when ch ~ '^[A-Za-z0-9._~-]$' then ch
      else upper(regexp_replace(encode(convert_to(ch, 'UTF8'), 'hex'), '(..)', '%\\1', 'g'))
    end, '' order by n)
  from regexp_split_to_table(string, '') with ordinality as chars(ch, n)
$$;

create function net._encode_url_with_params_array(url text, params_array text[]) returns text
  language sql immutable
as $$
  select case
    when coalesce(cardinality(params_array), 0) = 0 then url
    when position('?' in url) > 0 then url || '&' || array_to_string(params_array, '&')
    else url || '?' || array_to_string(params_array, '&')
  end
$$;

-- Queues the request and returns its id; the row stays in the queue forever.
create function net._enqueue(
  method text, url text, params jsonb, headers jsonb, body bytea, timeout_milliseconds integer
) returns bigint language plpgsql as $$
declare
  encoded text[];
  request_id bigint;
begin
  select coalesce(array_agg(net._urlencode_string(key) || '=' || net._urlencode_string(value)), '{}')
    into encoded
    from jsonb_each_text(coalesce(params, '{}'::jsonb));
  insert into net.http_request_queue (method, url, headers, body, timeout_milliseconds)
    values (method, net._encode_url_with_params_array(url, encoded), headers, body, timeout_milliseconds)
    returning id into request_id;
  return request_id;
end
$$;

create function net.http_get(
  url text,
  params jsonb default '{}'::jsonb,
  headers jsonb default '{}'::jsonb,
  timeout_milliseconds integer default 5000
) returns bigint language sql as $$
  select net._enqueue('GET', url, params, headers, null, timeout_milliseconds)
$$;

create function net.http_post(
  url text,
  body jsonb default '{}'::jsonb,
  params jsonb default '{}'::jsonb,
  headers jsonb default '{"Content-Type": "application/json"}'::jsonb,
  timeout_milliseconds integer default 5000
) returns bigint language plpgsql as $$
declare
  given_type text;
begin
  select value into given_type
    from jsonb_each_text(coalesce(headers, '{}'::jsonb))
    where lower(key) = 'content-type'
    limit 1;
  if given_type is null then
    headers := coalesce(headers, '{}'::jsonb) || '{"Content-Type": "application/json"}'::jsonb;
  elsif given_type <> 'application/json' then
    raise exception 'Content-Type header must be "application/json"';
  end if;
  return net._enqueue('POST', url, params, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds);
end
$$;

create function net.http_delete(
  url text,
  params jsonb default '{}'::jsonb,
  headers jsonb default '{}'::jsonb,
  timeout_milliseconds integer default 5000,
  body jsonb default null
) returns bigint language sql as $$
  select net._enqueue('DELETE', url, params, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds)
$$;

-- No response is ever stored, so every request reads as not found (as a pending one does).
create function net._http_collect_response(request_id bigint, async boolean default true)
  returns net.http_response_result language sql as $$
  select ('ERROR', 'request matching request_id not found', null)::net.http_response_result
$$;

create function net.http_collect_response(request_id bigint, async boolean default true)
  returns net.http_response_result language sql as $$
  select net._http_collect_response(request_id, async)
$$;

grant usage on schema net to public;
grant all on all sequences in schema net to public;
grant all on all tables in schema net to public;
`,
  examples: [
    `select net.http_post(url := 'https://example.invalid/functions/v1/hook', body := '{"id": 1}'::jsonb, headers := '{"Authorization": "Bearer x"}'::jsonb) as request_id`,
    `select net.http_get('https://example.invalid/ping', params := '{"q": "a b"}'::jsonb)`,
    `select net.http_delete(url := 'https://example.invalid/items/1', timeout_milliseconds := 1000)`,
    `select status, message from net._http_collect_response(1)`,
    `create function public.notify_hook() returns trigger language plpgsql as $$ begin perform net.http_post(url := 'https://example.invalid/hook', body := to_jsonb(new)); return new; end $$`,
  ],
};
