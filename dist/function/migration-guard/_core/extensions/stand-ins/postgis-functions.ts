/**
 * The rest of the PostGIS functions migrations name (in generated columns, views, SQL function
 * bodies, policies), with the real names, argument names, types and defaults of PostGIS 3.3.
 * They do no geometry: a function that returns a shape returns its first argument (with the
 * asked SRID for ST_Transform), predicates hold only between identical shapes, areas and lengths
 * are 0, and GeoJSON is written and read for points only. Enough for DDL and for queries to run;
 * never for answers.
 */

const g = '@extschema@.geometry';
const geog = '@extschema@.geography';

/** `name(args) returns type` with a SQL body, as the stand-in writes every function. */
const fn = (signature: string, returns: string, body: string, volatility = 'immutable'): string =>
  `create function @extschema@.${signature} returns ${returns}
  language sql ${volatility} strict parallel safe as $$ ${body} $$;`;

/** Functions of one shape that return a shape: the stand-in hands the first one back. */
const sameShape = [
  `st_buffer(geom ${g}, radius double precision, options text default '')`,
  `st_buffer(geom ${g}, radius double precision, quadsegs integer)`,
  `st_centroid(${g})`,
  `st_pointonsurface(${g})`,
  `st_envelope(${g})`,
  `st_convexhull(${g})`,
  `st_makevalid(${g})`,
  `st_makevalid(geom ${g}, params text)`,
  `st_simplify(${g}, double precision)`,
  `st_simplify(${g}, double precision, boolean)`,
  `st_snaptogrid(${g}, double precision)`,
  `st_snaptogrid(${g}, double precision, double precision)`,
  `st_segmentize(${g}, double precision)`,
  `st_expand(${g}, double precision)`,
  `st_expand(geom ${g}, dx double precision, dy double precision, dz double precision default 0, dm double precision default 0)`,
  `st_geometryn(${g}, integer)`,
  `st_lineinterpolatepoint(${g}, double precision)`,
  `st_makepolygon(${g})`,
  `st_closestpoint(geom1 ${g}, geom2 ${g})`,
  `st_intersection(geom1 ${g}, geom2 ${g}, gridsize double precision default -1)`,
  `st_difference(geom1 ${g}, geom2 ${g}, gridsize double precision default -1.0)`,
  `st_union(geom1 ${g}, geom2 ${g})`,
  `st_collect(geom1 ${g}, geom2 ${g})`,
  `st_makeline(geom1 ${g}, geom2 ${g})`,
].map((signature) => fn(signature, g, 'select $1'));

/** Random points in an area: volatile unless seeded, as in PostGIS (generated columns care). */
const randomPoints = [
  fn(`st_generatepoints(area ${g}, npoints integer)`, g, 'select $1', 'volatile'),
  fn(`st_generatepoints(area ${g}, npoints integer, seed integer)`, g, 'select $1'),
];

const sameGeography = [
  `st_buffer(${geog}, double precision)`,
  `st_buffer(${geog}, double precision, integer)`,
  `st_buffer(${geog}, double precision, text)`,
  `st_centroid(${geog}, use_spheroid boolean default true)`,
  `st_segmentize(geog ${geog}, max_segment_length double precision)`,
  `st_project(geog ${geog}, distance double precision, azimuth double precision)`,
  `st_intersection(${geog}, ${geog})`,
  `st_closestpoint(${geog}, ${geog}, use_spheroid boolean default true)`,
].map((signature) => fn(signature, geog, 'select $1'));

/** Spatial predicates: true between identical shapes only. */
const predicates = [
  ...[
    'st_intersects',
    'st_contains',
    'st_within',
    'st_covers',
    'st_coveredby',
    'st_equals',
    'st_touches',
    'st_crosses',
    'st_overlaps',
  ].map((name) => fn(`${name}(geom1 ${g}, geom2 ${g})`, 'boolean', 'select $1::text = $2::text')),
  ...['st_intersects', 'st_covers', 'st_coveredby'].map((name) =>
    fn(`${name}(geog1 ${geog}, geog2 ${geog})`, 'boolean', 'select $1::text = $2::text'),
  ),
  fn(`st_disjoint(geom1 ${g}, geom2 ${g})`, 'boolean', 'select $1::text <> $2::text'),
  fn(`st_isvalid(${g})`, 'boolean', 'select true'),
];

