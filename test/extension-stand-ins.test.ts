import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionStandIn } from '../src/core/extensions/stand-in.ts';
import { standInByName, standIns } from '../src/core/extensions/stand-ins/index.ts';
import { quoteIdent } from '../src/core/sql/quote-identifier.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';

/**
 * Every stand-in installs and serves its examples on PostgreSQL 15 (one fresh database each)
 * and on PGlite (PostgreSQL 18; one instance, each stand-in in a transaction rolled back).
 */

type Run = (sql: string) => Promise<unknown>;

const installSchema = (standIn: ExtensionStandIn): string => standIn.schema ?? 'extensions';

/** Installs what `standIn` requires (real extensions, or other stand-ins), then the stand-in. */
async function install(
  run: Run,
  standIn: ExtensionStandIn,
  done = new Set<string>(),
): Promise<void> {
  if (done.has(standIn.name)) return;
  done.add(standIn.name);
  for (const required of standIn.requires ?? []) {
    const requiredStandIn = standInByName(required);
    if (requiredStandIn) {
      await install(run, requiredStandIn, done);
    } else {
      await run('create schema if not exists extensions');
      await run(`create extension if not exists ${quoteIdent(required)} with schema extensions`);
    }
  }
  const schema = installSchema(standIn);
  await run(`create schema if not exists ${quoteIdent(schema)}`);
  await run(standIn.sql.replaceAll('@extschema@', quoteIdent(schema)));
}

