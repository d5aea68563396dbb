import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Platform } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { countsSince, type Counts } from '../lib/log/queries';
import { getPack, hasPack } from '../lib/packs';
import { packTitle } from '../lib/packs/cite';
import { pauseLabel, weekAgo } from '../lib/settings/pause';
import { isPaused, loadSiteChoice, saveSiteChoice, watchSiteChoices, type SiteChoice } from '../lib/settings/site-choices';
import { pauseSite, resumeSite } from '../lib/settings/site-pause';
import type { UserSettings } from '../lib/settings/user';
import { trusted } from './trusted';
import { TryIt } from './TryIt';

const SITE_NAME: Record<Platform, string> = { facebook: 'Facebook', x: 'X', instagram: 'Instagram', linkedin: 'LinkedIn' };

interface Props {
  settings: UserSettings;
  /** The site of the tab the popup was opened over, or null when it is not one Postwise guards. */
  platform: Platform | null;
}

/** The toolbar popup: is this tab protected, by which policy; this site's choices; this week. */
export function Popup({ settings, platform }: Props) {
  const pack = getPack(hasPack(settings.pack) ? settings.pack : 'common');
  return (
    <main>
      <h1>{t('extension.name')}</h1>
      <p class="pg-intro">{t('popup.intro')}</p>
      <ManagedBy settings={settings} />
      {platform ? <SiteView platform={platform} policy={packTitle(pack)} allowPause={settings.allowSitePause} /> : <p class="pg-status" data-state="off">{t('popup.notSocial')}</p>}
      <Week />
      <nav class="pg-section pg-buttons">
        <button type="button" class="pg-btn" data-action="open-log" onClick={trusted(() => void browser.runtime.openOptionsPage())}>
          {t('popup.openLog')}
        </button>
        <button type="button" class="pg-btn" data-action="open-settings" onClick={trusted(() => void browser.runtime.openOptionsPage())}>
          {t('popup.openSettings')}
        </button>
      </nav>
      <details class="pg-section">
        <summary>{t('popup.tryTitle')}</summary>
        <TryIt key={settings.pack} settings={settings} />
      </details>
    </main>
  );
}

/** Says when IT configured Postwise here, and whether some settings are locked (shown in Settings). */
function ManagedBy({ settings }: { settings: UserSettings }) {
  const fromIt = Object.values(settings.sources).some((source) => source === 'managed' || source === 'locked');
  if (!fromIt) return null;
  const organisation = settings.organisationNames[0] ?? t('popup.yourOrganisation');
  return (
    <p class="pg-managed" data-state="managed">
      {t('popup.managedBy', [organisation])}
      {settings.lockedSettings.length ? ` ${t('popup.someLocked')}` : ''}
    </p>
  );
}

function useSiteChoice(platform: Platform): SiteChoice | null {
  const [choice, setChoice] = useState<SiteChoice | null>(null);
  useEffect(() => {
    void loadSiteChoice(platform).then(setChoice);
    return watchSiteChoices((all) => setChoice(all[platform] ?? { account: 'auto' }));
  }, [platform]);
  return choice;
}

/** Re-renders when a pause ends, so the popup never shows a pause that is over. */
function useNow(until: number | undefined): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!until || until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(until - now + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [until, now]);
  return now;
}

function SiteView({ platform, policy, allowPause }: { platform: Platform; policy: string; allowPause: boolean }) {
  const choice = useSiteChoice(platform);
  const now = useNow(choice?.pausedUntil);
  if (!choice) return null;
  const site = SITE_NAME[platform];
  // A pause IT has since forbidden does not hold (the guard ignores it too).
  const paused = allowPause && isPaused(choice, now);
  const label = paused ? pauseLabel(choice.pausedUntil!, now) : null;
  return (
    <>
      <section class={`pg-status ${paused ? 'pg-paused' : 'pg-on'}`} data-state={paused ? 'paused' : 'protected'} aria-live="polite">
        <p>
          <strong>{label ? t(label.laterDay ? 'popup.pausedHereTomorrow' : 'popup.pausedHere', [site, label.time]) : t('popup.protected', [site])}</strong>
          <span class="pg-policy">{t('popup.protectedBy', [policy])}</span>
        </p>
      </section>
      <fieldset class="pg-section">
        <legend>{t('popup.accountLegend', [site])}</legend>
        {(['auto', 'personal', 'council'] as const).map((a) => (
          <label key={a} class="pg-choice">
            <input type="radio" name="account" value={a} checked={choice.account === a} onChange={() => void saveSiteChoice(platform, { account: a })} />
            <span>{t(a === 'auto' ? 'popup.accountAuto' : a === 'personal' ? 'popup.accountPersonal' : 'popup.accountCouncil')}</span>
          </label>
        ))}
        <p class="pg-hint">{t('popup.accountHint', [site])}</p>
      </fieldset>
      <section class="pg-section" aria-labelledby="pg-pause-title">
        <h2 id="pg-pause-title">{t('popup.pauseLegend', [site])}</h2>
        {!allowPause ? (
          <p class="pg-hint" data-state="pause-forbidden">{t('popup.pauseForbidden')}</p>
        ) : paused ? (
          <div class="pg-buttons">
            <button type="button" class="pg-btn pg-primary" data-action="resume" onClick={trusted(() => void resumeSite(platform))}>
              {t('popup.resume')}
            </button>
          </div>
        ) : (
          <div class="pg-buttons">
            <button type="button" class="pg-btn" data-action="pause-hour" onClick={trusted(() => void pauseSite(platform, 'hour'))}>
              {t('popup.pauseHour')}
            </button>
            <button type="button" class="pg-btn" data-action="pause-tomorrow" onClick={trusted(() => void pauseSite(platform, 'tomorrow'))}>
              {t('popup.pauseTomorrow')}
            </button>
          </div>
        )}
      </section>
    </>
  );
}

/** This week's figures from the person's own log (read here, in the extension's origin). */
function Week() {
  const [counts, setCounts] = useState<Counts | null | 'error'>(null);
  useEffect(() => {
    countsSince(weekAgo()).then(setCounts, () => setCounts('error'));
  }, []);
  if (!counts) return null;
  if (counts === 'error') return <p class="pg-section pg-hint">{t('popup.weekUnavailable')}</p>;
  const by = counts.byAction;
  // A pause shown is one post with serious notes; warnings alone are not logged per post.
  return (
    <section class="pg-section" aria-labelledby="pg-week-title">
      <h2 id="pg-week-title">{t('popup.weekTitle')}</h2>
      <ul class="pg-counts">
        <li data-count="paused">{t('popup.weekPaused', by.paused ?? 0)}</li>
        <li data-count="posted-anyway">{t('popup.weekAnyway', by['posted-anyway'] ?? 0)}</li>
        <li data-count="false-positive">{t('popup.weekWrong', by['false-positive'] ?? 0)}</li>
      </ul>
    </section>
  );
}
