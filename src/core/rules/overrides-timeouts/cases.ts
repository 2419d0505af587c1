import { DEFAULT_CONFIG } from '../../config/config.ts';
import type { RuleCases } from '../rule-cases.ts';

const DEFAULTS = DEFAULT_CONFIG.apply;

export const cases: RuleCases = {
  valid: [
    {
      name: 'lowering the limits, at top level and in a DO block',
      sql: `SET lock_timeout = '100ms';
SET LOCAL statement_timeout TO '30s';
SELECT set_config('lock_timeout', '200', true);
DO $$
BEGIN
  SET LOCAL lock_timeout = '250ms';
  PERFORM set_config('statement_timeout', '1min', true);
  UPDATE public.accounts SET plan = 'free' WHERE plan IS NULL;
END $$;`,
    },
    {
      name: 'a function definition: its SET clause and body run when the application calls it',
      sql: `CREATE FUNCTION public.delete_project(p bigint) RETURNS boolean LANGUAGE sql
  SET statement_timeout TO '30min' SET lock_timeout = 0 AS $$
  DELETE FROM public.projects WHERE id = p RETURNING true
$$;
CREATE FUNCTION public.report() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('statement_timeout', '0', true);
  SET lock_timeout = 0;
END $$;
ALTER FUNCTION public.report() SET statement_timeout = 0;`,
    },
    {
      name: 'settings for the API roles, and putting things back at top level',
      sql: `ALTER ROLE authenticated SET statement_timeout = '8s';
ALTER ROLE anon SET statement_timeout = 0;
RESET lock_timeout;
SET statement_timeout TO DEFAULT;`,
    },
    {
      name: 'a raise within a limit the config sets higher',
      options: { apply: { ...DEFAULTS, lockTimeoutMs: 5000, statementTimeoutMs: 3_600_000 } },
      sql: `DO $$
BEGIN
  SET LOCAL lock_timeout = '2s';
  SET LOCAL statement_timeout = '1h';
END $$;`,
    },
  ],
  invalid: [
    {
      name: 'set_config spelled with Unicode escapes is still set_config',
      sql: `SELECT U&"!0073et_config" UESCAPE '!' ('lock_timeout', '0', false);`,
      lines: [1],
    },
    {
      name: "pg_dump's preamble: a notice, since the engine restores its limits after it",
      sql: `SET statement_timeout = 0;
SET lock_timeout = 0;
SET standard_conforming_strings = on;
CREATE TABLE public.notes (id bigint PRIMARY KEY);`,
      errors: [
        {
          line: 1,
          severity: 'notice',
          message:
            /^SET statement_timeout = 0 switches it off; the engine's statement_timeout is 600000 ms \(apply\.statementTimeoutMs\)\. It has no effect under migration-guard/,
        },
        {
          line: 2,
          severity: 'notice',
          message:
            "SET lock_timeout = 0 switches it off; the engine's lock_timeout is 500 ms (apply.lockTimeoutMs).",
        },
      ],
    },
    {
      name: 'top level: switched off or raised by SET, SET LOCAL and set_config',
      sql: `SET LOCAL lock_timeout = '10s';
SELECT set_config('lock_timeout', '0', true);
SET statement_timeout = '1h';
SELECT pg_catalog.set_config('statement_timeout', current_setting('app.long'), false);`,
      errors: [
        {
          line: 1,
          severity: 'notice',
          message: "SET LOCAL lock_timeout = '10s' raises it to 10000 ms",
        },
        {
          line: 2,
          severity: 'notice',
          message: "set_config('lock_timeout', '0', ...) switches it off",
        },
        {
          line: 3,
          severity: 'notice',
          message: "SET statement_timeout = '1h' raises it to 3600000 ms",
        },
        {
          line: 4,
          severity: 'notice',
          message:
            "set_config('statement_timeout', <computed value>, ...) sets it to a value migration-guard cannot read",
        },
      ],
    },
    {
      name: 'in a DO block, at the line in the block, nested blocks and RESET included',
      sql: `DO $$
BEGIN
  SET lock_timeout = 0;
  PERFORM set_config('statement_timeout', '2h', true);
  BEGIN
    RESET lock_timeout;
  END;
  EXECUTE 'SET LOCAL statement_timeout = 0';
  UPDATE public.accounts SET plan = 'free';
END $$;`,
      errors: [
        {
          line: 3,
          column: 1,
          severity: 'error',
          message:
            /^SET lock_timeout = 0 inside a DO block switches it off; .* migration-guard refuses to apply this file\.$/,
        },
        // statement_timeout was armed when the DO started: raising it inside the block is harmless there.
        {
          line: 4,
          severity: 'notice',
          message:
            'It has no effect on the block itself (the server armed statement_timeout when the statement started)',
        },
        {
          line: 6,
          severity: 'error',
          message:
            'RESET lock_timeout inside a DO block sets it to a value migration-guard cannot read',
        },
        {
          line: 8,
          severity: 'notice',
          message: 'EXECUTE SET LOCAL statement_timeout = 0 inside a DO block switches it off',
        },
      ],
    },
    {
      name: 'units as Postgres reads them: a bare number is milliseconds',
      sql: `DO $$
BEGIN
  SET LOCAL lock_timeout = 501;
  SET LOCAL lock_timeout = '0.6s';
  SET LOCAL lock_timeout = '1 min';
  SET LOCAL lock_timeout = 500;
END $$;`,
      errors: [
        {
          line: 3,
          severity: 'error',
          message: 'SET LOCAL lock_timeout = 501 inside a DO block raises it to 501 ms',
        },
        {
          line: 4,
          severity: 'error',
          message: "SET LOCAL lock_timeout = '0.6s' inside a DO block raises it to 600 ms",
        },
        {
          line: 5,
          severity: 'error',
          message: "SET LOCAL lock_timeout = '1 min' inside a DO block raises it to 60000 ms",
        },
      ],
    },
    {
      name: 'a DO block is an error and a top-level SET a notice, in one file',
      sql: `SET statement_timeout = 0;
DO $$
BEGIN
  SET lock_timeout = 0;
  UPDATE public.accounts SET plan = 'free';
END $$;`,
      errors: [
        { line: 1, severity: 'notice', message: 'no effect under migration-guard' },
        { line: 4, severity: 'error', message: 'migration-guard refuses to apply this file.' },
      ],
    },
    {
      name: 'the message states the limit the config sets',
      options: { apply: { ...DEFAULTS, lockTimeoutMs: 100 } },
      sql: `DO $$
BEGIN
  SET LOCAL lock_timeout = '200ms';
END $$;`,
      errors: [
        {
          line: 3,
          severity: 'error',
          message: "raises it to 200 ms; the engine's lock_timeout is 100 ms (apply.lockTimeoutMs)",
        },
      ],
    },
    {
      name: 'a severity set in the config wins over the DO block or top level one',
      options: { rules: { 'overrides-timeouts': 'warning' } },
      sql: `SET statement_timeout = 0;
DO $$ BEGIN SET lock_timeout = 0; END $$;`,
      errors: [
        { line: 1, severity: 'warning' },
        { line: 2, column: 1, severity: 'warning', message: 'inside a DO block' },
      ],
    },
  ],
};
