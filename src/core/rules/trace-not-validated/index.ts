import type { Rule } from '../rule.ts';

/**
 * A finding the staging trace raises from what the database did, not from the SQL text. Meta
 * only: the trace reconciliation in src/staging/trace creates it; the id and docs page let it be
 * configured and suppressed like any rule.
 */
export const traceNotValidated: Rule = {
  meta: {
    id: 'trace-not-validated',
    defaultSeverity: 'warning',
    category: 'trace',
    summary:
      'A statement could not be checked on staging: the target lacks something Supabase has (an extension with no stand-in, a PGlite limitation), an earlier file failed, it would touch the host, or it cannot run in a rollback-only run. An environment gap: at most a warning, and never fails the check.',
    fix: 'Make the earlier failure apply, enable the missing extension on the staging target, or validate the statement on a Supabase preview branch.',
  },
};
