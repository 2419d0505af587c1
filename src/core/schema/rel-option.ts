import type { Node } from 'libpg-query';
import { nodeAs } from '../sql/statement.ts';

/**
 * The text of a reloption's value as Postgres stores it in `reloptions`: `with (security_invoker)`
 * alone means true. The parser gives each spelling its own node: `'off'` and `on` are strings,
 * `false` a boolean, `0` an integer (with its value left out when zero), and the unreserved
 * keywords `off`, `no` and `yes` a one-word type name.
 */
export function relOptionValue(arg: Node | undefined): string {
  if (!arg) return 'true';
  const s = nodeAs(arg, 'String')?.sval;
  if (s !== undefined) return s;
  const b = nodeAs(arg, 'Boolean');
  if (b) return b.boolval ? 'true' : 'false';
  const i = nodeAs(arg, 'Integer');
  if (i) return String(i.ival ?? 0);
  const f = nodeAs(arg, 'Float')?.fval;
  if (f !== undefined) return f;
  const words = nodeAs(arg, 'TypeName')?.names ?? [];
  const word = words.length === 1 ? nodeAs(words[0], 'String')?.sval : undefined;
  return word ?? 'true';
}

/** A boolean reloption read as Postgres reads it: true, on, yes, 1, and their prefixes. */
export function optionIsOn(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.toLowerCase();
  return v === '1' || v === 'on' || (v.length > 0 && ('true'.startsWith(v) || 'yes'.startsWith(v)));
}
