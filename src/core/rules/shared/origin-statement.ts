import type { Origin } from '../../schema/schema-model.ts';
import type { Statement } from '../../sql/statement.ts';
import type { FileContext } from '../rule.ts';

/**
 * The top-level statement of the file under check that an origin points to, or undefined when
 * the origin lies in another file. SQL run by a DO block points to the DO statement.
 */
export function statementOfOrigin(
  ctx: FileContext,
  origin: Origin | undefined,
): Statement | undefined {
  if (!origin || origin.file !== ctx.file.path) return undefined;
  return ctx.statements.find((s) => s.index === origin.statement);
}
