/**
 * Resolves once `check` holds, polling every 25 ms, with how long that took (ms); fails after
 * `ms` naming `what`. The Deno twin of test/support/wait-for.ts: tests wait for the state they
 * need, never a fixed time.
 */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  ms = 15_000,
): Promise<number> {
  const began = performance.now();
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return performance.now() - began;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
