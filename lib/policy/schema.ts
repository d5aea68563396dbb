import { z } from 'zod';
import { ruleSchema } from '../engine/rule-schema';
import { platformSchema, severitySchema } from '../engine/types';
import { packIdSchema } from '../packs/schema';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, yyyy-mm-dd')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real calendar date');

export const ENFORCEMENT_MODES = ['warn', 'confirm', 'block'] as const;

/** Settings a person can change unless IT locks them. */
export const LOCKABLE_SETTINGS = ['pack', 'enforcementMode', 'pauseSeverity', 'politicallyRestricted', 'disabledRules', 'logRetentionDays'] as const;

export const councilAccountSchema = z
  .object({
    platform: platformSchema,
    /** The account's handle or page name as the site shows it, e.g. "@BarnsleyCouncil". */
    handle: z.string().trim().min(2, 'a handle needs at least two characters'),
  })
  .strict();

/**
 * The organisation policy IT deploys (Chrome/Edge/Firefox managed storage, or a JSON file for
 * the CLI). Every key is optional; unknown keys are errors, because a typo must not silently
 * leave a setting at its default.
 */
export const policySchema = z
  .object({
    /** The organisation's names and aliases, added to the pack's own. */
    organisationNames: z.array(z.string().trim().min(2)).max(50).optional(),
    pack: packIdSchema.optional(),
    councilAccounts: z.array(councilAccountSchema).max(500).optional(),
    extraConfidentialTerms: z.array(z.string().trim().min(2)).max(500).optional(),
    disabledRules: z.array(z.string().min(1)).max(200).optional(),
    customRules: z.array(ruleSchema).max(100).optional(),
    enforcementMode: z.enum(ENFORCEMENT_MODES).optional(),
    /** The lowest severity that pauses posting (confirm/block modes). */
    pauseSeverity: severitySchema.optional(),
    politicallyRestricted: z.boolean().optional(),
    preElectionPeriods: z
      .array(
        z
          .object({ start: isoDate, end: isoDate, label: z.string().max(120).optional() })
          .strict()
          .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] }),
      )
      .max(20)
      .optional(),
    logRetentionDays: z.number().int().min(0).max(3650).optional(),
    lockedSettings: z.array(z.enum(LOCKABLE_SETTINGS)).optional(),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type EnforcementMode = (typeof ENFORCEMENT_MODES)[number];
