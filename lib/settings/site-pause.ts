import { browser } from 'wxt/browser';
import type { Platform } from '../engine/types';
import type { LogEntry } from '../guard/messages';
import { pauseEnd, type PauseLength } from './pause';
import { saveSiteChoice, type SiteChoice } from './site-choices';

/**
 * Pausing and resuming a site from an extension page (the popup). Both are logged through the
 * background's `log` message like every other event, so the log has one writer.
 */
const log = (platform: Platform, action: 'site-paused' | 'site-resumed', detail?: string) => {
  const entry: LogEntry = { platform, surface: 'post', action, categories: [], ruleIds: [], ...(detail ? { detail } : {}) };
  return browser.runtime.sendMessage({ type: 'log', entry }).catch(() => {});
};

export async function pauseSite(platform: Platform, length: PauseLength, now = Date.now()): Promise<SiteChoice> {
  const choice = await saveSiteChoice(platform, { pausedUntil: pauseEnd(length, now) });
  await log(platform, 'site-paused', length === 'hour' ? 'for an hour' : 'until tomorrow');
  return choice;
}

export async function resumeSite(platform: Platform): Promise<SiteChoice> {
  const choice = await saveSiteChoice(platform, { pausedUntil: undefined });
  await log(platform, 'site-resumed');
  return choice;
}
