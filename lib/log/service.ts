import type { LogEntry } from '../guard/messages';
import { addLogRows, pruneLog, type LogRow } from './db';
import { redactExcerpt } from './redact';
import { createLogWriter } from './writer';

export interface LogPolicy {
  logRetentionDays: number;
  logExcerpts: boolean;
}

export interface LogServiceOptions {
  version: string;
  /** The current settings (cached by the caller; read at each write and prune). */
  policy(): Promise<LogPolicy>;
  write?: (rows: LogRow[]) => Promise<void>;
  prune?: (retentionDays: number, now: number) => Promise<number>;
  now?: () => number;
  /** Retention runs on start and then at most this often, piggy-backed on writes (ms). */
  pruneEvery?: number;
}

/**
 * The background's side of the log: every entry a content script or an extension page sends
 * becomes a row (time, extension version; the excerpt only if IT and the person allow it, and
 * masked again here), queued and written in batches. Retention runs on start and then about
 * hourly as entries arrive, as one bulk delete that never holds up a write.
 */
export function createLogService({ version, policy, write = (rows) => addLogRows(rows), prune = (d, now) => pruneLog(d, now), now = Date.now, pruneEvery = 3_600_000 }: LogServiceOptions) {
  const writer = createLogWriter({ write });
  let lastPrune = -Infinity;

  function applyRetention(): Promise<number> {
    lastPrune = now();
    return policy()
      .then((p) => prune(p.logRetentionDays, now()))
      .catch(() => 0);
  }

  async function record(entry: LogEntry): Promise<void> {
    const { excerpt, ...rest } = entry;
    const row: LogRow = { ...rest, time: now(), version };
    if (excerpt !== undefined) {
      const allowed = await policy().then((p) => p.logExcerpts, () => false);
      if (allowed) row.excerpt = redactExcerpt(excerpt);
    }
    if (now() - lastPrune > pruneEvery) void applyRetention();
    await writer.add(row);
  }

  return { record, applyRetention, flush: writer.flush };
}
export type LogService = ReturnType<typeof createLogService>;
