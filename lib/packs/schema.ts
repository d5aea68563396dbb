import { z } from 'zod';
import { ruleSchema } from '../engine/rule-schema';
import { severitySchema, sourceSchema } from '../engine/types';

export const packIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'pack ids are lower-case words joined by "-"');

const contactSchema = z.object({
  label: z.string().min(1),
  email: z.string().email().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
  postcode: z.string().optional(),
  /** When the contact applies, e.g. requests for recorded information. */
  use: z.string().optional(),
  source: sourceSchema.optional(),
});
export type Contact = z.infer<typeof contactSchema>;

const checklistItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  text: z.string().min(1),
  source: sourceSchema,
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** A pack may adjust a rule it inherits: its severity, its citation for this council, or switch it off. */
const overrideSchema = z.object({
  severity: severitySchema.optional(),
  sources: z.array(sourceSchema).min(1).optional(),
  disabled: z.boolean().optional(),
  addTerms: z.array(z.string().min(1)).optional(),
});

/** A reminder the guard adds on its own (not from the text), worded and cited by the pack. */
const reminderSchema = z.object({ message: z.string().min(1), advice: z.string().min(1), source: sourceSchema });

export const packSchema = z.object({
  $schema: z.string().optional(),
  id: packIdSchema,
  name: z.string().min(1),
  description: z.string().min(1),
  extends: packIdSchema.optional(),
  /** Policy documents (file names in shared/policies) this pack is built from. */
  documents: z.array(z.string().min(1)).default([]),
  /** How notes and the popup name this pack's policy, e.g. "Barnsley Council social networking policy". */
  title: z.string().min(1).optional(),
  /** Titles of the policy documents rules cite (file name in shared/policies → title); inherited. */
  policies: z.record(z.string(), z.object({ title: z.string().min(1) })).default({}),
  /** The guard's own reminders; a pack may replace an inherited one with its council's clause. */
  reminders: z.object({ attachment: reminderSchema.optional() }).default({}),
  organisation: z
    .object({
      names: z.array(z.string().min(1)).default([]),
      aliases: z.array(z.string().min(1)).default([]),
      domains: z.array(z.string().min(1)).default([]),
    })
    .default({ names: [], aliases: [], domains: [] }),
  disclaimer: z.object({ text: z.string().min(1), short: z.string().min(1) }).optional(),
  contacts: z.array(contactSchema).default([]),
  siteOwnerChecklist: z.array(checklistItemSchema).default([]),
  /** Shared word lists; a rule term "@name" stands for the whole list. */
  vocab: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** Vocabularies of names: their words are matched as written, never inflected ("Tegan", not "teganing"). */
  uninflected: z.array(z.string().min(1)).default([]),
  overrides: z.record(z.string(), overrideSchema).default({}),
  rules: z.array(ruleSchema).default([]),
});
export type PackFile = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;
