import { en } from 'chrono-node';
import { scan, type Detector } from './types';

const TRIGGER = /\b(?:d\.? ?o\.? ?b\b\.?|date of birth|birth ?date|born|birthday)/gi;
const WINDOW = 48;

/**
 * A calendar date written near "DOB", "born" or "date of birth". Dates are parsed by
 * chrono-node with British day-first order; relative phrases ("born yesterday") do not count.
 */
const HINTS = ['born', 'dob', 'd.o.b', 'd o b', 'birth'];

export const detectDob: Detector = (text, env) => {
  if (!HINTS.some((h) => env.lower.includes(h))) return [];
  const out = [];
  let budget = MAX_PARSED;
  for (const [from, to] of windows(text)) {
    // chrono-node costs ~10 µs a character: past the budget (about a hundred mentions of
    // birth), a post of endless "born"s stops here.
    if ((budget -= to - from) < 0) break;
    const window = text.slice(from, to);
    for (const r of en.GB.parse(window, env.today)) {
      if (!/\d/.test(r.text)) continue;
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const start = from + r.index;
      out.push({ start, end: start + r.text.length, weak: !r.start.isCertain('year') });
    }
  }
  return dedupe(out);
};

// chrono-node re-slices its input after every match, so windows stay short and few.
const MAX_PARSED = 8_000;
const MAX_WINDOW = 256;

/** The text around each trigger; overlapping windows merged (up to MAX_WINDOW) so each character is parsed once. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of scan(TRIGGER, text)) {
    const from = Math.max(0, m.index - 24);
    const to = Math.min(text.length, m.index + m[0].length + WINDOW);
    const last = out[out.length - 1];
    if (last && from <= last[1] && to - last[0] <= MAX_WINDOW) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

function dedupe<T extends { start: number; end: number }>(matches: T[]): T[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const DOB_PATTERNS = [TRIGGER];
