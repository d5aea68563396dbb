import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../lib/guard/messages';
import { LogDatabase, addLogRows, allRowsNewestFirst, migrateV1Row, pruneLog, type LogRow } from '../../lib/log/db';
import { aggregate, csvField, toCsv, toJson } from '../../lib/log/export';
import { filterRows, notesPerWeek } from '../../lib/log/filter';
import { redactExcerpt } from '../../lib/log/redact';
import { createLogService } from '../../lib/log/service';
import { createLogWriter } from '../../lib/log/writer';

let n = 0;
const freshName = () => `test-log-${++n}-${Math.random()}`;
const DAY = 86_400_000;
const row = (over: Partial<LogRow> = {}): LogRow => ({ platform: 'x', surface: 'post', action: 'paused', categories: [], ruleIds: [], time: Date.now(), version: '1.0.0', ...over });

describe('the log schema', () => {
  it('migrates version 1 rows to version 2: defaults filled, version marked unknown, unreadable rows dropped', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ entries: '++id, time, action' });
    await v1.table('entries').bulkAdd([
      { platform: 'x', surface: 'post', action: 'paused', categories: ['personal-data'], ruleIds: ['pii.nino'], time: 1000 },
      { platform: 'facebook', surface: 'reply', action: 'posted-anyway', reason: 'fine', time: 2000 },
      { platform: 'nowhere', surface: 'post', action: 'paused', time: 3000 },
      { platform: 'x', surface: 'post', action: 'exploded', time: 4000 },
    ]);
    v1.close();

    const db = new LogDatabase(name);
    const rows = await db.entries.orderBy('time').toArray();
    expect(rows.map((r) => r.time)).toEqual([1000, 2000]);
    expect(rows[1]).toMatchObject({ platform: 'facebook', action: 'posted-anyway', reason: 'fine', categories: [], ruleIds: [], version: 'unknown' });
    // The new indexes answer the viewer's and the aggregate's questions.
    expect(await db.entries.where('categories').equals('personal-data').count()).toBe(1);
    expect(await db.entries.where('ruleIds').equals('pii.nino').count()).toBe(1);
    expect(await db.entries.where('platform').equals('facebook').count()).toBe(1);
    expect(db.verno).toBe(2);
    db.close();
  });

  it('migrateV1Row keeps a good row and rejects a bad one', () => {
    expect(migrateV1Row({ id: 4, platform: 'x', surface: 'post', action: 'edited', time: 5 })).toEqual({ id: 4, platform: 'x', surface: 'post', action: 'edited', time: 5, categories: [], ruleIds: [], version: 'unknown' });
    expect(migrateV1Row({ platform: 'x', surface: 'post', action: 'edited' })).toBeUndefined();
    expect(migrateV1Row(null)).toBeUndefined();
  });

  it('retention deletes exactly the rows older than the retention period', async () => {
    const db = new LogDatabase(freshName());
    const now = Date.UTC(2026, 5, 1);
    await addLogRows([row({ time: now - 91 * DAY }), row({ time: now - 90 * DAY - 1 }), row({ time: now - 89 * DAY }), row({ time: now })], db);
    expect(await pruneLog(90, now, db)).toBe(2);
    expect((await allRowsNewestFirst(db)).map((r) => r.time)).toEqual([now, now - 89 * DAY]);
    expect(await pruneLog(0, now + 1, db)).toBe(2);
    db.close();
  });
});

