import type { VariableSetStmt } from 'libpg-query';
import { nodeAs } from '../sql/statement.ts';
import type { SchemaModel } from './schema-model.ts';

/** Replay SET / RESET search_path: later unqualified names resolve on the new path. */
export function replaySearchPath(model: SchemaModel, stmt: VariableSetStmt): void {
  if (stmt.name !== 'search_path') return;
  if (stmt.kind === 'VAR_SET_VALUE') {
    const path = (stmt.args ?? [])
      .map((a) => nodeAs(a, 'A_Const')?.sval?.sval ?? '')
      .flatMap((s) => s.split(','))
      .map((s) => s.trim().replace(/^"|"$/g, ''))
      .filter((s) => s !== '' && s !== '$user');
    model.searchPath = path.length ? path : [];
  } else if (stmt.kind === 'VAR_RESET' || stmt.kind === 'VAR_SET_DEFAULT') {
    model.searchPath = ['public'];
  }
}
