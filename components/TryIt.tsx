import { useEffect, useMemo, useState } from 'preact/hooks';
import { check } from '../lib/engine/check';
import type { AccountKind } from '../lib/engine/types';
import { getPack, packSummaries } from '../lib/packs';
import { checkSettings } from '../lib/settings/resolve';
import type { UserSettings } from '../lib/settings/user';
import { FindingList } from './FindingList';

interface Props {
  settings: UserSettings;
  onChange(settings: UserSettings): void;
}

/** Paste or draft a post and see what the policy says, before going near a social site. */
export function TryIt({ settings, onChange }: Props) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(text), 150);
    return () => clearTimeout(t);
  }, [text]);
  const findings = useMemo(
    () =>
      debounced.trim()
        ? check(debounced, { pack: getPack(settings.pack), platform: 'facebook', account: settings.account, ...checkSettings(settings) })
        : [],
    [debounced, settings],
  );
  return (
    <div class="pg-try">
      <label>
        Your council
        <select value={settings.pack} onChange={(e) => onChange({ ...settings, pack: e.currentTarget.value })}>
          {packSummaries().map((p) => (
            <option key={p.id} value={p.id}>
              {p.id === 'common' ? 'Any UK council (baseline)' : p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Posting as
        <select value={settings.account} onChange={(e) => onChange({ ...settings, account: e.currentTarget.value as AccountKind })}>
          <option value="personal">Myself (personal account)</option>
          <option value="council">A council account</option>
        </select>
      </label>
      <textarea
        aria-label="Draft post"
        placeholder="Type or paste a draft post…"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        rows={6}
      />
      {debounced.trim() ? <FindingList findings={findings} /> : null}
    </div>
  );
}
