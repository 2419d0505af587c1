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
      name: "pg_dump's preamble: a notice, since the engine restores its limits after it",
      sql: `SET statement_timeout = 0;
SET lock_timeout = 0;
SET standard_conforming_strings = on;
CREATE TABLE public.notes (id bigint PRIMARY KEY);`,
      lines: [1, 2],
    },
    {
      name: 'top level: switched off or raised by SET, SET LOCAL and set_config',
      sql: `SET LOCAL lock_timeout = '10s';
SELECT set_config('lock_timeout', '0', true);
SET statement_timeout = '1h';
SELECT pg_catalog.set_config('statement_timeout', current_setting('app.long'), false);`,
      lines: [1, 2, 3, 4],
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
      lines: [3, 4, 6, 8],
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
      lines: [3, 4, 5],
    },
  ],
};
