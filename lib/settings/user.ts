import { userSettingsSchema, type UserChoices, type UserKey } from './schema';

export { userSettingsSchema, type UserChoices };

/**
 * Reads the person's stored choices; anything malformed (an old version, a hand edit) is dropped
 * field by field rather than breaking the extension. Only what the person chose is kept, so a
 * managed default still applies to everything they never touched.
 */
export function parseUserSettings(raw: unknown): UserChoices {
  const object = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(userSettingsSchema.shape) as UserKey[]) {
    if (object[key] === undefined) continue;
    const field = userSettingsSchema.shape[key].safeParse(object[key]);
    if (field.success) result[key] = field.data;
  }
  return result as UserChoices;
}

/** The effective settings, under the name the UI has always used for them. */
export type { Settings as UserSettings } from './schema';
