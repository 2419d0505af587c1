import type { Rule } from '../rule.ts';

/**
 * A finding the lint engine raises itself (src/core/lint) for a file the apply engine would
 * refuse on staging and in production: no suppression comment silences it and the config
 * cannot change it, so a check never passes a file that production will not run.
 */
export const applyRefused: Rule = {
  meta: {
    id: 'apply-refused',
    defaultSeverity: 'error',
    category: 'engine',
    summary:
      'The apply engine refuses the file on staging and in production (transaction control it cannot honour, or a refusal whose rule was turned off or suppressed); cannot be suppressed or configured.',
    fix: 'Fix the SQL at the reported line as the message says: nothing of the file runs until then.',
  },
};
