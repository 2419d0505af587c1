import type { Rule } from './rule.ts';

/**
 * Findings the engine itself raises. They have ids and docs pages like any rule, so they can be
 * configured and documented, but no check of their own.
 */
export const engineRules: readonly Rule[] = [
  {
    meta: {
      id: 'syntax-error',
      defaultSeverity: 'error',
      category: 'engine',
      summary: 'Postgres cannot parse a statement; the rest of the file is still checked.',
      fix: 'Fix the SQL at the reported line; run it against a local database to see the full error.',
    },
  },
  {
    meta: {
      id: 'invalid-suppression',
      defaultSeverity: 'error',
      category: 'engine',
      summary:
        'A suppression comment without a reason, naming an unknown rule, or followed by no statement.',
      fix: '-- migration-guard-ignore rule-id: why it is safe here',
    },
  },
  {
    meta: {
      id: 'unused-suppression',
      defaultSeverity: 'notice',
      category: 'engine',
      summary: 'A suppression comment that silenced nothing.',
      fix: 'Delete the comment.',
    },
  },
];
