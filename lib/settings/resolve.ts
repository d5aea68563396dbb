import type { CheckContext } from '../engine/types';
import type { Rule } from '../engine/rule-schema';
import { DEFAULTS, LOCKABLE_SETTINGS, SETTING_KEYS, type LockableSetting, type Policy, type Settings, type SettingSource, type UserChoices } from './schema';

const LOCKABLE = new Set<string>(LOCKABLE_SETTINGS);

/**
 * The effective settings. Precedence, per setting: a locked managed value, then the person's own
 * choice, then the managed value as a default, then the pack default. Settings a person cannot
 * choose (organisation names, custom rules…) come from IT alone. Lists a person may extend
 * (disabled rules, council accounts) are IT's plus theirs, unless IT locked them.
 */
export function resolveSettings(managed: Policy = {}, user: UserChoices = {}): Settings {
  const locked = new Set<LockableSetting>(managed.lockedSettings ?? []);
  const out: Record<string, unknown> = {};
  const sources: Record<string, SettingSource> = {};
  const fromUser = user as Record<string, unknown>;
  const fromManaged = managed as Record<string, unknown>;
  for (const key of [...SETTING_KEYS, 'account' as const]) {
    const isLocked = locked.has(key as LockableSetting) && fromManaged[key] !== undefined;
    const userValue = LOCKABLE.has(key) || key === 'account' || key === 'councilAccounts' ? fromUser[key] : undefined;
    const [value, source]: [unknown, SettingSource] = isLocked
      ? [fromManaged[key], 'locked']
      : userValue !== undefined
        ? [userValue, 'user']
        : fromManaged[key] !== undefined
          ? [fromManaged[key], 'managed']
          : [DEFAULTS[key], 'default'];
    out[key] = value;
    sources[key] = source;
  }
  // Additive lists: the person adds to IT's, never removes from it.
  if (!locked.has('disabledRules') && managed.disabledRules && user.disabledRules)
    out.disabledRules = [...new Set([...managed.disabledRules, ...user.disabledRules])];
  if (managed.councilAccounts && user.councilAccounts) {
    const seen = new Set<string>();
    out.councilAccounts = [...managed.councilAccounts, ...user.councilAccounts].filter((a) => {
      const id = `${a.platform}:${a.handle.toLowerCase()}`;
      return !seen.has(id) && (seen.add(id), true);
    });
  }
  return {
    ...(out as Omit<Settings, 'welcomed' | 'faultInjection' | 'lockedSettings' | 'sources'>),
    welcomed: user.welcomed ?? DEFAULTS.welcomed,
    faultInjection: user.faultInjection ?? DEFAULTS.faultInjection,
    lockedSettings: [...locked],
    sources: sources as Settings['sources'],
  };
}

/** What the engine's check() needs from the effective settings (everything but pack, platform and account). */
export function checkSettings(settings: Settings): Pick<CheckContext, 'organisationNames'> & { settings: NonNullable<CheckContext['settings']> } {
  return {
    organisationNames: settings.organisationNames,
    settings: {
      disabledRules: settings.disabledRules,
      extraConfidentialTerms: settings.extraConfidentialTerms,
      politicallyRestricted: settings.politicallyRestricted,
      preElectionPeriods: settings.preElectionPeriods,
      customRules: settings.customRules as Rule[],
    },
  };
}

/** The engine-facing settings an IT policy implies, for the CLI (no person's choices there). */
export function settingsFromPolicy(policy: Policy, user: UserChoices = {}) {
  return checkSettings(resolveSettings(policy, user)).settings;
}
