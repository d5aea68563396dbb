import { validatePolicy } from '../policy/validate';
import { policySchema, type Policy } from './schema';

/** A managed key IT set that could not be used, and why. */
export interface Diagnostic {
  key: string;
  reason: string;
}

export interface ManagedPolicy {
  policy: Policy;
  diagnostics: Diagnostic[];
}

/**
 * Keys whose values Chrome's managed-schema dialect cannot describe: IT writes them as a JSON
 * string (in the policy file, registry or profile) and we parse them here. An array or object
 * given directly is accepted too (Firefox's policies.json carries any JSON).
 */
export const JSON_STRING_KEYS = ['customRules'] as const;

const topKey = (error: string) => error.split(/[.[:]/, 1)[0].trim();

/**
 * Turns whatever is in managed storage into a usable policy: each bad key is dropped with a
 * diagnostic naming it and the reason, and the rest still applies. Never throws.
 */
export function decodeManaged(raw: unknown): ManagedPolicy {
  const diagnostics: Diagnostic[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { policy: {}, diagnostics };
  const candidate: Record<string, unknown> = {};
  const known = new Set(Object.keys(policySchema.shape));
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.has(key)) {
      diagnostics.push({ key, reason: 'unknown setting' });
      continue;
    }
    if ((JSON_STRING_KEYS as readonly string[]).includes(key) && typeof value === 'string') {
      try {
        candidate[key] = JSON.parse(value);
      } catch (e) {
        diagnostics.push({ key, reason: `not valid JSON (${e instanceof Error ? e.message : String(e)})` });
      }
      continue;
    }
    candidate[key] = value;
  }
  // Validate the whole (some checks span keys: disabled rules against the pack), drop every key
  // an error names, and repeat until what is left is valid.
  for (let round = 0; round <= known.size; round++) {
    const result = validatePolicy(candidate);
    if (result.ok) return { policy: result.policy, diagnostics };
    const bad = new Map<string, string[]>();
    for (const error of result.errors) {
      const key = topKey(error);
      const at = key in candidate ? key : Object.keys(candidate)[0];
      if (at === undefined) break;
      bad.set(at, [...(bad.get(at) ?? []), error]);
    }
    if (bad.size === 0) break;
    for (const [key, errors] of bad) {
      delete candidate[key];
      diagnostics.push({ key, reason: errors.join('; ') });
    }
  }
  return { policy: {}, diagnostics };
}
