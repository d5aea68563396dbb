import Dexie, { type Table } from 'dexie';
import type { LogEntry } from '../guard/messages';

export interface LogRow extends LogEntry {
  id?: number;
  time: number;
}

/**
 * The local log, in the extension's own IndexedDB (opened from the background, so its origin
 * is the extension's, never the social site's). Nothing in it ever leaves the machine.
 */
export class LogDatabase extends Dexie {
  entries!: Table<LogRow, number>;
  constructor() {
    super('postwise-log');
    this.version(1).stores({ entries: '++id, time, action' });
  }
}

let db: LogDatabase | undefined;
export const database = () => (db ??= new LogDatabase());

export async function addLogEntry(entry: LogEntry, now = Date.now()): Promise<void> {
  await database().entries.add({ ...entry, time: now });
}

/** Local retention: the log keeps the last `retentionDays` days (settings: logRetentionDays). */
export async function pruneLog(retentionDays: number, now = Date.now()): Promise<number> {
  return database().entries.where('time').below(now - retentionDays * 86_400_000).delete();
}
