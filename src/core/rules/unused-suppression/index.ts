import type { Rule } from '../rule.ts';

/**
 * A finding the lint engine itself raises (src/core/lint). It has an id and a docs page like any
 * rule, so it can be configured and documented, but no check of its own.
 */
export const unusedSuppression: Rule = {
  meta: {
    id: 'unused-suppression',
    defaultSeverity: 'notice',
    category: 'engine',
    summary: 'A suppression comment that silenced nothing.',
    fix: 'Delete the comment.',
  },
};
