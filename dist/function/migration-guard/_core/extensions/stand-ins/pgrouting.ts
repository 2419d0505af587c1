import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pgRouting computes graph routes in C++ and requires PostGIS. The stand-in is minimal: the
 * version function and `pgr_dijkstra` (one-to-one, the form migrations wrap in their own
 * functions) with its real arguments and result columns, returning no route.
 */
export const pgrouting: ExtensionStandIn = {
  name: 'pgrouting',
  version: '3.4.1',
  comment: 'pgRouting Extension',
  requires: ['plpgsql', 'postgis'],
  sql: `
create function @extschema@.pgr_version() returns text language sql immutable as $$ select '3.4.1' $$;

create function @extschema@.pgr_dijkstra(
  text, bigint, bigint, directed boolean default true,
  out seq integer, out path_seq integer, out node bigint, out edge bigint,
  out cost double precision, out agg_cost double precision
) returns setof record language sql volatile strict as $$
  select null::integer, null::integer, null::bigint, null::bigint, null::double precision,
    null::double precision where false
$$;
`,
  examples: [
    `select extensions.pgr_version()`,
    `select count(*) from extensions.pgr_dijkstra('select 1 as id, 1 as source, 2 as target, 1.0 as cost', 1, 2)`,
  ],
};
