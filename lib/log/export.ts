import { LOG_ACTIONS, type LogAction } from '../guard/messages';
import type { LogRow } from './db';

const COLUMNS = ['time', 'platform', 'surface', 'account', 'action', 'severity', 'categories', 'ruleIds', 'checklistItems', 'reason', 'detail', 'excerpt', 'version'] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A field a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with "'"
 * (OWASP's CSV injection advice): a reason typed by the person must never become a formula.
 */
export function csvField(value: unknown): string {
  let s = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const cell = (row: LogRow, column: (typeof COLUMNS)[number]) => (column === 'time' ? new Date(row.time).toISOString() : row[column]);

/** The entries as CSV, one row each, with a header; CRLF line ends as RFC 4180 says. */
export function toCsv(rows: readonly LogRow[]): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = COLUMNS.join(',');
  for (let i = 0; i < rows.length; i++) lines[i + 1] = COLUMNS.map((c) => csvField(cell(rows[i], c))).join(',');
  return lines.join('\r\n') + '\r\n';
}

/** The entries as JSON: what the person keeps, exactly as stored (minus the database id). */
export function toJson(rows: readonly LogRow[], now = Date.now()): string {
  return JSON.stringify({ kind: 'postwise-log', exportedAt: new Date(now).toISOString(), entries: rows.map(({ id: _id, ...row }) => ({ ...row, time: new Date(row.time).toISOString() })) });
}

export interface Aggregate {
  kind: 'postwise-aggregate';
  exportedAt: string;
  extensionVersion: string;
  /** The period the counts cover (ISO dates), or null for an empty log. */
  from: string | null;
  to: string | null;
  total: number;
  outcomes: Partial<Record<LogAction, number>>;
  rules: { ruleId: string; total: number; outcomes: Partial<Record<LogAction, number>> }[];
}

const ACTIONS = new Set<string>(LOG_ACTIONS);

/**
 * What the person may hand to IT so misfiring rules can be fixed: counts per rule and outcome.
 * Built field by field from rule ids and actions only, so no reason, excerpt or detail (anything
 * a person typed) can reach it, whatever the rows hold.
 */
export function aggregate(rows: readonly LogRow[], extensionVersion: string, now = Date.now()): Aggregate {
  const outcomes: Partial<Record<LogAction, number>> = {};
  const rules = new Map<string, Partial<Record<LogAction, number>>>();
  let from = Infinity;
  let to = -Infinity;
  for (const row of rows) {
    if (!ACTIONS.has(row.action)) continue;
    from = Math.min(from, row.time);
    to = Math.max(to, row.time);
    outcomes[row.action] = (outcomes[row.action] ?? 0) + 1;
    for (const id of new Set(row.ruleIds)) {
      const counts = rules.get(id) ?? {};
      counts[row.action] = (counts[row.action] ?? 0) + 1;
      rules.set(id, counts);
    }
  }
  const day = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null);
  return {
    kind: 'postwise-aggregate',
    exportedAt: new Date(now).toISOString(),
    extensionVersion,
    from: day(from),
    to: day(to),
    total: Object.values(outcomes).reduce((a, b) => a + (b ?? 0), 0),
    outcomes,
    rules: [...rules]
      .map(([ruleId, counts]) => ({ ruleId, total: Object.values(counts).reduce((a, b) => a + (b ?? 0), 0), outcomes: counts }))
      .sort((a, b) => b.total - a.total || a.ruleId.localeCompare(b.ruleId)),
  };
}
