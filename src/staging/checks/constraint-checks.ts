import type {
  PlannedConstraint,
  PlannedNotNullColumn,
  StatementRef,
} from '../../core/checks/check-plan.ts';
import {
  checkViolationQuery,
  foreignKeyOrphanQuery,
  nullCountQuery,
} from '../../core/checks/check-queries.ts';
import type { CheckReport } from '../../core/report/report.ts';
import type { QualifiedName } from '../../core/sql/names.ts';
import { type CheckSession, failureText } from './check-session.ts';
import {
  type CatalogConstraint,
  catalogConstraints,
  matchConstraint,
} from './constraint-catalog.ts';
import { columnNames } from './relation-catalog.ts';

export const checkIds = {
  notValidViolations: 'check-not-valid-violations',
  fkOrphans: 'check-fk-orphans',
  invalidIndexes: 'check-invalid-indexes',
  rowCounts: 'check-row-counts',
  notNullReady: 'check-not-null-ready',
} as const;

export function where(at: StatementRef): string {
  return `${at.file}:${at.line}`;
}

export function rows(n: number): string {
  return n === 1 ? '1 row' : `${n} rows`;
}

/** The planned constraints, each paired with what the catalog has for it. */
export async function resolveConstraints(
  session: CheckSession,
  planned: PlannedConstraint[],
): Promise<Array<{ planned: PlannedConstraint; found: CatalogConstraint | undefined }>> {
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

function label(p: PlannedConstraint, found: CatalogConstraint | undefined): string {
  const name = found?.name ?? p.name ?? `unnamed ${p.kind}`;
  return `${p.table} constraint ${name}`;
}

/** `check-not-valid-violations` for one constraint the files added NOT VALID. */
export async function notValidViolations(
  session: CheckSession,
  p: PlannedConstraint,
  found: CatalogConstraint | undefined,
): Promise<CheckReport> {
  const id = checkIds.notValidViolations;
  const what = `${label(p, found)} (${p.kind === 'check' ? 'CHECK' : 'FOREIGN KEY'} added NOT VALID at ${where(p.at)})`;
  if (!found) {
    return {
      id,
      status: 'skipped',
      detail: `${what}: not in the staging catalog after the migrations (its statement failed, or a later one dropped it).`,
    };
  }
  const q = queryFor(p, found);
  if (!q)
    return {
      id,
      status: 'skipped',
      detail: `${what}: the catalog gives no expression or key to test.`,
    };
  try {
    const n = await session.count(q.count);
    if (n === 0) {
      return {
        id,
        status: 'pass',
        detail: `${what}: no row violates it; VALIDATE CONSTRAINT will pass on staging's data.`,
      };
    }
    return {
      id,
      status: 'fail',
      detail: `${what}: ${rows(n)} ${n === 1 ? 'violates' : 'violate'} it, so VALIDATE CONSTRAINT will fail until fixed. Investigate: ${q.investigate}`,
    };
  } catch (error) {
    return {
      id,
      status: 'skipped',
      detail: `${what}: the check query failed: ${failureText(error)}. Query: ${q.count}`,
    };
  }
}

/** `check-fk-orphans` for one foreign key the files added or validated. */
export async function foreignKeyOrphans(
  session: CheckSession,
  p: PlannedConstraint,
  found: CatalogConstraint | undefined,
): Promise<CheckReport | undefined> {
  const id = checkIds.fkOrphans;
  // A name validated by the files may turn out to be a CHECK the model did not know.
  if (found && found.kind !== 'foreign-key') return undefined;
  const what = `${label(p, found)} (FOREIGN KEY ${p.action}${p.notValid ? ' NOT VALID' : ''} at ${where(p.at)})`;
  if (!found) {
    return {
      id,
      status: 'skipped',
      detail: `${what}: not in the staging catalog after the migrations (its statement failed, or a later one dropped it).`,
    };
  }
  const q = queryFor(p, found);
  if (!q)
    return { id, status: 'skipped', detail: `${what}: the catalog gives no parent table for it.` };
  try {
    const n = await session.count(q.count);
    if (n === 0)
      return {
        id,
        status: 'pass',
        detail: `${what}: every child row has its parent in ${found.parent}.`,
      };
    return {
      id,
      status: 'fail',
      detail: `${what}: ${rows(n)} of ${p.table} ${n === 1 ? 'references' : 'reference'} no row of ${found.parent}. Investigate: ${q.investigate}`,
    };
  } catch (error) {
    return {
      id,
      status: 'skipped',
      detail: `${what}: the check query failed: ${failureText(error)}. Query: ${q.count}`,
    };
  }
}

function queryFor(p: PlannedConstraint, found: CatalogConstraint) {
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

const notNullSteps: Record<PlannedNotNullColumn['reason'], string> = {
  'set-not-null': 'SET NOT NULL',
  'check-is-not-null': 'CHECK (... IS NOT NULL) NOT VALID',
  'not-null-not-valid': 'NOT NULL ... NOT VALID',
};

/** `check-not-null-ready` for one column a step of the files makes NOT NULL. */
export async function notNullReady(
  session: CheckSession,
  c: PlannedNotNullColumn,
): Promise<CheckReport> {
  const id = checkIds.notNullReady;
  const what = `${c.table}.${c.column} (made NOT NULL by ${notNullSteps[c.reason]} at ${where(c.at)})`;
  try {
    const columns = await columnNames(session, c.table);
    if (!columns.includes(c.column)) {
      return {
        id,
        status: 'skipped',
        detail: `${what}: the column is not in the staging catalog after the migrations.`,
      };
    }
    const q = nullCountQuery(c.table, c.column);
    const n = await session.count(q.count);
    if (n === 0)
      return {
        id,
        status: 'pass',
        detail: `${what}: no NULL left after the migration's backfill.`,
      };
    return {
      id,
      status: 'fail',
      detail: `${what}: ${rows(n)} still NULL after the migration's own backfill; the NOT NULL step fails (or VALIDATE will) until they are filled. Investigate: ${q.investigate}`,
    };
  } catch (error) {
    return {
      id,
      status: 'skipped',
      detail: `${what}: the check query failed: ${failureText(error)}.`,
    };
  }
}