describe('the batched writer', () => {
  it('writes 10,000 entries arriving at once in a few transactions, in order, each promise settling after its commit', async () => {
    const db = new LogDatabase(freshName());
    const batches: number[] = [];
    const committed = new Set<number>();
    const writer = createLogWriter({
      write: async (rows) => {
        batches.push(rows.length);
        await addLogRows(rows, db);
        for (const r of rows) committed.add(r.time);
      },
    });
    const all = Array.from({ length: 10_000 }, (_, i) => writer.add(row({ time: i })).then(() => expect(committed.has(i)).toBe(true)));
    await Promise.all(all);
    expect(await db.entries.count()).toBe(10_000);
    expect(batches.length).toBeLessThanOrEqual(10);
    expect((await db.entries.toArray()).map((r) => r.time)).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
    db.close();
  });

  it('retries a failed batch, and rejects its callers only when every attempt fails', async () => {
    let calls = 0;
    const flaky = createLogWriter({
      write: async () => {
        if (calls++ === 0) throw new Error('busy');
      },
    });
    await flaky.add(row());
    expect(calls).toBe(2);
    const broken = createLogWriter({ write: () => Promise.reject(new Error('disk full')), attempts: 2 });
    await expect(broken.add(row())).rejects.toThrow('disk full');
  });
});

describe('the log service', () => {
  const setup = (logExcerpts: boolean) => {
    const rows: LogRow[] = [];
    const prunes: number[] = [];
    let clock = 1_000_000;
    const service = createLogService({
      version: '9.9.9',
      policy: async () => ({ logRetentionDays: 30, logExcerpts }),
      write: async (r) => void rows.push(...r),
      prune: async (days) => (prunes.push(days), 0),
      now: () => clock,
      pruneEvery: 1000,
    });
    return { rows, prunes, service, tick: (ms: number) => (clock += ms) };
  };

  it('stamps time and version, and drops the excerpt unless the setting allows it', async () => {
    const { rows, service } = setup(false);
    await service.record({ platform: 'x', surface: 'post', action: 'false-positive', categories: ['personal-data'], ruleIds: ['pii.email'], excerpt: 'mail me at a@b.com' });
    expect(rows).toEqual([{ platform: 'x', surface: 'post', action: 'false-positive', categories: ['personal-data'], ruleIds: ['pii.email'], time: 1_000_000, version: '9.9.9' }]);
  });

  it('with excerpts allowed, masks the excerpt again before storing it', async () => {
    const { rows, service } = setup(true);
    await service.record({ platform: 'x', surface: 'post', action: 'false-positive', categories: [], ruleIds: [], excerpt: 'mail me at a.person@b.com' });
    expect(rows[0].excerpt).toBe('mail me at [email]');
  });

  it('prunes on the first write and then at most once per period', async () => {
    const { prunes, service, tick } = setup(false);
    const entry: LogEntry = { platform: 'x', surface: 'post', action: 'edited', categories: [], ruleIds: [] };
    await service.record(entry);
    await service.record(entry);
    tick(2000);
    await service.record(entry);
    expect(prunes).toEqual([30, 30]);
  });
});

describe('redaction', () => {
  it('masks every identifier the recognisers find, names after titles, handles and long numbers', () => {
    const text = 'Call Mrs Jane Smith on 07700 900123 or jane.smith@example.com, NI AB 12 34 56 C, NHS 943 476 5919, S70 2TA, born 12/03/1984, @janes case 12345678. Thanks';
    const out = redactExcerpt(text);
    expect(out).toBe('Call [name] on [phone] or [email], NI [NI number], NHS [NHS number], [postcode], born [date], [handle] case [number]. Thanks');
    for (const secret of ['Jane', 'Smith', '07700', 'example.com', 'AB 12', '943', 'S70', '1984', '12345678']) expect(out).not.toContain(secret);
  });

  it('sees through fullwidth digits and zero-width characters, as the engine does', () => {
    expect(redactExcerpt('My NI number is ＡＢ１２３４５６Ｃ ok')).toBe('My NI number is [NI number] ok');
    expect(redactExcerpt('ring 07700\u200b900123')).toBe('ring [phone]');
  });

  it("masks the caller's finding spans (a named child) and merges overlapping masks", () => {
    const text = 'Little Tommy, 7, from the Oak Road home';
    expect(redactExcerpt(text, [{ start: 7, end: 12 }, { start: 10, end: 15 }])).toBe('Little […], from the Oak Road home');
  });

  it('keeps an excerpt within its bound', () => {
    expect(redactExcerpt('a'.repeat(2000)).length).toBe(600);
  });
});

