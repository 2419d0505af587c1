import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/core/report/finding.ts';
import { targetLacks } from '../src/staging/missing-dependency.ts';
import { type EarlierFailure, failureCause } from '../src/staging/trace/failure-cause.ts';
import { reconcileTrace } from '../src/staging/trace/reconcile-trace.ts';
import type { FileTrace, StatementTrace, TracedError } from '../src/staging/trace/trace-model.ts';

const relationMissing: TracedError = {
  message: 'relation "profiles" does not exist',
  code: '42P01',
  line: 3,
  missing: { kind: 'relation', name: 'profiles', code: '42P01' },
};

const earlier = (file: string, sql: string, line = 1): EarlierFailure => ({
  file: `supabase/migrations/${file}`,
  line,
  message: 'function gen_random_bytes(integer) does not exist',
  sql,
});

describe('failureCause: which earlier failure left out a missing object', () => {
  const mentions = earlier('20240101000000_seed_profiles.sql', 'insert into profiles values (1);');
  const creates = earlier(
    '20240108234541_add_profiles.sql',
    '-- profiles\n\ncreate table if not exists public."profiles" (id uuid primary key);',
    3,
  );
  const unrelated = earlier('20240109000000_audit.sql', 'create table audit (id int);');

  it('prefers the earliest failed file that creates it, then one that names it, then the nearest', () => {
    expect(failureCause(relationMissing, [mentions, creates, unrelated])).toEqual({
      kind: 'earlier-failure',
      failure: creates,
      evidence: 'creates',
    });
    expect(failureCause(relationMissing, [mentions, unrelated])).toMatchObject({
      failure: mentions,
      evidence: 'mentions',
    });
    expect(failureCause(relationMissing, [unrelated])).toMatchObject({
      failure: unrelated,
      evidence: 'nearest',
    });
  });

  it('does not match a longer name that contains the missing one', () => {
    const other = earlier('20240101000000_x.sql', 'create table profiles_archive (id int);');
    expect(failureCause(relationMissing, [other])).toMatchObject({ evidence: 'nearest' });
  });

  it('leaves an error that is not about a missing object to the SQL itself', () => {
    const column: TracedError = {
      message: 'column "amount_centz" does not exist',
      code: '42703',
      line: 4,
    };
    expect(failureCause(column, [creates])).toEqual({ kind: 'own' });
    expect(failureCause(relationMissing, [])).toEqual({ kind: 'own' });
  });

  it('names what Supabase provides, unless an earlier failed file creates it', () => {
    const fn: TracedError = {
      message: 'function gen_random_bytes(integer) does not exist',
      code: '42883',
      line: 2,
      missing: { kind: 'function', name: 'gen_random_bytes', code: '42883' },
    };
    expect(failureCause(fn, [unrelated])).toEqual({
      kind: 'target-lacks',
      what: 'extension pgcrypto (function gen_random_bytes)',
    });
    const extension = earlier('20240101000000_ext.sql', 'create extension if not exists pgcrypto;');
    expect(failureCause(fn, [extension])).toMatchObject({
      failure: extension,
      evidence: 'creates',
    });
  });
});

