import type { Node } from 'libpg-query';
import { nodeAs } from '../sql/statement.ts';
import type { ConstraintModel, TableModel } from './schema-model.ts';

/**
 * The CHECK constraint of `table` whose expression proves `column` IS NOT NULL, preferring a
 * validated one. Since Postgres 12, SET NOT NULL (and a primary key over a nullable column)
 * skips its full-table scan when a validated CHECK proves it. Postgres proves it from
 * `col IS NOT NULL`, alone or as one term of an AND; other shapes (`col > 0`, OR, NOT) are
 * not recognised here, so they never excuse a scan.
 */
export function notNullCheck(table: TableModel, column: string): ConstraintModel | undefined {
  const checks = table.constraints.filter(
    (c) => c.kind === 'check' && c.expr !== undefined && provesNotNull(c.expr, column),
  );
  return checks.find((c) => c.validated) ?? checks[0];
}

/** The expression is `column IS NOT NULL`, or an AND with that among its terms. */
function provesNotNull(expr: Node, column: string): boolean {
  const test = nodeAs(expr, 'NullTest');
  if (test) {
    const fields = nodeAs(test.arg, 'ColumnRef')?.fields ?? [];
    const name = nodeAs(fields[fields.length - 1], 'String')?.sval;
    return test.nulltesttype === 'IS_NOT_NULL' && name === column;
  }
  const bool = nodeAs(expr, 'BoolExpr');
  if (bool?.boolop === 'AND_EXPR') return (bool.args ?? []).some((a) => provesNotNull(a, column));
  return false;
}
