import type { TableModel } from '../../schema/schema-model.ts';
import type { QualifiedName } from '../../sql/names.ts';
import type { FileContext } from '../rule.ts';
import { tenantColumnOf } from './tenant-columns.ts';

/** Supabase-managed schemas whose tables the API roles cannot read directly (or only under RLS). */
const SUPABASE_PROTECTED_SCHEMAS = new Set(['auth', 'storage']);

/** A relation the view reads that is guarded by RLS, or holds tenant rows. */
interface GuardedSource {
  name: QualifiedName;
  why: string;
}

/**
 * Relations behind the view that RLS guards (or that hold tenant rows), looking through plain
 * views: a view's owner reads a nested view's tables too. A materialized view is its own
 * finding. Relations the model does not know are skipped, except Supabase's own tables.
 */
export function guardedSources(
  ctx: FileContext,
  view: TableModel,
  seen = new Set<QualifiedName>(),
): GuardedSource[] {
  const found: GuardedSource[] = [];
  for (const source of view.viewSources ?? []) {
    if (seen.has(source)) continue;
    seen.add(source);
    const table = ctx.schema.table(source);
    if (!table) {
      const schema = source.slice(0, source.indexOf('.'));
      if (SUPABASE_PROTECTED_SCHEMAS.has(schema)) {
        found.push({ name: source, why: 'managed by Supabase, not readable by the API roles' });
      }
      continue;
    }
    if (table.kind === 'view') {
      found.push(...guardedSources(ctx, table, seen));
      continue;
    }
    if (table.kind === 'materialized-view') continue;
    if (table.rlsEnabled) {
      found.push({ name: source, why: 'RLS enabled' });
      continue;
    }
    const tenantColumn = tenantColumnOf(table, ctx.options.tenantColumns, ctx.schema);
    if (tenantColumn) found.push({ name: source, why: `tenant column ${tenantColumn}` });
  }
  return found;
}
