import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { toNormalised } from 'postcode';
import { RULE_KINDS } from './kinds';
import type { CompiledMatcher, Compiler, RuleKind } from './kinds/types';
import { ruleSchema, type ContextModifier, type Rule } from './rule-schema';
import { finish } from './finish';
import { TermIndex } from './term-index';
import { decodeModelInSlices, type Model } from './model/score';
import { expandRule } from '../packs/resolve';
import { DEFAULT_SETTINGS, type Pack, type ResolvedSettings, type Source } from './types';
import { buildInSlices as buildSentimentInSlices } from './sentiment';
import { prepareProfanity } from './kinds/profanity';

export interface CompiledRule {
  rule: Rule;
  source: Source;
  matcher: CompiledMatcher;
  context: (ContextModifier & { list: number })[];
  /** IT's own rule (custom rules, extra confidential terms): never second-guessed by the model. */
  custom: boolean;
}

/** A pack plus the organisation's settings, compiled once and reused for every keystroke. */
export interface Ruleset {
  pack: Pack;
  terms: TermIndex;
  organisationList: number;
  rules: CompiledRule[];
  byId: Map<string, CompiledRule>;
  /** The learned layer, when the pack ships one. */
  model?: Model;
  /** Term lists of the pack's vocabularies, by name (features for the learned layer). */
  vocabLists: { name: string; list: number }[];
  publicEmails: Set<string>;
  publicPhones: Set<string>;
  publicPostcodes: Set<string>;
  organisationDomains: string[];
  /** Custom rules that could not be used, with the reason: shown to IT, never fatal. */
  problems: string[];
}

export interface CompileOptions {
  organisationNames?: string[];
  settings?: Partial<ResolvedSettings>;
}

const cache = new WeakMap<Pack, Map<string, Ruleset>>();

export function compileRuleset(pack: Pack, options: CompileOptions = {}): Ruleset {
  return finish(compileInSlices(pack, options));
}

/**
 * The same as `compileRuleset`, yielding after each rule so that the first check in a page
 * (compiling a pack takes 100–400 ms) can be spread over idle time. Cached like it.
 */
