import { apiReaders } from '../shared/api-readers.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import { guardedSources } from '../shared/view-sources.ts';
import type { Rule } from '../rule.ts';

export const materializedViewInApi: Rule = {
  meta: {
    id: 'materialized-view-in-api',
    defaultSeverity: 'warning',
    advisor: { lint: '0016_materialized_view_in_api', level: 'WARN' },
    category: 'security',
    summary:
      'A materialized view in an exposed schema that anon or authenticated can select: the Data API serves all its rows, since neither row level security nor security_invoker exists for one.',
    fix: 'REVOKE SELECT ON public.view_name FROM anon, authenticated;\n-- or create it in a schema the API does not expose',
  },
  fileEnd(ctx) {
    for (const view of ctx.schema.tables.values()) {
      if (view.kind !== 'materialized-view' || view.extension !== undefined) continue;
      if (!ctx.options.exposedSchemas.includes(view.schema)) continue;
      const at = statementOfOrigin(ctx, view.createdBy);
      if (!at) continue;
      const readers = apiReaders(view);
      if (readers.length === 0) continue;
      const name = `${view.schema}.${view.name}`;
      const sources = guardedSources(ctx, view);
      if (sources.length > 0) {
        const over = sources.map((s) => `${s.name} (${s.why})`).join(', ');
        ctx.report(at, {
          severity: 'error',
          message: `Materialized view ${name} stores rows of ${over} as its owner read them, and ${readers.join(' and ')} can select from it: RLS does not apply to a materialized view and security_invoker does not exist for one, so every reader sees every tenant's rows.`,
          fix: `REVOKE SELECT ON ${name} FROM anon, authenticated;\n-- serve it through a function that filters by tenant, or move it to a schema the API does not expose`,
        });
        continue;
      }
      ctx.report(at, {
        message: `Materialized view ${name} is in exposed schema ${view.schema} and ${readers.join(' and ')} can select from it: the Data API serves every row it stored, whoever asks, because a materialized view has no row level security and no security_invoker.`,
        fix: `REVOKE SELECT ON ${name} FROM anon, authenticated;\n-- if clients need it, serve it through a function that filters the rows,\n-- or create it in a schema the API does not expose: CREATE MATERIALIZED VIEW private.${view.name} AS ...`,
      });
    }
  },
};
