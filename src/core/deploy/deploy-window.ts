/**
 * When production may be changed: `[days] HH:MM-HH:MM [UTC]`, e.g. `Mon-Fri 02:00-05:00 UTC`,
 * `Sat,Sun 00:00-23:59`, `22:00-02:00` (every day, across midnight: the days name the day the
 * window opens). Times are UTC. Pure: the clock is passed in.
 */
export interface DeployWindow {
  /** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
  days: ReadonlySet<number>;
  /** Minutes after midnight UTC. */
  startMinute: number;
  endMinute: number;
  text: string;
}

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MINUTES_PER_DAY = 24 * 60;

export type DeployWindowParse = { ok: true; window: DeployWindow } | { ok: false; error: string };

export function parseDeployWindow(text: string): DeployWindowParse {
  const match =
    /^\s*(?:([A-Za-z,\s-]+?)\s+)?(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})(?:\s+UTC)?\s*$/i.exec(
      text,
    );
  const fail = (why: string): DeployWindowParse => ({
    ok: false,
    error: `deploy-window '${text}': ${why}; write it as e.g. 'Mon-Fri 02:00-05:00 UTC'`,
  });
  if (!match) return fail('not of the form [days] HH:MM-HH:MM [UTC]');
  const [, dayText, h1, m1, h2, m2] = match;
  const start = minutes(h1, m1);
  const end = minutes(h2, m2);
  if (start === undefined || end === undefined) return fail('hours are 0-23 and minutes 0-59');
  if (start === end) return fail('the window opens and closes at the same minute');
  const days = dayText === undefined ? allDays() : parseDays(dayText);
  if (typeof days === 'string') return fail(days);
  return { ok: true, window: { days, startMinute: start, endMinute: end, text: text.trim() } };
}

/** True when `now` falls inside the window (a window across midnight counts from its opening day). */
export function insideWindow(window: DeployWindow, now: Date): boolean {
  const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
  const today = now.getUTCDay();
  if (window.startMinute < window.endMinute) {
    return window.days.has(today) && minute >= window.startMinute && minute < window.endMinute;
  }
  // Across midnight: the evening part belongs to today, the morning part to yesterday's window.
  if (minute >= window.startMinute) return window.days.has(today);
  const yesterday = (today + 6) % 7;
  return minute < window.endMinute && window.days.has(yesterday);
}

/** The next moment the window opens at or after `now` (now itself when inside). */
export function nextWindowOpening(window: DeployWindow, now: Date): Date {
  if (insideWindow(window, now)) return now;
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (let offset = 0; offset <= 7; offset++) {
    const opening = new Date(midnight + (offset * MINUTES_PER_DAY + window.startMinute) * 60_000);
    if (opening.getTime() >= now.getTime() && window.days.has(opening.getUTCDay())) return opening;
  }
  throw new Error(`deploy-window '${window.text}' never opens`);
}

function minutes(hours: string | undefined, mins: string | undefined): number | undefined {
  const h = Number(hours);
  const m = Number(mins);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h > 23 || m > 59) return undefined;
  return h * 60 + m;
}

function allDays(): Set<number> {
  return new Set([0, 1, 2, 3, 4, 5, 6]);
}

function parseDays(text: string): Set<number> | string {
  const days = new Set<number>();
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'daily' || trimmed === 'every day') return allDays();
  for (const part of trimmed.split(',').map((p) => p.trim())) {
    const [from, to] = part.split('-').map((d) => d.trim());
    const a = dayIndex(from);
    const b = to === undefined ? a : dayIndex(to);
    if (a === undefined || b === undefined)
      return `unknown day in '${part}' (use Mon, Tue, ... Sun)`;
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === b) break;
    }
  }
  return days;
}

function dayIndex(name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  const index = DAY_NAMES.indexOf(name.slice(0, 3) as (typeof DAY_NAMES)[number]);
  return index >= 0 && name.length >= 3 ? index : undefined;
}
