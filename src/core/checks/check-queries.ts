import type { QualifiedName } from '../sql/names.ts';
import { quoteIdent, quoteRelation } from '../sql/quote-identifier.ts';

/**
 * The SQL of the post-migration checks. Each builder gives the counting query the check runs
 * and the listing query a reader pastes into psql to see the rows (`investigate`).
 */
export interface CheckQuery {
  count: string;
  investigate: string;
}

const listLimit = 100;

function query(from: string, where: string): CheckQuery {
  return {
    count: `SELECT count(*) AS n FROM ${from} WHERE ${where}`,
    investigate: `SELECT * FROM ${from} WHERE ${where} LIMIT ${listLimit}`,
  };
}

/**
 * Rows a CHECK rejects. A CHECK accepts a row when its expression is true or NULL, so the
 * rows VALIDATE CONSTRAINT trips on are exactly those where it IS FALSE.
 */
export function checkViolationQuery(table: QualifiedName, expr: string): CheckQuery {
  return query(quoteRelation(table), `(${expr}) IS FALSE`);
}

export interface ForeignKeyShape {
  child: QualifiedName;
  columns: string[];
  parent: QualifiedName;
  parentColumns: string[];
  /** `f` = MATCH FULL; anything else is MATCH SIMPLE. */
  matchType: string;
}

/**
 * Child rows with no parent. MATCH SIMPLE (the default) skips a row when any key column is
 * NULL; MATCH FULL also rejects a key that is partly NULL.
 */
export function foreignKeyOrphanQuery(fk: ForeignKeyShape): CheckQuery {
  const child = (c: string) => `c.${quoteIdent(c)}`;
  const allSet = fk.columns.map((c) => `${child(c)} IS NOT NULL`).join(' AND ');
  const join = fk.columns
    .map((c, i) => `p.${quoteIdent(fk.parentColumns[i] ?? c)} = ${child(c)}`)
    .join(' AND ');
  const missing = `${allSet} AND NOT EXISTS (SELECT 1 FROM ${quoteRelation(fk.parent)} AS p WHERE ${join})`;
  const partlyNull =
    fk.matchType === 'f' && fk.columns.length > 1
      ? ` OR (NOT (${allSet}) AND NOT (${fk.columns.map((c) => `${child(c)} IS NULL`).join(' AND ')}))`
      : '';
  return query(
    `${quoteRelation(fk.child)} AS c`,
    partlyNull ? `(${missing})${partlyNull}` : missing,
  );
}

export function nullCountQuery(table: QualifiedName, column: string): CheckQuery {
  return query(quoteRelation(table), `${quoteIdent(column)} IS NULL`);
}

export interface CopyTarget {
  table: QualifiedName;
  /** Source key column -> the target column that received it, for every source key column. */
  key: Array<{ source: string; target: string }>;
}

/** Source rows whose key is in none of the targets: what the copy or split lost. */
export function uncopiedRowsQuery(source: QualifiedName, targets: CopyTarget[]): CheckQuery {
  const notIn = targets.map((t, i) => {
    const alias = `t${i}`;
    const match = t.key
      .map((k) => `${alias}.${quoteIdent(k.target)} = s.${quoteIdent(k.source)}`)
      .join(' AND ');
    return `NOT EXISTS (SELECT 1 FROM ${quoteRelation(t.table)} AS ${alias} WHERE ${match})`;
  });
  return query(`${quoteRelation(source)} AS s`, notIn.join(' AND '));
}

export function rowCountSql(table: QualifiedName): string {
  return `SELECT count(*) AS n FROM ${quoteRelation(table)}`;
}
