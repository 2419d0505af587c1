/**
 * The probe of `bench/rollout-bench.ts`: a few clients, each on its own session, doing point
 * reads and point updates by primary key for the whole run, with every operation's times
 * recorded, so a phase of the benchmark can be read back as "what did the application see
 * while this ran".
 *
 * Open loop: each client has a schedule (one operation every `intervalMs`) and latency is
 * counted from the scheduled start, not from when a blocked client got round to sending it.
 * A closed loop would record one slow operation per stalled client and hide the requests an
 * application keeps receiving during the stall (coordinated omission).
 */
import type { DatabasePort } from '../src/core/db/database-port.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';

interface ProbeOp {
  /** When the schedule said to start it; latency counts from here. */
  intendedMs: number;
  endMs: number;
  ok: boolean;
}

/** What the probe saw during one window of time. */
export interface PhaseStats {
  ops: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  /** The slowest operation that overlapped the window. */
  maxMs: number;
  /** The longest time in the window during which no probe operation completed. */
  longestGapMs: number;
}

export interface ProbeOptions {
  url: string;
  clients: number;
  /** Largest id of the table; ids are drawn uniformly from 1..rows. */
  rows: number;
  /** Each client's schedule: one operation every this many ms (a steady, not saturating, load). */
  intervalMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Probe {
  readonly #ops: ProbeOp[] = [];
  readonly #sessions: DatabasePort[] = [];
  readonly #loops: Promise<void>[] = [];
  /** Per client: the scheduled start of its next operation. */
  readonly #next: number[] = [];
  #running = false;

  private constructor(private readonly options: ProbeOptions) {}

  static async start(options: ProbeOptions): Promise<Probe> {
    const probe = new Probe(options);
    for (let i = 0; i < options.clients; i++) {
      probe.#sessions.push(
        await PgDatabase.connect({ url: options.url, applicationName: `probe-${i}` }),
      );
    }
    probe.#running = true;
    for (const [i, session] of probe.#sessions.entries())
      probe.#loops.push(probe.#loop(session, i));
    return probe;
  }

  async #loop(db: DatabasePort, client: number): Promise<void> {
    const { intervalMs, clients } = this.options;
    let intendedMs = performance.now() + (client * intervalMs) / clients;
    let write = client % 2 === 1;
    while (this.#running) {
      this.#next[client] = intendedMs;
      const wait = intendedMs - performance.now();
      if (wait > 0) await sleep(wait);
      if (!this.#running) break;
      const id = 1 + Math.floor(Math.random() * this.options.rows);
      let ok = true;
      try {
        if (write) {
          await db.query('UPDATE public.orders SET note = $2 WHERE id = $1', [id, `probe ${id}`]);
        } else {
          await db.query('SELECT id, status, amount_cents FROM public.orders WHERE id = $1', [id]);
        }
      } catch {
        ok = false;
      }
      this.#ops.push({ intendedMs, endMs: performance.now(), ok });
      write = !write;
      intendedMs += intervalMs;
    }
  }

  /** Statistics of the operations scheduled in [fromMs, toMs] or still running at fromMs. */
  stats(fromMs: number, toMs: number): PhaseStats {
    const overlapping = this.#ops.filter((op) => op.endMs >= fromMs && op.intendedMs <= toMs);
    const latencies = overlapping.map((op) => op.endMs - op.intendedMs).sort((a, b) => a - b);
    const quantile = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    // Gaps between completions inside the window, closed by the first completion after it:
    // probes blocked by a statement complete just after the statement ends.
    const completions = this.#ops
      .map((op) => op.endMs)
      .filter((t) => t > fromMs)
      .sort((a, b) => a - b);
    const closing = completions.findIndex((t) => t > toMs);
    const inside = closing === -1 ? completions : completions.slice(0, closing + 1);
    let longestGapMs = 0;
    let previous = fromMs;
    for (const t of inside) {
      longestGapMs = Math.max(longestGapMs, t - previous);
      previous = t;
    }
    return {
      ops: overlapping.length,
      errors: overlapping.filter((op) => !op.ok).length,
      p50Ms: quantile(0.5),
      p99Ms: quantile(0.99),
      maxMs: latencies.at(-1) ?? 0,
      longestGapMs,
    };
  }

  /** Wait until every client is back on schedule, so a phase's delayed operations are counted. */
  async settle(): Promise<void> {
    await sleep(250);
    const behind = () =>
      this.#next.some((t) => performance.now() - t > 4 * this.options.intervalMs);
    while (behind()) await sleep(50);
  }

  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#loops);
    await Promise.all(this.#sessions.map((s) => s.close()));
  }
}