/** `POINT(x y)` as GeoJSON, and back; other shapes are not converted. */
const geoJson = [
  fn(
    `st_asgeojson(geom ${g}, maxdecimaldigits integer default 9, options integer default 8)`,
    'text',
    `select json_build_object('type', 'Point', 'coordinates',
      json_build_array(@extschema@.st_x(geom), @extschema@.st_y(geom)))::text
     where @extschema@.st_astext(geom) ~* '^\\s*POINT'`,
  ),
  fn(
    `st_asgeojson(geog ${geog}, maxdecimaldigits integer default 9, options integer default 0)`,
    'text',
    `select @extschema@.st_asgeojson(geog::${g}, maxdecimaldigits, options)`,
  ),
  fn(
    'st_geomfromgeojson(jsonb)',
    g,
    `select ('SRID=4326;POINT(' || ($1 -> 'coordinates' ->> 0) || ' ' || ($1 -> 'coordinates' ->> 1) || ')')::${g}
     where $1 ->> 'type' = 'Point'`,
  ),
  fn('st_geomfromgeojson(json)', g, 'select @extschema@.st_geomfromgeojson($1::jsonb)'),
  fn('st_geomfromgeojson(text)', g, 'select @extschema@.st_geomfromgeojson($1::jsonb)'),
];

/** The word PostGIS names a shape by, from its WKT. */
const shapeWord = `upper(substring(@extschema@.st_astext($1) from '^\\s*([A-Za-z]+)'))`;

const other = [
  fn(`st_transform(${g}, integer)`, g, `select @extschema@.st_setsrid($1, $2)`),
  fn(
    `st_makeenvelope(double precision, double precision, double precision, double precision, integer default 0)`,
    g,
    `select ((case when $5 > 0 then 'SRID=' || $5 || ';' else '' end)
      || format('POLYGON((%s %s,%s %s,%s %s,%s %s,%s %s))', $1, $2, $1, $4, $3, $4, $3, $2, $1, $2))::${g}`,
  ),
  fn('st_geomfromewkt(text)', g, `select @extschema@.st_geomfromtext($1)`),
  fn('st_geographyfromtext(text)', geog, `select @extschema@.st_geogfromtext($1)`),
  fn(`st_asewkt(${g})`, 'text', 'select $1::text'),
  fn(`st_asewkt(${geog})`, 'text', 'select $1::text'),
  fn(`st_asbinary(${g})`, 'bytea', `select convert_to(@extschema@.st_astext($1), 'UTF8')`),
  fn(`geometrytype(${g})`, 'text', `select ${shapeWord}`),
  fn(`st_geometrytype(${g})`, 'text', `select 'ST_' || initcap(${shapeWord})`),
  fn(`st_numgeometries(${g})`, 'integer', 'select 1'),
  fn(
    `st_npoints(${g})`,
    'integer',
    `select count(*)::integer from regexp_matches(@extschema@.st_astext($1), '[-+0-9.eE]+\\s+[-+0-9.eE]+', 'g')`,
  ),
  fn(`st_area(${g})`, 'double precision', 'select 0::double precision'),
  fn(
    `st_area(geog ${geog}, use_spheroid boolean default true)`,
    'double precision',
    'select 0::double precision',
  ),
  fn(`st_length(${g})`, 'double precision', 'select 0::double precision'),
  fn(
    `st_length(geog ${geog}, use_spheroid boolean default true)`,
    'double precision',
    'select 0::double precision',
  ),
  fn(`st_perimeter(${g})`, 'double precision', 'select 0::double precision'),
  fn(
    `st_distancesphere(geom1 ${g}, geom2 ${g})`,
    'double precision',
    `select @extschema@.st_distance(geom1::${geog}, geom2::${geog}, false)`,
  ),
  fn(
    `st_azimuth(geom1 ${g}, geom2 ${g})`,
    'double precision',
    `select atan2(@extschema@.st_x(geom2) - @extschema@.st_x(geom1), @extschema@.st_y(geom2) - @extschema@.st_y(geom1))`,
  ),
  fn(`st_geohash(geom ${g}, maxchars integer default 0)`, 'text', `select ''::text`),
];

