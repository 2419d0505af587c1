import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * RUM is a GIN-like index access method in C that also stores positions for ranking. The
 * stand-in's `rum` method uses the server's own GIN handler, and `rum_tsvector_ops` is made of
 * the built-in GIN full-text support functions, so `create index ... using rum (tsv
 * rum_tsvector_ops)` builds a real index that answers `@@`. Not reproduced: ordering by the
 * `<=>` distance from the index (the operator exists and ranks with `ts_rank`, but sorts happen
 * after the scan), the other RUM operator classes, and RUM's stored additional columns.
 * Declaring an access method needs a superuser.
 */
export const rum: ExtensionStandIn = {
  name: 'rum',
  version: '1.3',
  comment: 'RUM index access method',
  sql: `
create access method rum type index handler pg_catalog.ginhandler;

create function @extschema@.rum_ts_distance(tsvector, tsquery) returns float4
  language sql immutable strict parallel safe as $$
  select case when ts_rank($1, $2) = 0 then 'Infinity'::float4 else 1 / ts_rank($1, $2) end
$$;
create operator @extschema@.<=> (procedure = @extschema@.rum_ts_distance, leftarg = tsvector, rightarg = tsquery);

create operator class @extschema@.rum_tsvector_ops default for type tsvector using rum as
  operator 1 pg_catalog.@@ (tsvector, tsquery),
  operator 2 pg_catalog.@@@ (tsvector, tsquery),
  function 1 pg_catalog.gin_cmp_tslexeme(text, text),
  function 2 pg_catalog.gin_extract_tsvector(tsvector, internal, internal),
  function 3 pg_catalog.gin_extract_tsquery(tsvector, internal, int2, internal, internal, internal, internal),
  function 4 pg_catalog.gin_tsquery_consistent(internal, int2, tsvector, int4, internal, internal, internal, internal),
  function 5 pg_catalog.gin_cmp_prefix(text, text, int2, internal),
  function 6 pg_catalog.gin_tsquery_triconsistent(internal, int2, tsvector, int4, internal, internal, internal),
  storage text;
`,
  examples: [
    `create table public.articles (id bigint primary key, body text, tsv tsvector generated always as (to_tsvector('english', body)) stored)`,
    `create index articles_tsv_idx on public.articles using rum (tsv extensions.rum_tsvector_ops)`,
    `insert into public.articles (id, body) values (1, 'the quick brown fox')`,
    `select id from public.articles where tsv @@ to_tsquery('english', 'fox') order by tsv operator(extensions.<=>) to_tsquery('english', 'fox')`,
  ],
};
