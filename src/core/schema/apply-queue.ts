import type { Node } from 'libpg-query';
import { nameParts, qualify } from '../sql/names.ts';
import { nodeAs } from '../sql/statement.ts';
import { findNodes } from '../sql/walk.ts';
import type { Origin, SchemaModel } from './schema-model.ts';
import { newTable } from './table-definition.ts';

/** pgmq's functions that make a queue's tables, and the one that drops them. */
const CREATE_QUEUE = new Set([
  'create',
  'create_non_partitioned',
  'create_unlogged',
  'create_partitioned',
]);
const DROP_QUEUE = 'drop_queue';

/**
 * Replay pgmq calls with a literal queue name (`select pgmq.create('jobs')`): a queue is the
 * table `pgmq.q_<name>` for its messages and `pgmq.a_<name>` for archived ones, lower-cased,
 * which pgmq adds to its extension. Nobody but their owner can read them until a GRANT says so:
 * Supabase's default privileges cover `public`, not `pgmq`.
 */
export function replayQueueCalls(model: SchemaModel, node: Node, origin: Origin): void {
  for (const call of findNodes(node, 'FuncCall')) {
    const parts = nameParts(call.funcname).map((p) => p.toLowerCase());
    if (parts.length !== 2 || parts[0] !== 'pgmq') continue;
    const queue = nodeAs(call.args?.[0], 'A_Const')?.sval?.sval;
    if (queue === undefined) continue;
    const schema = model.extensions.get('pgmq')?.schema ?? 'pgmq';
    const names = [`q_${queue}`, `a_${queue}`].map((n) => qualify(schema, n.toLowerCase()));
    if (parts[1] === DROP_QUEUE) {
      for (const name of names) model.tables.delete(name);
      continue;
    }
    if (!CREATE_QUEUE.has(parts[1] ?? '')) continue;
    for (const name of names) {
      if (model.tables.has(name)) continue;
      const table = newTable(name, 'table', origin);
      table.columnsUnknown = true;
      table.unlogged = parts[1] === 'create_unlogged' && name.includes('.q_');
      table.extension = 'pgmq';
      table.selectGrantedTo = new Set();
      table.selectRevokedFrom = new Set(['public', 'anon', 'authenticated']);
      model.tables.set(name, table);
    }
  }
}
