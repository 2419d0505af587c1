import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteDatabase } from '../src/staging/pglite-database.ts';
import { processCpuMs } from '../src/staging/row-work.ts';
import { currentThreadCpuFile, threadCpuClock } from '../src/staging/thread-cpu.ts';

// The clock `--stats` times the embedded database with: the CPU time of one thread, which work
// on the process's other threads (another worker, V8's background collection) does not move.

const linux = process.platform === 'linux';

/**
 * Keep this thread busy until the process has used `ms` of CPU time (the process's other threads
 * idle meanwhile): CPU time, not wall time, which a loaded machine stretches.
 */
function spin(ms: number): void {
  const until = processCpuMs() + ms;
  while (processCpuMs() < until) {
    // busy
  }
}

/** A worker thread that spins as `spin` does, while this thread waits for it. */
function spinInAnotherThread(ms: number): Promise<void> {
  const worker = new Worker(
    `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
     const until = cpu() + ${ms}; while (cpu() < until) {}`,
    { eval: true },
  );
  return new Promise((done, failed) => {
    worker.once('exit', () => done());
    worker.once('error', failed);
  });
}

describe.runIf(linux)('threadCpuClock', () => {
  it("counts this thread's work and not another thread's", async () => {
    const file = currentThreadCpuFile();
    expect(file).toMatch(/^\/proc\/\d+\/task\/\d+\/schedstat$/);
    const clock = threadCpuClock(file ?? '');

    const before = clock();
    spin(150);
    // The process's 150 ms were this thread's (a little goes to V8's own threads).
    expect(clock() - before).toBeGreaterThan(120);

    const [thread, process] = [clock(), processCpuMs()];
    await spinInAnotherThread(300);
    // The process's clock counted the other thread's 300 ms; this thread's, only the waiting.
    expect(processCpuMs() - process).toBeGreaterThan(300);
    expect(clock() - thread).toBeLessThan(40);
  });

  it('stays at its last reading once the thread is gone', () => {
    const clock = threadCpuClock('/proc/0/task/0/schedstat');
    expect(clock()).toBe(0);
  });
});

describe.runIf(linux)('PgliteDatabase.cpuClock', () => {
  let db: PgliteDatabase;
  beforeAll(async () => {
    db = await PgliteDatabase.start({ cacheDir: null });
  }, 120_000);
  afterAll(() => db?.close());

  it("counts the database's work, on its worker thread, and not this thread's", async () => {
    const clock = db.cpuClock;
    expect(clock).toBeTypeOf('function');
    const now = clock ?? (() => 0);

    const before = now();
    await db.query('SELECT sum(g) FROM generate_series(1, 3000000) g');
    const query = now() - before;
    expect(query).toBeGreaterThan(20);

    const mine = now();
    spin(300);
    expect(now() - mine).toBeLessThan(40);
  });
});
