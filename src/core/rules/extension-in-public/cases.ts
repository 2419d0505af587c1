import type { RuleCases } from '../rule-cases.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'installed into the extensions schema, as the dashboard does',
      sql: `create extension if not exists vector with schema extensions;
create extension if not exists pg_trgm with schema extensions;
create index documents_title_trgm_idx on public.documents using gin (title extensions.gin_trgm_ops);`,
    },
    {
      name: 'IF NOT EXISTS of an extension Supabase preinstalls in extensions does nothing',
      sql: `create extension if not exists pgcrypto;
create extension if not exists "uuid-ossp";
create extension if not exists pg_stat_statements;`,
    },
    {
      name: 'extensions whose control file fixes their schema (pg_cron, pgmq, plpgsql)',
      sql: `create extension if not exists pg_cron;
create extension if not exists pgmq;
create extension if not exists plpgsql;`,
    },
    {
      name: 'the search path puts it in extensions',
      sql: `set search_path = extensions, public;
create extension if not exists citext;`,
    },
    {
      name: 'installed in public by an earlier file, left alone here',
      history: ['create extension if not exists vector;'],
      sql: 'create extension if not exists vector;',
    },
    {
      name: 'created in public, then moved out in the same file',
      sql: `create extension if not exists moddatetime;
alter extension moddatetime set schema extensions;`,
    },
    {
      name: 'the fix for pg_net, which cannot be moved: drop and create again',
      history: ['create extension if not exists pg_net;'],
      sql: `drop extension if exists pg_net;
create extension if not exists pg_net with schema extensions;`,
    },
  ],
  invalid: [
    {
      name: 'no schema: the first schema of the search path, public',
      sql: `-- fuzzy search on customer names
create extension if not exists pg_trgm;
create index customers_name_trgm_idx on public.customers using gin (name gin_trgm_ops);`,
      errors: [
        {
          line: 2,
          severity: 'warning',
          message:
            'CREATE EXTENSION pg_trgm names no schema, so it is installed in the first schema of the search path, public',
          fix: 'CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;',
        },
      ],
    },
    {
      name: 'WITH SCHEMA public, as supabase db pull writes it, with the stand-in objects counted',
      sql: `create extension if not exists "vector" with schema "public";
create extension if not exists "wrappers" with schema "public";`,
      errors: [
        { line: 1, message: 'Extension vector is installed in schema public' },
        {
          line: 2,
          message:
            /Extension wrappers is installed in schema public: what it creates \(1 relation, \d+ functions\)/,
        },
      ],
    },
    {
      name: 'a preinstalled extension dropped and created again without a schema',
      sql: `drop extension if exists pgcrypto;
create extension pgcrypto;`,
      lines: [2],
    },
    {
      name: 'moved to public',
      history: ['create extension if not exists unaccent with schema extensions;'],
      sql: 'alter extension unaccent set schema public;',
      errors: [
        {
          line: 1,
          message: 'This file moves extension unaccent to schema public',
          fix: 'ALTER EXTENSION unaccent SET SCHEMA extensions;',
        },
      ],
    },
    {
      name: 'an extension enabled outside the migrations, moved to public',
      sql: 'alter extension hstore set schema public;',
      lines: [1],
    },
  ],
};
