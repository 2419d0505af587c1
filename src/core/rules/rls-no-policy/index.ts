import { ADVISOR_EXCLUDED_SCHEMAS } from '../shared/advisor-schemas.ts';
import type { Rule } from '../rule.ts';
import { firstChange, recordTableChanges, tableChanges } from '../shared/table-changes.ts';
import { tenantColumnOf, tenantPolicySql } from '../shared/tenant-columns.ts';

export const rlsNoPolicy: Rule = {
  meta: {
    id: 'rls-no-policy',
    defaultSeverity: 'warning',
    advisor: { lint: '0008_rls_enabled_no_policy', level: 'INFO' },
    category: 'tenancy',
    summary:
      'A table has row level security enabled but no policy: API clients can neither read nor write it (a notice outside the exposed schemas).',
    fix: 'CREATE POLICY policy_name ON public.table_name FOR SELECT TO authenticated\n  USING (...);  -- or suppress with a reason when only service_role should use the table',
  },
  statement: recordTableChanges,
  fileEnd(ctx) {
    const exposed = new Set(ctx.options.exposedSchemas);
    for (const [name, changes] of tableChanges(ctx)) {
      const table = ctx.schema.table(name);
      if (!table?.rlsEnabled || ADVISOR_EXCLUDED_SCHEMAS.has(table.schema)) continue;
      if (table.schema.startsWith('pg_temp')) continue;
      // Outside the exposed schemas no API client reaches the table today: a notice (the
      // advisor's INFO), since exposing the schema later, or a view or function over it, would
      // meet the same deny-all.
      const isExposed = exposed.has(table.schema);
      // Restrictive policies only narrow what permissive ones grant: alone they grant nothing.
      const policies = [...table.policies.values()];
      if (policies.some((p) => p.permissive)) continue;
      if (table.kind !== 'table' && table.kind !== 'partitioned-table') continue;
      // Only where this file brings the deny-all state about: a table that has stood with RLS
      // and no policy since an earlier file is deliberate (server-only) or already reported
      // there, so a later ADD COLUMN or index on it says nothing new.
      // A repeated ENABLE (RLS already on before it) changes nothing.
      const place =
        firstChange(
          changes.filter((c) => !c.alreadyEnabled),
          ['enable-rls'],
        ) ??
        [...changes].reverse().find((c) => c.kind === 'drop-policy') ??
        firstChange(changes, ['create']);
      if (!place) continue;
      const owner = table.rlsForced
        ? 'Only roles with BYPASSRLS (service_role) can use it; FORCE also shuts out the owner.'
        : 'Only roles with BYPASSRLS (service_role) and the table owner (migrations, SECURITY DEFINER functions) can use it.';
      const tenantColumn = tenantColumnOf(table, ctx.options.tenantColumns, ctx.schema);
      const reach = isExposed
        ? 'every query from anon or authenticated sees no rows and every write is refused'
        : `schema ${table.schema} is not exposed to the Data API today, but any role other than the owner (a view or SECURITY INVOKER function it is read through, or the API once the schema is exposed) sees no rows and can write none`;
      ctx.report(place.statement, {
        line: place.line,
        ...(isExposed ? {} : { severity: 'notice' as const }),
        message: `${name} has row level security enabled and ${policies.length ? 'only restrictive policies' : 'no policy'} at the end of this file, so ${reach}. ${owner} If that is intended (a server-only table), suppress this with the reason.`,
        fix: tenantColumn
          ? tenantPolicySql(ctx.schema, name, table, tenantColumn)
          : `CREATE POLICY ${table.name}_select ON ${name} FOR SELECT TO authenticated\n  USING (...);  -- one policy per command the API may run`,
      });
    }
  },
};
