import type { Node } from 'libpg-query';
import { type NodeKind, nodeAs, type NodeOf } from './statement.ts';

/**
 * Visit every node under `root` (root included), depth first. Return false from the visitor to
 * skip a node's children.
 */
export function walkNodes(
  root: unknown,
  visit: (node: Node, kind: NodeKind) => boolean | undefined,
): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const object = value as Record<string, unknown>;
    // A node is an object with one key naming its kind, starting with a capital letter. The
    // keys are read without Object.keys' array: the walk meets every object of the tree.
    let first: string | undefined;
    let single = true;
    for (const key in object) {
      if (first === undefined) first = key;
      else {
        single = false;
        break;
      }
    }
    if (first === undefined) continue;
    const initial = first.charCodeAt(0);
    if (single && initial >= 65 && initial <= 90) {
      if (visit(value as Node, first as NodeKind) === false) continue;
      stack.push(object[first]);
      continue;
    }
    for (const key in object) stack.push(object[key]);
  }
}

/** All nodes of one kind under `root`. */
export function findNodes<K extends NodeKind>(root: unknown, kind: K): NodeOf<K>[] {
  const found: NodeOf<K>[] = [];
  walkNodes(root, (node, k) => {
    if (k === kind) found.push(nodeAs(node, kind)!);
    return true;
  });
  return found;
}

/**
 * Every table reference under `root`, as written (schema only when given). The tree holds
 * RangeVars both wrapped as nodes (`{ RangeVar: ... }` in FROM lists) and bare
 * (`AlterTableStmt.relation`, `IndexStmt.relation`), so they are found by shape: an object with a
 * `relname` and a `relpersistence`. Names in object lists (`DROP TABLE a, b`) are not RangeVars.
 */
export function rangeVarsIn(root: unknown): { relname: string; schemaname?: string }[] {
  const found: { relname: string; schemaname?: string }[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    const record = value as Record<string, unknown>;
    const { relname, schemaname } = record;
    if (typeof relname === 'string' && 'relpersistence' in record) {
      found.push(typeof schemaname === 'string' ? { relname, schemaname } : { relname });
    }
    for (const key in record) stack.push(record[key]);
  }
  return found;
}
