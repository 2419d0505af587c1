import type { Rule } from '../rule.ts';

/**
 * A finding the lint engine itself raises (src/core/lint). It has an id and a docs page like any
 * rule, so it can be configured and documented, but no check of its own.
 */
export const syntaxError: Rule = {
  meta: {
    id: 'syntax-error',
    defaultSeverity: 'error',
    category: 'engine',
    summary: 'Postgres cannot parse a statement; the rest of the file is still checked.',
    fix: 'Fix the SQL at the reported line; run it against a local database to see the full error.',
  },
};
