import { useEffect, useMemo, useState } from 'preact/hooks';
import { check } from '../lib/engine/check';
import type { AccountKind } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { getPack, hasPack } from '../lib/packs';
import { checkSettings } from '../lib/settings/resolve';
import type { UserSettings } from '../lib/settings/user';
import { FindingList } from './FindingList';

/**
 * A sandbox: paste or draft a post and see what the active policy says. Its "Check as" is local
 * to the box, so nothing chosen here changes how Postwise treats real posts (the confusion of the
 * old "Posting as", which changed the account kind everywhere).
 */
export function TryIt({ settings }: { settings: UserSettings }) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [account, setAccount] = useState<AccountKind>(settings.account);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text), 150);
    return () => clearTimeout(timer);
  }, [text]);
  const pack = getPack(hasPack(settings.pack) ? settings.pack : 'common');
  const findings = useMemo(
    () => (debounced.trim() ? check(debounced, { pack, platform: 'facebook', account, ...checkSettings(settings) }) : []),
    [debounced, settings, account],
  );
  return (
    <div class="pg-try">
      <p class="pg-sandbox">{t('popup.sandbox.intro')}</p>
      <label>
        {t('popup.sandbox.checkAs')}
        <select value={account} onChange={(e) => setAccount(e.currentTarget.value as AccountKind)}>
          <option value="personal">{t('popup.sandbox.personal')}</option>
          <option value="council">{t('popup.sandbox.council')}</option>
        </select>
      </label>
      <textarea
        aria-label={t('popup.sandbox.draft')}
        placeholder={t('popup.sandbox.placeholder')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        rows={5}
      />
      {debounced.trim() ? <FindingList findings={findings} pack={pack} /> : null}
    </div>
  );
}
