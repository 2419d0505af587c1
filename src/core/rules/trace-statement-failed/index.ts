import type { Rule } from '../rule.ts';

/**
 * A finding the staging trace raises from what the database did, not from the SQL text. Meta
 * only: the trace reconciliation in src/staging/trace creates it; the id and docs page let it be
 * configured and suppressed like any rule.
 */
export const traceStatementFailed: Rule = {
  meta: {
    id: 'trace-statement-failed',
    defaultSeverity: 'error',
    category: 'trace',
    summary: 'A statement failed when the migration was applied on the staging database.',
    fix: 'Fix the statement at the reported line; the message is the one Postgres gave.',
  },
};
