import type { PlannedConstraint } from '../../core/checks/check-plan.ts';
import { quoteRelation } from '../../core/sql/quote-identifier.ts';
import { type QualifiedName, qualify } from '../../core/sql/names.ts';
import type { CheckSession } from './check-session.ts';

/** A CHECK or FOREIGN KEY constraint as the staging catalog has it after the migrations. */
export interface CatalogConstraint {
  name: string;
  kind: 'check' | 'foreign-key';
  validated: boolean;
  /** CHECK: the expression as Postgres prints it (`pg_get_expr`). */
  expr: string | null;
  /** FK: the child's key columns, in key order. */
  columns: string[];
  /** FK: `f` = MATCH FULL, `s` = MATCH SIMPLE (the default). */
  matchType: string;
  parent: QualifiedName | null;
  parentColumns: string[];
}

interface ConstraintRow {
  name: string;
  contype: string;
  validated: boolean;
  expr: string | null;
  match_type: string;
  parent_schema: string | null;
  parent_name: string | null;
  columns: unknown;
  parent_columns: unknown;
}

const constraintsSql = `
SELECT c.conname::text AS name, c.contype::text AS contype, c.convalidated AS validated,
       pg_get_expr(c.conbin, c.conrelid) AS expr, c.confmatchtype::text AS match_type,
       pn.nspname::text AS parent_schema, pr.relname::text AS parent_name,
       to_json(ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, i)
                       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                      ORDER BY k.i)) AS columns,
       to_json(ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, i)
                       JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum
                      ORDER BY k.i)) AS parent_columns
  FROM pg_constraint c
  LEFT JOIN pg_class pr ON pr.oid = c.confrelid
  LEFT JOIN pg_namespace pn ON pn.oid = pr.relnamespace
 WHERE c.conrelid = to_regclass($1) AND c.contype IN ('c', 'f')
 ORDER BY c.oid`;

/** The CHECK and FOREIGN KEY constraints of a table; empty when the table does not exist. */
export async function catalogConstraints(
  session: CheckSession,
  table: QualifiedName,
): Promise<CatalogConstraint[]> {
  const rows = await session.rows<ConstraintRow>(constraintsSql, [quoteRelation(table)]);
  return rows.map((r) => ({
    name: r.name,
    kind: r.contype === 'f' ? 'foreign-key' : 'check',
    validated: r.validated,
    expr: r.expr,
    columns: stringList(r.columns),
    matchType: r.match_type,
    parent: r.parent_schema && r.parent_name ? qualify(r.parent_schema, r.parent_name) : null,
    parentColumns: stringList(r.parent_columns),
  }));
}

/** Adapters return json parsed or as text, depending on the driver. */
function stringList(value: unknown): string[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The catalog constraint a planned one stands for: by name when the migration named it, else
 * (Postgres chose the name) the first unclaimed one of the same kind, same FK columns, and
 * still NOT VALID when it was added so.
 */
export function matchConstraint(
  planned: PlannedConstraint,
  catalog: CatalogConstraint[],
  claimed: Set<CatalogConstraint>,
): CatalogConstraint | undefined {
  if (planned.name !== null) return catalog.find((c) => c.name === planned.name);
  return catalog.find(
    (c) =>
      !claimed.has(c) &&
      c.kind === planned.kind &&
      (planned.kind === 'check' || sameList(c.columns, planned.columns)) &&
      (!planned.notValid || !c.validated),
  );
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
