import type { Category } from '../engine/types';
import type { LogAction } from '../guard/messages';
import { database } from './db';

export interface Counts {
  total: number;
  byCategory: Partial<Record<Category, number>>;
  byAction: Partial<Record<LogAction, number>>;
}

/** Counts of log entries since `since` (ms): the popup's "this week". Read in extension pages only. */
export async function countsSince(since: number): Promise<Counts> {
  const counts: Counts = { total: 0, byCategory: {}, byAction: {} };
  await database()
    .entries.where('time')
    .aboveOrEqual(since)
    .each((row) => {
      counts.total++;
      counts.byAction[row.action] = (counts.byAction[row.action] ?? 0) + 1;
      for (const c of new Set(row.categories)) counts.byCategory[c] = (counts.byCategory[c] ?? 0) + 1;
    });
  return counts;
}
