import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { LOG_ACTIONS, logEntrySchema, type LogEntry } from '../guard/messages';

/** One stored log entry: the message's entry plus when it happened and which version wrote it. */
export interface LogRow extends LogEntry {
  id?: number;
  /** Epoch ms. */
  time: number;
  /** The extension version that wrote the row ("unknown" for rows from before v2 of the log). */
  version: string;
}

export const LOG_DB_NAME = 'postwise-log';

/** A row as version 1 of the log stored it: the old, smaller action set and no version. */
const v1RowSchema = z.object({
  id: z.number().optional(),
  time: z.number().finite(),
  platform: z.unknown(),
  surface: z.unknown(),
  action: z.enum(LOG_ACTIONS),
});

/**
 * v1 → v2: every row is re-validated against today's entry contract (defaults filled in), given
 * the version it lacked, and dropped if it cannot be read (a hand edit, a bug), so the viewer
 * never meets a malformed row. Pure, so it is tested without a database.
 */
export function migrateV1Row(raw: unknown): LogRow | undefined {
  const base = v1RowSchema.safeParse(raw);
  if (!base.success) return undefined;
  const entry = logEntrySchema.safeParse(raw);
  if (!entry.success) return undefined;
  const row: LogRow = { ...entry.data, time: base.data.time, version: 'unknown' };
  if (base.data.id !== undefined) row.id = base.data.id;
  return row;
}

/**
 * The local log, in the extension's own IndexedDB: written by the background, read by the
 * extension's pages, never opened from a content script, so its origin is the extension's and
 * no site can see it. Nothing in it ever leaves the machine.
 *
 * Schema versions (Dexie; each version lists its indexes, and an upgrade migrates the rows):
 *  1. `++id, time, action`
 *  2. + platform, category and rule id (multi-entry) indexes for the viewer's filters and the
 *     aggregate; rows carry the extension version.
 */
export class LogDatabase extends Dexie {
  entries!: Table<LogRow, number>;
  constructor(name = LOG_DB_NAME) {
    super(name);
    this.version(1).stores({ entries: '++id, time, action' });
    this.version(2)
      .stores({ entries: '++id, time, action, platform, *categories, *ruleIds' })
      .upgrade((tx) =>
        tx
          .table('entries')
          .toCollection()
          .modify((row, ref) => {
            const next = migrateV1Row(row);
            if (!next) delete (ref as { value?: unknown }).value;
            else ref.value = next;
          }),
      );
  }
}

let db: LogDatabase | undefined;
export const database = () => (db ??= new LogDatabase());

/** Writes many rows in one transaction (the background's batches). */
export async function addLogRows(rows: LogRow[], target = database()): Promise<void> {
  if (rows.length) await target.entries.bulkAdd(rows);
}

/** Local retention: the log keeps the last `retentionDays` days (settings: logRetentionDays). */
export async function pruneLog(retentionDays: number, now = Date.now(), target = database()): Promise<number> {
  return target.entries.where('time').below(now - retentionDays * 86_400_000).delete();
}

/** Every row, newest first. The primary key follows insertion, so a plain getAll is the fast path. */
export async function allRowsNewestFirst(target = database()): Promise<LogRow[]> {
  const rows = await target.entries.toArray();
  rows.sort((a, b) => b.time - a.time || (b.id ?? 0) - (a.id ?? 0));
  return rows;
}

/** The newest `n` rows, for the viewer's first screen before everything has loaded. */
export async function newestRows(n: number, target = database()): Promise<LogRow[]> {
  return target.entries.orderBy('time').reverse().limit(n).toArray();
}

export async function clearLog(target = database()): Promise<void> {
  await target.entries.clear();
}
