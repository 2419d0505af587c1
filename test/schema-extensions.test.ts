import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standInByName, standIns } from '../src/core/extensions/stand-ins/index.ts';
import { SchemaModel } from '../src/core/schema/schema-model.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';
import { quoteIdent } from '../src/core/sql/quote-identifier.ts';
import { replay } from './support/replay-sql.ts';

beforeAll(loadParser);

describe('extensions in the schema model', () => {
  it('starts with the extensions Supabase preinstalls, in their schemas', () => {
    const model = new SchemaModel();
    expect(model.extensions.get('pgcrypto')).toMatchObject({
      schema: 'extensions',
      preinstalled: true,
    });
    expect(model.extensions.get('supabase_vault')?.schema).toBe('vault');
    expect(model.extensions.has('vector')).toBe(false);
  });

  it('CREATE EXTENSION IF NOT EXISTS of a preinstalled extension changes nothing', () => {
    const model = replay('create extension if not exists pgcrypto;');
    expect(model.extensions.get('pgcrypto')).toMatchObject({
      schema: 'extensions',
      preinstalled: true,
    });
  });

  it('records the schema: WITH SCHEMA, else the first schema of the search path', () => {
    const model = replay(`create extension if not exists vector;
create extension if not exists pg_trgm with schema extensions;
set search_path = extensions, public;
create extension citext;`);
    expect(model.extensions.get('vector')?.schema).toBe('public');
    expect(model.extensions.get('pg_trgm')?.schema).toBe('extensions');
    expect(model.extensions.get('citext')?.schema).toBe('extensions');
    expect(model.extensions.get('vector')?.createdBy?.statement).toBe(0);
  });

  it('an extension whose control file fixes its schema goes there whatever the statement says', () => {
    const model = replay(`create extension pgmq;
create extension pg_cron with schema extensions;`);
    expect(model.extensions.get('pgmq')?.schema).toBe('pgmq');
    expect(model.extensions.get('pg_cron')?.schema).toBe('pg_catalog');
  });

  it("creates the stand-in's objects in the chosen schema, owned by the extension", () => {
    const model = replay('create extension if not exists wrappers with schema public;');
    const stats = model.table('public.wrappers_fdw_stats');
    expect(stats).toMatchObject({ kind: 'table', extension: 'wrappers', rlsEnabled: false });
    expect(stats?.columns.has('fdw_name')).toBe(true);
    expect(model.functions.get('public.stripe_fdw_handler')?.extension).toBe('wrappers');
    // The migration's own search path is back after the script ran.
    expect(model.searchPath).toEqual(['public']);
  });

  it('a table the migration made before the extension is not the extension’s', () => {
    const model = replay(`create table public.notes (id bigint primary key);
create extension postgis;`);
    expect(model.table('public.notes')?.extension).toBeUndefined();
    expect(model.table('public.spatial_ref_sys')?.extension).toBe('postgis');
  });

  it('DROP EXTENSION removes it with its objects; ALTER EXTENSION SET SCHEMA moves them', () => {
    const model = replay(`create extension wrappers with schema public;
create schema if not exists extensions;
alter extension wrappers set schema extensions;`);
    expect(model.extensions.get('wrappers')?.schema).toBe('extensions');
    expect(model.table('public.wrappers_fdw_stats')).toBeUndefined();
    expect(model.table('extensions.wrappers_fdw_stats')?.schema).toBe('extensions');
    expect(model.functions.get('extensions.stripe_fdw_handler')?.schema).toBe('extensions');

    replay('drop extension if exists wrappers cascade;', model);
    expect(model.extensions.has('wrappers')).toBe(false);
    expect(model.table('extensions.wrappers_fdw_stats')).toBeUndefined();
    expect(model.functions.get('extensions.stripe_fdw_handler')).toBeUndefined();

    // Dropped, a preinstalled extension can be created again elsewhere.
    replay('drop extension pgcrypto; create extension pgcrypto;', model);
    expect(model.extensions.get('pgcrypto')).toMatchObject({
      schema: 'public',
      preinstalled: false,
    });
  });

  it('every stand-in replays onto the model and leaves the search path as it was', () => {
    for (const standIn of standIns) {
      // Preinstalled ones (pg_graphql, pgsodium, vault) are dropped first, or nothing would run.
      const model = replay(`drop extension if exists "${standIn.name}";
create extension if not exists "${standIn.name}" with schema extensions cascade;`);
      expect(model.extensions.has(standIn.name), standIn.name).toBe(true);
      expect(model.searchPath, standIn.name).toEqual(['public']);
      const owned = [...model.tables.values(), ...model.functions.values()].filter(
        (o) => o.extension !== undefined,
      );
      if (/create (or replace )?function|create (unlogged )?table/i.test(standIn.sql)) {
        expect(owned.length, standIn.name).toBeGreaterThan(0);
      }
    }
  });
});

