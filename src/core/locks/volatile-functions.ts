import type { Node } from 'libpg-query';
import { nameParts } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { walkNodes } from '../sql/walk.ts';

/**
 * Functions known to be VOLATILE (`pg_proc.provolatile = 'v'`) that appear in column defaults.
 * A default calling one must be evaluated once per existing row, so ADD COLUMN rewrites the
 * table. Functions not listed are assumed stable or immutable: a wrong guess here would be a
 * false alarm on every `DEFAULT my_function()`, so the list holds only certain cases.
 */
const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  // core
  'clock_timestamp',
  'gen_random_uuid',
  'nextval',
  'random',
  'random_normal',
  'timeofday',
  'uuidv4',
  'uuidv7',
  // uuid-ossp
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  // pgcrypto
  'gen_random_bytes',
  'gen_salt',
]);

/** The first volatile function a default expression calls, by name, or undefined. */
export function volatileCall(expr: Node): string | undefined {
  let found: string | undefined;
  walkNodes(expr, (node) => {
    if (found !== undefined) return false;
    const name = nameParts(nodeAs(node, 'FuncCall')?.funcname).at(-1);
    if (name !== undefined && VOLATILE_FUNCTIONS.has(name)) found = name;
    return true;
  });
  return found;
}
