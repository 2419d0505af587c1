import type { ExtensionStandIn } from '../stand-in.ts';
import { http } from './http.ts';
import { hypopg } from './hypopg.ts';
import { indexAdvisor } from './index-advisor.ts';
import { pgCron } from './pg-cron.ts';
import { pgGraphql } from './pg-graphql.ts';
import { pgHashids } from './pg-hashids.ts';
import { pgJsonschema } from './pg-jsonschema.ts';
import { pgNet } from './pg-net.ts';
import { pgRepack } from './pg-repack.ts';
import { pgStatMonitor } from './pg-stat-monitor.ts';
import { pgTle } from './pg-tle.ts';
import { pgaudit } from './pgaudit.ts';
import { pgjwt } from './pgjwt.ts';
import { pgmq } from './pgmq.ts';
import { pgroonga } from './pgroonga.ts';
import { pgrouting } from './pgrouting.ts';
import { pgsodium } from './pgsodium.ts';
import { pgtap } from './pgtap.ts';
import { plpgsqlCheck } from './plpgsql-check.ts';
import { plv8 } from './plv8.ts';
import { postgis } from './postgis.ts';
import { rum } from './rum.ts';
import { supabaseVault } from './supabase-vault.ts';
import { timescaledb } from './timescaledb.ts';
import { wrappers } from './wrappers.ts';

/** Every stand-in, by extension name; a stand-in's `requires` names come earlier when both are here. */
export const standIns: readonly ExtensionStandIn[] = [
  http,
  hypopg,
  indexAdvisor,
  pgCron,
  pgGraphql,
  pgHashids,
  pgJsonschema,
  pgNet,
  pgRepack,
  pgStatMonitor,
  pgTle,
  pgaudit,
  pgjwt,
  pgmq,
  pgroonga,
  postgis,
  pgrouting,
  pgsodium,
  pgtap,
  plpgsqlCheck,
  plv8,
  rum,
  supabaseVault,
  timescaledb,
  wrappers,
];

const byName = new Map(standIns.map((standIn) => [standIn.name, standIn]));

/** The stand-in for the extension `CREATE EXTENSION` calls `name`, if there is one. */
export function standInByName(name: string): ExtensionStandIn | undefined {
  return byName.get(name);
}
