import { optionIsOn } from '../../schema/rel-option.ts';
import { relationName } from '../../schema/relation-names.ts';
import { apiReaders } from '../shared/api-readers.ts';
import { readsIdentity } from '../shared/policy-expressions.ts';
import type { TableModel } from '../../schema/schema-model.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import { guardedSources } from '../shared/view-sources.ts';
import type { FileContext, Rule } from '../rule.ts';

export const viewBypassesRls: Rule = {
  meta: {
    id: 'view-bypasses-rls',
    defaultSeverity: 'error',
    advisor: { lint: '0010_security_definer_view', level: 'ERROR' },
    category: 'tenancy',
    summary:
      "A view in an exposed schema over RLS-protected or tenant tables without security_invoker reads them with its owner's rights, so RLS does not apply to its readers.",
    fix: 'ALTER VIEW public.view_name SET (security_invoker = true);  -- Postgres 15+',
  },
  fileEnd(ctx) {
    for (const view of ctx.schema.tables.values()) {
      // A materialized view is materialized-view-in-api's (the advisor's 0016, not 0010).
      if (view.kind !== 'view') continue;
      if (!ctx.options.exposedSchemas.includes(view.schema)) continue;
      const at = statementOfOrigin(ctx, view.createdBy) ?? lastInvokerChange(ctx, view);
      if (!at) continue;
      const invokerSupported = ctx.options.pgVersion >= 15;
      if (invokerSupported && optionIsOn(view.options.get('security_invoker'))) continue;
      const sources = guardedSources(ctx, view);
      if (sources.length === 0) continue;
      const readers = apiReaders(view);
      if (readers.length === 0) continue;
      const name = `${view.schema}.${view.name}`;
      const over = sources.map((s) => `${s.name} (${s.why})`).join(', ');
      const who = readers.join(' and ');
      const revoke = `REVOKE SELECT ON ${name} FROM anon, authenticated;`;
      // A view whose query tests the caller (`WHERE tenant_id = (SELECT ... auth.uid())`) does not
      // show every tenant's rows: its own filter stands in for the policies it bypasses.
      const created = nodeAs(statementOfOrigin(ctx, view.createdBy)?.node, 'ViewStmt');
      const seen =
        created && readsIdentity(created.query)
          ? "; the view's own filter on the caller is then the only thing keeping other tenants' rows out"
          : ', from every tenant';
      if (invokerSupported) {
        ctx.report(at, {
          message: `View ${name} reads ${over} with its owner's privileges, so RLS on those tables does not apply to ${who} selecting from the view: they see whatever rows the view's query returns${seen}.`,
          fix: `ALTER VIEW ${name} SET (security_invoker = true);\n-- or, if the API must not read it at all: ${revoke}`,
        });
      } else {
        ctx.report(at, {
          message: `View ${name} reads ${over} with its owner's privileges, so RLS on those tables does not apply to ${who} selecting from it; security_invoker only exists from Postgres 15 (pgVersion is ${ctx.options.pgVersion}).`,
          fix: `${revoke}\n-- and serve the rows through a function that is not SECURITY DEFINER and reads the tables\n-- themselves (not the view), so their policies apply to the caller:\n-- CREATE FUNCTION public.${view.name}_rows() RETURNS TABLE (...) LANGUAGE sql STABLE AS $$ SELECT ... FROM ${sources[0]?.name ?? 'table_name'} ... $$;`,
        });
      }
    }
  },
};

/** The last ALTER VIEW (or ALTER TABLE) in the file that set or reset security_invoker. */
function lastInvokerChange(ctx: FileContext, view: TableModel): Statement | undefined {
  const name = `${view.schema}.${view.name}`;
  return ctx.statements.findLast((statement) => {
    const stmt = nodeAs(statement.node, 'AlterTableStmt');
    // Resolved on the end-of-file search path: migration files rarely change it midway.
    if (!stmt || relationName(ctx.schema, stmt.relation) !== name) return false;
    return (stmt.cmds ?? []).some((c) => {
      const cmd = nodeAs(c, 'AlterTableCmd');
      if (cmd?.subtype !== 'AT_SetRelOptions' && cmd?.subtype !== 'AT_ResetRelOptions')
        return false;
      return (nodeAs(cmd.def, 'List')?.items ?? []).some(
        (o) => nodeAs(o, 'DefElem')?.defname === 'security_invoker',
      );
    });
  });
}
