import type { Node } from 'libpg-query';
import { nameParts } from '../sql/names.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';
import { walkNodes } from '../sql/walk.ts';
import type { ExtensionStandIn } from './stand-in.ts';

/**
 * Which statements of a staging run ran on a stand-in rather than on the real thing: the
 * `CREATE EXTENSION` of a stand-in, and calls of functions a stand-in defines (`cron.schedule`,
 * `net.http_post`, `vault.create_secret`) or that Supabase's services provide and the replica
 * only imitates (`realtime.send`, database webhooks). Such a statement applied, but its effect
 * (a scheduled job, a request sent, a secret encrypted, a message broadcast) was not executed,
 * and the report says so.
 */

/** A function the replica provides without its effect, and what it stands in for. */
export interface StandInFunction {
  /** Schema-qualified name, lower case: `net.http_post`. */
  name: string;
  /** What the report names: an extension (`pg_net`) or a service (`Supabase Realtime`). */
  standsInFor: string;
}

/** Platform functions the Supabase replica imitates (they are not from an extension). */
const platformFunctions: readonly StandInFunction[] = [
  { name: 'realtime.send', standsInFor: 'Supabase Realtime' },
  { name: 'realtime.broadcast_changes', standsInFor: 'Supabase Realtime' },
  { name: 'supabase_functions.http_request', standsInFor: 'database webhooks' },
];

/**
 * A function's head as the stand-ins' own scripts write a statement's: at the start of a line,
 * `create [or replace] function`, then the name qualified with a schema or with `@extschema@`
 * (where the extension is installed). Heads inside a DO block or a body are indented: not
 * statements of the script. test/stand-in-functions.test.ts holds this to what the parser finds
 * in every stand-in's script.
 */
const functionHead =
  /^create\s+(?:or\s+replace\s+)?function\s+([a-z_][a-z0-9_$]*|@extschema@)\.([a-z_][a-z0-9_$]*)\s*\(/gim;

/**
 * The functions each stand-in defines, qualified with the schema it is installed into
 * (`schemaOf(standIn)`: its fixed schema, else where the migration put it, `extensions` by
 * default), read from the heads of the stand-in's own script. Not parsed: a staging run needs
 * these names for every stand-in, and parsing their 150 KB of SQL cost each run 70-170 ms.
 */
export function standInFunctions(
  standIns: readonly ExtensionStandIn[],
  schemaOf: (standIn: ExtensionStandIn) => string = (s) => s.schema ?? 'extensions',
): StandInFunction[] {
  const out = [...platformFunctions];
  for (const standIn of standIns) {
    const schema = schemaOf(standIn);
    for (const [, owner = '', name = ''] of standIn.sql.matchAll(functionHead)) {
      const qualifier = owner === '@extschema@' ? schema : owner;
      out.push({
        name: `${qualifier.toLowerCase()}.${name.toLowerCase()}`,
        standsInFor: standIn.name,
      });
    }
  }
  return out;
}

/**
 * What `statement` ran on a stand-in for, or undefined. `created`: the stand-in extensions
 * the run created (a `CREATE EXTENSION` of one of them ran on the stand-in). Unqualified calls
 * match by name when the stand-in's schema is on Supabase's search path (`extensions`,
 * `public`).
 */
export function standInUse(
  statement: Statement,
  functions: readonly StandInFunction[],
  created: ReadonlySet<string>,
): string | undefined {
  const extension = nodeAs(statement.node, 'CreateExtensionStmt')?.extname;
  if (extension !== undefined) return created.has(extension) ? extension : undefined;
  const roots: unknown[] = [statement.node];
  for (const embedded of statement.plpgsql?.sql ?? []) roots.push(embedded.nodes);
  let found: string | undefined;
  for (const root of roots) {
    walkNodes(root, (node: Node) => {
      if (found !== undefined) return false;
      const parts = nameParts(nodeAs(node, 'FuncCall')?.funcname).map((p) => p.toLowerCase());
      if (parts.length === 0) return true;
      found = matchCall(parts, functions);
      return true;
    });
    if (found !== undefined) return found;
  }
  return undefined;
}

function matchCall(parts: string[], functions: readonly StandInFunction[]): string | undefined {
  if (parts.length > 1) {
    const qualified = parts.slice(-2).join('.');
    return functions.find((f) => f.name === qualified)?.standsInFor;
  }
  const bare = parts[0];
  return functions.find((f) => f.name === `extensions.${bare}` || f.name === `public.${bare}`)
    ?.standsInFor;
}
