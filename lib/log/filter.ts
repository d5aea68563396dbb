import type { Category, Platform } from '../engine/types';
import type { LogAction } from '../guard/messages';
import type { LogRow } from './db';

/** The viewer's filters; an empty field lets everything through. Dates are yyyy-mm-dd, local time, inclusive. */
export interface LogFilter {
  platform?: Platform | '';
  category?: Category | '';
  action?: LogAction | '';
  from?: string;
  to?: string;
}

const dayStart = (d: string) => new Date(`${d}T00:00:00`).getTime();

export function filterRows(rows: readonly LogRow[], f: LogFilter): LogRow[] {
  const from = f.from ? dayStart(f.from) : -Infinity;
  const to = f.to ? dayStart(f.to) + 86_400_000 : Infinity;
  if (!f.platform && !f.category && !f.action && from === -Infinity && to === Infinity) return rows as LogRow[];
  return rows.filter(
    (r) =>
      (!f.platform || r.platform === f.platform) &&
      (!f.action || r.action === f.action) &&
      (!f.category || r.categories.includes(f.category)) &&
      r.time >= from &&
      r.time < to,
  );
}

/** Monday 00:00 local time of the week `time` falls in. */
export function weekStart(time: number): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** Entries per week per category (an entry with two categories counts once for each), oldest week first. */
export function notesPerWeek(rows: readonly LogRow[]): { weeks: number[]; counts: Map<Category, number[]> } {
  const byWeek = new Map<number, Map<Category, number>>();
  for (const r of rows) {
    if (!r.categories.length) continue;
    const w = weekStart(r.time);
    const cats = byWeek.get(w) ?? new Map<Category, number>();
    for (const c of new Set(r.categories)) cats.set(c, (cats.get(c) ?? 0) + 1);
    byWeek.set(w, cats);
  }
  const weeks = [...byWeek.keys()].sort((a, b) => a - b);
  const counts = new Map<Category, number[]>();
  weeks.forEach((w, i) => {
    for (const [c, n] of byWeek.get(w)!) {
      const series = counts.get(c) ?? new Array<number>(weeks.length).fill(0);
      series[i] = n;
      counts.set(c, series);
    }
  });
  return { weeks, counts };
}