describe('export', () => {
  it('quotes CSV fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(['a', 'b'])).toBe('a;b');
    expect(csvField(undefined)).toBe('');
  });

  it('writes one CSV line per entry under a header', () => {
    const csv = toCsv([row({ time: Date.UTC(2026, 0, 2, 3, 4, 5), action: 'posted-anyway', reason: 'ok, "really"', categories: ['political', 'grievance'] })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('time,platform,surface,account,action,severity,categories,ruleIds,checklistItems,reason,detail,excerpt,version');
    expect(lines[1]).toBe('2026-01-02T03:04:05.000Z,x,post,,posted-anyway,,political;grievance,,,"ok, ""really""",,,1.0.0');
    expect(lines).toHaveLength(3);
  });

  it('JSON export carries every entry', () => {
    const json = JSON.parse(toJson([row({ id: 3, time: 0 }), row({ time: 1 })]));
    expect(json.entries).toHaveLength(2);
    expect(json.entries[0]).not.toHaveProperty('id');
    expect(json.entries[0].time).toBe('1970-01-01T00:00:00.000Z');
  });

  it('the aggregate counts per rule and outcome and holds no text at all', () => {
    const rows = [
      row({ action: 'paused', ruleIds: ['pii.nino', 'pii.nino'], time: Date.UTC(2026, 0, 1), reason: 'SECRET-REASON', excerpt: 'SECRET-EXCERPT' }),
      row({ action: 'posted-anyway', ruleIds: ['pii.nino'], time: Date.UTC(2026, 0, 5), reason: 'SECRET-REASON' }),
      row({ action: 'false-positive', ruleIds: ['pii.nino', 'political.party'], time: Date.UTC(2026, 0, 3), excerpt: 'SECRET-EXCERPT' }),
      row({ action: 'error', detail: 'SECRET-DETAIL' }),
    ];
    const a = aggregate(rows.slice(0, 3), '1.2.3', 0);
    expect(a.rules).toEqual([
      { ruleId: 'pii.nino', total: 3, outcomes: { paused: 1, 'posted-anyway': 1, 'false-positive': 1 } },
      { ruleId: 'political.party', total: 1, outcomes: { 'false-positive': 1 } },
    ]);
    expect(a).toMatchObject({ total: 3, from: '2026-01-01', to: '2026-01-05', outcomes: { paused: 1, 'posted-anyway': 1, 'false-positive': 1 } });
    expect(JSON.stringify(aggregate(rows, '1.2.3'))).not.toMatch(/SECRET/);
  });
});

describe('viewer queries', () => {
  const monday = new Date(2026, 0, 5).getTime();
  const rows = [
    row({ platform: 'x', categories: ['political'], action: 'paused', time: monday + 2 * DAY }),
    row({ platform: 'facebook', categories: ['political', 'personal-data'], action: 'posted-anyway', time: monday }),
    row({ platform: 'x', categories: ['personal-data'], action: 'paused', time: monday - DAY }),
    row({ platform: 'x', categories: [], action: 'error', time: monday - DAY }),
  ];

  it('filters by site, category, outcome and an inclusive date range', () => {
    expect(filterRows(rows, { platform: 'x' })).toHaveLength(3);
    expect(filterRows(rows, { category: 'political' })).toHaveLength(2);
    expect(filterRows(rows, { action: 'paused', category: 'personal-data' })).toHaveLength(1);
    expect(filterRows(rows, { from: '2026-01-05', to: '2026-01-05' })).toEqual([rows[1]]);
    expect(filterRows(rows, {})).toBe(rows);
  });

  it('counts notes per week (Monday to Sunday) by category', () => {
    const { weeks, counts } = notesPerWeek(rows);
    expect(weeks).toEqual([new Date(2025, 11, 29).getTime(), monday]);
    expect(counts.get('political')).toEqual([0, 2]);
    expect(counts.get('personal-data')).toEqual([1, 1]);
  });
});
