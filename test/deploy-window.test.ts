import { describe, expect, it } from 'vitest';
import {
  insideWindow,
  nextWindowOpening,
  parseDeployWindow,
} from '../src/core/deploy/deploy-window.ts';

function window(text: string) {
  const parsed = parseDeployWindow(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.window;
}

// 2026-11-25 is a Wednesday.
const at = (iso: string) => new Date(iso);

describe('deploy-window', () => {
  it('weekdays at night, in UTC', () => {
    const w = window('Mon-Fri 02:00-05:00 UTC');
    expect(insideWindow(w, at('2026-11-25T02:00:00Z'))).toBe(true);
    expect(insideWindow(w, at('2026-11-25T04:59:00Z'))).toBe(true);
    expect(insideWindow(w, at('2026-11-25T05:00:00Z'))).toBe(false);
    expect(insideWindow(w, at('2026-11-28T03:00:00Z'))).toBe(false); // Saturday
    expect(nextWindowOpening(w, at('2026-11-25T06:00:00Z')).toISOString()).toBe(
      '2026-11-26T02:00:00.000Z',
    );
    // Friday after the window: next is Monday.
    expect(nextWindowOpening(w, at('2026-11-27T06:00:00Z')).toISOString()).toBe(
      '2026-11-30T02:00:00.000Z',
    );
  });

  it('across midnight: the morning part belongs to the previous day', () => {
    const w = window('Fri 22:00-02:00');
    expect(insideWindow(w, at('2026-11-27T23:00:00Z'))).toBe(true); // Friday evening
    expect(insideWindow(w, at('2026-11-28T01:30:00Z'))).toBe(true); // Saturday morning
    expect(insideWindow(w, at('2026-11-27T01:30:00Z'))).toBe(false); // Friday morning
  });

  it('lists of days and every day', () => {
    expect([...window('Sat,Sun 00:00-23:59').days].sort()).toEqual([0, 6]);
    expect(window('09:00-10:00').days.size).toBe(7);
    expect([...window('fri-mon 01:00-02:00').days].sort()).toEqual([0, 1, 5, 6]);
  });

  it('bad windows name the input and the expected form', () => {
    for (const text of ['2-5', 'Mon-Fri 25:00-05:00', 'Funday 01:00-02:00', '03:00-03:00']) {
      const parsed = parseDeployWindow(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.error).toMatch(/^deploy-window '.*': .*'Mon-Fri 02:00-05:00 UTC'$/);
    }
  });
});
