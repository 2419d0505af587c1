/**
 * The two assertions the function's tests need. The suite avoids jsr:@std/assert because these
 * machines reach only the npm registry, and node:assert because its types need @types/node.
 */

class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => Reflect.get(a, k) !== undefined);
  const keysB = Object.keys(b).filter((k) => Reflect.get(b, k) !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => deepEqual(Reflect.get(a, k), Reflect.get(b, k)));
}

export function assertEquals(actual: unknown, expected: unknown, message?: string): void {
  if (deepEqual(actual, expected)) return;
  const show = (value: unknown) => JSON.stringify(value, null, 2);
  throw new AssertionError(
    `${message ? `${message}\n` : ''}expected: ${show(expected)}\nactual:   ${show(actual)}`,
  );
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}
