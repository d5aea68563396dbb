import { z } from 'zod';
import { accountKindSchema, categorySchema, platformSchema, severitySchema } from '../engine/types';

/**
 * Every outcome the log records. `paused`: a pause was shown; `edited`: the person went back to
 * the text after a warning; `posted-anyway` (+ optional reason); `cancelled`; `blocked`;
 * `fix-inserted` / `fix-copied`; `checklist-completed` / `checklist-cancelled` (site-owner
 * checklist, with the items ticked); `false-positive` ("This is wrong"); `site-paused` /
 * `site-resumed` (the person paused Postwise on a site); `not-recognised` (a composer-like box the
 * guard could not check); `error`.
 */
export const LOG_ACTIONS = [
  'paused',
  'posted-anyway',
  'edited',
  'cancelled',
  'blocked',
  'fix-inserted',
  'fix-copied',
  'checklist-completed',
  'checklist-cancelled',
  'false-positive',
  'site-paused',
  'site-resumed',
  'not-recognised',
  'error',
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

/** What the log keeps: what happened and which rules, never the post's text. */
export const logEntrySchema = z.object({
  platform: platformSchema,
  surface: z.enum(['post', 'reply', 'message']),
  action: z.enum(LOG_ACTIONS),
  /** Who was posting when it happened: the person's own account or a council account. */
  account: accountKindSchema.optional(),
  categories: z.array(categorySchema).max(20).default([]),
  ruleIds: z.array(z.string().max(80)).max(100).default([]),
  /** The highest severity among the findings involved, if any. */
  severity: severitySchema.optional(),
  /** Site-owner checklist: the ids of the items that were ticked. */
  checklistItems: z.array(z.string().max(80)).max(50).optional(),
  reason: z.string().max(500).optional(),
  /** Only when the person (and IT) opted in: the post with every identifier masked. */
  excerpt: z.string().max(600).optional(),
  /** For errors: what failed (an exception message, never user text). */
  detail: z.string().max(500).optional(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

/** Messages from content scripts to the background. */
export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('load-guard') }),
  // One insertion dispatched from the page's main world (lib/guard/loader.ts); only short fix texts.
  z.object({ type: z.literal('main-world-paste'), text: z.string().min(1).max(1000), mode: z.enum(['paste', 'beforeinput']) }),
  z.object({ type: z.literal('log'), entry: logEntrySchema }),
]);
export type Message = z.infer<typeof messageSchema>;
