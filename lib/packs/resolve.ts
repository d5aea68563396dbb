import type { Rule } from '../engine/rule-schema';
import type { Pack } from '../engine/types';
import type { PackFile } from './schema';

export type { Pack };

const DEFAULT_DISCLAIMER = { text: 'Views expressed are my own.', short: 'Views my own.' };

export class PackError extends Error {}

/** Merges `file` with the chain of packs it extends (looked up in `files`). */
export function resolvePack(file: PackFile, files: ReadonlyMap<string, PackFile>, seen: string[] = []): Pack {
  if (seen.includes(file.id)) throw new PackError(`pack "${file.id}" extends itself (${[...seen, file.id].join(' → ')})`);
  let base: Pack | undefined;
  if (file.extends) {
    const parent = files.get(file.extends);
    if (!parent) throw new PackError(`pack "${file.id}": extends unknown pack "${file.extends}"`);
    base = resolvePack(parent, files, [...seen, file.id]);
  }
  const vocab = { ...collectVocab(file.extends ? files.get(file.extends) : undefined, files), ...file.vocab };
  const expand = (terms: string[], where: string, depth = 0): string[] =>
    terms.flatMap((t) => {
      if (!t.startsWith('@')) return [t];
      const list = vocab[t.slice(1)];
      if (!list) throw new PackError(`pack "${file.id}": ${where} uses unknown vocabulary "${t}"`);
      if (depth > 4) throw new PackError(`pack "${file.id}": vocabulary "${t}" refers to itself`);
      return expand(list, `vocab ${t}`, depth + 1);
    });

  const inherited = (base?.rules ?? []).flatMap((rule) => {
    const o = file.overrides[rule.id];
    if (!o) return [rule];
    if (o.disabled) return [];
    const copy = { ...rule, ...(o.severity ? { severity: o.severity } : {}), ...(o.sources ? { sources: o.sources } : {}) } as Rule;
    if (o.addTerms && copy.kind === 'terms') copy.terms = [...copy.terms, ...o.addTerms];
    return [copy];
  });
  for (const id of Object.keys(file.overrides)) {
    if (!base?.rules.some((r) => r.id === id)) throw new PackError(`pack "${file.id}": overrides.${id} names no inherited rule`);
  }
  const own = file.rules.map((rule) => expandRule(rule, (terms, field) => expand(terms, `rule ${rule.id} ${field}`)));
  const ids = new Set(inherited.map((r) => r.id));
  for (const r of own) {
    if (ids.has(r.id)) throw new PackError(`pack "${file.id}": rule id "${r.id}" is already used`);
    ids.add(r.id);
  }

  return {
    id: file.id,
    name: file.name,
    description: file.description,
    documents: [...new Set([...(base?.documents ?? []), ...file.documents])],
    title: file.title ?? file.name,
    policies: { ...(base?.policies ?? {}), ...file.policies },
    reminders: { ...(base?.reminders ?? {}), ...file.reminders },
    organisation: {
      names: [...(base?.organisation.names ?? []), ...file.organisation.names],
      aliases: [...(base?.organisation.aliases ?? []), ...file.organisation.aliases],
      domains: [...(base?.organisation.domains ?? []), ...file.organisation.domains],
    },
    disclaimer: file.disclaimer ?? base?.disclaimer ?? DEFAULT_DISCLAIMER,
    contacts: [...(base?.contacts ?? []), ...file.contacts],
    siteOwnerChecklist: [...(base?.siteOwnerChecklist ?? []), ...file.siteOwnerChecklist],
    rules: [...inherited, ...own],
    vocab: Object.fromEntries(Object.keys(vocab).map((name) => [name, expand([`@${name}`], `vocab ${name}`)])),
    uninflected: [
      ...new Set([
        ...(base?.uninflected ?? []),
        ...file.uninflected.flatMap((name, i) => {
          if (!vocab[name]) throw new PackError(`pack "${file.id}": uninflected[${i}] names no vocabulary ("${name}")`);
          return expand([`@${name}`], `uninflected[${i}]`).map((t) => t.toLowerCase());
        }),
      ]),
    ],
  };
}

function collectVocab(file: PackFile | undefined, files: ReadonlyMap<string, PackFile>): Record<string, string[]> {
  if (!file) return {};
  return { ...collectVocab(file.extends ? files.get(file.extends) : undefined, files), ...file.vocab };
}

type Expand = (terms: string[], field: string) => string[];

/** Replaces "@vocab" references in every term list of a rule. */
export function expandRule(rule: Rule, expand: Expand): Rule {
  const context = rule.context.map((c, i) => ({ ...c, terms: expand(c.terms, `context[${i}].terms`) }));
  switch (rule.kind) {
    case 'terms':
      return { ...rule, context, terms: expand(rule.terms, 'terms'), exclude: expand(rule.exclude, 'exclude') };
    case 'requires':
      return {
        ...rule,
        context,
        when: { ...rule.when, terms: expand(rule.when.terms, 'when.terms'), exclude: expand(rule.when.exclude, 'when.exclude') },
        require: { ...rule.require, terms: expand(rule.require.terms, 'require.terms') },
      };
    case 'pattern':
      return rule.startsWith ? { ...rule, context, startsWith: expand(rule.startsWith, 'startsWith') } : { ...rule, context };
    default:
      return { ...rule, context };
  }
}
