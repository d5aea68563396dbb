import { z } from 'zod';
import { accountKindSchema, platformSchema, severitySchema } from '../engine/types';
import { packIdSchema } from '../packs/schema';
import { customRulesSchema } from './custom-rules';

/**
 * The one settings model. Every settings type (the CLI's policy file, what IT puts in managed
 * storage, what a person chooses, what the guard reads) is derived from the schemas here, and so
 * are the JSON Schema (`npm run policy -- schema`) and public/managed_schema.json.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, yyyy-mm-dd')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real calendar date');

export const ENFORCEMENT_MODES = ['warn', 'confirm', 'block'] as const;
export type EnforcementMode = (typeof ENFORCEMENT_MODES)[number];

/** Settings a person can change unless IT locks them. */
export const LOCKABLE_SETTINGS = ['pack', 'enforcementMode', 'pauseSeverity', 'politicallyRestricted', 'disabledRules', 'logRetentionDays', 'logExcerpts'] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

// Bounds keep every valid policy cheap to compile and to check with.
const term = z.string().trim().min(2).max(100);

export const councilAccountSchema = z
  .object({
    platform: platformSchema.describe('facebook, x, instagram or linkedin'),
    /** The account's handle or page name as the site shows it, e.g. "@BarnsleyCouncil". */
    handle: z.string().trim().min(2, 'a handle needs at least two characters').max(100).describe('The handle or page name as the site shows it, e.g. "@BarnsleyCouncil"'),
  })
  .strict();
export type CouncilAccount = z.infer<typeof councilAccountSchema>;

export const preElectionPeriodSchema = z
  .object({
    start: isoDate.describe('First day, yyyy-mm-dd'),
    end: isoDate.describe('Last day, yyyy-mm-dd'),
    label: z.string().max(120).optional().describe('e.g. "Local elections 2027"'),
  })
  .strict()
  .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] });

export const extraChecklistItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'item ids are lower-case words joined by "." or "-"').max(80).describe('Stable id, kept in the local log'),
    text: z.string().trim().min(3).max(300).describe('What the site owner confirms, e.g. "The comms team approved this post"'),
    required: z.boolean().optional().describe('Whether Post waits for it (default true)'),
  })
  .strict();
export type ExtraChecklistItem = z.infer<typeof extraChecklistItemSchema>;

/** Each setting IT can set, with its description (shown in the JSON and managed schemas). */
export const settingFields = {
  organisationNames: z.array(term).max(50).describe("The organisation's names and aliases, added to the pack's own"),
  pack: packIdSchema.describe('Rule pack id, e.g. "barnsley"; "common" is the UK baseline'),
  councilAccounts: z.array(councilAccountSchema).max(500).describe('Council accounts: posts from these use the site-owner rules'),
  extraConfidentialTerms: z.array(term).max(500).describe('Project names and other terms that must not be posted'),
  disabledRules: z.array(z.string().min(1).max(100)).max(200).describe('Rule ids to switch off'),
  customRules: customRulesSchema.describe("The organisation's own rules (see the rule schema)"),
  enforcementMode: z.enum(ENFORCEMENT_MODES).describe('warn: notes only; confirm: pause Post until confirmed; block: serious findings cannot be posted'),
  pauseSeverity: severitySchema.describe('The lowest severity that pauses posting: info, warning or high'),
  politicallyRestricted: z.boolean().describe('Politically restricted post (LGHA 1989): political neutrality applies to personal posts too'),
  preElectionPeriods: z.array(preElectionPeriodSchema).max(20).describe('Pre-election periods, when stricter publicity rules apply'),
  logRetentionDays: z.number().int().min(0).max(3650).describe('Days the local log keeps entries'),
  logExcerpts: z.boolean().describe('Let people keep a redacted excerpt (every identifier masked) with log entries; off by default'),
  allowSitePause: z.boolean().describe('Whether people may pause Postwise on a site for a while from the popup'),
  checklistOptionalItems: z.array(z.string().min(1).max(80)).max(50).describe("Site-owner checklist item ids (the pack's) that need not be ticked before Post"),
  extraChecklistItems: z.array(extraChecklistItemSchema).max(20).describe("The organisation's own site-owner checklist items, after the pack's"),
};
export type SettingKey = keyof typeof settingFields;
export const SETTING_KEYS = Object.keys(settingFields) as SettingKey[];

/**
 * The organisation policy IT deploys (managed storage, or a JSON file for the CLI). Every key is
 * optional; unknown keys are errors, because a typo must not silently leave a setting at its default.
 */
export const policySchema = z
  .object({
    ...(Object.fromEntries(SETTING_KEYS.map((k) => [k, settingFields[k].optional()])) as {
      [K in SettingKey]: z.ZodOptional<(typeof settingFields)[K]>;
    }),
    lockedSettings: z.array(z.enum(LOCKABLE_SETTINGS)).describe('Settings people cannot change: ' + LOCKABLE_SETTINGS.join(', ')).optional(),
  })
  .strict();
export type Policy = z.infer<typeof policySchema>;

/** What a person may choose for themselves; only what they chose is stored. */
export const userSettingsSchema = z.object({
  pack: settingFields.pack.optional(),
  /** Whether the person mostly posts for a council account. */
  account: accountKindSchema.optional(),
  councilAccounts: settingFields.councilAccounts.optional(),
  politicallyRestricted: settingFields.politicallyRestricted.optional(),
  enforcementMode: settingFields.enforcementMode.optional(),
  pauseSeverity: settingFields.pauseSeverity.optional(),
  disabledRules: settingFields.disabledRules.optional(),
  logRetentionDays: settingFields.logRetentionDays.optional(),
  logExcerpts: settingFields.logExcerpts.optional(),
  /** The first-run page has been seen. */
  welcomed: z.boolean().optional(),
  /** For tests of the fail-open path only: make every check throw. */
  faultInjection: z.enum(['none', 'check']).optional(),
});
export type UserChoices = z.infer<typeof userSettingsSchema>;
export type UserKey = keyof UserChoices;

/** Where an effective value came from. */
export type SettingSource = 'locked' | 'user' | 'managed' | 'default';

/** The effective settings: what every consumer (guard, popup, welcome, background) reads. */
export type Settings = { [K in SettingKey]-?: z.output<(typeof settingFields)[K]> } & {
  account: z.output<typeof accountKindSchema>;
  welcomed: boolean;
  faultInjection: 'none' | 'check';
  lockedSettings: LockableSetting[];
  /** Where each value came from, for the diagnostics view. */
  sources: Record<SettingKey | 'account', SettingSource>;
};

/** The pack's defaults: the lowest layer of precedence. */
export const DEFAULTS = {
  organisationNames: [],
  pack: 'common',
  councilAccounts: [],
  extraConfidentialTerms: [],
  disabledRules: [],
  customRules: [],
  enforcementMode: 'confirm',
  pauseSeverity: 'high',
  politicallyRestricted: false,
  preElectionPeriods: [],
  logRetentionDays: 90,
  logExcerpts: false,
  allowSitePause: true,
  checklistOptionalItems: [],
  extraChecklistItems: [],
  account: 'personal',
  welcomed: false,
  faultInjection: 'none',
} satisfies Omit<Settings, 'lockedSettings' | 'sources'>;
