import type { PolicyModel } from '../../schema/schema-model.ts';
import type { QualifiedName } from '../../sql/names.ts';
import { isAlwaysTrue, policyScope } from '../shared/policy-expressions.ts';
import {
  commandsOf,
  conditionsFor,
  membershipCondition,
  onlyForRlsBypassRoles,
  type PolicyCondition,
  type PolicyStatement,
  policyClausesSql,
  policyStatementsOf,
  type RowCommand,
  tenantNoun,
} from '../shared/policy-statements.ts';
import { restrictiveConfinesTenant } from '../shared/policy-tenant-restriction.ts';
import { tenantColumnOf } from '../shared/tenant-columns.ts';
import type { Rule } from '../rule.ts';

type PolicyShape = Pick<PolicyModel, 'command' | 'using' | 'withCheck' | 'permissive' | 'roles'>;

interface OpenCondition extends PolicyCondition {
  command: RowCommand;
}

export const policyAlwaysTrue: Rule = {
  meta: {
    id: 'policy-always-true',
    defaultSeverity: 'error',
    advisor: { lint: '0024_rls_policy_always_true', level: 'WARN' },
    category: 'tenancy',
    // Its finding on a tenant table names the cause of tenant-policy-missing's (always true).
    subsumes: ['tenant-policy-missing'],
    summary:
      'A policy whose USING or WITH CHECK is always true (`true`, `1 = 1`, `true OR ...`) opens every row: an error on tenant tables, a warning elsewhere when it opens writes.',
    fix: `CREATE POLICY "members read invoices" ON public.invoices FOR SELECT TO authenticated
  USING (workspace_id IN (SELECT m.workspace_id FROM public.workspace_members m WHERE m.user_id = (SELECT auth.uid())));`,
  },
  fileEnd(ctx) {
    // The last statement per policy: the file's final word on it.
    const latest = new Map<string, { table: QualifiedName; at: PolicyStatement }>();
    for (const at of policyStatementsOf(ctx.statements)) {
      const table = ctx.schema.resolveRelation(at.schemaName, at.relname);
      latest.set(`${table}\u0000${at.name}`, { table, at });
    }
    for (const { table, at } of latest.values()) {
      const model = ctx.schema.table(table);
      // On a table the migrations do not know, judge the statement as written.
      const policy: PolicyShape | undefined = model
        ? model.policies.get(at.name)
        : {
            command: at.command ?? 'all',
            using: at.using,
            withCheck: at.withCheck,
            permissive: at.permissive ?? true,
            roles: at.roles ?? ['public'],
          };
      // Restrictive policies only narrow; bypass roles never evaluate policies.
      if (!policy?.permissive || onlyForRlsBypassRoles(policy)) continue;
      const open = openConditions(policy);
      if (open.length === 0) continue;
      const clauses = [...new Set(open.map((c) => c.clause.replace(' (as WITH CHECK)', '')))];
      const commands = [...new Set(open.map((c) => c.command.toUpperCase()))].join(', ');
      const reads = open.some((c) => c.side === 'read');
      const writes = open.some((c) => c.side === 'write');
      const verb = reads && writes ? 'can reach and write' : reads ? 'can reach' : 'can write';
      const written = `Policy "${at.name}" on ${table} has ${clauses.join(' and ')} always true, so ${commands} ${verb} any row`;
      const tenantColumn = model && tenantColumnOf(model, ctx.options.tenantColumns, ctx.schema);
      if (model && tenantColumn) {
        const check = {
          scope: policyScope(ctx.schema, table),
          tenantColumns: ctx.options.tenantColumns,
        };
        if (open.every((c) => restrictiveConfinesTenant(model, policy, c.command, c.side, check))) {
          continue;
        }
        const noun = tenantNoun(tenantColumn);
        ctx.report(at.statement, {
          line: at.line,
          severity: 'error',
          message: `${written} of every ${noun}: ${table} holds per-${noun} data (${tenantColumn}), so each ${noun}'s rows are open to callers from any other.`,
          fix: `ALTER POLICY "${at.name}" ON ${table}${policyClausesSql(policy.command, membershipCondition(ctx.schema, table, tenantColumn))};`,
          problems: [...new Set(open.map((c) => `cross-tenant-${c.side} ${table}`))],
        });
        continue;
      }
      // Reading a table without tenant rows openly is how public reference data is served (the
      // fix below writes exactly that); the advisor leaves such SELECT policies out too.
      if (open.every((c) => c.command === 'select')) continue;
      ctx.report(at.statement, {
        line: at.line,
        severity: 'warning',
        message: `${written}. ${model ? `${table} has no tenant column` : `The migrations so far do not create ${table}, so whether it holds per-tenant data is not known here`}, so this is only right for data every caller may ${writes ? 'read and write' : 'read'} (a public lookup table): confirm it is meant.`,
        fix: `-- public reference data: open reading only, and keep writes to migrations or service_role\nCREATE POLICY "${at.name}" ON ${table} FOR SELECT TO anon, authenticated USING (true);`,
      });
    }
  },
};

function openConditions(policy: PolicyShape): OpenCondition[] {
  return commandsOf(policy).flatMap((command) =>
    conditionsFor(policy, command)
      .filter((c) => isAlwaysTrue(c.expr))
      .map((c) => ({ ...c, command })),
  );
}
