import { z } from 'zod';
import { accountKindSchema, severitySchema } from '../engine/types';
import { packIdSchema } from '../packs/schema';

/** What a person chooses for themselves (kept in extension storage; IT policy may override). */
export const userSettingsSchema = z.object({
  pack: packIdSchema.default('common'),
  /** Whether the person mostly posts for a council account. */
  account: accountKindSchema.default('personal'),
  /** Handles of council accounts the person manages: posts from these use the site-owner rules. */
  councilAccounts: z.array(z.string().trim().min(2)).default([]),
  politicallyRestricted: z.boolean().default(false),
  enforcementMode: z.enum(['warn', 'confirm', 'block']).default('confirm'),
  pauseSeverity: severitySchema.default('high'),
  /** The first-run page has been seen. */
  welcomed: z.boolean().default(false),
  /** For tests of the fail-open path only: make every check throw. */
  faultInjection: z.enum(['none', 'check']).default('none'),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

/**
 * Reads stored settings; anything malformed (an old version, a hand edit) falls back to the
 * defaults field by field rather than breaking the extension.
 */
export function parseUserSettings(raw: unknown): UserSettings {
  const parsed = userSettingsSchema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const defaults = userSettingsSchema.parse({});
  const object = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const result: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof UserSettings)[]) {
    const field = userSettingsSchema.shape[key].safeParse(object[key]);
    if (field.success) result[key] = field.data;
  }
  return result as UserSettings;
}