/** A union or collection of a column: the first shape stands for all of them. */
const aggregates = `
create function @extschema@._stand_in_first_shape(${g}, ${g}) returns ${g}
  language sql immutable parallel safe as $$ select coalesce($1, $2) $$;
create aggregate @extschema@.st_union(${g}) (sfunc = @extschema@._stand_in_first_shape, stype = ${g});
create aggregate @extschema@.st_collect(${g}) (sfunc = @extschema@._stand_in_first_shape, stype = ${g});
`;

/** `&&` (bounding boxes meet) and `<->` (distance, for nearest-first ordering). */
const operators = `
create function @extschema@.geometry_overlaps(geom1 ${g}, geom2 ${g}) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.st_intersects(geom1, geom2) $$;
create operator @extschema@.&& (
  leftarg = ${g}, rightarg = ${g}, procedure = @extschema@.geometry_overlaps, commutator = operator(@extschema@.&&)
);
create function @extschema@.geometry_distance_centroid(geom1 ${g}, geom2 ${g}) returns double precision
  language sql immutable strict parallel safe as $$ select @extschema@.st_distance(geom1, geom2) $$;
create operator @extschema@.<-> (
  leftarg = ${g}, rightarg = ${g}, procedure = @extschema@.geometry_distance_centroid, commutator = operator(@extschema@.<->)
);
create function @extschema@.geography_distance_knn(geog1 ${geog}, geog2 ${geog}) returns double precision
  language sql immutable strict parallel safe as $$ select @extschema@.st_distance(geog1, geog2, false) $$;
create operator @extschema@.<-> (
  leftarg = ${geog}, rightarg = ${geog}, procedure = @extschema@.geography_distance_knn, commutator = operator(@extschema@.<->)
);
create function @extschema@.geography_overlaps(geog1 ${geog}, geog2 ${geog}) returns boolean
  language sql immutable strict parallel safe as $$ select @extschema@.st_intersects(geog1, geog2) $$;
create operator @extschema@.&& (
  leftarg = ${geog}, rightarg = ${geog}, procedure = @extschema@.geography_overlaps, commutator = operator(@extschema@.&&)
);
`;

/**
 * GiST indexes (`using gist (location)`, the most common PostGIS statement in migrations) on
 * both types, through btree_gist's routines for variable-length keys (contrib C code the
 * staging targets carry; PGlite loads it with this stand-in): the index orders shapes by their
 * EWKT bytes, which answers `&&` as the stand-in defines it. Where that library cannot be
 * reached, the stand-in installs without the operator classes.
 */
const gistSupport = (
  [
    ['consistent', '(internal, bytea, smallint, oid, internal)', 'boolean', 'gbt_bytea_consistent'],
    ['union', '(internal, internal)', 'internal', 'gbt_bytea_union'],
    ['compress', '(internal)', 'internal', 'gbt_bytea_compress'],
    ['decompress', '(internal)', 'internal', 'gbt_var_decompress'],
    ['penalty', '(internal, internal, internal)', 'internal', 'gbt_bytea_penalty'],
    ['picksplit', '(internal, internal)', 'internal', 'gbt_bytea_picksplit'],
    ['same', '(bytea, bytea, internal)', 'internal', 'gbt_bytea_same'],
  ] as const
).map(([name, args, returns, symbol], i) => ({
  create: `create function @extschema@._stand_in_gist_${name}${args} returns ${returns}
    language c immutable strict as '$libdir/btree_gist', '${symbol}';`,
  member: `function ${i + 1} @extschema@._stand_in_gist_${name}${args}`,
}));

const gistOperatorClass = (name: string, type: string): string =>
  `create operator class @extschema@.${name} default for type ${type} using gist as
    operator 3 @extschema@.&& (${type}, ${type}),
    ${gistSupport.map((f) => f.member).join(',\n    ')},
    storage bytea;`;

const gistIndexes = `
do $gist$
begin
  ${gistSupport.map((f) => f.create).join('\n  ')}
  ${gistOperatorClass('gist_geometry_ops_2d', g)}
  ${gistOperatorClass('gist_geography_ops', geog)}
exception when undefined_file or insufficient_privilege then
  null; -- no btree_gist library here: GiST indexes on these types fail as without the stand-in
end
$gist$;
`;

export const postgisFunctions = [
  ...sameShape,
  ...randomPoints,
  ...sameGeography,
  ...predicates,
  ...geoJson,
  ...other,
  aggregates,
  operators,
  gistIndexes,
].join('\n');
