import { readFileSync, readlinkSync } from 'node:fs';

/**
 * The CPU time of one thread, for timing the embedded database's work with `--stats`.
 *
 * Why not the process's CPU time: PGlite runs in a worker thread, and `process.cpuUsage()`
 * counts every thread of the process, V8's background garbage collection among them (concurrent
 * marking and sweeping of the worker's heap, which the database's in-memory files keep busy).
 * That work lands in whichever timing it happens to overlap: a 27 ms CREATE INDEX on the sample
 * table read 60-86 ms in some timings and not in others. The worker thread's own time does not
 * count it.
 *
 * Linux only: `/proc/<pid>/task/<tid>/schedstat` starts with the thread's time on a CPU in
 * nanoseconds. The kernel brings that figure up to date when the thread stops running (and at
 * each scheduler tick, 4 ms apart), so it is exact when read while the thread waits for its next
 * request, which is when the caller reads it (before sending a statement, after its answer came
 * back). Just after an answer, though, the thread may still be running (it posted the answer and
 * is on its way back to wait), and a reading then can miss up to a tick: a 4 ms scan read 2 ms.
 * So the clock first waits, briefly, for the thread to stop. Elsewhere there is no such file,
 * and the caller falls back to the process's CPU time.
 */

/**
 * The file that holds the calling thread's CPU time, or undefined where the system has none (or
 * it reads zero: a kernel without scheduler statistics).
 */
export function currentThreadCpuFile(): string | undefined {
  try {
    // `/proc/thread-self` links to `<pid>/task/<tid>`: a path another thread can read too.
    const file = `/proc/${readlinkSync('/proc/thread-self')}/schedstat`;
    return cpuNanoseconds(file) > 0 ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A clock in milliseconds over `file` (from `currentThreadCpuFile` on the thread to be timed).
 * Once the thread is gone the file is too: the clock then stays at its last reading.
 */
export function threadCpuClock(file: string): () => number {
  const stat = file.replace(/schedstat$/, 'stat');
  let last = 0;
  return () => {
    try {
      settle(stat);
      last = cpuNanoseconds(file) / 1e6;
    } catch {
      // The thread ended (the database was stopped): no more time to count.
    }
    return last;
  };
}

/**
 * How long to wait for the thread to stop running: its way back to wait takes microseconds. A
 * thread still runnable after that is waiting for a CPU, and its time was brought up to date
 * when it was taken off one.
 */
const SETTLE_MS = 1;

/** Wait (at most SETTLE_MS) while the thread whose `stat` file this is is running. */
function settle(stat: string): void {
  const until = performance.now() + SETTLE_MS;
  while (running(stat) && performance.now() < until) {
    // The thread is on a CPU (or waiting for one): read again.
  }
}

/** `R` in the state field of `/proc/<pid>/task/<tid>/stat`, after the command name's `)`. */
function running(stat: string): boolean {
  const text = readFileSync(stat, 'utf8');
  return text.charAt(text.lastIndexOf(')') + 2) === 'R';
}

function cpuNanoseconds(file: string): number {
  const ns = Number(readFileSync(file, 'utf8').split(' ')[0]);
  if (!Number.isFinite(ns)) throw new Error(`${file}: not a CPU time`);
  return ns;
}
