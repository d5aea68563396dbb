import { z } from 'zod';
import {
  accountKindSchema,
  categorySchema,
  platformSchema,
  severitySchema,
  sourceSchema,
} from './types';

/**
 * Rules are data (in the spirit of Vale): each names one of a handful of kinds that
 * lib/engine/kinds implements once. Packs in rules/ and IT's custom rules share this schema.
 */

const termList = z.array(z.string().trim().min(1, 'a term must not be empty')).min(1);

/** Words near a match (in tokens, either side) that change what the match means. */
export const contextModifierSchema = z
  .object({
    effect: z.enum(['require', 'suppress', 'severity']),
    terms: z.array(z.string().trim().min(1)).default([]),
    /** Also count the organisation's names and aliases as context words. */
    organisation: z.boolean().default(false),
    /** Also count negative words: AFINN-165 valence <= -2 (negative), -3 (strongly-) or -4 (very-negative). */
    sentiment: z.enum(['negative', 'strongly-negative', 'very-negative']).optional(),
    within: z.number().int().min(1).max(60).default(8),
    /** Terms written with a capital only match capitalised words (first names). */
    capitalised: z.boolean().default(false),
    severity: severitySchema.optional(),
  })
  .refine((m) => m.effect !== 'severity' || m.severity, {
    message: 'a "severity" context modifier needs a severity',
    path: ['severity'],
  })
  .refine((m) => m.terms.length > 0 || m.organisation || m.sentiment, {
    message: 'a context modifier needs terms, "organisation": true or a sentiment',
    path: ['terms'],
  });
export type ContextModifier = z.infer<typeof contextModifierSchema>;

const exampleSchema = z.union([
  z.string().min(1),
  z.object({
    text: z.string().min(1),
    account: accountKindSchema.optional(),
    platform: platformSchema.optional(),
    date: z.string().optional(),
    politicallyRestricted: z.boolean().optional(),
  }),
]);
export type RuleExample = z.infer<typeof exampleSchema>;

const severityOrOff = z.union([severitySchema, z.literal('off')]);

const ruleBase = {
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/, 'rule ids are lower-case words joined by "." or "-"'),
  category: categorySchema,
  severity: severitySchema,
  /** Stricter (or off) for one kind of account: council accounts carry the council's voice. */
  severityByAccount: z
    .object({ personal: severityOrOff.optional(), council: severityOrOff.optional() })
    .optional(),
  platforms: z.array(platformSchema).optional(),
  /** Only applies inside a configured pre-election period. */
  preElectionOnly: z.boolean().default(false),
  message: z.string().min(1),
  advice: z.string().min(1),
  sources: z.array(sourceSchema).min(1, 'every rule cites the policy clause it comes from'),
  context: z.array(contextModifierSchema).default([]),
  /**
   * How much one match says on its own. "strong" (a validated identifier, a protective marking,
   * a slur) stands as written; a "cue" (a word that often goes with the problem) is weighed by
   * the model: kept when the model agrees, an info note when it half-agrees, dropped otherwise.
   * Defaults: identifier and profanity rules are strong, the rest cues.
   */
  evidence: z.enum(['strong', 'cue']).optional(),
  examples: z
    .object({ flag: z.array(exampleSchema).default([]), pass: z.array(exampleSchema).default([]) })
    .default({ flag: [], pass: [] }),
};

export const termsRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('terms'),
  terms: termList,
  /** Match inflections (grievance → grievances, leak → leaked/leaking). */
  inflect: z.boolean().default(true),
  /** Terms written with a capital only match capitalised words (Labour the party, not labour the work). */
  capitalised: z.boolean().default(false),
  /** Matches inside one of these phrases do not count ("council tax" for "council"). */
  exclude: z.array(z.string().trim().min(1)).default([]),
});

export const patternRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('pattern'),
  pattern: z.string().min(1),
  /** Cheap literal hints (lower case): the pattern only runs on posts containing one of them. */
  prefilter: z.array(z.string().min(1)).optional(),
  caseSensitive: z.boolean().default(false),
  /** Terms (or "@vocabulary") one of which must be the match's first word: a given name starting a full name. */
  startsWith: termList.optional(),
});

export const IDENTIFIERS = ['email', 'phone', 'postcode', 'nino', 'nhs', 'dob', 'reference'] as const;
export const identifierRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('identifier'),
    identifier: z.enum(IDENTIFIERS),
    /** For "reference": the council's case/reference number format. */
    pattern: z.string().optional(),
  })
  .refine((r) => r.identifier !== 'reference' || r.pattern, {
    message: 'a "reference" identifier needs the council\'s pattern',
    path: ['pattern'],
  });

export const requiresRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('requires'),
  /** If the post contains any of these (or names the organisation)… */
  when: z.object({
    terms: z.array(z.string().trim().min(1)).default([]),
    /** Regular expressions that also count as a mention ("in the planning department"). */
    patterns: z.array(z.string().min(1)).default([]),
    organisation: z.boolean().default(false),
    exclude: z.array(z.string().trim().min(1)).default([]),
  }),
  /** …it must also contain one of these (or, with personalViews, a personal-views statement in any wording). */
  require: z.object({ terms: termList, personalViews: z.boolean().default(false) }),
  /** Offer to append the pack's disclaimer. */
  fix: z.enum(['append-disclaimer']).optional(),
});

export const profanityRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('profanity'),
});

/** The learned layer's verdict for the rule's category (rules/models/), with this rule's message and clause. */
export const modelRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('model'),
  /** A personal-views statement anywhere in the post answers the concern (the disclaimer). */
  unlessPersonalViews: z.boolean().default(false),
  /**
   * A warning in one of these categories also raises this one: a post that airs a grievance or
   * leaks a decision is talking about work, whatever the model made of its wording.
   */
  alsoAfter: z.array(categorySchema).default([]),
  /** …and a warning in one of these, when the model itself gives this category at least a note. */
  alsoAfterWhenNoted: z.array(categorySchema).default([]),
  fix: z.enum(['append-disclaimer']).optional(),
});

export const ruleSchema = z.discriminatedUnion('kind', [
  termsRuleSchema,
  patternRuleSchema,
  identifierRuleSchema,
  requiresRuleSchema,
  profanityRuleSchema,
  modelRuleSchema,
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
export type TermsRule = z.infer<typeof termsRuleSchema>;
export type PatternRule = z.infer<typeof patternRuleSchema>;
export type IdentifierRule = z.infer<typeof identifierRuleSchema>;
export type RequiresRule = z.infer<typeof requiresRuleSchema>;
export type ProfanityRule = z.infer<typeof profanityRuleSchema>;
export type ModelRule = z.infer<typeof modelRuleSchema>;
