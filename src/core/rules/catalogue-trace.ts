import type { Rule } from './rule.ts';

/**
 * Findings the staging trace raises from what the database did, not from the SQL text. Meta
 * only (the trace reconciliation in src/staging/trace creates them), with ids and docs pages
 * like any rule so they can be configured and suppressed.
 */
export const traceRules: readonly Rule[] = [
  {
    meta: {
      id: 'trace-dangerous-lock',
      defaultSeverity: 'error',
      category: 'trace',
      summary:
        'On staging, a statement held a lock that blocks reads or writes on an existing table while rows were read or copied, and no lint rule predicted it.',
      fix: 'Split the work so the blocking lock is only held for a catalog change: build indexes CONCURRENTLY, add constraints NOT VALID and VALIDATE them separately, backfill in batches outside the DDL transaction.',
    },
  },
  {
    meta: {
      id: 'trace-table-rewrite',
      defaultSeverity: 'error',
      category: 'trace',
      summary:
        'On staging, a statement rewrote an existing table (its file was replaced) and no lint rule predicted it.',
      fix: 'Add a new column, backfill it in batches, and switch over (expand/contract) instead of changing the table in place.',
    },
  },
  {
    meta: {
      id: 'trace-statement-failed',
      defaultSeverity: 'error',
      category: 'trace',
      summary: 'A statement failed when the migration was applied on the staging database.',
      fix: 'Fix the statement at the reported line; the message is the one Postgres gave.',
    },
  },
  {
    meta: {
      id: 'trace-not-validated',
      defaultSeverity: 'warning',
      category: 'trace',
      summary:
        'A statement could not be checked on staging: the target lacks something Supabase has (an extension with no stand-in, a PGlite limitation), an earlier file failed, it would touch the host, or it cannot run in a rollback-only run. An environment gap: at most a warning, and never fails the check.',
      fix: 'Make the earlier failure apply, enable the missing extension on the staging target, or validate the statement on a Supabase preview branch.',
    },
  },
];
