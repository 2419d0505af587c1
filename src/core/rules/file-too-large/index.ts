import type { Rule } from '../rule.ts';

/**
 * A finding the lint engine raises itself (src/core/lint) for a migration file over the size
 * limit: the file is not read, so nothing else is said about it.
 */
export const fileTooLarge: Rule = {
  meta: {
    id: 'file-too-large',
    defaultSeverity: 'error',
    category: 'engine',
    summary:
      'A migration file is over the size limit (20 MiB): it is not read, staging stops before it and deploy refuses it; the other files are still checked.',
    fix: 'Split the file into several migrations under the limit, or load bulk data outside migrations (a seed file, or COPY run by a script).',
  },
};
