/**
 * A command run in a process group of its own with a time limit: on timeout, or when this
 * process is interrupted, the whole group is killed, so a `git clone` or a CLI with its
 * embedded database leaves nothing running.
 */
import { type ChildProcess, execFile } from 'node:child_process';

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Largest stdout or stderr kept, in bytes. Default 64 MiB. */
  maxBuffer?: number;
}

export interface CommandResult {
  /** The exit status; null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The command could not be started (ENOENT...) or its output overflowed `maxBuffer`. */
  spawnError?: string;
  durationMs: number;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

/** Kill every group started here that is still running (for signal handlers). */
export function killRunningCommands(): void {
  for (const child of running) killGroup(child);
  running.clear();
}

/** Run `file args` and resolve with what it did; never rejects for the command's own failure. */
export function runCommand(
  file: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    let timedOut = false;
    // `detached` (passed on to spawn, absent from execFile's option types) makes the child the
    // leader of a new process group, which is what a timeout kills.
    const spawnOptions = {
      cwd: options.cwd,
      env: options.env ?? process.env,
      maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
      encoding: 'utf8' as const,
      detached: true,
    };
    const child = execFile(file, [...args], spawnOptions, (error, stdout, stderr) => {
      clearTimeout(timer);
      running.delete(child);
      const failure = error as (NodeJS.ErrnoException & { code?: unknown }) | null;
      const spawnError =
        failure && typeof failure.code === 'string' && !timedOut ? failure.message : undefined;
      resolve({
        code: child.exitCode,
        signal: child.signalCode,
        stdout,
        stderr,
        timedOut,
        durationMs: performance.now() - started,
        ...(spawnError !== undefined ? { spawnError } : {}),
      });
    });
    running.add(child);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, options.timeoutMs);
  });
}

/** Kill what is running and exit when the bench is interrupted. */
export function killCommandsOnSignal(cleanup: () => void = () => {}): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killRunningCommands();
      cleanup();
      process.exit(130);
    });
  }
}
