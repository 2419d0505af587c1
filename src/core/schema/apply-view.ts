import type { Node, ViewStmt } from 'libpg-query';
import type { QualifiedName } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { findNodes } from '../sql/walk.ts';
import { initSelectPrivileges } from './apply-privileges.ts';
import { relationName } from './relation-names.ts';
import type { Origin, SchemaModel } from './schema-model.ts';
import { relOptionValue } from './rel-option.ts';
import { newTable } from './table-definition.ts';

/** Replay CREATE [OR REPLACE] VIEW: its options, the relations it reads, its privileges. */
export function replayView(model: SchemaModel, stmt: ViewStmt, origin: Origin): void {
  const name = relationName(model, stmt.view);
  const table = newTable(name, 'view', origin);
  table.columnsUnknown = true;
  for (const opt of stmt.options ?? []) {
    const def = nodeAs(opt, 'DefElem');
    if (def?.defname) table.options.set(def.defname, relOptionValue(def.arg));
  }
  table.viewSources = viewSourceNames(model, stmt.query);
  // CREATE OR REPLACE VIEW keeps the view's privileges.
  const replaced = model.tables.get(name);
  if (replaced?.selectGrantedTo && replaced.selectRevokedFrom) {
    table.selectGrantedTo = replaced.selectGrantedTo;
    table.selectRevokedFrom = replaced.selectRevokedFrom;
  } else initSelectPrivileges(model, table);
  model.tables.set(name, table);
}

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
