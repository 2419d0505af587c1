import type { ExtensionStandIn } from '../stand-in.ts';
import { postgisFunctions } from './postgis-functions.ts';

/**
 * PostGIS is a large C library; the stand-in is deliberately small. `geometry` and `geography`
 * are base types whose values are their EWKT text (`SRID=4326;POINT(1 2)`), built on the
 * server's own text input and output routines, with a type-modifier parser so columns such as
 * `geography(Point, 4326)` can be declared; modifiers are recorded, not enforced. Text casts both
 * ways and geometry-to-geography are binary. The functions migrations use most exist with their
 * real signatures and work on points: ST_MakePoint, ST_Point, ST_SetSRID, ST_SRID,
 * ST_GeomFromText, ST_GeogFromText, ST_AsText, ST_X, ST_Y, ST_Distance (planar for geometry,
 * great-circle metres on a sphere for geography) and ST_DWithin; `spatial_ref_sys` holds 4326
 * and 3857. Many more are declared with placeholder bodies, with the `&&` and `<->` operators
 * and GiST operator classes (see postgis-functions.ts).
 *
 * Not reproduced: BRIN and SP-GiST operator classes, `=` and the other comparison operators,
 * WKB input, non-point geometry maths, and everything else in PostGIS. Base types need the
 * built-in text routines (`language internal`), which only a superuser may declare.
 */
const geoType = (type: 'geometry' | 'geography', defaultSrid: number): string => `
create type @extschema@.${type};
create function @extschema@.${type}_in(cstring) returns @extschema@.${type}
  language internal immutable strict parallel safe as 'textin';
create function @extschema@.${type}_out(@extschema@.${type}) returns cstring
  language internal immutable strict parallel safe as 'textout';
create function @extschema@.${type}_typmod_in(cstring[]) returns integer
  language sql immutable strict parallel safe as $$ select @extschema@._stand_in_typmod($1::text[], ${defaultSrid}) $$;
create type @extschema@.${type} (
  input = @extschema@.${type}_in,
  output = @extschema@.${type}_out,
  typmod_in = @extschema@.${type}_typmod_in,
  internallength = variable,
  storage = extended,
  alignment = int4,
  category = 'U'
);
create cast (@extschema@.${type} as text) without function as implicit;
create cast (text as @extschema@.${type}) without function as implicit;
create function @extschema@.st_astext(@extschema@.${type}) returns text
  language sql immutable strict parallel safe as $$ select regexp_replace($1::text, '^SRID=[0-9]+;', '') $$;
`;

