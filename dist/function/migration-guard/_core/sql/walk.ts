import type { Node } from 'libpg-query';
import { kindOf, type NodeKind, nodeAs, type NodeOf } from './statement.ts';

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
    const keys = Object.keys(value);
    const first = keys[0];
    // A node is an object with one key naming its kind, starting with a capital letter.
    if (keys.length === 1 && first !== undefined && /^[A-Z]/.test(first)) {
      const node = value as Node;
      if (visit(node, kindOf(node)) === false) continue;
      stack.push((value as Record<string, unknown>)[first]);
      continue;
    }
    for (const key of keys) stack.push((value as Record<string, unknown>)[key]);
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
