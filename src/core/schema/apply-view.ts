import type { Node } from 'libpg-query';
import type { QualifiedName } from '../sql/names.ts';
import { findNodes } from '../sql/walk.ts';
import type { SchemaModel } from './schema-model.ts';

/**
 * The relations a view's query reads (FROM, JOIN and subqueries), resolved on the search path
 * as Postgres binds them when the view is created. Names of the query's own CTEs are skipped.
 */
export function viewSourceNames(model: SchemaModel, query: Node | undefined): QualifiedName[] {
  if (!query) return [];
  const cteNames = new Set(
    findNodes(query, 'CommonTableExpr').flatMap((cte) => (cte.ctename ? [cte.ctename] : [])),
  );
  const sources = new Set<QualifiedName>();
  for (const rv of findNodes(query, 'RangeVar')) {
    if (!rv.relname) continue;
    if (rv.schemaname === undefined && cteNames.has(rv.relname)) continue;
    sources.add(model.resolveRelation(rv.schemaname, rv.relname));
  }
  return [...sources];
}