/** Runs `sql` with the statement named in the error, so a failure says which one. */
const labelled =
  (run: Run, standIn: ExtensionStandIn): Run =>
  async (sql) => {
    try {
      return await run(sql);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${standIn.name}: ${reason}\nin: ${sql.slice(0, 300)}`);
    }
  };

let cluster: PgCluster;
let pglite: PGlite;

beforeAll(async () => {
  cluster = await startPgCluster();
  pglite = new PGlite({ extensions: { pgcrypto } });
  await pglite.waitReady;
});

afterAll(async () => {
  await pglite?.close();
  await cluster?.stop();
});

async function withDatabase<T>(name: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query(`create database ${quoteIdent(name)} strategy file_copy`);
  } finally {
    await admin.end();
  }
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

describe('extension stand-ins', () => {
  it('are listed once each and found by name', () => {
    const names = standIns.map((standIn) => standIn.name);
    expect(new Set(names).size).toBe(names.length);
    for (const standIn of standIns) expect(standInByName(standIn.name)).toBe(standIn);
    expect(standInByName('orioledb')).toBeUndefined();
    expect(names).toEqual(
      expect.arrayContaining([
        'pg_net',
        'pg_cron',
        'pgsodium',
        'supabase_vault',
        'pg_graphql',
        'pg_jsonschema',
        'http',
        'wrappers',
        'pgjwt',
        'pgmq',
        'pg_hashids',
        'plpgsql_check',
        'index_advisor',
        'hypopg',
        'pg_tle',
        'postgis',
        'pgaudit',
        'pg_stat_monitor',
        'pgroonga',
        'rum',
        'pg_repack',
        'pgrouting',
        'timescaledb',
        'plv8',
        'pgtap',
      ]),
    );
  });

  it('never reach files, programs, other servers or the clock, and leave @extschema@ to the loader', () => {
    const forbidden =
      /\bcopy\b|\bprogram\b|lo_import|lo_export|pg_read_file|pg_read_binary_file|dblink|pg_sleep/i;
    for (const standIn of standIns) {
      expect(standIn.sql, standIn.name).not.toMatch(forbidden);
      expect(standIn.sql, standIn.name).not.toMatch(
        /create\s+schema\s+(if\s+not\s+exists\s+)?@extschema@/i,
      );
      expect(standIn.examples.length, standIn.name).toBeGreaterThanOrEqual(2);
      expect(standIn.examples.length, standIn.name).toBeLessThanOrEqual(6);
    }
  });

  describe.each(standIns.map((standIn) => [standIn.name, standIn] as const))('%s', (_, standIn) => {
    it('installs and runs its examples on PostgreSQL 15', async () => {
      await withDatabase(`stand_in_${standIn.name}`, async (client) => {
        const run = labelled(async (sql) => client.query(sql), standIn);
        await install(run, standIn);
        for (const example of standIn.examples) await run(example);
      });
    });

    it('installs and runs its examples on PGlite', async () => {
      const run = labelled(async (sql) => pglite.exec(sql), standIn);
      await pglite.exec('begin');
      try {
        await install(run, standIn);
        for (const example of standIn.examples) await run(example);
      } finally {
        await pglite.exec('rollback');
      }
    });
  });

  it('declare the real signatures (all stand-ins side by side on PostgreSQL 15)', async () => {
    await withDatabase('stand_in_signatures', async (client) => {
      const done = new Set<string>();
      for (const standIn of standIns) {
        await install(
          labelled(async (sql) => client.query(sql), standIn),
          standIn,
          done,
        );
      }
      const signatures = [
        'net.http_post(text,jsonb,jsonb,jsonb,integer)',
        'net.http_get(text,jsonb,jsonb,integer)',
        'net.http_delete(text,jsonb,jsonb,integer,jsonb)',
        'cron.schedule(text,text)',
        'cron.schedule(text,text,text)',
        'cron.unschedule(bigint)',
        'cron.unschedule(text)',
        'cron.alter_job(bigint,text,text,text,text,boolean)',
        'cron.schedule_in_database(text,text,text,text,text,boolean)',
        'vault.create_secret(text,text,text,uuid)',
        'vault.update_secret(uuid,text,text,text,uuid)',
        'pgsodium.crypto_aead_det_encrypt(bytea,bytea,bigint,bytea,bytea)',
        'pgsodium.crypto_aead_det_decrypt(bytea,bytea,uuid)',
        'pgsodium.create_key(pgsodium.key_type,text,bytea,bytea,uuid,bytea,timestamptz,text)',
        'graphql.resolve(text,jsonb,text,jsonb)',
        'graphql.comment_directive(text)',
        'graphql_public.graphql(text,text,jsonb,jsonb)',
        'extensions.jsonb_matches_schema(json,jsonb)',
        'extensions.json_matches_schema(json,json)',
        'extensions.jsonschema_is_valid(json)',
        'extensions.http(extensions.http_request)',
        'extensions.http_get(character varying)',
        'extensions.http_post(character varying,character varying,character varying)',
        'extensions.big_query_fdw_handler()',
        'extensions.big_query_fdw_validator(text[],oid)',
        'extensions.stripe_fdw_meta()',
        'extensions.sign(json,text,text)',
        'extensions.verify(text,text,text)',
        'extensions.url_decode(text)',
        'pgmq.create(text)',
        'pgmq.send(text,jsonb,jsonb,timestamptz)',
        'pgmq.send(text,jsonb,integer)',
        'pgmq.read(text,integer,integer,jsonb)',
        'pgmq.pop(text)',
        'pgmq.archive(text,bigint[])',
        'pgmq.delete(text,bigint)',
        'pgtle.install_extension(text,text,text,text,text[])',
        'extensions.id_encode(bigint,text,integer)',
        'extensions.plpgsql_check_function(regprocedure,regclass,text,boolean,boolean,boolean,boolean,boolean,boolean,name,name,regtype,regtype,regtype,regtype,regtype,boolean,boolean,boolean,boolean,boolean)',
        'extensions.index_advisor(text)',
        'extensions.hypopg_create_index(text)',
        'extensions.st_dwithin(extensions.geography,extensions.geography,double precision,boolean)',
        'extensions.st_makepoint(double precision,double precision)',
        'extensions.st_setsrid(extensions.geometry,integer)',
        'extensions.st_buffer(extensions.geometry,double precision,text)',
        'extensions.st_buffer(extensions.geography,double precision)',
        'extensions.st_generatepoints(extensions.geometry,integer,integer)',
        'extensions.st_intersects(extensions.geometry,extensions.geometry)',
        'extensions.st_asgeojson(extensions.geometry,integer,integer)',
        'extensions.st_geomfromgeojson(jsonb)',
        'extensions.st_transform(extensions.geometry,integer)',
        'extensions.create_hypertable(regclass,name,name,integer,name,name,anyelement,boolean,boolean,regproc,boolean,text,regproc,regproc)',
        'extensions.create_hypertable(regclass,_timescaledb_internal.dimension_info,boolean,boolean,boolean)',
        'extensions.add_retention_policy(regclass,anyelement,boolean,interval,timestamp with time zone,text,interval)',
        'extensions.time_bucket(interval,timestamp with time zone)',
      ];
      const missing = await client.query<{ signature: string }>(
        'select s as signature from unnest($1::text[]) as s where to_regprocedure(s) is null',
        [signatures],
      );
      expect(missing.rows.map((row) => row.signature)).toEqual([]);

      const argumentNames = await client.query<{ fn: string; names: string[] }>(
        `select p.oid::regprocedure::text as fn, p.proargnames as names from pg_proc p
         where p.oid in ('net.http_post(text,jsonb,jsonb,jsonb,integer)'::regprocedure,
                         'cron.schedule(text,text,text)'::regprocedure,
                         'vault.create_secret(text,text,text,uuid)'::regprocedure)
         order by 1`,
      );
      expect(argumentNames.rows).toEqual([
        { fn: 'cron.schedule(text,text,text)', names: ['job_name', 'schedule', 'command'] },
        {
          fn: 'net.http_post(text,jsonb,jsonb,jsonb,integer)',
          names: ['url', 'body', 'params', 'headers', 'timeout_milliseconds'],
        },
        {
          fn: 'vault.create_secret(text,text,text,uuid)',
          names: ['new_secret', 'new_name', 'new_description', 'new_key_id'],
        },
      ]);

      // pgmq.create makes the queue tables the real one makes.
      await client.query(`select pgmq.create('jobs')`);
      const tables = await client.query<{ name: string }>(
        `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'pgmq' and c.relkind = 'r' and c.relname like '%jobs' order by 1`,
      );
      expect(tables.rows.map((row) => row.name)).toEqual(['a_jobs', 'q_jobs']);
    });
  });
});
