import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The migration-guard edge function served by Deno (`deno run index.ts` with
 * MIGRATION_GUARD_PORT=0), as the deploy tests talk to it.
 */

export interface ServedFunction {
  process: ChildProcess;
  /** `http://127.0.0.1:<port>`: the Action's function-url. */
  url: string;
  /** Everything the function printed so far (its log goes to stderr). */
  output(): string;
  /** Stop its whole process group (the npm `deno` launcher and Deno itself). Safe to call twice. */
  stop(): void;
}

export async function serveFunction(env: Record<string, string>): Promise<ServedFunction> {
  const deno = resolve('node_modules/.bin/deno');
  const child = spawn(
    deno,
    [
      'run',
      '-A',
      '--node-modules-dir=manual',
      '--config',
      'supabase/functions/migration-guard/deno.json',
      'supabase/functions/migration-guard/index.ts',
    ],
    {
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '/tmp',
        MIGRATION_GUARD_PORT: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: stopping the launcher alone would leave Deno running.
      detached: true,
    },
  );
  let output = '';
  const stop = (): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  try {
    const url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`function did not start:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (process.env['DEBUG_FUNCTION']) process.stderr.write(chunk);
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          done(match[1]);
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.on('exit', (code) => fail(new Error(`function exited (${code}):\n${output}`)));
    });
    return { process: child, url, output: () => output, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
