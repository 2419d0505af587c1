import type { Rule } from '../rule.ts';

/**
 * A finding the staging trace raises from what the database did, not from the SQL text. Meta
 * only: the trace reconciliation in src/staging/trace creates it; the id and docs page let it be
 * configured and suppressed like any rule.
 */
export const traceTableRewrite: Rule = {
  meta: {
    id: 'trace-table-rewrite',
    defaultSeverity: 'error',
    category: 'trace',
    summary:
      'On staging, a statement rewrote an existing table (its file was replaced) and no lint rule predicted it.',
    fix: 'Add a new column, backfill it in batches, and switch over (expand/contract) instead of changing the table in place.',
  },
};
