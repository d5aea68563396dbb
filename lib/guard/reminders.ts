import type { Finding, Pack } from '../engine/types';

/**
 * Shown when an image or video is attached: the engine reads text, the guard sees attachments.
 * Its words and clause are the pack's data (rules/<pack>.json "reminders"), so each council's
 * own clause is cited, and a pack without one shows none.
 */
export const ATTACHMENT_REMINDER_ID = 'safeguarding.attachment-reminder';

export function attachmentReminder(pack: Pack): Finding | null {
  const r = pack.reminders?.attachment;
  if (!r) return null;
  return { ruleId: ATTACHMENT_REMINDER_ID, category: 'safeguarding', severity: 'info', start: 0, end: 0, excerpt: '', message: r.message, advice: r.advice, source: r.source };
}
