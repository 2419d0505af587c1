import type { Rule } from '../rule.ts';
import { firstChange, recordTableChanges, tableChanges } from '../shared/table-changes.ts';

export const policyExistsRlsDisabled: Rule = {
  meta: {
    id: 'policy-exists-rls-disabled',
    defaultSeverity: 'error',
    advisor: { lint: '0007_policy_exists_rls_disabled', level: 'ERROR' },
    category: 'tenancy',
    // Row level security off on a table with policies: the same problem, with its policies named.
    subsumes: ['rls-disabled'],
    summary:
      'A table has policies but row level security is off at the end of the file: the policies are not enforced.',
    fix: 'ALTER TABLE public.table_name ENABLE ROW LEVEL SECURITY;',
  },
  statement: recordTableChanges,
  fileEnd(ctx) {
    for (const [name, changes] of tableChanges(ctx)) {
      const table = ctx.schema.table(name);
      if (!table || table.rlsEnabled || table.policies.size === 0) continue;
      if (table.kind !== 'table' && table.kind !== 'partitioned-table') continue;
      const place =
        [...changes].reverse().find((c) => c.kind === 'disable-rls') ??
        firstChange(changes, ['policy', 'drop-policy', 'create', 'alter']);
      if (!place) continue;
      const policies = [...table.policies.keys()].map((p) => `"${p}"`).join(', ');
      const cause =
        place.kind === 'disable-rls'
          ? 'This file disables row level security'
          : 'Row level security is not enabled';
      ctx.report(place.statement, {
        line: place.line,
        message: `${cause} on ${name}, so its ${table.policies.size === 1 ? 'policy' : 'policies'} ${policies} ${table.policies.size === 1 ? 'is' : 'are'} never applied: every role with table privileges reads and writes every row as if no policy existed.`,
        fix: `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;`,
        problems: [`rls-off ${name}`],
      });
    }
  },
};
