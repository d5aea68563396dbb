import type { LogRow } from './db';

export interface LogWriterOptions {
  /** Writes one batch in one transaction. */
  write(rows: LogRow[]): Promise<void>;
  /** How long the first row of a batch waits for company (ms). */
  delay?: number;
  /** A batch this large is written at once. */
  maxBatch?: number;
  /** Attempts per batch before its callers are told it failed. */
  attempts?: number;
}

interface Pending {
  row: LogRow;
  done(): void;
  fail(e: unknown): void;
}

/**
 * The background's log queue. Messages arrive one by one (10,000 at once when a page misbehaves);
 * writing each in its own transaction would make IndexedDB the bottleneck, so they are collected
 * for a few milliseconds and written together. Each caller's promise settles only when its row's
 * batch has committed: the content script's pending sendMessage keeps the MV3 service worker
 * alive until then, so a worker that would be suspended waits for the write instead of losing it.
 */
export function createLogWriter({ write, delay = 25, maxBatch = 2000, attempts = 3 }: LogWriterOptions) {
  let queue: Pending[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function writeBatch(batch: Pending[]) {
    let error: unknown;
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        await write(batch.map((p) => p.row));
        for (const p of batch) p.done();
        return;
      } catch (e) {
        error = e;
        await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
      }
    }
    for (const p of batch) p.fail(error);
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const taken = queue;
    queue = [];
    // Batches are written one after another, so rows keep their arrival order.
    for (let i = 0; i < taken.length; i += maxBatch) {
      const batch = taken.slice(i, i + maxBatch);
      writing = writing.then(() => writeBatch(batch));
    }
    return writing;
  }

  return {
    add(row: LogRow): Promise<void> {
      return new Promise<void>((done, fail) => {
        queue.push({ row, done, fail });
        if (queue.length >= maxBatch) void flush();
        else timer ??= setTimeout(() => void flush(), delay);
      });
    },
    /** Writes whatever is queued now; resolves when every batch so far has committed. */
    flush,
    get pending() {
      return queue.length;
    },
  };
}
export type LogWriter = ReturnType<typeof createLogWriter>;
