import { assert, assertEquals } from './assertions.ts';
import { absorbClosedSocketWrites, isClosedSocketWrite } from '../closed-socket-write.ts';

/**
 * postgres.js's write to a closed connection, thrown from a timer, must not end the worker; any
 * other uncaught error must. The throwing module sits at the library's own path
 * (`.../postgres/src/connection.js`), with the library's function name, so the stack Deno gives
 * is the one the real failure has.
 */

async function libraryLikeModule(): Promise<{ scheduleWrite(): void; throwOther(): void }> {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/node_modules/postgres/src/connection.js`;
  await Deno.mkdir(`${dir}/node_modules/postgres/src`, { recursive: true });
  await Deno.writeTextFile(
    file,
    `let socket = null;
export function scheduleWrite() { setTimeout(nextWrite, 0); }
function nextWrite() { return socket.write(new Uint8Array(1)); }
export function throwOther() { return socket.end(); }
`,
  );
  try {
    return await import(`file://${file}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test('a write on a closed postgres.js connection, thrown from a timer, does not end the worker', async () => {
  const library = await libraryLikeModule();
  absorbClosedSocketWrites();
  const seen: unknown[] = [];
  const watch = (event: ErrorEvent) => seen.push(event.error);
  globalThis.addEventListener('error', watch);
  try {
    library.scheduleWrite();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The listener saw it and the test is still running: the worker was not ended.
    assertEquals(seen.length, 1);
    assert(isClosedSocketWrite(seen[0]), String(seen[0]));
  } finally {
    globalThis.removeEventListener('error', watch);
  }
});

Deno.test('any other error is not absorbed', async () => {
  const library = await libraryLikeModule();
  let other: unknown;
  try {
    library.throwOther();
  } catch (error) {
    other = error;
  }
  // The same library file, another operation on the null socket.
  assert(other instanceof TypeError, String(other));
  assertEquals(isClosedSocketWrite(other), false);
  assertEquals(
    isClosedSocketWrite(new TypeError("Cannot read properties of null (reading 'write')")),
    false,
  );
  assertEquals(isClosedSocketWrite(new Error('connection closed')), false);
});
