import { getPack, hasPack, packIds } from '../packs';
import { JSON_STRING_KEYS } from '../settings/managed';
import type { Policy } from '../settings/schema';

/**
 * The example policy the deployment templates carry for a pack: every kind of setting IT
 * usually sets (organisation names, council accounts, extra terms, locked settings, a custom
 * rule with its examples), with the pack's own names so it reads as that council's.
 */
export function examplePolicy(packId: string): Policy {
  if (!hasPack(packId)) throw new Error(`--pack: unknown pack "${packId}" (known: ${packIds().join(', ')})`);
  const pack = getPack(packId);
  const names = [...pack.organisation.names, ...pack.organisation.aliases];
  const name = names[0] ?? 'Example Borough Council';
  const short = (pack.organisation.aliases.find((a) => /^[A-Z]{2,6}$/.test(a)) ?? 'EBC').toUpperCase();
  const handle = name.replace(/\b(Metropolitan|Borough|Parish)\b/g, '').replace(/[^A-Za-z]/g, '');
  return {
    pack: packId,
    organisationNames: names.length ? names.slice(0, 2) : [name, short],
    councilAccounts: [
      { platform: 'x', handle: `@${handle}` },
      { platform: 'facebook', handle: name },
    ],
    extraConfidentialTerms: ['Project Nightingale'],
    enforcementMode: 'confirm',
    pauseSeverity: 'high',
    politicallyRestricted: false,
    preElectionPeriods: [{ start: '2027-03-25', end: '2027-05-06', label: 'Local elections 2027' }],
    logRetentionDays: 30,
    lockedSettings: ['pack', 'enforcementMode'],
    customRules: [
      {
        id: `${packId}.case-reference`,
        kind: 'identifier',
        identifier: 'reference',
        pattern: `\\b${short}/\\d{6}\\b`,
        category: 'personal-data',
        severity: 'high',
        message: 'A case reference ("{excerpt}") identifies a resident\'s case.',
        advice: 'Remove the case reference; refer to the case without it.',
        sources: [{ doc: pack.documents[0] ?? 'organisation policy', clause: 'personal data' }],
        examples: { flag: [`Sorted out ${short}/123456 today`], pass: ['Sorted out a tricky case today'] },
      },
    ] as unknown as Policy['customRules'],
  };
}

/** The policy as managed storage carries it: values Chrome's dialect cannot describe become JSON strings. */
export function toManagedValues(policy: Policy): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(policy).map(([k, v]) => [k, (JSON_STRING_KEYS as readonly string[]).includes(k) ? JSON.stringify(v) : v]),
  );
}
