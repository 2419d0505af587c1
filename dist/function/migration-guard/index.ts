/**
 * migration-guard's edge function: applies approved migrations to production for the Action's
 * deploy mode. `supabase functions deploy migration-guard`; see README.md beside this file.
 */
import { createHandler } from './handler.ts';

interface EdgeRuntimeGlobal {
  waitUntil(work: Promise<unknown>): void;
}

/** Supabase's runtime keeps an invocation alive for promises given to `EdgeRuntime.waitUntil`. */
function edgeRuntime(): EdgeRuntimeGlobal | undefined {
  const runtime: unknown = Reflect.get(globalThis, 'EdgeRuntime');
  if (typeof runtime !== 'object' || runtime === null) return undefined;
  return typeof Reflect.get(runtime, 'waitUntil') === 'function'
    ? (runtime as EdgeRuntimeGlobal)
    : undefined;
}

const runtime = edgeRuntime();

// postgres.js 3.4.9 can throw from a timer of a connection the server dropped (a restart:
// porsager/postgres#1208), out of reach of any try/catch. The session involved is already
// marked lost and its deployment resumes on the next call; the process must keep serving.
globalThis.addEventListener('error', (event) => {
  console.error(`migration-guard: uncaught error, still serving: ${event.message}`);
  event.preventDefault();
});
globalThis.addEventListener('unhandledrejection', (event) => {
  console.error(`migration-guard: unhandled rejection, still serving: ${String(event.reason)}`);
  event.preventDefault();
});

const handler = createHandler({
  env: (name) => Deno.env.get(name),
  ...(runtime ? { runInBackground: (work: Promise<unknown>) => runtime.waitUntil(work) } : {}),
});

// Supabase's runtime chooses the port; MIGRATION_GUARD_PORT serves the function elsewhere
// (0 = any free port), printing `listening on <url>` once ready.
const port = Deno.env.get('MIGRATION_GUARD_PORT');
if (port === undefined) {
  Deno.serve(handler);
} else {
  Deno.serve(
    {
      port: Number(port),
      hostname: '127.0.0.1',
      onListen: ({ hostname, port }) => console.log(`listening on http://${hostname}:${port}`),
    },
    handler,
  );
}
