import type { RuleCases } from '../rule-cases.ts';

const orders = `CREATE TABLE public.orders (id bigint PRIMARY KEY, note text);
COMMENT ON COLUMN public.orders.note IS 'deprecated: nothing reads it';`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a contract step whose date has passed',
      history: [orders],
      sql: `-- migration-guard:contract after=2020-01-01
ALTER TABLE public.orders DROP COLUMN note;`,
    },
    {
      name: 'a file without a header',
      sql: 'SELECT 1;',
    },
  ],
  invalid: [
    {
      name: 'a contract step due in the future: a notice with the date',
      history: [orders],
      sql: `-- drop the note column
-- migration-guard:contract after=2099-12-14
ALTER TABLE public.orders DROP COLUMN note;`,
      errors: [
        {
          line: 2,
          severity: 'notice',
          message:
            'not yet due: deploy refuses to apply 20250101000000_under_check.sql (and the files after it) before 2099-12-14 00:00 UTC',
        },
      ],
    },
    {
      name: 'a date that is no calendar date',
      sql: `-- migration-guard:contract after=2026-02-30
SELECT 1;`,
      errors: [{ line: 1, severity: 'error', message: 'after=2026-02-30 is not a date' }],
    },
    {
      name: 'the mark hidden in a string',
      sql: `SELECT '-- migration-guard:contract after=2099-01-01';`,
      errors: [{ line: 1, severity: 'error', message: 'appears inside a statement' }],
    },
    {
      name: 'the mark in a block comment',
      sql: `/* migration-guard:contract after=2099-01-01 */
SELECT 1;`,
      errors: [{ line: 1, severity: 'error', message: 'in a block comment is not read' }],
    },
    {
      name: 'two headers',
      sql: `-- migration-guard:contract after=2099-01-01
-- migration-guard:contract after=2020-01-01
SELECT 1;`,
      errors: [{ line: 2, severity: 'error', message: 'a second migration-guard:contract header' }],
    },
  ],
};
