import type { PlannedConstraint } from '../../core/checks/check-plan.ts';
import {
  type CheckQuery,
  checkViolationQuery,
  foreignKeyOrphanQuery,
} from '../../core/checks/check-queries.ts';
import type { QualifiedName } from '../../core/sql/names.ts';
import type { CheckSession } from './check-session.ts';
import {
  type CatalogConstraint,
  catalogConstraints,
  matchConstraint,
} from './constraint-catalog.ts';

/** A constraint the files add or validate, and what the staging catalog has for it. */
export interface ResolvedConstraint {
  planned: PlannedConstraint;
  found: CatalogConstraint | undefined;
}

/** The planned constraints, each paired with what the catalog has for it. */
export async function resolveConstraints(
  session: CheckSession,
  planned: PlannedConstraint[],
): Promise<ResolvedConstraint[]> {
  const byTable = new Map<QualifiedName, CatalogConstraint[]>();
  const claimed = new Set<CatalogConstraint>();
  // Named ones first, so an unnamed one cannot take a constraint a later line names.
  const ordered = [...planned].sort((a, b) => Number(a.name === null) - Number(b.name === null));
  const found = new Map<PlannedConstraint, CatalogConstraint | undefined>();
  for (const p of ordered) {
    let catalog = byTable.get(p.table);
    if (!catalog) {
      // An unreadable catalog leaves the constraint unmatched: reported as skipped, not thrown.
      catalog = await catalogConstraints(session, p.table).catch(() => []);
      byTable.set(p.table, catalog);
    }
    const match = matchConstraint(p, catalog, claimed);
    if (match) claimed.add(match);
    found.set(p, match);
  }
  return planned.map((p) => ({ planned: p, found: found.get(p) }));
}

/** `public.projects constraint projects_workspace_id_fkey`, as check details name it. */
export function constraintLabel(
  p: PlannedConstraint,
  found: CatalogConstraint | undefined,
): string {
  const name = found?.name ?? p.name ?? `unnamed ${p.kind}`;
  return `${p.table} constraint ${name}`;
}

/** The rows a constraint rejects, from the catalog's definition; undefined when it gives none. */
export function constraintQuery(
  p: PlannedConstraint,
  found: CatalogConstraint,
): CheckQuery | undefined {
  if (found.kind === 'check')
    return found.expr ? checkViolationQuery(p.table, found.expr) : undefined;
  if (!found.parent || found.columns.length === 0) return undefined;
  return foreignKeyOrphanQuery({
    child: p.table,
    columns: found.columns,
    parent: found.parent,
    parentColumns: found.parentColumns,
    matchType: found.matchType,
  });
}
