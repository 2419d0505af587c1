import type { Rule } from '../rule.ts';

/**
 * A finding the staging trace raises from what the database did, not from the SQL text. Meta
 * only: the trace reconciliation in src/staging/trace creates it; the id and docs page let it be
 * configured and suppressed like any rule.
 */
export const traceDangerousLock: Rule = {
  meta: {
    id: 'trace-dangerous-lock',
    defaultSeverity: 'error',
    category: 'trace',
    summary:
      'On staging, a statement held a lock that blocks reads or writes on an existing table while rows were read or copied, and no lint rule predicted it.',
    fix: 'Split the work so the blocking lock is only held for a catalog change: build indexes CONCURRENTLY, add constraints NOT VALID and VALIDATE them separately, backfill in batches outside the DDL transaction.',
  },
};
