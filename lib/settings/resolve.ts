import { DEFAULT_SETTINGS, type ResolvedSettings } from '../engine/types';
import type { Policy } from '../policy/schema';

/** The engine-facing settings an IT policy implies (the rest of the policy drives the UI). */
export function settingsFromPolicy(policy: Policy, user: Partial<ResolvedSettings> = {}): ResolvedSettings {
  const locked = new Set(policy.lockedSettings ?? []);
  const pick = <K extends keyof ResolvedSettings>(key: K, fromPolicy: ResolvedSettings[K] | undefined): ResolvedSettings[K] => {
    // A locked setting is IT's alone; otherwise the person's own choice wins over IT's default.
    if (locked.has(key as never) && fromPolicy !== undefined) return fromPolicy;
    return user[key] ?? fromPolicy ?? DEFAULT_SETTINGS[key];
  };
  return {
    disabledRules: [...new Set([...(policy.disabledRules ?? []), ...(locked.has('disabledRules') ? [] : user.disabledRules ?? [])])],
    extraConfidentialTerms: policy.extraConfidentialTerms ?? [],
    politicallyRestricted: pick('politicallyRestricted', policy.politicallyRestricted),
    preElectionPeriods: policy.preElectionPeriods ?? [],
    customRules: policy.customRules ?? [],
  };
}