describe('pgmq queues and foreign tables in the schema model', () => {
  it('pgmq.create makes the queue and archive tables, readable by nobody until granted', () => {
    const model = replay(`create extension pgmq;
select pgmq.create('Order_Events');
select from pgmq.create_unlogged('webhooks');`);
    const queue = model.table('pgmq.q_order_events');
    expect(queue).toMatchObject({ kind: 'table', extension: 'pgmq', rlsEnabled: false });
    expect(queue?.selectRevokedFrom?.has('anon')).toBe(true);
    expect(model.table('pgmq.a_order_events')).toBeDefined();
    expect(model.table('pgmq.q_webhooks')?.unlogged).toBe(true);

    replay(
      `grant select on pgmq.q_order_events to authenticated;
select pgmq.drop_queue('webhooks');`,
      model,
    );
    expect(model.table('pgmq.q_order_events')?.selectGrantedTo?.has('authenticated')).toBe(true);
    expect(model.table('pgmq.q_webhooks')).toBeUndefined();
  });

  it('hostile names stay names: a schema with quotes and SQL in it, a queue name with a quote', () => {
    const schema = 'we"ird; drop table x; --';
    const model = replay(`create schema "we""ird; drop table x; --";
create extension wrappers with schema "we""ird; drop table x; --";
create extension pgmq;
select pgmq.create('a''b; drop table public.t; --');`);
    expect(model.extensions.get('wrappers')?.schema).toBe(schema);
    // The stand-in's script ran with the name quoted: its table is in that schema, nothing else.
    expect(model.table(`${schema}.wrappers_fdw_stats`)?.extension).toBe('wrappers');
    expect(model.table('public.wrappers_fdw_stats')).toBeUndefined();
    expect(model.table("pgmq.q_a'b; drop table public.t; --")?.kind).toBe('table');
    expect(model.table('public.t')).toBeUndefined();
  });

  it('CREATE FOREIGN TABLE and IMPORT FOREIGN SCHEMA ... LIMIT TO make foreign tables', () => {
    const model = replay(`create foreign table public.stripe_customers (id text, email text)
  server stripe_server options (object 'customers');
import foreign schema stripe limit to (invoices) from server stripe_server into public;
revoke select on public.stripe_customers from anon;`);
    const customers = model.table('public.stripe_customers');
    expect(customers?.kind).toBe('foreign-table');
    expect(customers?.columns.has('email')).toBe(true);
    expect(customers?.selectRevokedFrom?.has('anon')).toBe(true);
    expect(model.table('public.invoices')?.kind).toBe('foreign-table');
  });
});

describe('the model and staging read one definition of each stand-in', () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = new PGlite({ extensions: { pgcrypto } });
    await pglite.waitReady;
  });
  afterAll(async () => {
    await pglite.close();
  });

  /**
   * Relations, functions and procedures the session's SQL made (aggregates, which the model does
   * not track, and members of real extensions such as pgcrypto left out).
   */
  const catalog = async (): Promise<Set<string>> => {
    const { rows } = await pglite.query<{ object: string }>(`
      select format('%s %s.%s', case c.relkind when 'v' then 'view' else 'table' end, n.nspname, c.relname) as object
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p', 'v', 'm', 'f')
         and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
      union
      select format('function %s.%s', n.nspname, p.proname)
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname not in ('pg_catalog', 'information_schema')
         and p.prokind in ('f', 'p')
         and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')`);
    return new Set(rows.map((r) => r.object));
  };

  for (const standIn of standIns) {
    it(`${standIn.name}: the model holds what its script creates on PGlite`, async () => {
      const schema = standIn.schema ?? 'extensions';
      const model = replay(`drop extension if exists "${standIn.name}";
create extension "${standIn.name}" with schema ${schema} cascade;`);
      const modelled = new Set<string>();
      for (const t of model.tables.values()) {
        if (t.extension)
          modelled.add(`${t.kind === 'view' ? 'view' : 'table'} ${t.schema}.${t.name}`);
      }
      for (const f of model.functions.values()) {
        if (f.extension) modelled.add(`function ${f.schema}.${f.name}`);
      }
      await pglite.exec('begin');
      try {
        const before = await catalog();
        for (const required of [...(standIn.requires ?? []), standIn.name]) {
          const script = standInByName(required);
          const own = script?.schema ?? schema;
          await pglite.exec(`create schema if not exists ${quoteIdent(own)}`);
          await pglite.exec(
            script
              ? script.sql.replaceAll('@extschema@', quoteIdent(own))
              : `create extension if not exists ${quoteIdent(required)} with schema ${quoteIdent(own)}`,
          );
        }
        const created = [...(await catalog())].filter((o) => !before.has(o));
        expect(new Set(created)).toEqual(modelled);
      } finally {
        await pglite.exec('rollback');
      }
    });
  }
});
