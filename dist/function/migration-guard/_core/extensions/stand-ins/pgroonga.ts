import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * PGroonga is an index access method backed by the Groonga engine (C). An access method needs a
 * handler written in C, so the stand-in's `pgroonga` method uses the server's own hash index
 * handler, with default operator classes (under PGroonga's names) for text, text[], varchar and
 * jsonb that index equality only: `create index ... using pgroonga (col)` works for a single
 * column and the search operators are never answered from the index, so results stay correct.
 * The operators `&@`, `&@~`, `&^`, `&~`, `&@|`, `&@~|` are approximations in SQL
 * (case-insensitive substring, all words present, prefix, regular expression). Not reproduced:
 * multicolumn PGroonga indexes (hash indexes have one column), scoring (`pgroonga_score` is 0),
 * Groonga commands, and the other operator classes. Declaring an access method needs a
 * superuser.
 */
export const pgroonga: ExtensionStandIn = {
  name: 'pgroonga',
  version: '3.2.5',
  comment: 'Super fast and all languages supported full text search index based on Groonga',
  sql: String.raw`
create function @extschema@.pgroonga_match_text(text, text) returns boolean
  language sql immutable strict parallel safe as $$ select strpos(lower($1), lower($2)) > 0 $$;
create function @extschema@.pgroonga_query_text(text, text) returns boolean
  language sql immutable strict parallel safe as $$
  select coalesce(bool_and(strpos(lower($1), lower(word)) > 0), true)
  from regexp_split_to_table(btrim($2), '\s+') as word
  where word <> '' and upper(word) <> 'OR'
$$;
create function @extschema@.pgroonga_prefix_text(text, text) returns boolean
  language sql immutable strict parallel safe as $$ select starts_with(lower($1), lower($2)) $$;
create function @extschema@.pgroonga_regexp_text(text, text) returns boolean
  language sql immutable strict parallel safe as $$ select $1 ~ $2 $$;
create function @extschema@.pgroonga_match_in_text(text, text[]) returns boolean
  language sql immutable strict parallel safe as $$
  select exists (select from unnest($2) as k where strpos(lower($1), lower(k)) > 0)
$$;
create function @extschema@.pgroonga_query_in_text(text, text[]) returns boolean
  language sql immutable strict parallel safe as $$
  select exists (select from unnest($2) as q where @extschema@.pgroonga_query_text($1, q))
$$;
create function @extschema@.pgroonga_match_text_array(text[], text) returns boolean
  language sql immutable strict parallel safe as $$
  select exists (select from unnest($1) as t where @extschema@.pgroonga_match_text(t, $2))
$$;
create function @extschema@.pgroonga_query_text_array(text[], text) returns boolean
  language sql immutable strict parallel safe as $$
  select exists (select from unnest($1) as t where @extschema@.pgroonga_query_text(t, $2))
$$;
create function @extschema@.pgroonga_match_varchar(varchar, varchar) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.pgroonga_match_text($1, $2) $$;
create function @extschema@.pgroonga_match_jsonb(jsonb, text) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.pgroonga_match_text($1::text, $2) $$;
create function @extschema@.pgroonga_query_jsonb(jsonb, text) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.pgroonga_query_text($1::text, $2) $$;

create operator @extschema@.&@ (procedure = @extschema@.pgroonga_match_text, leftarg = text, rightarg = text);
create operator @extschema@.&@~ (procedure = @extschema@.pgroonga_query_text, leftarg = text, rightarg = text);
create operator @extschema@.&^ (procedure = @extschema@.pgroonga_prefix_text, leftarg = text, rightarg = text);
create operator @extschema@.&~ (procedure = @extschema@.pgroonga_regexp_text, leftarg = text, rightarg = text);
create operator @extschema@.&@| (procedure = @extschema@.pgroonga_match_in_text, leftarg = text, rightarg = text[]);
create operator @extschema@.&@~| (procedure = @extschema@.pgroonga_query_in_text, leftarg = text, rightarg = text[]);
create operator @extschema@.&@ (procedure = @extschema@.pgroonga_match_text_array, leftarg = text[], rightarg = text);
create operator @extschema@.&@~ (procedure = @extschema@.pgroonga_query_text_array, leftarg = text[], rightarg = text);
create operator @extschema@.&@ (procedure = @extschema@.pgroonga_match_varchar, leftarg = varchar, rightarg = varchar);
create operator @extschema@.&@ (procedure = @extschema@.pgroonga_match_jsonb, leftarg = jsonb, rightarg = text);
create operator @extschema@.&@~ (procedure = @extschema@.pgroonga_query_jsonb, leftarg = jsonb, rightarg = text);

create function @extschema@.pgroonga_score(tableoid oid, ctid tid) returns float8
  language sql volatile as $$ select 0::float8 $$;
create function @extschema@.pgroonga_score("row" record) returns float8
  language plpgsql volatile as $$ begin return 0; end $$;
create function @extschema@.pgroonga_snippet_html(target text, keywords text[], width integer default 200)
  returns text[] language sql immutable strict as $$ select array[left(target, width)] $$;
create function @extschema@.pgroonga_highlight_html(target text, keywords text[]) returns text
  language sql immutable strict as $$ select target $$;
create function @extschema@.pgroonga_highlight_html(targets text[], keywords text[]) returns text[]
  language sql immutable strict as $$ select targets $$;
create function @extschema@.pgroonga_normalize(target text) returns text
  language sql immutable strict as $$ select lower(target) $$;
create function @extschema@.pgroonga_command(groongacommand text) returns text
  language sql volatile strict as $$ select '[]' $$;
create function @extschema@.pgroonga_command(groongacommand text, arguments text[]) returns text
  language sql volatile strict as $$ select '[]' $$;

create access method pgroonga type index handler pg_catalog.hashhandler;
create operator class @extschema@.pgroonga_text_full_text_search_ops_v2 default for type text using pgroonga as
  operator 1 pg_catalog.= (text, text), function 1 pg_catalog.hashtext(text);
create operator class @extschema@.pgroonga_varchar_term_search_ops_v2 default for type varchar using pgroonga as
  operator 1 pg_catalog.= (text, text), function 1 pg_catalog.hashtext(text);
create operator class @extschema@.pgroonga_text_array_full_text_search_ops_v2 default for type text[] using pgroonga as
  operator 1 pg_catalog.= (anyarray, anyarray), function 1 (text[], text[]) pg_catalog.hash_array(anyarray);
create operator class @extschema@.pgroonga_jsonb_ops_v2 default for type jsonb using pgroonga as
  operator 1 pg_catalog.= (jsonb, jsonb), function 1 pg_catalog.jsonb_hash(jsonb);
`,
  examples: [
    `create table public.memos (id bigint primary key, content text, tags text[])`,
    `create index memos_content_idx on public.memos using pgroonga (content)`,
    `create index memos_tags_idx on public.memos using pgroonga (tags)`,
    `insert into public.memos values (1, 'PGroonga is fast', '{db}')`,
    `select id from public.memos where content operator(extensions.&@~) 'pgroonga fast' and content operator(extensions.&@) 'Fast'`,
  ],
};
