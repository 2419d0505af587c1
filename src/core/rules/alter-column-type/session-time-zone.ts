import type { Node } from 'libpg-query';
import { nodeAs, type Statement } from '../../sql/statement.ts';

/** Zone names whose offset is zero all year: Postgres then treats timestamp as timestamptz. */
const ZERO_OFFSET_ZONES: ReadonlySet<string> = new Set([
  'utc',
  'etc/utc',
  'uct',
  'etc/uct',
  'gmt',
  'etc/gmt',
  'universal',
  'etc/universal',
  'zulu',
  'etc/zulu',
  'greenwich',
  'etc/greenwich',
]);

/**
 * True when the file sets the session TimeZone to a zero-offset zone before `before` (a
 * statement index), and nothing resets it in between. `SET LOCAL` lasts until the end of the
 * transaction, so an explicit COMMIT or ROLLBACK after it ends it.
 */
export function fileSetsUtc(statements: readonly Statement[], before: number): boolean {
  let utc = false;
  let local = false;
  for (const statement of statements) {
    if (statement.index >= before) break;
    const tx = nodeAs(statement.node, 'TransactionStmt');
    if (tx && local && (tx.kind === 'TRANS_STMT_COMMIT' || tx.kind === 'TRANS_STMT_ROLLBACK')) {
      utc = false;
      local = false;
    }
    const set = nodeAs(statement.node, 'VariableSetStmt');
    if (set?.name !== 'timezone') continue;
    utc = set.kind === 'VAR_SET_VALUE' && isZeroOffset(set.args?.[0]);
    local = set.is_local === true;
  }
  return utc;
}

function isZeroOffset(arg: Node | undefined): boolean {
  const value = nodeAs(arg, 'A_Const');
  if (!value) return false;
  if (value.sval?.sval !== undefined) return ZERO_OFFSET_ZONES.has(value.sval.sval.toLowerCase());
  // SET TIME ZONE 0: a numeric offset in hours.
  return value.ival !== undefined && (value.ival.ival ?? 0) === 0;
}