describe('targetLacks: environment gaps, not bugs', () => {
  it.each([
    [
      'function gen_random_bytes(integer) does not exist',
      '42883',
      'extension pgcrypto (function gen_random_bytes)',
    ],
    [
      'function extensions.uuid_generate_v4() does not exist',
      '42883',
      'extension uuid-ossp (function uuid_generate_v4)',
    ],
    [
      // Supabase preinstalls it in extensions; PGlite's newer version has other signatures.
      'function extensions.pg_stat_statements_reset(oid, oid, bigint) does not exist',
      '42883',
      "extension pg_stat_statements or this signature of its function, pg_stat_statements_reset(oid, oid, bigint) (a preinstalled extension's signatures change between its versions)",
    ],
    [
      'function moddatetime() does not exist',
      '42883',
      'extension moddatetime (function moddatetime)',
    ],
    [
      'function st_makepoint(numeric, numeric) does not exist',
      '42883',
      'extension postgis (function st_makepoint)',
    ],
    ['publication "supabase_realtime" does not exist', '42704', 'publication supabase_realtime'],
    ['role "supabase_admin" does not exist', '42704', 'role supabase_admin'],
    ['type "vector" does not exist', '42704', 'extension vector (type vector)'],
    [
      'could not access file "$libdir/pg_net": No such file or directory',
      '58P01',
      'server library $libdir/pg_net',
    ],
  ])('%s', (message, code, what) => {
    expect(targetLacks({ message, code })).toBe(what);
  });

  it.each([
    ['function missing_function(integer) does not exist', '42883'],
    ['function public.gen_random_bytes(integer) does not exist', '42883'],
    ['publication "my_pub" does not exist', '42704'],
    ['relation "nope" does not exist', '42P01'],
  ])('%s is the migration own failure', (message, code) => {
    expect(targetLacks({ message, code })).toBeUndefined();
  });

  it('takes the extension a CREATE EXTENSION could not find from the engine', () => {
    const error = {
      message: 'extension "pg_net" is not available',
      code: '0A000',
      missing: { kind: 'extension' as const, name: 'pg_net', code: '0A000' },
    };
    expect(targetLacks(error)).toBe('extension pg_net');
  });
});

function statement(index: number, patch: Partial<StatementTrace>): StatementTrace {
  return {
    index,
    line: index + 1,
    sql: 'select 1',
    status: 'applied',
    durationMs: 1,
    locksTraced: true,
    locks: [],
    rewrites: [],
    rebuiltIndexes: [],
    truncated: [],
    scans: [],
    created: [],
    unit: 0,
    attempt: 1,
    ...patch,
  };
}

describe('reconcileTrace: failures', () => {
  const trace = (statements: StatementTrace[]): FileTrace => ({
    file: 'supabase/migrations/20240201000000_bio.sql',
    statements,
    events: [],
  });
  const failing = statement(1, { status: 'failed', durationMs: 2, error: relationMissing });

  it('a cascade names the earlier file and line, and is an environment gap, never an error', () => {
    const { traceFindings } = reconcileTrace({
      findings: [],
      trace: trace([statement(0, { status: 'rolled-back' }), failing]),
      predictsOf: () => undefined,
      earlierFailures: [
        earlier('20240108234541_add_profiles.sql', 'create table public.profiles (id int);', 3),
      ],
      // Even configured as an error, an environment gap stays a warning.
      severityOf: () => 'error',
    });
    expect(traceFindings).toEqual([
      expect.objectContaining({
        rule: 'trace-not-validated',
        severity: 'warning',
        line: 3,
        environmentGap: true,
        message:
          'Not validated: relation "profiles" does not exist — most likely because 20240108234541_add_profiles.sql:3 failed on staging earlier (function gen_random_bytes(integer) does not exist). The rest of the file was not checked.',
      }),
    ]);
    expect(traceFindings[0]?.fix).toContain(
      'Make 20240108234541_add_profiles.sql apply on staging',
    );
  });

  it('a failure of the SQL itself stays an error', () => {
    const { traceFindings } = reconcileTrace({
      findings: [],
      trace: trace([failing]),
      predictsOf: () => undefined,
    });
    expect(traceFindings).toMatchObject([{ rule: 'trace-statement-failed', severity: 'error' }]);
    expect(traceFindings[0]?.environmentGap).toBeUndefined();
  });

  it('does not mark a lint lock finding "not seen" at a statement whose transaction was undone', () => {
    const lint: Finding = {
      rule: 'create-index-non-concurrent',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'CREATE INDEX on existing table',
      source: 'lint',
      statement: 0,
    };
    const reconcile = (status: StatementTrace['status']) =>
      reconcileTrace({
        findings: [lint],
        trace: trace([statement(0, { status })]),
        predictsOf: () => 'lock',
      }).findings[0]?.trace;
    expect(reconcile('applied')).toBe('not-seen');
    expect(reconcile('rolled-back')).toBeUndefined();
    expect(reconcile('failed')).toBeUndefined();
  });
});
