import { describe, expect, it } from 'vitest';
import { replayProgress } from '../src/pipeline/replay-progress.ts';

describe('replay progress', () => {
  it('says how far a long replay got at most once per interval, and not after the last file', () => {
    const lines: string[] = [];
    let clock = 1_000;
    const fileDone = replayProgress(
      5,
      (line) => lines.push(line),
      () => clock,
      10_000,
    );
    clock += 4_000;
    fileDone(); // 1 file, 4 s: too soon
    clock += 7_000;
    fileDone(); // 2 files, 11 s
    clock += 2_000;
    fileDone(); // 3 files, 13 s: too soon after the last line
    clock += 9_000;
    fileDone(); // 4 files, 22 s
    clock += 30_000;
    fileDone(); // the last file: the run says what comes next itself
    expect(lines).toEqual([
      'replayed 2 of 5 earlier migration(s), 11 s',
      'replayed 4 of 5 earlier migration(s), 22 s',
    ]);
  });

  it('a quick replay says nothing', () => {
    const lines: string[] = [];
    const fileDone = replayProgress(100, (line) => lines.push(line));
    for (let i = 0; i < 100; i++) fileDone();
    expect(lines).toEqual([]);
  });
});
