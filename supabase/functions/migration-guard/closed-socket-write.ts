/**
 * postgres.js 3.4.9 batches a small write behind a `setImmediate`. When the connection closes
 * before that callback runs (the backend was terminated, a pooler dropped the connection, the
 * server restarted), the callback writes to a socket the library has already set to null and
 * throws a TypeError from the timer, where no `try` can catch it. Deno then ends the whole
 * worker: the deployment in progress loses its chance to record what happened, and every other
 * request on the worker fails with it. (Seen in this project's tests when a test terminates the
 * function's session on a loaded machine; reported upstream as porsager/postgres#1154 and #1208.)
 *
 * By the time that callback runs, the library has rejected the queries the connection carried
 * (`CONNECTION_CLOSED`) and `onclose` has marked our session lost, so the write has nothing left
 * to deliver. This absorbs exactly that error, recognised by its message and by the library's
 * own frame on its stack; any other uncaught error still ends the worker as before.
 */

const writeFrame = /\bnextWrite\b[^\n]*[\\/]postgres[\\/](?:[^\n]*[\\/])?src[\\/]connection\.js/;

/** True for the TypeError postgres.js throws when it writes to a connection already closed. */
export function isClosedSocketWrite(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    error.message === "Cannot read properties of null (reading 'write')" &&
    typeof error.stack === 'string' &&
    writeFrame.test(error.stack)
  );
}

let installed = false;

/** Absorb postgres.js's closed-socket write (see above); once per worker, later calls do nothing. */
export function absorbClosedSocketWrites(): void {
  if (installed) return;
  installed = true;
  globalThis.addEventListener('error', (event) => {
    if (isClosedSocketWrite(event.error)) {
      event.preventDefault();
      console.warn(
        'migration-guard: a write on a connection that had already closed was dropped (postgres.js); the session was marked lost',
      );
    }
  });
}
