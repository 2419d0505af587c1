/** How often a long history replay says how far it got. */
const REPLAY_PROGRESS_EVERY_MS = 10_000;

/**
 * Counts the earlier files a replay has applied and, at most once per `everyMs`, says how far
 * it got (`replayed 400 of 1259 earlier migration(s), 20 s`): a replay of a long history runs
 * for minutes, with nothing else to show meanwhile. `now` is the wall clock in ms.
 */
export function replayProgress(
  total: number,
  progress: (line: string) => void,
  now: () => number = Date.now,
  everyMs = REPLAY_PROGRESS_EVERY_MS,
): () => void {
  const started = now();
  let last = started;
  let done = 0;
  return () => {
    done += 1;
    const at = now();
    if (done >= total || at - last < everyMs) return;
    last = at;
    progress(
      `replayed ${done} of ${total} earlier migration(s), ${Math.round((at - started) / 1000)} s`,
    );
  };
}
