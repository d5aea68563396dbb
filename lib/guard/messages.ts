import { z } from 'zod';
import { categorySchema, platformSchema } from '../engine/types';

/** What the log keeps: what happened and which rules, never the post's text. */
export const logEntrySchema = z.object({
  platform: platformSchema,
  surface: z.enum(['post', 'reply', 'message']),
  action: z.enum(['paused', 'posted-anyway', 'edited', 'blocked', 'fix-inserted', 'fix-copied', 'error']),
  categories: z.array(categorySchema).default([]),
  ruleIds: z.array(z.string().max(80)).max(100).default([]),
  reason: z.string().max(500).optional(),
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
