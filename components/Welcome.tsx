import type { AccountKind } from '../lib/engine/types';
import { packSummaries } from '../lib/packs';
import type { UserSettings } from '../lib/settings/user';
import { TryIt } from './TryIt';

interface Props {
  settings: UserSettings;
  onChange(settings: UserSettings): void;
}

/** First run: protection is already on with the UK baseline; choosing a council sharpens it. */
export function Welcome({ settings, onChange }: Props) {
  const save = (patch: Partial<UserSettings>) => onChange({ ...settings, ...patch, welcomed: true });
  return (
    <main class="pg-welcome">
      <h1>Postwise is on</h1>
      <p>
        When you write on Facebook, X, Instagram or LinkedIn, Postwise checks your post against your council's social
        media policy — on this computer. Nothing you type is sent anywhere.
      </p>
      <p>It already uses the UK council baseline. Choose your council to see its own clauses:</p>
      <fieldset>
        <legend>Your council</legend>
        {packSummaries().map((p) => (
          <label key={p.id} class="pg-choice">
            <input type="radio" name="pack" value={p.id} checked={settings.pack === p.id} onChange={() => save({ pack: p.id })} />
            <span>
              <strong>{p.id === 'common' ? 'Another UK council (baseline)' : p.name}</strong>
              <small>{p.description}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>You mostly post</legend>
        {(['personal', 'council'] as AccountKind[]).map((a) => (
          <label key={a} class="pg-choice">
            <input type="radio" name="account" value={a} checked={settings.account === a} onChange={() => save({ account: a })} />
            <span>{a === 'personal' ? 'As myself, on my own accounts' : 'For a council account (site owner)'}</span>
          </label>
        ))}
      </fieldset>
      <h2>Try it</h2>
      <TryIt settings={settings} onChange={onChange} />
    </main>
  );
}
