/**
 * When a site pause ends. "An hour" is sixty minutes from now; "until tomorrow" is the next local
 * midnight (so a pause at 23:50 lasts ten minutes, as "until tomorrow" says), computed in the
 * person's own time zone so clock changes are honoured.
 */
export type PauseLength = 'hour' | 'tomorrow';

export function pauseEnd(length: PauseLength, now = Date.now()): number {
  if (length === 'hour') return now + 60 * 60 * 1000;
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime();
}

/** The ms from now until `until`, capped so a timer never overflows (setTimeout's 2^31-1 ms). */
export const msUntil = (until: number, now = Date.now()) => Math.min(Math.max(0, until - now), 2 ** 31 - 1);

/** "14:30", or "14:30 tomorrow"-style pieces: the time and whether it falls on a later day. */
export function pauseLabel(until: number, now = Date.now()): { time: string; laterDay: boolean } {
  const end = new Date(until);
  const time = `${String(end.getHours()).padStart(2, '0')}:${String(end.getMinutes()).padStart(2, '0')}`;
  const today = new Date(now);
  const laterDay = end.getFullYear() !== today.getFullYear() || end.getMonth() !== today.getMonth() || end.getDate() !== today.getDate();
  return { time, laterDay };
}

/** The popup's "this week": the last seven days, so the figure never drops to nothing on a Monday. */
export const weekAgo = (now = Date.now()) => now - 7 * 24 * 60 * 60 * 1000;