export function* compileInSlices(pack: Pack, options: CompileOptions = {}): Generator<void, Ruleset> {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const key = JSON.stringify([
    options.organisationNames ?? [],
    settings.disabledRules,
    settings.extraConfidentialTerms,
    settings.customRules,
  ]);
  let byKey = cache.get(pack);
  if (!byKey) cache.set(pack, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const compiled = yield* build(pack, options.organisationNames ?? [], settings);
  if (byKey.size > 8) byKey.clear();
  byKey.set(key, compiled);
  return compiled;
}

function* build(pack: Pack, organisationNames: string[], settings: ResolvedSettings): Generator<void, Ruleset> {
  const terms = new TermIndex(new Set(pack.uninflected ?? []));
  const organisationList = terms.addList(
    [...pack.organisation.names, ...pack.organisation.aliases, ...organisationNames],
    { inflect: false },
  );
  // The names IT configured: a mention of one is IT's own word that the post is about work.
  const itOrganisationList = organisationNames.length ? terms.addList(organisationNames, { inflect: false }) : -1;
  const base: Omit<Compiler, 'untrusted'> = { terms, organisationList, itOrganisationList, disclaimer: pack.disclaimer };
  const problems: string[] = [];
  const disabled = new Set(settings.disabledRules);
  const rules: CompiledRule[] = [];

  const add = (rule: Rule, untrusted: boolean) => {
    try {
      const kind = RULE_KINDS[rule.kind] as RuleKind;
      const matcher = kind.compile(rule, { ...base, untrusted });
      const context = rule.context.map((c) => ({
        ...c,
        list: c.terms.length ? terms.addList(c.terms, { capitalised: c.capitalised }) : -1,
      }));
      rules.push({ rule, matcher, context, custom: untrusted, source: citation(rule.sources, pack.documents) });
    } catch (e) {
      problems.push(`rule "${rule.id}": ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  for (const rule of pack.rules) {
    if (disabled.has(rule.id)) continue;
    // Long term lists first, in slices; the rule's own compile then finds them registered.
    const kind = RULE_KINDS[rule.kind] as RuleKind;
    const lists = [...(kind.termLists?.(rule) ?? []), ...rule.context.map((c) => [c.terms, { capitalised: c.capitalised }] as const)];
    for (const [list, options] of lists) if (list.length) yield* terms.addListInSlices(list, options);
    add(rule, false);
    yield;
  }

  if (settings.extraConfidentialTerms.length) {
    const cites = pack.rules.find((r) => r.category === 'confidential')?.sources;
    add(
      ruleSchema.parse({
        id: 'organisation.confidential-terms',
        kind: 'terms',
        category: 'confidential',
        severity: 'high',
        inflect: false,
        terms: settings.extraConfidentialTerms,
        message: '"{excerpt}" is on your organisation\'s list of confidential terms.',
        advice: 'Do not share confidential information about the council, its service users or colleagues.',
        sources: cites ?? [{ doc: 'organisation policy', clause: 'extraConfidentialTerms' }],
      }),
      true,
    );
  }

  settings.customRules.forEach((raw, i) => {
    const parsed = ruleSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`customRules[${i}]: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'rule'}: ${x.message}`).join('; ')}`);
      return;
    }
    if (disabled.has(parsed.data.id)) return;
    try {
      add(expandCustomRule(parsed.data, pack.vocab ?? {}, `customRules[${i}]`), true);
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  });

  terms.compact();
  yield;
  // The tables every ruleset shares, built once per tab: here, in slices, not in a first check.
  yield* buildSentimentInSlices();
  prepareProfanity();
  yield;
  // The model and the vocabularies it reads are the biggest steps: each is sliced in turn.
  const model = pack.model ? yield* decodeModelInSlices(pack.model) : undefined;
  const vocabLists: Ruleset['vocabLists'] = [];
  if (pack.model)
    for (const [name, list] of Object.entries(pack.vocab ?? {})) {
      vocabLists.push({ name, list: yield* terms.addListInSlices(list) });
      yield;
    }
  return {
    pack,
    terms,
    organisationList,
    rules,
    byId: new Map(rules.map((r) => [r.rule.id, r])),
    model,
    vocabLists,
    problems,
    publicEmails: new Set(pack.contacts.flatMap((c) => (c.email ? [c.email.toLowerCase()] : []))),
    publicPhones: new Set(
      pack.contacts.flatMap((c) => {
        const parsed = c.phone ? parsePhoneNumberFromString(c.phone, 'GB') : undefined;
        return parsed ? [parsed.number] : [];
      }),
    ),
    publicPostcodes: new Set(pack.contacts.flatMap((c) => (c.postcode ? [toNormalised(c.postcode) ?? c.postcode] : []))),
    organisationDomains: pack.organisation.domains.map((d) => d.toLowerCase()),
  };
}

/** Cite the clause from the active council's own documents when the rule has one. */
function citation(sources: Source[], documents: string[]): Source {
  return sources.find((s) => documents.includes(s.doc)) ?? sources[0];
}


/**
 * IT's rules may use the pack's vocabularies ("@parties") in any term list, as the packs' own
 * rules do. An unknown name is a problem naming the field and the names there are.
 */
export function expandCustomRule(rule: Rule, vocab: Record<string, string[]>, where: string): Rule {
  return expandRule(rule, (terms, field) =>
    terms.flatMap((t) => {
      if (!t.startsWith('@')) return [t];
      const list = vocab[t.slice(1)];
      if (!list) throw new Error(`${where}.${field}: unknown vocabulary "${t}" (this pack has ${Object.keys(vocab).map((n) => '@' + n).join(', ') || 'none'})`);
      return list;
    }),
  );
}
