import type { Rule } from '../rule.ts';

/**
 * A finding the lint engine itself raises (src/core/lint). It has an id and a docs page like any
 * rule, so it can be configured and documented, but no check of its own.
 */
export const invalidSuppression: Rule = {
  meta: {
    id: 'invalid-suppression',
    defaultSeverity: 'error',
    category: 'engine',
    summary:
      'A suppression comment without a reason, naming an unknown rule, or followed by no statement.',
    fix: '-- migration-guard-ignore rule-id: why it is safe here',
  },
};
