import { z } from 'zod';
import { browser } from 'wxt/browser';
import { platformSchema, type Platform } from '../engine/types';

/**
 * What a person said about one site, from the popup: who they post as there ("auto" follows the
 * identity read from the composer) and whether Postwise is paused there until a time. Kept per
 * platform in storage.local under `siteChoices`; the page cannot read or write it.
 */
export const siteChoiceSchema = z
  .object({
    account: z.enum(['auto', 'personal', 'council']).default('auto'),
    /** Epoch ms; Postwise lets posts through unchecked on this site until then. */
    pausedUntil: z.number().int().nonnegative().optional(),
  })
  .strip();
export type SiteChoice = z.infer<typeof siteChoiceSchema>;
export type SiteChoices = Partial<Record<Platform, SiteChoice>>;

const KEY = 'siteChoices';

/** Reads the stored choices; a malformed entry (old version, hand edit) is dropped, not fatal. */
export function parseSiteChoices(raw: unknown): SiteChoices {
  const result: SiteChoices = {};
  if (!raw || typeof raw !== 'object') return result;
  for (const [site, value] of Object.entries(raw as Record<string, unknown>)) {
    const platform = platformSchema.safeParse(site);
    const choice = siteChoiceSchema.safeParse(value);
    if (platform.success && choice.success) result[platform.data] = choice.data;
  }
  return result;
}

export async function loadSiteChoices(): Promise<SiteChoices> {
  return parseSiteChoices((await browser.storage.local.get(KEY))[KEY]);
}

export async function loadSiteChoice(platform: Platform): Promise<SiteChoice> {
  return (await loadSiteChoices())[platform] ?? siteChoiceSchema.parse({});
}

/** Merges `change` into the platform's choice. */
export async function saveSiteChoice(platform: Platform, change: Partial<SiteChoice>): Promise<SiteChoice> {
  const all = await loadSiteChoices();
  const next = siteChoiceSchema.parse({ ...(all[platform] ?? {}), ...change });
  await browser.storage.local.set({ [KEY]: { ...all, [platform]: next } });
  return next;
}

/** Whether Postwise is paused on the platform at `now`. */
export const isPaused = (choice: SiteChoice | undefined, now = Date.now()) => (choice?.pausedUntil ?? 0) > now;

/** Calls `listener` whenever any site's choice changes. */
export function watchSiteChoices(listener: (choices: SiteChoices) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(parseSiteChoices(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