export const postgis: ExtensionStandIn = {
  name: 'postgis',
  version: '3.3.7',
  comment: 'PostGIS geometry and geography spatial types and functions',
  sql: String.raw`
-- Packs (shape, srid) into a non-negative modifier: srid * 32 + the shape's position below.
create function @extschema@._stand_in_typmod(modifiers text[], default_srid integer) returns integer
  language sql immutable strict parallel safe as $$
  select coalesce(modifiers[2]::integer, default_srid) * 32
    + coalesce(array_position(
        array['GEOMETRY', 'POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING',
              'MULTIPOLYGON', 'GEOMETRYCOLLECTION'],
        upper(regexp_replace(modifiers[1], '[ZM]+$', '', 'i'))), 1)
$$;

${geoType('geometry', 0)}
${geoType('geography', 4326)}
create cast (@extschema@.geometry as @extschema@.geography) without function as implicit;
create cast (@extschema@.geography as @extschema@.geometry) without function as assignment;

create table @extschema@.spatial_ref_sys (
  srid integer not null primary key check (srid > 0 and srid <= 998999),
  auth_name varchar(256),
  auth_srid integer,
  srtext varchar(2048),
  proj4text varchar(2048)
);
insert into @extschema@.spatial_ref_sys values
  (4326, 'EPSG', 4326, null, '+proj=longlat +datum=WGS84 +no_defs'),
  (3857, 'EPSG', 3857, null,
   '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs');
grant select on @extschema@.spatial_ref_sys to public;

create function @extschema@.postgis_version() returns text language sql immutable as $$
  select '3.3 USE_GEOS=0 USE_PROJ=0 USE_STATS=0 (migration-guard stand-in)'
$$;

create function @extschema@.st_srid(geom @extschema@.geometry) returns integer
  language sql immutable strict parallel safe as $$
  select coalesce(substring(geom::text from '^SRID=([0-9]+);')::integer, 0)
$$;
create function @extschema@.st_srid(geog @extschema@.geography) returns integer
  language sql immutable strict parallel safe as $$
  select coalesce(substring(geog::text from '^SRID=([0-9]+);')::integer, 4326)
$$;

create function @extschema@.st_geomfromtext(text, integer) returns @extschema@.geometry
  language plpgsql immutable strict parallel safe as $$
begin
  if $1 !~* '^\s*(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\s*(Z|M|ZM)?\s*(\(|EMPTY)' then
    raise exception 'parse error - invalid geometry' using hint = '"' || $1 || '"';
  end if;
  return (case when $2 > 0 then 'SRID=' || $2 || ';' else '' end || btrim($1))::@extschema@.geometry;
end
$$;
create function @extschema@.st_geomfromtext(text) returns @extschema@.geometry
  language sql immutable strict parallel safe as $$
  select @extschema@.st_geomfromtext(regexp_replace($1, '^SRID=[0-9]+;', ''),
    coalesce(substring($1 from '^SRID=([0-9]+);')::integer, 0))
$$;
create function @extschema@.st_geogfromtext(text) returns @extschema@.geography
  language sql immutable strict parallel safe as $$ select @extschema@.st_geomfromtext($1)::@extschema@.geography $$;

create function @extschema@.st_makepoint(double precision, double precision) returns @extschema@.geometry
  language sql immutable strict parallel safe as $$ select ('POINT(' || $1 || ' ' || $2 || ')')::@extschema@.geometry $$;
create function @extschema@.st_makepoint(double precision, double precision, double precision)
  returns @extschema@.geometry language sql immutable strict parallel safe as $$
  select ('POINT Z (' || $1 || ' ' || $2 || ' ' || $3 || ')')::@extschema@.geometry
$$;
create function @extschema@.st_point(double precision, double precision) returns @extschema@.geometry
  language sql immutable strict parallel safe as $$ select @extschema@.st_makepoint($1, $2) $$;

create function @extschema@.st_setsrid(geom @extschema@.geometry, srid integer) returns @extschema@.geometry
  language sql immutable strict parallel safe as $$
  select ('SRID=' || srid || ';' || @extschema@.st_astext(geom))::@extschema@.geometry
$$;
create function @extschema@.st_setsrid(geog @extschema@.geography, srid integer) returns @extschema@.geography
  language sql immutable strict parallel safe as $$
  select ('SRID=' || srid || ';' || @extschema@.st_astext(geog))::@extschema@.geography
$$;

create function @extschema@.st_point(x double precision, y double precision, srid integer)
  returns @extschema@.geometry language sql immutable strict parallel safe as $$
  select @extschema@.st_setsrid(@extschema@.st_makepoint(x, y), srid)
$$;

-- Coordinates of a point (the first coordinate pair for other shapes).
create function @extschema@._stand_in_xy(wkt text) returns double precision[]
  language sql immutable strict parallel safe as $$
  select array[m[1]::double precision, m[2]::double precision]
  from regexp_match(wkt, '\(\s*\(*\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)') as m
$$;
create function @extschema@.st_x(@extschema@.geometry) returns double precision
  language sql immutable strict parallel safe as $$ select (@extschema@._stand_in_xy($1::text))[1] $$;
create function @extschema@.st_y(@extschema@.geometry) returns double precision
  language sql immutable strict parallel safe as $$ select (@extschema@._stand_in_xy($1::text))[2] $$;

create function @extschema@.st_distance(geom1 @extschema@.geometry, geom2 @extschema@.geometry)
  returns double precision language sql immutable strict parallel safe as $$
  select sqrt(power(a[1] - b[1], 2) + power(a[2] - b[2], 2))
  from (select @extschema@._stand_in_xy(geom1::text) as a, @extschema@._stand_in_xy(geom2::text) as b) as p
$$;
-- Haversine on the mean Earth radius: close to, not equal to, PostGIS's spheroid distance.
create function @extschema@.st_distance(
  geog1 @extschema@.geography, geog2 @extschema@.geography, use_spheroid boolean default true
) returns double precision language sql immutable strict parallel safe as $$
  select 2 * 6371008.8 * asin(sqrt(
    power(sin(radians(b[2] - a[2]) / 2), 2)
    + cos(radians(a[2])) * cos(radians(b[2])) * power(sin(radians(b[1] - a[1]) / 2), 2)))
  from (select @extschema@._stand_in_xy(geog1::text) as a, @extschema@._stand_in_xy(geog2::text) as b) as p
$$;

create function @extschema@.st_dwithin(geom1 @extschema@.geometry, geom2 @extschema@.geometry, double precision)
  returns boolean language sql immutable parallel safe as $$
  select @extschema@.st_distance(geom1, geom2) <= $3
$$;
create function @extschema@.st_dwithin(
  geog1 @extschema@.geography, geog2 @extschema@.geography, tolerance double precision,
  use_spheroid boolean default true
) returns boolean language sql immutable parallel safe as $$
  select @extschema@.st_distance(geog1, geog2, use_spheroid) <= tolerance
$$;

${postgisFunctions}
`,
  examples: [
    `create table public.places (id bigint primary key, name text, location extensions.geography(Point, 4326))`,
    `insert into public.places values (1, 'a', extensions.st_setsrid(extensions.st_makepoint(-73.98, 40.75), 4326)), (2, 'b', 'SRID=4326;POINT(-73.97 40.76)')`,
    `select p.name, extensions.st_distance(p.location, extensions.st_setsrid(extensions.st_makepoint(-73.98, 40.75), 4326)::extensions.geography) from public.places p`,
    `select id from public.places where extensions.st_dwithin(location, 'SRID=4326;POINT(-73.98 40.75)'::extensions.geography, 2000)`,
    `select extensions.st_x(extensions.st_geomfromtext('POINT(1 2)', 4326)), extensions.st_y(extensions.st_geomfromtext('POINT(1 2)')), extensions.st_astext(extensions.st_makepoint(1, 2))`,
    `select srid, auth_name from extensions.spatial_ref_sys where srid = 4326`,
  ],
};
