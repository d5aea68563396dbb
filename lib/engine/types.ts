import { z } from 'zod';
import type { Rule } from './rule-schema';
import type { ModelFile } from './model/schema';

export const CATEGORIES = [
  'disclaimer',
  'confidential',
  'personal-data',
  'safeguarding',
  'political',
  'offensive',
  'grievance',
  'announcement',
  'advertising',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const SEVERITIES = ['info', 'warning', 'high'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

export const PLATFORMS = ['facebook', 'x', 'instagram', 'linkedin'] as const;
export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

export const ACCOUNT_KINDS = ['personal', 'council'] as const;
export const accountKindSchema = z.enum(ACCOUNT_KINDS);
export type AccountKind = z.infer<typeof accountKindSchema>;

/** Where a rule comes from: a policy document in ../shared/policies and the clause in it. */
export const sourceSchema = z.object({
  doc: z.string().min(1),
  clause: z.string().min(1),
  quote: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export interface Fix {
  kind: 'append';
  label: string;
  text: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Offsets into the ORIGINAL text, UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  excerpt: string;
  message: string;
  advice: string;
  source: Source;
  fix?: Fix;
  /** With `explain`: what produced the finding (npm run check -- --explain). */
  why?: Explanation;
}

export interface Explanation {
  kind: string;
  evidence: 'strong' | 'cue' | 'model';
  /** The words, pattern or identifier that matched. */
  matched: string;
  /** Context modifiers that applied ("raised by nearby: …", "required nearby: …"). */
  context: string[];
  /** The learned layer's view of this finding's category. */
  model?: { probability: number; level: 'none' | 'info' | 'warning'; words: string[]; effect: string };
}

export interface DateRange {
  start: string; // ISO date, inclusive
  end: string; // ISO date, inclusive
  label?: string;
}

/** Settings after defaults, the user's choices and IT's managed policy are merged. */
export interface ResolvedSettings {
  disabledRules: string[];
  extraConfidentialTerms: string[];
  /** Politically restricted post (LGHA 1989): political neutrality applies to personal posts too. */
  politicallyRestricted: boolean;
  preElectionPeriods: DateRange[];
  customRules: unknown[];
}

export const DEFAULT_SETTINGS: ResolvedSettings = {
  disabledRules: [],
  extraConfidentialTerms: [],
  politicallyRestricted: false,
  preElectionPeriods: [],
  customRules: [],
};

export interface Contact {
  label: string;
  email?: string;
  phone?: string;
  address?: string;
  postcode?: string;
  use?: string;
  source?: Source;
}

export interface ChecklistItem {
  id: string;
  text: string;
  source: Source;
}

/** A rule pack with what it extends merged in and its vocabulary expanded: what the engine compiles. */
export interface Pack {
  id: string;
  name: string;
  description: string;
  /** Policy documents (file names in shared/policies) the pack is built from; preferred when citing. */
  documents: string[];
  /** How notes name this pack's policy (defaults to the pack's name). */
  title?: string;
  /** Titles of the policy documents rules cite, by file name. */
  policies?: Record<string, { title: string }>;
  /** Reminders the guard adds itself (an attachment's), worded and cited by the pack. */
  reminders?: { attachment?: { message: string; advice: string; source: Source } };
  organisation: { names: string[]; aliases: string[]; domains: string[] };
  disclaimer: { text: string; short: string };
  contacts: Contact[];
  siteOwnerChecklist: ChecklistItem[];
  rules: Rule[];
  /** The learned layer (rules/models/), shared by the shipped packs. */
  model?: ModelFile;
  /** The pack's vocabularies, expanded: the learned layer sees which ones a post uses. */
  vocab?: Record<string, string[]>;
  /** Words matched only as written in every term list: the pack's name vocabularies. */
  uninflected?: string[];
}

export interface CheckContext {
  pack: Pack;
  platform: Platform;
  account: AccountKind;
  /** The organisation's names and aliases; added to the pack's own. */
  organisationNames?: string[];
  /** ISO date (yyyy-mm-dd) the post is written; defaults to today. */
  date?: string;
  settings?: Partial<ResolvedSettings>;
  /** false: the recognisers' raw findings, without the learned layer (what training sees). */
  calibrate?: boolean;
  /** Attach to each finding what produced it. */
  explain?: boolean;
}
