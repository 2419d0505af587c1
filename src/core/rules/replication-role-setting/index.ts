import { type SettingChange, settingChangesOf } from '../../sql/setting-changes.ts';
import type { Rule } from '../rule.ts';

/**
 * `session_replication_role` set to `replica` (or `local`): Postgres then fires only triggers
 * marked ENABLE REPLICA or ENABLE ALWAYS, and the triggers that enforce foreign keys are neither.
 */
const SKIPS_TRIGGERS = new Set(['replica', 'local']);

export const replicationRoleSetting: Rule = {
  meta: {
    id: 'replication-role-setting',
    defaultSeverity: 'error',
    category: 'data',
    summary:
      'A statement that sets session_replication_role to replica (SET, SET LOCAL, set_config, a DO block, a function, ALTER ROLE/DATABASE ... SET): foreign keys are no longer checked and triggers no longer fire, so the rows written meanwhile can point at rows that do not exist.',
    fix: 'Delete the statement and write the rows in an order the foreign keys accept (parents first), or defer the checks inside the transaction: SET CONSTRAINTS ALL DEFERRED with DEFERRABLE constraints.',
  },
  statement(ctx) {
    // The statements a DO block runs are read with the block itself, at their own lines.
    if (ctx.statement.parent) return;
    for (const change of settingChangesOf(ctx.statement)) {
      if (change.setting !== 'session_replication_role') continue;
      if (change.value.kind !== 'literal') continue;
      const value = change.value.text.trim().toLowerCase();
      if (!SKIPS_TRIGGERS.has(value)) continue;
      const line = change.line ?? ctx.statement.line;
      ctx.report({
        ...(line !== ctx.statement.line ? { line, column: 1 } : {}),
        message: `${change.how} session_replication_role = ${value} ${WHEN[change.scope]}: the triggers that check foreign keys do not fire, nor does any trigger of the migrations, so rows written meanwhile are not checked against their foreign keys, and the data they leave can break every later join, cascade and VALIDATE.`,
      });
    }
  },
};

const WHEN: Readonly<Record<SettingChange['scope'], string>> = {
  statement:
    'turns trigger firing off for the rest of the session (for SET LOCAL, the transaction)',
  block: 'turns trigger firing off for the rest of the session from inside the DO block',
  function: 'turns trigger firing off whenever the function runs',
  sessions: 'turns trigger firing off in every later session of that role or database',
};
