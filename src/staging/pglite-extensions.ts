import type { Extension } from '@electric-sql/pglite';
import { amcheck } from '@electric-sql/pglite/contrib/amcheck';
import { bloom } from '@electric-sql/pglite/contrib/bloom';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { dict_int } from '@electric-sql/pglite/contrib/dict_int';
import { dict_xsyn } from '@electric-sql/pglite/contrib/dict_xsyn';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { hstore } from '@electric-sql/pglite/contrib/hstore';
import { intarray } from '@electric-sql/pglite/contrib/intarray';
import { isn } from '@electric-sql/pglite/contrib/isn';
import { lo } from '@electric-sql/pglite/contrib/lo';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { moddatetime } from '@electric-sql/pglite/contrib/moddatetime';
import { pageinspect } from '@electric-sql/pglite/contrib/pageinspect';
import { pg_buffercache } from '@electric-sql/pglite/contrib/pg_buffercache';
import { pg_freespacemap } from '@electric-sql/pglite/contrib/pg_freespacemap';
import { pg_stat_statements } from '@electric-sql/pglite/contrib/pg_stat_statements';
import { pg_surgery } from '@electric-sql/pglite/contrib/pg_surgery';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pg_visibility } from '@electric-sql/pglite/contrib/pg_visibility';
import { pg_walinspect } from '@electric-sql/pglite/contrib/pg_walinspect';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { seg } from '@electric-sql/pglite/contrib/seg';
import { tablefunc } from '@electric-sql/pglite/contrib/tablefunc';
import { tcn } from '@electric-sql/pglite/contrib/tcn';
import { tsm_system_rows } from '@electric-sql/pglite/contrib/tsm_system_rows';
import { tsm_system_time } from '@electric-sql/pglite/contrib/tsm_system_time';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { vector } from '@electric-sql/pglite-pgvector';

/**
 * The extensions the embedded database can create for real, by the name `CREATE EXTENSION`
 * takes: every contrib module PGlite ships, and pgvector. Each is an archive unpacked into
 * PGlite's filesystem at start, so a run loads only those its migrations create (and what
 * those require); `moddatetime`'s archive also carries autoinc, insert_username and refint.
 */
const byExtensionName: Readonly<Record<string, Extension>> = {
  amcheck: amcheck,
  bloom: bloom,
  btree_gin: btree_gin,
  btree_gist: btree_gist,
  citext: citext,
  cube: cube,
  dict_int: dict_int,
  dict_xsyn: dict_xsyn,
  earthdistance: earthdistance,
  fuzzystrmatch: fuzzystrmatch,
  hstore: hstore,
  intarray: intarray,
  isn: isn,
  lo: lo,
  ltree: ltree,
  moddatetime: moddatetime,
  autoinc: moddatetime,
  insert_username: moddatetime,
  refint: moddatetime,
  pageinspect: pageinspect,
  pg_buffercache: pg_buffercache,
  pg_freespacemap: pg_freespacemap,
  pg_stat_statements: pg_stat_statements,
  pg_surgery: pg_surgery,
  pg_trgm: pg_trgm,
  pg_visibility: pg_visibility,
  pg_walinspect: pg_walinspect,
  pgcrypto: pgcrypto,
  seg: seg,
  tablefunc: tablefunc,
  tcn: tcn,
  tsm_system_rows: tsm_system_rows,
  tsm_system_time: tsm_system_time,
  unaccent: unaccent,
  'uuid-ossp': uuid_ossp,
  vector,
};

/** Extensions every embedded start loads: what the Supabase replica creates at bootstrap. */
const bootstrapExtensions = ['pgcrypto', 'uuid-ossp', 'pg_stat_statements'] as const;

/**
 * What creating `x` also needs loaded: what `CREATE EXTENSION x CASCADE` would install, and the
 * contrib libraries a stand-in's script calls into (the PostGIS stand-in's GiST support is
 * btree_gist's C code).
 */
const requires: Readonly<Record<string, readonly string[]>> = {
  earthdistance: ['cube'],
  postgis: ['btree_gist'],
};

function isLoadableExtension(name: string): boolean {
  return Object.hasOwn(byExtensionName, name);
}

/**
 * The PGlite extension modules to load for these extension names (unknown names are left to
 * the stand-ins or to fail as on a server without them), keyed as PGlite wants them.
 */
export function pgliteExtensionsFor(names: Iterable<string>): Record<string, Extension> {
  const wanted = new Set<string>(bootstrapExtensions);
  const queue = [...names];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (wanted.has(name)) continue;
    queue.push(...(requires[name] ?? []));
    if (isLoadableExtension(name)) wanted.add(name);
  }
  const modules: Record<string, Extension> = {};
  for (const name of [...wanted].sort()) {
    const module = byExtensionName[name];
    // One archive can serve several names (moddatetime's): load it once.
    if (module && !Object.values(modules).includes(module))
      modules[name.replaceAll('-', '_')] = module;
  }
  return modules;
}
